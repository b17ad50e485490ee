import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cohort, COHORT_ID, member } from '../../test/cohort-fixtures';
import { graphQLError, hedemoraMember, processLeader, renderRoute, type TestUser } from '../../test/render';
import { CohortRemindersSection } from './CohortRemindersSection';
import { CohortRemindersQuery, SendCustomReminderMutation } from './graphql/operations';

type Reminder = { id: string; kind: string; dueAt: string; sentAt: string | null; recipients: number; about: string };

const waiting: Reminder = { id: 'r-1', kind: 'MEETING_UPCOMING', dueAt: '2027-02-23T09:00:00.000Z', sentAt: null, recipients: 7, about: 'Möte: Återsamling' };
const lateOne: Reminder = {
  id: 'r-2',
  kind: 'FOLLOW_UP_DUE',
  dueAt: '2026-12-01T07:00:00.000Z',
  sentAt: '2026-12-01T10:20:00.000Z',
  recipients: 1,
  about: 'Uppföljning efter ett år: Haninge kommun',
};
const onTime: Reminder = { id: 'r-3', kind: 'CUSTOM', dueAt: '2026-11-30T12:00:00.000Z', sentAt: '2026-11-30T12:00:02.000Z', recipients: 3, about: 'Meddelande: Enkäten' };

function remindersAnswer(rows: Reminder[]) {
  return {
    request: { query: CohortRemindersQuery, variables: { id: COHORT_ID } },
    result: { data: { cohort: { __typename: 'Cohort', id: COHORT_ID, upcomingReminders: rows.map((row) => ({ __typename: 'ScheduledReminder', ...row })) } } },
  };
}

const members = [
  member('0136', 'Haninge kommun', 'MENTEE'),
  member('2083', 'Hedemora kommun', 'MENTOR'),
  member('0126', 'Huddinge kommun', 'MENTEE'),
  member('0184', 'Solna kommun', 'MENTEE', { withdrawnAt: '2026-06-01T09:00:00.000Z' }),
];

function renderSection(mocks: Parameters<typeof renderRoute>[0]['mocks'], options: { user?: TestUser; status?: 'ACTIVE' | 'CONCLUDED' } = {}) {
  const data = cohort({ status: options.status ?? 'ACTIVE', members });
  return renderRoute({
    path: '/cohorts/:id',
    element: <CohortRemindersSection cohort={data} />,
    url: `/cohorts/${COHORT_ID}`,
    user: options.user ?? processLeader,
    mocks,
    routes: [{ path: '/cohorts', element: <p>Omgångar</p> }],
  });
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('checkbox', { name: 'Haninge kommun' }));
  await user.type(screen.getByLabelText(/^Rubrik/), 'Glöm inte enkäten');
  await user.type(screen.getByLabelText(/^Meddelande/), 'Fyll i enkäten före fredag.');
}

describe('CohortRemindersSection', () => {
  it('lists the reminders as a table: what, kind, when due, when sent and how late, to how many', async () => {
    renderSection([remindersAnswer([waiting, lateOne, onTime])]);
    const table = await screen.findByRole('table', { name: 'Påminnelser i omgången' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Gäller', 'Slag', 'Ska skickas', 'Skickad', 'Mottagare']);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Möte: Återsamling',
      'Uppföljning efter ett år: Haninge kommun',
      'Meddelande: Enkäten',
    ]);
    const [first, second, third] = within(table).getAllByRole('row').slice(1) as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Möte närmar sig',
      '23 februari 2027 kl. 10:00',
      'Väntar',
      '7 personer',
    ]);
    // Due at 08:00 Stockholm, sent at 11:20: said in words, not left to a comparison of times.
    expect(within(second).getByRole('cell', { name: /skickad 3 tim\. sent/ })).toHaveTextContent('1 december 2026 kl. 11:20skickad 3 tim. sent');
    expect(within(second).getByText('1 person')).toBeVisible();
    expect(within(third).queryByText(/sent$/)).not.toBeInTheDocument();
    expect(within(third).getByText('Meddelande från processledaren')).toBeVisible();
  });

  it('says so when nothing waits and nothing went out lately', async () => {
    renderSection([remindersAnswer([])]);
    expect(await screen.findByText('Inga påminnelser väntar, och inga har skickats de senaste 30 dagarna.')).toBeVisible();
  });

  it('is not there for members (the API would refuse them the list)', () => {
    const { container } = renderSection([], { user: hedemoraMember });
    expect(container).toBeEmptyDOMElement();
  });

  it('offers no form once the cohort has ended', async () => {
    renderSection([remindersAnswer([lateOne])], { status: 'CONCLUDED' });
    expect(await screen.findByText('Omgången är avslutad och får inga fler påminnelser eller meddelanden.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Skicka meddelandet' })).not.toBeInTheDocument();
  });

  it('sends a message to the chosen current members after asking, and answers in a focused confirmation', async () => {
    const sent: unknown[] = [];
    renderSection([
      remindersAnswer([waiting]),
      {
        request: {
          query: SendCustomReminderMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { sendCustomReminder: 2 } },
      },
      remindersAnswer([waiting, { ...onTime, id: 'r-new', about: 'Meddelande: Glöm inte enkäten', sentAt: null }]),
    ]);
    const user = userEvent.setup();
    const to = await screen.findByRole('group', { name: /^Till/ });
    // The current members, the mentor first; not one that has left.
    expect(within(to).getAllByRole('checkbox').map((box) => box.getAttribute('id'))).toEqual([
      'custom-organization-2083',
      'custom-organization-0136',
      'custom-organization-0126',
    ]);
    await fillIn(user);
    await user.click(screen.getByRole('checkbox', { name: 'Huddinge kommun' }));
    await user.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));

    const question = screen.getByRole('group', { name: 'Vill du skicka meddelandet nu?' });
    const yes = within(question).getByRole('button', { name: 'Ja, skicka meddelandet' });
    expect(yes).toHaveFocus();
    expect(yes).toHaveAccessibleDescription('Det går till alla konton i Haninge kommun och Huddinge kommun. Ett skickat meddelande kan inte tas tillbaka.');
    expect(sent).toEqual([]);
    await user.click(yes);

    const heading = await screen.findByRole('heading', { level: 4, name: 'Meddelandet skickas till 2 personer med e-post' });
    await waitFor(() => expect(heading.closest('[role="status"]')).toHaveFocus());
    expect(screen.getByText('Alla konton i Haninge kommun och Huddinge kommun får det också som notis i tjänsten.')).toBeVisible();
    expect(sent).toEqual([{ cohortId: COHORT_ID, organizationCodes: ['0136', '0126'], subject: 'Glöm inte enkäten', body: 'Fyll i enkäten före fredag.' }]);
    // Emptied for the next, and the list read again.
    expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Haninge kommun' })).not.toBeChecked();
    expect(await screen.findByRole('rowheader', { name: 'Meddelande: Glöm inte enkäten' })).toBeInTheDocument();
  });

  it('finds what is missing before sending and focuses the first such field', async () => {
    renderSection([remindersAnswer([])]);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Rubrik/), '   ');
    await user.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));
    expect(screen.getByRole('group', { name: /^Till/ })).toHaveFocus();
    expect(screen.getByRole('group', { name: /^Till/ })).toHaveAccessibleDescription(/Välj minst en organisation i omgången\./);
    expect(screen.getByLabelText(/^Rubrik/)).toHaveAccessibleDescription(/Skriv en rubrik\./);
    expect(screen.getByLabelText(/^Meddelande/)).toHaveAccessibleDescription(/Skriv meddelandet\./);
    expect(screen.queryByRole('group', { name: 'Vill du skicka meddelandet nu?' })).not.toBeInTheDocument();
  });

  it('puts the API’s field problems at their fields, focusing the first', async () => {
    const notMember = 'Organisationen med koden "0136" är inte med i omgången.';
    renderSection([
      remindersAnswer([]),
      {
        request: { query: SendCustomReminderMutation, variables: () => true },
        result: { errors: [graphQLError('BAD_USER_INPUT', notMember, { fields: [{ field: 'organizationCodes', message: notMember }] })] },
      },
    ]);
    const user = userEvent.setup();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));
    await user.click(screen.getByRole('button', { name: 'Ja, skicka meddelandet' }));
    await waitFor(() => expect(screen.getByRole('group', { name: /^Till/ })).toHaveFocus());
    expect(screen.getByRole('group', { name: /^Till/ })).toHaveAccessibleDescription(expect.stringContaining(notMember));
    expect(screen.getByRole('link', { name: notMember })).toHaveAttribute('href', '#custom-organizations');
    // What was typed stays.
    expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('Glöm inte enkäten');
  });

  it('shows any other refusal in the focused error summary', async () => {
    const ended = 'Omgången är avslutad; den får inga fler påminnelser.';
    renderSection([
      remindersAnswer([]),
      { request: { query: SendCustomReminderMutation, variables: () => true }, result: { errors: [graphQLError('CONFLICT', ended)] } },
    ]);
    const user = userEvent.setup();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));
    await user.click(screen.getByRole('button', { name: 'Ja, skicka meddelandet' }));
    const summary = (await screen.findByText(ended)).closest('.error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByLabelText(/^Meddelande/)).toHaveValue('Fyll i enkäten före fredag.');
  });

  it('returns focus to the button when the question is cancelled', async () => {
    renderSection([remindersAnswer([])]);
    const user = userEvent.setup();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));
    await user.click(within(screen.getByRole('group', { name: 'Vill du skicka meddelandet nu?' })).getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('button', { name: 'Skicka meddelandet' })).toHaveFocus();
  });

  it('asks before a navigation throws away what was typed', async () => {
    const { router } = renderSection([remindersAnswer([])]);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Rubrik/), 'Halvfärdigt');
    await act(() => router.navigate('/cohorts'));
    expect(await screen.findByRole('dialog', { name: 'Du har osparade ändringar. Lämna sidan ändå?' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/cohorts/${COHORT_ID}`);
  });
});
