import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CUSTOM_REMINDER_LIMITS, MemberRole } from '@modellkommuner/shared';
import type { FieldProblem } from '../../shared/errors/error-message';
import { useFormError } from '../../shared/forms';
import { useUnsavedChanges } from '../../shared/unsaved-changes';
import { AskFirst } from '../../shared/ui/AskFirst';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { Confirmation } from '../../shared/ui/Confirmation';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { TextAreaField } from '../../shared/ui/TextAreaField';
import { TextField } from '../../shared/ui/TextField';
import { CohortRemindersQuery, SendCustomReminderMutation } from './graphql/operations';
import { joinNames } from './reminder-words';

/** The API's field names (`extensions.fields`) → the controls. */
export const CUSTOM_FIELDS = { organizationCodes: 'custom-organizations', subject: 'custom-subject', body: 'custom-body' };

/** A member organisation of the cohort, as the cohort page has it. */
export interface ReminderMember {
  id: string;
  role: MemberRole;
  withdrawnAt?: string | null;
  organization: { code: string; name: string };
}

interface CustomValues {
  organizationCodes: readonly string[];
  subject: string;
  body: string;
}

const EMPTY: CustomValues = { organizationCodes: [], subject: '', body: '' };

/** The checks the API makes (CUSTOM_REMINDER_LIMITS), made before sending. */
export function customReminderProblems(values: CustomValues, t: TFunction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const subject = values.subject.trim();
  const body = values.body.trim();
  if (!values.organizationCodes.length) problems.push({ field: 'organizationCodes', message: t('reminders.custom.organizationsRequired') });
  if (!subject) problems.push({ field: 'subject', message: t('reminders.custom.subjectRequired') });
  else if (subject.length > CUSTOM_REMINDER_LIMITS.subject)
    problems.push({ field: 'subject', message: t('reminders.custom.subjectTooLong', { max: CUSTOM_REMINDER_LIMITS.subject }) });
  if (!body) problems.push({ field: 'body', message: t('reminders.custom.bodyRequired') });
  else if (body.length > CUSTOM_REMINDER_LIMITS.body)
    problems.push({ field: 'body', message: t('reminders.custom.bodyTooLong', { max: CUSTOM_REMINDER_LIMITS.body.toLocaleString('sv-SE') }) });
  return problems;
}

interface Sent {
  count: number;
  organizations: string;
}

/**
 * "Skicka ett eget meddelande": the cohort's current member organisations as checkboxes, a subject and a
 * text, asked first (it goes out at once and cannot be taken back), then `sendCustomReminder`. The answer
 * is a confirmation that takes focus — "Meddelandet skickas till N personer med e-post" (N: the accounts
 * that have not turned e-mail off; everyone gets the notification) — and the form is emptied for the next.
 * Problems, found before sending or named by the API (`subject`, `body`, `organizationCodes`), go to
 * their fields; other refusals to the error summary. Typed text is guarded against leaving the page.
 */
export function CustomReminderForm({ cohortId, members }: { cohortId: string; members: readonly ReminderMember[] }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CustomValues>(EMPTY);
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [send, { loading }] = useMutation(SendCustomReminderMutation, {
    refetchQueries: [{ query: CohortRemindersQuery, variables: { id: cohortId } }],
  });
  const { error, fieldErrors, rejectInvalid, send: sendForm, clear } = useFormError(CUSTOM_FIELDS);
  const dirty = values.organizationCodes.length > 0 || values.subject.trim() !== '' || values.body.trim() !== '';
  const guard = useUnsavedChanges(dirty);
  const submitButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const current = members
    .filter((member) => !member.withdrawnAt)
    .sort(
      (a, b) =>
        Number(b.role === MemberRole.MENTOR) - Number(a.role === MemberRole.MENTOR) || a.organization.name.localeCompare(b.organization.name, 'sv'),
    );
  const chosenNames = joinNames(
    current.filter((member) => values.organizationCodes.includes(member.organization.code)).map((member) => member.organization.name),
    t,
  );

  useEffect(() => {
    if (asking || !returnFocus.current) return;
    returnFocus.current = false;
    submitButton.current?.focus();
  }, [asking]);

  function set(change: Partial<CustomValues>) {
    setValues((previous) => ({ ...previous, ...change }));
  }

  function toggle(code: string, checked: boolean) {
    setValues((previous) => ({
      ...previous,
      organizationCodes: checked ? [...previous.organizationCodes.filter((c) => c !== code), code] : previous.organizationCodes.filter((c) => c !== code),
    }));
  }

  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSent(null);
    if (rejectInvalid(customReminderProblems(values, t))) {
      setAsking(false);
      return;
    }
    setAsking(true);
  }

  async function confirm() {
    if (loading) return;
    const organizations = chosenNames;
    let count = 0;
    const done = await sendForm(customReminderProblems(values, t), async () => {
      const answer = await send({
        variables: { cohortId, organizationCodes: [...values.organizationCodes], subject: values.subject.trim(), body: values.body.trim() },
      });
      count = answer.data?.sendCustomReminder ?? 0;
    });
    setAsking(false);
    if (!done) return;
    clear();
    setValues(EMPTY);
    setSent({ count, organizations });
  }

  if (current.length === 0) {
    return (
      <div className="subsection">
        <h3>{t('reminders.custom.heading')}</h3>
        <p>{t('reminders.custom.noMembers')}</p>
      </div>
    );
  }

  return (
    <section aria-labelledby="custom-reminder-heading" className="subsection">
      {guard.dialog}
      <h3 id="custom-reminder-heading">{t('reminders.custom.heading')}</h3>
      <p>{t('reminders.custom.intro')}</p>
      <Confirmation
        heading={sent ? (sent.count > 0 ? t('reminders.custom.sent', { count: sent.count }) : t('reminders.custom.sentNone')) : null}
        level={4}
        next={t('reminders.custom.sentNext')}
      >
        {sent ? <p>{t('reminders.custom.sentNotice', { organizations: sent.organizations })}</p> : null}
      </Confirmation>
      <ErrorSummary error={error} fieldIds={CUSTOM_FIELDS} />
      <form className="form" noValidate onSubmit={ask}>
        <ChoiceFieldset
          id={CUSTOM_FIELDS.organizationCodes}
          legend={t('reminders.custom.organizations')}
          hint={t('reminders.custom.organizationsHint')}
          error={fieldErrors['organizationCodes']}
          required
        >
          {current.map((member) => (
            <Choice
              key={member.id}
              id={`custom-organization-${member.organization.code}`}
              type="checkbox"
              name="organizationCodes"
              checked={values.organizationCodes.includes(member.organization.code)}
              onChange={(checked) => toggle(member.organization.code, checked)}
              label={member.organization.name}
              detail={t(`memberRole.${member.role}`)}
            />
          ))}
        </ChoiceFieldset>
        <TextField
          id={CUSTOM_FIELDS.subject}
          name="subject"
          label={t('reminders.custom.subject')}
          hint={t('reminders.custom.subjectHint', { max: CUSTOM_REMINDER_LIMITS.subject })}
          required
          lang="sv"
          className="input--wide"
          maxLength={CUSTOM_REMINDER_LIMITS.subject}
          value={values.subject}
          onChange={(subject) => set({ subject })}
          error={fieldErrors['subject']}
        />
        <TextAreaField
          id={CUSTOM_FIELDS.body}
          name="body"
          label={t('reminders.custom.body')}
          hint={t('reminders.custom.bodyHint', { max: CUSTOM_REMINDER_LIMITS.body.toLocaleString('sv-SE') })}
          required
          lang="sv"
          rows={6}
          maxLength={CUSTOM_REMINDER_LIMITS.body}
          value={values.body}
          onChange={(body) => set({ body })}
          error={fieldErrors['body']}
        />
        <div className="button-row">
          {/* Stays focusable while sending (SubmitButton's way), and takes focus back when the question is cancelled. */}
          <button ref={submitButton} type="submit" className="button" aria-disabled={loading ? true : undefined}>
            {loading ? t('reminders.custom.sending') : t('reminders.custom.submit')}
          </button>
        </div>
      </form>
      {asking ? (
        <AskFirst
          question={t('reminders.custom.question')}
          means={[t('reminders.custom.meansTo', { organizations: chosenNames }), t('reminders.custom.meansFinal')]}
          confirmLabel={t('reminders.custom.confirm')}
          busyLabel={t('reminders.custom.sending')}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        />
      ) : null}
    </section>
  );
}
