import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { REMINDER_EMAIL_DEFAULT, type ReminderKind } from '@modellkommuner/shared';
import { useActionFeedback } from '../../shared/forms';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { QueryError } from '../../shared/ui/QueryError';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useCurrentUser } from '../auth';
import { ReminderPreferencesQuery, SetReminderPreferenceMutation } from './graphql/operations';
import { reminderKindLabel, reminderKindsFor, reminderKindWhen } from './reminder-words';

const HEADING_ID = 'reminder-preferences-heading';

/**
 * "E-post för påminnelser" on the account page: one checkbox per kind the user can receive
 * (`reminderKindsFor`: "Lärande exempel väntar på redaktionen" only for process leaders), each with when it
 * comes. A change is saved at once (`setReminderPreference`) and said in a status message — the checkboxes
 * stay where the user is, ready for the next — which also says that the notification in the service stays.
 * A refusal goes to the error summary above the boxes, and the box shows what is saved.
 */
export function ReminderPreferencesSection() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { data, loading, error } = useQuery(ReminderPreferencesQuery, { fetchPolicy: 'cache-and-network' });
  const [save] = useMutation(SetReminderPreferenceMutation, {
    update(cache, { data: answer }) {
      const me = cache.readQuery({ query: ReminderPreferencesQuery })?.me;
      if (!answer || !me) return;
      cache.writeQuery({ query: ReminderPreferencesQuery, data: { me: { ...me, reminderPreferences: answer.setReminderPreference } } });
    },
  });
  const feedback = useActionFeedback();
  const preferences = data?.me?.reminderPreferences;
  const kinds = user ? reminderKindsFor(user.role) : [];

  function emailFor(kind: ReminderKind): boolean {
    return preferences?.find((preference) => preference.kind === kind)?.email ?? REMINDER_EMAIL_DEFAULT;
  }

  async function change(kind: ReminderKind, email: boolean) {
    const label = reminderKindLabel(kind, t);
    await feedback.run(
      () =>
        save({
          variables: { kind, email },
          optimisticResponse: {
            setReminderPreference: (preferences ?? []).map((preference) => (preference.kind === kind ? { ...preference, email } : preference)),
          },
        }),
      email ? t('reminders.preferences.on', { kind: label }) : t('reminders.preferences.off', { kind: label }),
    );
  }

  return (
    <section aria-labelledby={HEADING_ID} className="section">
      <h2 id={HEADING_ID}>{t('reminders.preferences.heading')}</h2>
      <p>{t('reminders.preferences.intro')}</p>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorSummary error={feedback.error} />
      {error && !preferences ? <QueryError error={error} /> : null}
      {loading && !preferences ? <Loading /> : null}
      {preferences ? (
        <ChoiceFieldset id="reminder-preferences" legend={t('reminders.preferences.legend')}>
          {kinds.map((kind) => (
            <Choice
              key={kind}
              id={`reminder-email-${kind}`}
              type="checkbox"
              name="reminderEmail"
              checked={emailFor(kind)}
              onChange={(checked) => void change(kind, checked)}
              label={reminderKindLabel(kind, t)}
              detail={reminderKindWhen(kind, t)}
            />
          ))}
        </ChoiceFieldset>
      ) : null}
    </section>
  );
}
