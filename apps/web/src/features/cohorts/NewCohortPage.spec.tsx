import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cohort, organization, programme } from '../../test/cohort-fixtures';
import { graphQLError, processLeader, renderRoute } from '../../test/render';
import { CandidateOrganizationsQuery, CreateCohortMutation, ProgrammeOptionsQuery } from './graphql/operations';
import { NewCohortPage } from './NewCohortPage';

const hedemora = { ...organization('2083', 'Hedemora kommun'), countyCode: '20' };
const haninge = { ...organization('0136', 'Haninge kommun'), countyCode: '01' };
const huddinge = { ...organization('0126', 'Huddinge kommun'), countyCode: '01' };

const input = {
  programmeId: programme.id,
  name: 'Modellkommuner 2026',
  mentorCode: '2083',
  menteeCodes: ['0136', '0126'],
  startDate: '2026-03-02',
  startupMeeting: {
    kind: 'STARTUP',
    title: 'Uppstartsmöte',
    startsAt: '2026-03-29T10:00:00+02:00',
    endsAt: '2026-03-29T12:00:00+02:00',
    location: 'Hedemora stadshus',
    notes: null,
  },
};

function mocks(createResult: object) {
  return [
    { request: { query: ProgrammeOptionsQuery }, result: { data: { programmes: [programme] } }, maxUsageCount: 5 },
    {
      request: { query: CandidateOrganizationsQuery, variables: { kind: 'MUNICIPALITY', mentorEligible: true } },
      result: { data: { organizations: [hedemora] } },
      maxUsageCount: 5,
    },
    {
      request: { query: CandidateOrganizationsQuery, variables: { kind: 'MUNICIPALITY' } },
      result: { data: { organizations: [haninge, hedemora, huddinge] } },
      maxUsageCount: 5,
    },
    { request: { query: CreateCohortMutation, variables: { input } }, result: createResult },
  ];
}

async function walkToReview(user: UserEvent) {
  const next = () => user.click(screen.getByRole('button', { name: 'Nästa' }));
  await user.click(await screen.findByRole('radio', { name: programme.name }));
  await next();

  const mentorHeading = await screen.findByRole('heading', { level: 2, name: /Steg 2 av 5: Mentor/ });
  await waitFor(() => expect(mentorHeading).toHaveFocus());
  await user.click(await screen.findByRole('radio', { name: 'Hedemora kommun (2083)' }));
  await next();

  await screen.findByRole('heading', { level: 2, name: /Steg 3 av 5: Nya/ });
  // The mentor is not offered as a mentee.
  expect(await screen.findByRole('checkbox', { name: 'Haninge kommun (0136)' })).toBeVisible();
  expect(screen.queryByRole('checkbox', { name: 'Hedemora kommun (2083)' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('checkbox', { name: 'Haninge kommun (0136)' }));
  await next();
  // One is too few: the step says so, and stays.
  expect((await screen.findAllByText('Välj 2–3 nya kommuner. Du har valt 1.')).length).toBeGreaterThan(0);
  expect(screen.getByRole('heading', { level: 2, name: /Steg 3 av 5/ })).toBeInTheDocument();
  await user.click(screen.getByRole('checkbox', { name: 'Huddinge kommun (0126)' }));
  await next();

  await screen.findByRole('heading', { level: 2, name: /Steg 4 av 5/ });
  await user.type(screen.getByLabelText(/^Omgångens namn/), 'Modellkommuner 2026');
  await user.type(screen.getByLabelText(/^Startdatum/), '2026-03-02');
  expect(screen.getByText('Lämna tomt för 2 mars 2027, 12 månader efter start.')).toBeInTheDocument();
  expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('Uppstartsmöte');
  // The meeting's date follows the start date until it gets its own.
  const date = screen.getByLabelText(/^Datum/);
  expect(date).toHaveValue('2026-03-02');
  await user.clear(date);
  await user.type(date, '2026-03-29');
  await user.type(screen.getByLabelText(/^Börjar klockan/), '10:00');
  await user.type(screen.getByLabelText(/^Slutar klockan/), '12:00');
  await user.type(screen.getByLabelText(/^Plats eller möteslänk/), 'Hedemora stadshus');
  await next();

  await screen.findByRole('heading', { level: 2, name: /Steg 5 av 5: Granska och skapa/ });
}

describe('NewCohortPage', () => {
  it('shows the API’s conflict in Swedish at the review, with the way back to fix it', async () => {
    const user = userEvent.setup();
    const message = 'Haninge deltar redan i en pågående omgång i detta program (Modellkommuner 2025).';
    renderRoute({
      path: '/cohorts/new',
      element: <NewCohortPage />,
      url: '/cohorts/new',
      user: processLeader,
      mocks: mocks({ errors: [graphQLError('CONFLICT', message)] }),
    });
    await walkToReview(user);
    expect(screen.getByText('söndag 29 mars 2026 kl. 10:00–12:00')).toBeInTheDocument();
    expect(screen.getByText('2 mars 2027 (standard)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skapa omgången' }));

    const alert = await screen.findByText(message);
    const summary = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(summary).getByText('Det finns ett problem')).toBeVisible();
    await user.click(within(summary).getByRole('link', { name: 'Ändra nya' }));
    await screen.findByRole('heading', { level: 2, name: /Steg 3 av 5/ });
    await waitFor(() => expect(screen.getByRole('group', { name: /^Välj 2–3 nya kommuner/ })).toHaveFocus());
    expect(document.activeElement).toHaveAttribute('id', 'wizard-mentees');
    // What was chosen is kept.
    expect(screen.getByRole('checkbox', { name: 'Haninge kommun (0136)' })).toBeChecked();
  });

  it('links a field error to the step and control where it is fixed', async () => {
    const user = userEvent.setup();
    const message = 'Mötet måste sluta efter att det har börjat.';
    renderRoute({
      path: '/cohorts/new',
      element: <NewCohortPage />,
      url: '/cohorts/new',
      user: processLeader,
      mocks: mocks({ errors: [graphQLError('BAD_USER_INPUT', message, { fields: [{ field: 'startupMeeting.endsAt', message }] })] }),
    });
    await walkToReview(user);
    await user.click(screen.getByRole('button', { name: 'Skapa omgången' }));
    await user.click(await screen.findByRole('link', { name: message }));
    await screen.findByRole('heading', { level: 2, name: /Steg 4 av 5/ });
    const end = screen.getByLabelText(/^Slutar klockan/);
    await waitFor(() => expect(end).toHaveFocus());
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(document.getElementById('wizard-meeting-end-error')).toHaveTextContent(/^Mötet måste sluta efter att det har börjat\.$/);
  });

  it('goes to the new cohort when the API accepts it', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute({
      path: '/cohorts/new',
      element: <NewCohortPage />,
      url: '/cohorts/new',
      user: processLeader,
      mocks: mocks({ data: { createCohort: cohort({ id: 'new-cohort' }) } }),
    });
    await walkToReview(user);
    await user.click(screen.getByRole('button', { name: 'Skapa omgången' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cohorts/new-cohort'));
  });
});
