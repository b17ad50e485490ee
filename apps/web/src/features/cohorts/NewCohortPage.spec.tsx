import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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

async function walkToReview() {
  const next = () => fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));
  fireEvent.click(await screen.findByRole('radio', { name: programme.name }));
  next();

  const mentorHeading = await screen.findByRole('heading', { level: 2, name: /Steg 2 av 5: Mentor/ });
  await waitFor(() => expect(document.activeElement).toBe(mentorHeading));
  fireEvent.click(await screen.findByRole('radio', { name: 'Hedemora kommun (2083)' }));
  next();

  await screen.findByRole('heading', { level: 2, name: /Steg 3 av 5: Nya/ });
  // The mentor is not offered as a mentee.
  expect(await screen.findByRole('checkbox', { name: 'Haninge kommun (0136)' })).toBeTruthy();
  expect(screen.queryByRole('checkbox', { name: 'Hedemora kommun (2083)' })).toBeNull();
  fireEvent.click(screen.getByRole('checkbox', { name: 'Haninge kommun (0136)' }));
  next();
  // One is too few: the step says so, and stays.
  expect((await screen.findAllByText('Välj 2–3 nya kommuner. Du har valt 1.')).length).toBeGreaterThan(0);
  expect(screen.getByRole('heading', { level: 2, name: /Steg 3 av 5/ })).toBeTruthy();
  fireEvent.click(screen.getByRole('checkbox', { name: 'Huddinge kommun (0126)' }));
  next();

  await screen.findByRole('heading', { level: 2, name: /Steg 4 av 5/ });
  fireEvent.change(screen.getByLabelText(/^Omgångens namn/), { target: { value: 'Modellkommuner 2026' } });
  fireEvent.change(screen.getByLabelText(/^Startdatum/), { target: { value: '2026-03-02' } });
  expect(screen.getByText('Lämna tomt för 2 mars 2027, 12 månader efter start.')).toBeTruthy();
  expect(screen.getByLabelText<HTMLInputElement>(/^Rubrik/).value).toBe('Uppstartsmöte');
  // The meeting's date follows the start date until it gets its own.
  expect(screen.getByLabelText<HTMLInputElement>(/^Datum/).value).toBe('2026-03-02');
  fireEvent.change(screen.getByLabelText(/^Datum/), { target: { value: '2026-03-29' } });
  fireEvent.change(screen.getByLabelText(/^Börjar klockan/), { target: { value: '10:00' } });
  fireEvent.change(screen.getByLabelText(/^Slutar klockan/), { target: { value: '12:00' } });
  fireEvent.change(screen.getByLabelText(/^Plats eller möteslänk/), { target: { value: 'Hedemora stadshus' } });
  next();

  await screen.findByRole('heading', { level: 2, name: /Steg 5 av 5: Granska och skapa/ });
}

describe('NewCohortPage', () => {
  it('shows the API’s conflict in Swedish at the review, with the way back to fix it', async () => {
    const message = 'Haninge deltar redan i en pågående omgång i detta program (Modellkommuner 2025).';
    renderRoute({
      path: '/cohorts/new',
      element: <NewCohortPage />,
      url: '/cohorts/new',
      user: processLeader,
      mocks: mocks({ errors: [graphQLError('CONFLICT', message)] }),
    });
    await walkToReview();
    expect(screen.getByText('söndag 29 mars 2026 kl. 10:00–12:00')).toBeTruthy();
    expect(screen.getByText('2 mars 2027 (standard)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skapa omgången' }));

    const alert = await screen.findByText(message);
    const summary = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(summary).getByText('Det finns ett problem')).toBeTruthy();
    fireEvent.click(within(summary).getByRole('link', { name: 'Ändra nya' }));
    await screen.findByRole('heading', { level: 2, name: /Steg 3 av 5/ });
    await waitFor(() => expect(document.activeElement?.id).toBe('wizard-mentees'));
    // What was chosen is kept.
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Haninge kommun (0136)' }).checked).toBe(true);
  });

  it('links a field error to the step and control where it is fixed', async () => {
    const message = 'Mötet måste sluta efter att det har börjat.';
    renderRoute({
      path: '/cohorts/new',
      element: <NewCohortPage />,
      url: '/cohorts/new',
      user: processLeader,
      mocks: mocks({ errors: [graphQLError('BAD_USER_INPUT', message, { fields: [{ field: 'startupMeeting.endsAt', message }] })] }),
    });
    await walkToReview();
    fireEvent.click(screen.getByRole('button', { name: 'Skapa omgången' }));
    fireEvent.click(await screen.findByRole('link', { name: message }));
    await screen.findByRole('heading', { level: 2, name: /Steg 4 av 5/ });
    const end = screen.getByLabelText(/^Slutar klockan/);
    await waitFor(() => expect(document.activeElement).toBe(end));
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('wizard-meeting-end-error')?.textContent).toBe(message);
  });

  it('goes to the new cohort when the API accepts it', async () => {
    const { router } = renderRoute({
      path: '/cohorts/new',
      element: <NewCohortPage />,
      url: '/cohorts/new',
      user: processLeader,
      mocks: mocks({ data: { createCohort: cohort({ id: 'new-cohort' }) } }),
    });
    await walkToReview();
    fireEvent.click(screen.getByRole('button', { name: 'Skapa omgången' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cohorts/new-cohort'));
  });
});
