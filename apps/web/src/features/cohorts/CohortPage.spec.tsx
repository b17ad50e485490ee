import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cohort, COHORT_ID, haningeMember } from '../../test/cohort-fixtures';
import { graphQLError, hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { CohortRemindersQuery } from '../reminders/graphql/operations';
import { CohortPage } from './CohortPage';
import { AddCheckpointMutation, CandidateOrganizationsQuery, CohortQuery, TransitionCohortMutation } from './graphql/operations';

function cohortMock(data: ReturnType<typeof cohort> | null) {
  return { request: { query: CohortQuery, variables: { id: COHORT_ID } }, result: { data: { cohort: data } }, maxUsageCount: 5 };
}

function renderCohort(user: Parameters<typeof renderRoute>[0]['user'], mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  return renderRoute({ path: '/cohorts/:id', element: <CohortPage />, url: `/cohorts/${COHORT_ID}`, user, mocks });
}

describe('CohortPage', () => {
  it('shows a member the cohort, members and meetings, without the process leader’s actions', async () => {
    renderCohort(haningeMember, [cohortMock(cohort({ allowedTransitions: [] }))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Modellkommuner 2026 – Dalarna och Stockholm' })).toBeInTheDocument();
    expect(screen.getByText('Planerad')).toBeVisible();

    // Mentor first, linking to the organisation; the working group with its e-mail address.
    const memberHeadings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(memberHeadings.slice(0, 3)).toEqual(['Hedemora kommun', 'Haninge kommun', 'Huddinge kommun']);
    expect(screen.getByRole('link', { name: 'Hedemora kommun' })).toHaveAttribute('href', '/organizations/2083');
    expect(screen.getByRole('link', { name: 'anna@haninge.se' })).toHaveAttribute('href', 'mailto:anna@haninge.se');
    expect(screen.getByText('Politiker')).toBeVisible();

    // Meetings in time order, in Swedish time.
    const meetings = screen.getByRole('heading', { level: 2, name: 'Möten' }).closest('section') as HTMLElement;
    expect(within(meetings).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Uppstartsmöte', 'Återsamling']);
    expect(within(meetings).getByText('söndag 29 mars 2026 kl. 10:00–12:00')).toBeVisible();
    expect(within(meetings).getByRole('link', { name: 'https://mote.example.se/uppstart' })).toHaveAttribute('href', 'https://mote.example.se/uppstart');

    // Only their own working group is theirs to edit.
    const edit = screen.getAllByRole('link', { name: /^Ändra arbetsgrupp/ });
    expect(edit).toHaveLength(1);
    expect(edit[0]).toHaveAccessibleName(expect.stringContaining('Haninge kommun'));
    expect(edit[0]).toHaveTextContent('Haninge kommun');
    expect(edit[0]).toHaveAttribute('href', `/cohorts/${COHORT_ID}/working-group/0136`);

    for (const name of [/Starta omgången/, /Avbryt omgången/, /Ändra namn och datum/, /Ta bort ur omgången/, /Planera/, /Flytta eller ändra/, /^Ställ in/, /Lägg till i omgången/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Mina omgångar' })).toHaveAttribute('href', '/cohorts');
  });

  it('lets the mentor plan experience exchanges only', async () => {
    renderCohort(hedemoraMember, [cohortMock(cohort())]);
    expect(await screen.findByRole('button', { name: 'Planera ett erfarenhetsutbyte' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: /Flytta eller ändra/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Starta omgången/ })).not.toBeInTheDocument();
  });

  it('gives the process leader the lifecycle, and a reload when the version is stale', async () => {
    const user = userEvent.setup();
    const stale = 'Omgången har ändrats sedan du läste den. Ladda om och försök igen.';
    renderCohort(processLeader, [
      cohortMock(cohort({ allowedTransitions: ['ACTIVE', 'CANCELLED'] })),
      { request: { query: CandidateOrganizationsQuery, variables: { kind: 'MUNICIPALITY' } }, result: { data: { organizations: [] } } },
      {
        request: { query: TransitionCohortMutation, variables: { id: COHORT_ID, to: 'CANCELLED', version: 3, reason: 'Mentorn kan inte delta.' } },
        result: { errors: [graphQLError('CONFLICT', stale)] },
      },
    ]);
    expect(await screen.findByRole('button', { name: 'Starta omgången' })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Ändra namn och datum/ })).toBeEnabled();
    expect(screen.getAllByRole('button', { name: /Flytta eller ändra/ })).toHaveLength(2);
    expect(screen.getAllByRole('link', { name: /^Ändra arbetsgrupp/ })).toHaveLength(3);

    const cancel = screen.getByRole('button', { name: 'Avbryt omgången' });
    await user.click(cancel);
    expect(cancel).toHaveAttribute('aria-expanded', 'true');
    const reason = screen.getByLabelText(/^Skäl/);
    await waitFor(() => expect(reason).toHaveFocus());
    const form = reason.closest('form') as HTMLFormElement;
    await user.click(within(form).getByRole('button', { name: 'Avbryt omgången' }));
    expect(await screen.findByText('Ange ett skäl.', { selector: '.field__error' })).toBeVisible();

    await user.type(reason, 'Mentorn kan inte delta.');
    await user.click(within(form).getByRole('button', { name: 'Avbryt omgången' }));
    expect(await screen.findByText(stale)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ladda om omgången' })).toBeEnabled();
  });

  it('gives the process leader the cohort’s reminders and the form for a message of their own; members neither', async () => {
    const reminders = {
      request: { query: CohortRemindersQuery, variables: { id: COHORT_ID } },
      result: {
        data: {
          cohort: {
            __typename: 'Cohort',
            id: COHORT_ID,
            upcomingReminders: [
              { __typename: 'ScheduledReminder', id: 'r-1', kind: 'MEETING_UPCOMING', dueAt: '2027-02-23T09:00:00.000Z', sentAt: null, recipients: 7, about: 'Möte: Återsamling' },
            ],
          },
        },
      },
    };
    const { unmount } = renderCohort(processLeader, [cohortMock(cohort()), reminders]);
    const section = await screen.findByRole('region', { name: 'Påminnelser' });
    expect(await within(section).findByRole('rowheader', { name: 'Möte: Återsamling' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Skicka meddelandet' })).toBeInTheDocument();
    unmount();
    renderCohort(haningeMember, [cohortMock(cohort())]);
    await screen.findByRole('heading', { level: 1, name: 'Modellkommuner 2026 – Dalarna och Stockholm' });
    expect(screen.queryByRole('region', { name: 'Påminnelser' })).not.toBeInTheDocument();
  });

  it('is not found when the API answers null', async () => {
    renderCohort(haningeMember, [cohortMock(null)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
  });
});

describe('CohortPage: goals and indicators', () => {
  it('links to the overview and to each member organisation’s goals, the viewer’s own first as "Våra mål och värden"', async () => {
    renderCohort(haningeMember, [cohortMock(cohort())]);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Mål och indikatorer' })).closest('section') as HTMLElement;
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Översikt: mål och indikatorer', `/cohorts/${COHORT_ID}/overview`],
      ['Våra mål och värden', `/cohorts/${COHORT_ID}/goals/0136`],
      ['Mål och värden: Hedemora kommun', `/cohorts/${COHORT_ID}/goals/2083`],
      ['Mål och värden: Huddinge kommun', `/cohorts/${COHORT_ID}/goals/0126`],
    ]);
  });
});

describe('CohortPage: follow-up', () => {
  const withReports = () =>
    cohort({
      status: 'ACTIVE',
      checkpoints: [
        {
          __typename: 'Checkpoint',
          id: 'c-1',
          kind: 'ONE_YEAR',
          dueDate: '2027-03-02',
          reports: [
            {
              __typename: 'FollowUpReport',
              id: 'r-1',
              status: 'SUBMITTED',
              organization: { __typename: 'Organization', id: 'o-0136', code: '0136' },
            },
            {
              __typename: 'FollowUpReport',
              id: 'r-2',
              status: 'DRAFT',
              organization: { __typename: 'Organization', id: 'o-2083', code: '2083' },
            },
          ],
        },
      ] as unknown as ReturnType<typeof cohort>['checkpoints'],
    });

  it('shows each checkpoint with the reports the viewer may read: a mentee its own, as "Vår rapport"', async () => {
    renderCohort(haningeMember, [cohortMock(withReports())]);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Uppföljning' })).closest('section') as HTMLElement;
    const checkpoint = within(section).getByRole('region', { name: 'Uppföljning efter ett år, sista dag 2 mars 2027' });
    expect(
      within(checkpoint)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Vår rapport Inlämnad']);
    expect(within(checkpoint).getByRole('link', { name: 'Vår rapport' })).toHaveAttribute('href', '/checkpoints/c-1/reports/0136');
    expect(within(section).queryByRole('button', { name: 'Lägg till halvtidsuppföljningen' })).not.toBeInTheDocument();
  });

  it('shows the mentor every member’s report, its own first', async () => {
    renderCohort(hedemoraMember, [cohortMock(withReports())]);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Uppföljning' })).closest('section') as HTMLElement;
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Vår rapport Utkast', 'Rapport: Haninge kommun Inlämnad', 'Rapport: Huddinge kommun Inte påbörjad']);
  });

  it('lets a process leader add the midterm follow-up, before the one-year follow-up', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    renderCohort(processLeader, [
      cohortMock(withReports()),
      {
        request: { query: CandidateOrganizationsQuery, variables: { kind: 'MUNICIPALITY' } },
        result: { data: { organizations: [] } },
        maxUsageCount: 5,
      },
      {
        request: {
          query: AddCheckpointMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { addCheckpoint: { __typename: 'Checkpoint', id: 'c-2', kind: 'MIDTERM', dueDate: '2026-09-01' } } },
      },
    ]);
    const date = await screen.findByLabelText(/^Sista dag för halvtidsuppföljningen/);
    expect(date).toHaveAccessibleDescription('Före uppföljningen efter ett år (2 mars 2027).');
    await user.type(date, '2027-04-01');
    await user.click(screen.getByRole('button', { name: 'Lägg till halvtidsuppföljningen' }));
    await waitFor(() => expect(date).toHaveFocus());
    expect(date).toHaveAccessibleDescription(
      expect.stringContaining('Halvtidsuppföljningen måste ligga före uppföljningen efter ett år (2 mars 2027).'),
    );
    expect(sent).toEqual([]);

    await user.clear(date);
    await user.type(date, '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Lägg till halvtidsuppföljningen' }));
    const confirmation = await screen.findByRole('status', { name: 'Halvtidsuppföljningen är tillagd, med sista dag 1 september 2026.' });
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(sent).toEqual([{ cohortId: COHORT_ID, kind: 'MIDTERM', dueDate: '2026-09-01' }]);
  });
});
