import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { schedulableMeetingKinds } from '@modellkommuner/shared';
import type { CohortMeetingFragment, MeetingInput, MeetingKind } from '../../gql/graphql';
import { useFormError } from '../../shared/forms';
import { formatTime, formatWeekdayDate } from '../../shared/format';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ReasonForm } from '../../shared/ui/ReasonForm';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { useCurrentUser } from '../auth';
import type { CohortSectionProps } from './cohort-page-data';
import { isMeetingKind, meetingsOpen } from './cohort-status';
import { memberFacts, ruleViewer, sortMeetings } from './cohort-view';
import { CancelMeetingMutation, CohortQuery, ScheduleMeetingMutation, UpdateMeetingMutation } from './graphql/operations';
import { emptyMeeting, meetingDateQuestion, meetingFormFrom, meetingProblems, toMeetingInput, type MeetingFormValues } from './meeting-form';
import { meetingFieldIds, MeetingFields } from './MeetingFields';
import { ReloadButton } from '../../shared/ui/ReloadButton';

/** The dates a meeting's date is checked against (the shared `meetingDateWarning`). */
interface CohortDates {
  startDate: string;
  followUpDueDate: string;
}

/**
 * The cohort's meetings in time order; who may plans, moves and cancels them. A new meeting offers
 * only the kinds that can still be scheduled (`schedulableMeetingKinds`: one start-up meeting and one
 * gathering per cohort, and what the viewer may manage), the first of them chosen.
 */
export function MeetingsSection({ cohort, permissions, reload }: CohortSectionProps) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const [status, setStatus] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const scheduleButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const meetings = sortMeetings(cohort.meetings);
  const open = meetingsOpen(cohort.status);
  const plannedKinds = cohort.meetings.filter((meeting) => !meeting.cancelledAt).map((meeting) => meeting.kind);
  const kinds = user ? schedulableMeetingKinds(ruleViewer(user), cohort.members.map(memberFacts), plannedKinds) : [];
  const firstKind = kinds[0] ?? 'EXCHANGE';
  const cohortDates: CohortDates = { startDate: cohort.startDate, followUpDueDate: cohort.followUpDueDate };
  const refetchQueries = [{ query: CohortQuery, variables: { id: cohort.id } }];
  const [schedule, { loading: savingNew }] = useMutation(ScheduleMeetingMutation, { refetchQueries, awaitRefetchQueries: true });

  useEffect(() => {
    if (!scheduling && returnFocus.current) {
      returnFocus.current = false;
      scheduleButton.current?.focus();
    }
  }, [scheduling]);

  function done(message: string) {
    setStatus(message);
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="meetings-heading" className="section">
      <h2 id="meetings-heading" ref={heading} tabIndex={-1}>
        {t('meetings.heading')}
      </h2>
      <StatusMessage>{status}</StatusMessage>
      {meetings.length === 0 ? <p>{t('meetings.none')}</p> : null}
      <ol className="meeting-list">
        {meetings.map((meeting) => (
          <li key={meeting.id} className={meeting.cancelledAt ? 'meeting meeting--cancelled' : 'meeting'}>
            <MeetingItem
              meeting={meeting}
              mayManage={open && !meeting.cancelledAt && permissions.mayManageMeeting(meeting.kind)}
              cohortDates={cohortDates}
              reload={reload}
              onDone={done}
            />
          </li>
        ))}
      </ol>
      {open && kinds.length > 0 ? (
        scheduling ? (
          <section aria-labelledby="schedule-heading" className="action-panel">
            <h3 id="schedule-heading">{t('meetings.scheduleHeading')}</h3>
            <MeetingForm
              idPrefix="new-meeting"
              initial={emptyMeeting(firstKind, t(`meetingKind.${firstKind}`))}
              kinds={kinds}
              cohortDates={cohortDates}
              submitLabel={t('meetings.scheduleSubmit')}
              busy={savingNew}
              onSubmit={async (input) => {
                await schedule({ variables: { cohortId: cohort.id, input } });
                setScheduling(false);
                done(t('meetings.scheduled', { title: input.title }));
              }}
              onCancel={() => {
                returnFocus.current = true;
                setScheduling(false);
              }}
            />
          </section>
        ) : (
          <p>
            <button
              ref={scheduleButton}
              type="button"
              className="button"
              onClick={() => {
                setStatus(null);
                setScheduling(true);
              }}
            >
              {kinds.length === 1 && kinds[0] === 'EXCHANGE' ? t('meetings.scheduleExchange') : t('meetings.schedule')}
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}

function isLink(location: string): boolean {
  return /^https?:\/\/\S+$/i.test(location.trim());
}

interface MeetingItemProps {
  meeting: CohortMeetingFragment;
  mayManage: boolean;
  cohortDates: CohortDates;
  reload: () => Promise<unknown>;
  onDone: (message: string) => void;
}

/**
 * One meeting; moving and cancelling send the version the form was opened at. When someone else changed
 * the meeting meanwhile, the API answers CONFLICT: the form keeps what was typed, shows the API's message
 * and offers to reload the cohort; after the reload the same form can be sent again, on top of the newer
 * version. A refetch in the background never moves the user's text onto a version they have not seen.
 */
function MeetingItem({ meeting, mayManage, cohortDates, reload, onDone }: MeetingItemProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [mode, setMode] = useState<'view' | 'edit' | 'cancel'>('view');
  const [update, { loading: saving }] = useMutation(UpdateMeetingMutation);
  const [cancel, { loading: cancelling }] = useMutation(CancelMeetingMutation);
  const editButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<'edit' | 'cancel' | null>(null);
  // The version to send: the one read when the form opened, or (null) the page's, once the user has reloaded.
  const [readVersion, setReadVersion] = useState<number | null>(meeting.version);
  const headingId = `meeting-${meeting.id}`;
  const versionToSend = () => {
    const version = readVersion ?? meeting.version;
    setReadVersion(version);
    return version;
  };
  const openAs = (next: 'edit' | 'cancel') => {
    setReadVersion(meeting.version);
    setMode(next);
  };
  const reloadAction = <ReloadButton reload={reload} label={t('cohort.reload')} busyLabel={t('cohort.reloading')} onReloaded={() => setReadVersion(null)} />;

  useEffect(() => {
    if (mode !== 'view' || !returnFocusTo.current) return;
    (returnFocusTo.current === 'edit' ? editButton : cancelButton).current?.focus();
    returnFocusTo.current = null;
  }, [mode]);

  const date = formatWeekdayDate(meeting.startsAt, language);
  const start = formatTime(meeting.startsAt, language);
  const when = meeting.endsAt ? t('meetings.when', { date, start, end: formatTime(meeting.endsAt, language) }) : t('meetings.whenStartOnly', { date, start });
  const close = (which: 'edit' | 'cancel') => {
    returnFocusTo.current = which;
    setMode('view');
  };

  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} className="meeting__title">
        {/* What people wrote is Swedish: read in Swedish in the English interface too (WCAG 3.1.2). */}
        <span lang="sv">{meeting.title}</span>
        {meeting.cancelledAt ? <span className="cancelled-tag"> {t('meetings.cancelledTag')}</span> : null}
      </h3>
      <dl className="details details--compact">
        <div>
          <dt>{t('meetings.kind')}</dt>
          <dd>{t(`meetingKind.${meeting.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('meetings.time')}</dt>
          <dd>
            <time dateTime={meeting.startsAt}>{when}</time>
          </dd>
        </div>
        <div>
          <dt>{t('meetings.location')}</dt>
          <dd className="break-anywhere">
            {meeting.location ? isLink(meeting.location) ? <a href={meeting.location.trim()}>{meeting.location}</a> : <span lang="sv">{meeting.location}</span> : t('common.notSet')}
          </dd>
        </div>
        {meeting.notes ? (
          <div>
            <dt>{t('meetings.notes')}</dt>
            <dd className="pre-line" lang="sv">{meeting.notes}</dd>
          </div>
        ) : null}
        {meeting.cancelledAt ? (
          <div>
            <dt>{t('meetings.cancelledLabel')}</dt>
            <dd>{meeting.cancelReason ? <span lang="sv">{meeting.cancelReason}</span> : t('common.notSet')}</dd>
          </div>
        ) : null}
      </dl>
      {mayManage && mode === 'view' ? (
        <div className="button-row">
          <button ref={editButton} type="button" className="button button--secondary button--small" onClick={() => openAs('edit')}>
            {t('meetings.edit')} <span className="visually-hidden">{meeting.title}</span>
          </button>
          <button ref={cancelButton} type="button" className="button button--secondary button--small" onClick={() => openAs('cancel')}>
            {t('meetings.cancel')} <span className="visually-hidden">{meeting.title}</span>
          </button>
        </div>
      ) : null}
      {mayManage && mode === 'edit' ? (
        <section aria-label={t('meetings.editHeading', { title: meeting.title })} className="action-panel">
          <MeetingForm
            idPrefix={`meeting-${meeting.id}`}
            initial={meetingFormFrom(meeting)}
            kinds={[meeting.kind]}
            cohortDates={cohortDates}
            submitLabel={t('meetings.editSubmit')}
            busy={saving}
            conflictAction={reloadAction}
            onSubmit={async (input) => {
              await update({ variables: { id: meeting.id, version: versionToSend(), input } });
              setMode('view');
              onDone(t('meetings.saved', { title: input.title }));
            }}
            onCancel={() => close('edit')}
          />
        </section>
      ) : null}
      {mayManage && mode === 'cancel' ? (
        <ReasonForm
          id={`cancel-meeting-${meeting.id}`}
          danger
          intro={<p>{t('meetings.cancelIntro', { title: meeting.title })}</p>}
          label={t('meetings.cancelReason')}
          hint={t('meetings.cancelReasonHint')}
          requiredMessage={t('meetings.cancelReasonRequired')}
          submitLabel={t('meetings.cancelSubmit')}
          busyLabel={t('common.saving')}
          busy={cancelling}
          conflictAction={reloadAction}
          onSubmit={async (reason) => {
            await cancel({ variables: { id: meeting.id, version: versionToSend(), reason } });
            setMode('view');
            onDone(t('meetings.cancelled', { title: meeting.title }));
          }}
          onCancel={() => close('cancel')}
        />
      ) : null}
    </article>
  );
}

interface MeetingFormProps {
  idPrefix: string;
  initial: MeetingFormValues;
  /** The kinds the user may choose; one kind (moving a meeting, or only exchanges left to plan) is not asked for. */
  kinds: readonly MeetingKind[];
  /** A date outside the cohort's year is asked about before saving. */
  cohortDates: CohortDates;
  submitLabel: string;
  busy: boolean;
  onSubmit: (input: MeetingInput) => Promise<void>;
  onCancel: () => void;
  /** Offered inside the error summary when the API answers CONFLICT (reload the cohort). */
  conflictAction?: ReactNode;
}

/**
 * Plan or move a meeting: Swedish date and times in, an ISO instant with Stockholm's offset out. A
 * date outside the cohort's year (`meetingDateQuestion`) is asked about beside the date field before
 * anything is sent; the user confirms it or changes it — a warning, not a refusal.
 */
function MeetingForm({ idPrefix, initial, kinds, cohortDates, submitLabel, busy, onSubmit, onCancel, conflictAction }: MeetingFormProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<MeetingFormValues>(initial);
  const ids = useMemo(() => meetingFieldIds(idPrefix), [idPrefix]);
  // API field names too: the API names the instants (startsAt, endsAt), the form the times.
  const fieldIds = useMemo(() => ({ ...ids, startsAt: ids.startTime, endsAt: ids.endTime }), [ids]);
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(fieldIds);
  // The question about the date, for the date it was asked about; and the date the user has confirmed.
  const [dateQuestion, setDateQuestion] = useState<{ date: string; text: string; asked: number } | null>(null);
  const [confirmedDate, setConfirmedDate] = useState<string | null>(null);
  const questionPanel = useRef<HTMLDivElement>(null);
  const questionId = useId();

  useEffect(() => {
    document.getElementById(kinds.length > 1 ? ids.kind : ids.title)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Asked (again): the question is what the user reads next.
  useEffect(() => {
    if (dateQuestion) questionPanel.current?.focus();
  }, [dateQuestion?.asked]); // eslint-disable-line react-hooks/exhaustive-deps

  async function save(dateConfirmed: boolean) {
    if (busy) return;
    if (rejectInvalid(meetingProblems(values, t))) {
      setDateQuestion(null);
      return;
    }
    const question = meetingDateQuestion(values.date, cohortDates, t, i18n.language);
    if (question && !dateConfirmed && confirmedDate !== values.date) {
      setDateQuestion((current) => ({ date: values.date, text: question, asked: (current?.asked ?? 0) + 1 }));
      return;
    }
    if (question) setConfirmedDate(values.date);
    clear();
    try {
      await onSubmit(toMeetingInput(values));
    } catch (cause) {
      showError(cause);
      setDateQuestion(null);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(false);
  }

  const askingAboutDate = dateQuestion !== null && dateQuestion.date === values.date;

  return (
    <>
      <ErrorSummary error={error} fieldIds={fieldIds}>
        {error?.code === 'CONFLICT' ? conflictAction : null}
      </ErrorSummary>
      <form className="form" noValidate onSubmit={submit}>
        {kinds.length > 1 ? (
          <SelectField
            id={ids.kind}
            name="kind"
            label={t('meetingForm.kind')}
            required
            value={values.kind}
            onChange={(kind) => {
              if (!isMeetingKind(kind)) return;
              // A title that only named the kind follows the kind.
              const titleNamedKind = values.title.trim() === '' || values.title === t(`meetingKind.${values.kind}`);
              setValues({ ...values, kind, title: titleNamedKind ? t(`meetingKind.${kind}`) : values.title });
            }}
            error={fieldErrors['kind']}
          >
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`meetingKind.${kind}`)}
              </option>
            ))}
          </SelectField>
        ) : (
          <p>
            {t('meetingForm.kindFixed', { kind: t(`meetingKind.${values.kind}`) })}
          </p>
        )}
        <MeetingFields
          idPrefix={idPrefix}
          values={values}
          onChange={setValues}
          errors={{
            title: fieldErrors['title'],
            date: fieldErrors['date'],
            startTime: fieldErrors['startTime'] ?? fieldErrors['startsAt'],
            endTime: fieldErrors['endTime'] ?? fieldErrors['endsAt'],
            location: fieldErrors['location'],
            notes: fieldErrors['notes'],
          }}
          dateWarning={
            askingAboutDate ? (
              <div ref={questionPanel} tabIndex={-1} role="group" aria-labelledby={questionId} className="notice field">
                <p id={questionId}>{dateQuestion.text}</p>
                <div className="button-row">
                  <button type="button" className="button button--small" aria-disabled={busy ? true : undefined} onClick={() => void save(true)}>
                    {busy ? t('common.saving') : t('meetingForm.dateWarningConfirm')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => {
                      setDateQuestion(null);
                      document.getElementById(ids.date)?.focus();
                    }}
                  >
                    {t('meetingForm.dateWarningChange')}
                  </button>
                </div>
              </div>
            ) : null
          }
        />
        <div className="button-row">
          <SubmitButton busy={busy} label={submitLabel} busyLabel={t('common.saving')} />
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
