import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REMINDER_KINDS, type ReminderKind } from '@modellkommuner/shared';
import { graphQLError, hedemoraMember, processLeader, renderRoute, type TestUser } from '../../test/render';
import { ReminderPreferencesQuery, SetReminderPreferenceMutation } from './graphql/operations';
import { ReminderPreferencesSection } from './ReminderPreferencesSection';

function preferences(off: readonly ReminderKind[] = []) {
  return REMINDER_KINDS.map((kind) => ({ __typename: 'ReminderPreference' as const, kind, email: !off.includes(kind) }));
}

function prefsAnswer(user: TestUser, off: readonly ReminderKind[] = []) {
  return {
    request: { query: ReminderPreferencesQuery },
    result: { data: { me: { __typename: 'User', id: user.id, reminderPreferences: preferences(off) } } },
  };
}

function renderSection(user: TestUser, mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  return renderRoute({ path: '/account', element: <ReminderPreferencesSection />, url: '/account', user, mocks });
}

const boxes = () => within(screen.getByRole('group', { name: 'Skicka e-post om' })).getAllByRole('checkbox');

describe('ReminderPreferencesSection', () => {
  it('gives a member one box per kind they can get, with when it comes, as saved', async () => {
    renderSection(hedemoraMember, [prefsAnswer(hedemoraMember, ['MEASUREMENT_DUE'])]);
    expect(screen.getByRole('heading', { level: 2, name: 'E-post för påminnelser' })).toBeInTheDocument();
    expect(screen.getByText(/Du får alltid en notis här i tjänsten/)).toBeVisible();
    await screen.findByRole('group', { name: 'Skicka e-post om' });
    expect(boxes().map((box) => box.getAttribute('id'))).toEqual([
      'reminder-email-MEETING_UPCOMING',
      'reminder-email-FOLLOW_UP_DUE',
      'reminder-email-FOLLOW_UP_OVERDUE',
      'reminder-email-REVIEW_PENDING',
      'reminder-email-MEASUREMENT_DUE',
      'reminder-email-CUSTOM',
    ]);
    const meeting = screen.getByRole('checkbox', { name: 'Möte närmar sig' });
    expect(meeting).toBeChecked();
    expect(meeting).toHaveAccessibleDescription('7 dagar och 1 dag före varje möte i en omgång du deltar i.');
    expect(screen.getByRole('checkbox', { name: 'Värden saknas för en period' })).not.toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Lärande exempel väntar på redaktionen' })).not.toBeInTheDocument();
  });

  it('gives a process leader the editorial queue, and only what reaches process leaders', async () => {
    renderSection(processLeader, [prefsAnswer(processLeader)]);
    await screen.findByRole('group', { name: 'Skicka e-post om' });
    expect(boxes().map((box) => box.getAttribute('id'))).toEqual([
      'reminder-email-FOLLOW_UP_OVERDUE',
      'reminder-email-REVIEW_PENDING',
      'reminder-email-EXAMPLE_IN_REVIEW',
    ]);
    expect(screen.getByRole('checkbox', { name: 'Lärande exempel väntar på redaktionen' })).toHaveAccessibleDescription(
      '5 dagar efter att ett lärande exempel skickats till redaktionen (processledare).',
    );
  });

  it('saves each change at once and says what changed, and that the notification stays; focus stays on the box', async () => {
    const sent: unknown[] = [];
    renderSection(hedemoraMember, [
      prefsAnswer(hedemoraMember),
      {
        request: {
          query: SetReminderPreferenceMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { setReminderPreference: preferences(['CUSTOM']) } },
      },
      {
        request: { query: SetReminderPreferenceMutation, variables: { kind: 'CUSTOM', email: true } },
        result: { data: { setReminderPreference: preferences() } },
      },
    ]);
    const user = userEvent.setup();
    const custom = await screen.findByRole('checkbox', { name: 'Meddelande från processledaren' });
    await user.click(custom);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Du får inte längre e-post om ”Meddelande från processledaren”. Notisen i tjänsten kommer som förut.',
      ),
    );
    expect(sent).toEqual([{ kind: 'CUSTOM', email: false }]);
    expect(custom).not.toBeChecked();
    expect(custom).toHaveFocus();

    await user.click(custom);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Du får e-post om ”Meddelande från processledaren”.'));
    expect(custom).toBeChecked();
  });

  it('shows a refusal in the focused error summary and the box as it is saved', async () => {
    const message = 'Något gick fel hos oss.';
    renderSection(hedemoraMember, [
      prefsAnswer(hedemoraMember),
      { request: { query: SetReminderPreferenceMutation, variables: { kind: 'MEETING_UPCOMING', email: false } }, result: { errors: [graphQLError('FORBIDDEN', message)] } },
    ]);
    const user = userEvent.setup();
    const meeting = await screen.findByRole('checkbox', { name: 'Möte närmar sig' });
    await user.click(meeting);
    const summary = (await screen.findByText(message)).closest('.error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(meeting).toBeChecked();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
