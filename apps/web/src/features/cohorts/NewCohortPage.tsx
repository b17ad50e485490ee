import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CandidateOrganizationsQuery, ProgrammeFieldsFragment } from '../../gql/graphql';
import { fieldMessages, toUiError, validationError, type UiError } from '../../shared/errors/error-message';
import { formatCalendarDate, formatTime, formatWeekdayDate } from '../../shared/format';
import { stockholmDateTime } from '../../shared/stockholm-time';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import {
  allProblems,
  defaultFollowUp,
  initialWizardState,
  matchesSearch,
  menteeSpan,
  PICKER_LIMIT,
  stepOfField,
  stepProblems,
  toCreateCohortInput,
  toWizardError,
  WIZARD_STEPS,
  type WizardState,
  type WizardStep,
} from './cohort-wizard';
import { CandidateOrganizationsQuery as CandidatesQuery, CreateCohortMutation, ProgrammeOptionsQuery } from './graphql/operations';
import { MeetingFields } from './MeetingFields';

type Candidate = CandidateOrganizationsQuery['organizations'][number];

/** Where each field (named as the API names it) lives, for error links and focus. */
export const WIZARD_FIELD_IDS: Record<string, string> = {
  programmeId: 'wizard-programme',
  mentorCode: 'wizard-mentor',
  menteeCodes: 'wizard-mentees',
  name: 'wizard-name',
  startDate: 'wizard-start-date',
  followUpDueDate: 'wizard-follow-up',
  'startupMeeting.title': 'wizard-meeting-title',
  'startupMeeting.date': 'wizard-meeting-date',
  'startupMeeting.startTime': 'wizard-meeting-start',
  'startupMeeting.endTime': 'wizard-meeting-end',
  'startupMeeting.location': 'wizard-meeting-location',
  'startupMeeting.notes': 'wizard-meeting-notes',
};

/**
 * The process leader's wizard for a new cohort: programme, mentor, mentees, name and start-up
 * meeting, then a review where the API's answer is shown. Each step's heading takes focus; every
 * error links to the step and the control where it is fixed.
 */
export function NewCohortPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const programmesQuery = useQuery(ProgrammeOptionsQuery, { fetchPolicy: 'cache-and-network' });
  const programmes = programmesQuery.data?.programmes;
  const [state, setState] = useState<WizardState>(() => initialWizardState(t('wizard.meetingTitleDefault')));
  const [step, setStep] = useState<WizardStep>('programme');
  const [error, setError] = useState<UiError | null>(null);
  /** The step whose error summary shows `error` (other steps show only their fields' messages). */
  const [errorStep, setErrorStep] = useState<WizardStep | null>(null);
  const [createCohort, { loading: creating }] = useMutation(CreateCohortMutation);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterMove = useRef<string | null | undefined>(undefined);
  const programme = programmes?.find((candidate) => candidate.id === state.programmeId);
  const fieldErrors = useMemo(() => fieldMessages(error), [error]);
  const index = WIZARD_STEPS.indexOf(step);

  // After a move between steps (not on the first render): focus the control named, else the step's heading.
  useEffect(() => {
    if (focusAfterMove.current === undefined) return;
    const target = focusAfterMove.current ? document.getElementById(focusAfterMove.current) : null;
    focusAfterMove.current = undefined;
    (target ?? heading.current)?.focus();
  }, [step]);

  function goTo(next: WizardStep, focusId: string | null = null) {
    focusAfterMove.current = focusId;
    setStep(next);
  }

  function update(change: Partial<WizardState>) {
    setState((current) => ({ ...current, ...change }));
  }

  function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = stepProblems(step, state, programme, t);
    const invalid = validationError(problems, t);
    setError(invalid);
    setErrorStep(invalid ? step : null);
    if (invalid) {
      const first = invalid.fields[0]?.field;
      if (first && WIZARD_FIELD_IDS[first]) document.getElementById(WIZARD_FIELD_IDS[first])?.focus();
      return;
    }
    const following = WIZARD_STEPS[index + 1];
    if (following) goTo(following);
  }

  function back() {
    const previous = WIZARD_STEPS[index - 1];
    if (!previous) return;
    setErrorStep(null);
    goTo(previous);
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (creating) return;
    const invalid = validationError(allProblems(state, programme, t), t);
    if (invalid) {
      setError(invalid);
      setErrorStep('review');
      heading.current?.focus();
      return;
    }
    setError(null);
    setErrorStep(null);
    try {
      const { data } = await createCohort({ variables: { input: toCreateCohortInput(state) } });
      if (!data) return;
      await navigate(`/cohorts/${encodeURIComponent(data.createCohort.id)}`, { state: { flash: 'cohortCreated' } });
    } catch (cause) {
      setError(toWizardError(toUiError(cause, t)));
      setErrorStep('review');
    }
  }

  function choosingProgramme(id: string) {
    const chosen = programmes?.find((candidate) => candidate.id === id);
    // Another kind of organisation: the mentor and mentees chosen before no longer fit.
    const sameKind = chosen && programme && chosen.organizationKind === programme.organizationKind;
    update(sameKind ? { programmeId: id } : { programmeId: id, mentorCode: '', menteeCodes: [] });
  }

  if (programmesQuery.loading && !programmes) return <Loading />;
  if (programmesQuery.error && !programmes) {
    return (
      <Page title={t('wizard.title')}>
        <QueryError error={programmesQuery.error} />
      </Page>
    );
  }

  const stepTitle = t(`wizard.steps.${step}`);
  const summary = errorStep === step ? error : null;
  return (
    <Page title={t('wizard.title')}>
      <p>{t('wizard.intro')}</p>
      <StepIndicator current={step} onGoTo={(target) => goTo(target)} />
      <h2 ref={heading} tabIndex={-1} className="wizard__heading">
        <span className="wizard__step-number">{t('wizard.stepOf', { current: index + 1, total: WIZARD_STEPS.length })}</span> {stepTitle}
      </h2>
      {step === 'review' ? (
        <ReviewStep
          state={state}
          programme={programme}
          error={summary}
          creating={creating}
          onGoTo={goTo}
          onBack={back}
          onSubmit={(event) => void create(event)}
        />
      ) : (
        <>
          <ErrorSummary error={summary} fieldIds={WIZARD_FIELD_IDS} />
          <form className="form form--wide" noValidate onSubmit={next}>
            {step === 'programme' ? (
              <ProgrammeStep programmes={programmes ?? []} chosen={state.programmeId} onChoose={choosingProgramme} error={fieldErrors['programmeId']} />
            ) : null}
            {step === 'mentor' && programme ? (
              <MentorStep
                programme={programme}
                chosen={state.mentorCode}
                onChoose={(mentorCode) => update({ mentorCode, menteeCodes: state.menteeCodes.filter((code) => code !== mentorCode) })}
                error={fieldErrors['mentorCode']}
              />
            ) : null}
            {step === 'mentees' && programme ? (
              <MenteesStep
                programme={programme}
                mentorCode={state.mentorCode}
                chosen={state.menteeCodes}
                onChange={(menteeCodes) => update({ menteeCodes })}
                error={fieldErrors['menteeCodes']}
              />
            ) : null}
            {step === 'details' ? (
              <DetailsStep state={state} programme={programme} onChange={update} fieldErrors={fieldErrors} language={i18n.language} />
            ) : null}
            <div className="button-row wizard__buttons">
              {index > 0 ? (
                <button type="button" className="button button--secondary" onClick={back}>
                  {t('wizard.back')}
                </button>
              ) : null}
              <button type="submit" className="button">
                {t('wizard.next')}
              </button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to="/cohorts">{t('wizard.cancel')}</Link>
      </p>
    </Page>
  );
}

function StepIndicator({ current, onGoTo }: { current: WizardStep; onGoTo: (step: WizardStep) => void }) {
  const { t } = useTranslation();
  const currentIndex = WIZARD_STEPS.indexOf(current);
  return (
    <ol className="steps" aria-label={t('wizard.stepsLabel')}>
        {WIZARD_STEPS.map((step, index) => {
          const label = `${index + 1}. ${t(`wizard.steps.${step}`)}`;
          if (index < currentIndex) {
            return (
              <li key={step} className="steps__item steps__item--done">
                <button type="button" className="link-button" onClick={() => onGoTo(step)}>
                  {label}
                  <span className="visually-hidden"> {t('wizard.stepDone')}</span>
                </button>
              </li>
            );
          }
          return (
            <li key={step} className={index === currentIndex ? 'steps__item steps__item--current' : 'steps__item'} aria-current={index === currentIndex ? 'step' : undefined}>
              {label}
            </li>
          );
        })}
    </ol>
  );
}

function ProgrammeStep({
  programmes,
  chosen,
  onChoose,
  error,
}: {
  programmes: ProgrammeFieldsFragment[];
  chosen: string;
  onChoose: (id: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  if (programmes.length === 0) {
    return (
      <p className="notice">
        {t('wizard.noProgrammes')} <Link to="/programmes">{t('wizard.toProgrammes')}</Link>
      </p>
    );
  }
  return (
    <ChoiceFieldset id={WIZARD_FIELD_IDS['programmeId'] ?? ''} legend={t('wizard.programmeLegend')} required error={error}>
      {programmes.map((programme) => (
        <Choice
          key={programme.id}
          id={`wizard-programme-${programme.id}`}
          type="radio"
          name="programme"
          checked={chosen === programme.id}
          onChange={() => onChoose(programme.id)}
          label={programme.name}
          detail={t('wizard.programmeDetail', {
            theme: programme.theme,
            kinds: t(`organizationKindPlural.${programme.organizationKind}`),
            span: menteeSpan(programme),
            count: programme.followUpMonths,
          })}
        />
      ))}
    </ChoiceFieldset>
  );
}

/** A search box over a list of organisations, and how many match. */
function useCandidateSearch(candidates: Candidate[] | undefined, exclude = '') {
  const [query, setQuery] = useState('');
  const matches = useMemo(
    () => (candidates ?? []).filter((candidate) => candidate.code !== exclude && matchesSearch(candidate, query)),
    [candidates, query, exclude],
  );
  return { query, setQuery, matches };
}

function MatchCount({ shown, count }: { shown: number; count: number }) {
  const { t } = useTranslation();
  return (
    <StatusMessage className="status-region status-region--quiet">
      {count === 0 ? t('wizard.noMatches') : shown < count ? t('wizard.showingFirst', { shown, count }) : t('wizard.matches', { count })}
    </StatusMessage>
  );
}

function MentorStep({
  programme,
  chosen,
  onChoose,
  error,
}: {
  programme: ProgrammeFieldsFragment;
  chosen: string;
  onChoose: (code: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const { data, loading, error: queryError } = useQuery(CandidatesQuery, { variables: { kind: programme.organizationKind, mentorEligible: true } });
  const candidates = data?.organizations;
  const { query, setQuery, matches } = useCandidateSearch(candidates);
  const shown = matches.slice(0, PICKER_LIMIT);
  const chosenCandidate = candidates?.find((candidate) => candidate.code === chosen);
  if (queryError) return <QueryError error={queryError} />;
  if (loading && !candidates) return <Loading />;
  if (candidates && candidates.length === 0) {
    return <p className="notice">{t('wizard.mentorNone', { kinds: t(`organizationKindPlural.${programme.organizationKind}`) })}</p>;
  }
  return (
    <>
      <TextField
        id="wizard-mentor-search"
        name="mentorSearch"
        type="search"
        label={t('wizard.search')}
        hint={t('wizard.searchHint')}
        autoComplete="off"
        value={query}
        onChange={setQuery}
      />
      <MatchCount shown={shown.length} count={matches.length} />
      {chosenCandidate ? <p>{t('wizard.chosenMentor', { name: chosenCandidate.name })}</p> : null}
      <ChoiceFieldset
        id={WIZARD_FIELD_IDS['mentorCode'] ?? ''}
        legend={t('wizard.mentorLegend')}
        hint={t('wizard.mentorHint', { kinds: t(`organizationKindPlural.${programme.organizationKind}`) })}
        required
        error={error}
      >
        {shown.map((candidate) => (
          <Choice
            key={candidate.code}
            id={`wizard-mentor-${candidate.code}`}
            type="radio"
            name="mentor"
            checked={chosen === candidate.code}
            onChange={() => onChoose(candidate.code)}
            label={t('wizard.organizationLabel', { name: candidate.name, code: candidate.code })}
          />
        ))}
      </ChoiceFieldset>
    </>
  );
}

function MenteesStep({
  programme,
  mentorCode,
  chosen,
  onChange,
  error,
}: {
  programme: ProgrammeFieldsFragment;
  mentorCode: string;
  chosen: string[];
  onChange: (codes: string[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const { data, loading, error: queryError } = useQuery(CandidatesQuery, { variables: { kind: programme.organizationKind } });
  const candidates = data?.organizations;
  const { query, setQuery, matches } = useCandidateSearch(candidates, mentorCode);
  const shown = matches.slice(0, PICKER_LIMIT);
  const byCode = new Map((candidates ?? []).map((candidate) => [candidate.code, candidate]));
  const mentor = byCode.get(mentorCode);
  const kinds = t(`organizationKindPlural.${programme.organizationKind}`);
  const toggle = (code: string, checked: boolean) => onChange(checked ? [...chosen.filter((c) => c !== code), code] : chosen.filter((c) => c !== code));
  if (queryError) return <QueryError error={queryError} />;
  if (loading && !candidates) return <Loading />;
  return (
    <>
      <section aria-labelledby="wizard-chosen-heading" className="chosen">
        <h3 id="wizard-chosen-heading">{t('wizard.chosenHeading', { count: chosen.length })}</h3>
        {chosen.length === 0 ? (
          <p>{t('wizard.noneChosen')}</p>
        ) : (
          <ul className="chosen__list">
            {chosen.map((code) => {
              const name = byCode.get(code)?.name ?? code;
              return (
                <li key={code}>
                  {name}{' '}
                  <button type="button" className="button button--secondary button--small" onClick={() => toggle(code, false)}>
                    {t('wizard.remove')} <span className="visually-hidden">{name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <TextField
        id="wizard-mentee-search"
        name="menteeSearch"
        type="search"
        label={t('wizard.search')}
        hint={t('wizard.searchHint')}
        autoComplete="off"
        value={query}
        onChange={setQuery}
      />
      <MatchCount shown={shown.length} count={matches.length} />
      <ChoiceFieldset
        id={WIZARD_FIELD_IDS['menteeCodes'] ?? ''}
        legend={t('wizard.menteesLegend', { span: menteeSpan(programme), kinds })}
        hint={mentor ? t('wizard.menteesHint', { mentor: mentor.name }) : undefined}
        required
        error={error}
      >
        {shown.map((candidate) => (
          <Choice
            key={candidate.code}
            id={`wizard-mentee-${candidate.code}`}
            type="checkbox"
            name="mentees"
            checked={chosen.includes(candidate.code)}
            onChange={(checked) => toggle(candidate.code, checked)}
            label={t('wizard.organizationLabel', { name: candidate.name, code: candidate.code })}
          />
        ))}
      </ChoiceFieldset>
    </>
  );
}

function DetailsStep({
  state,
  programme,
  onChange,
  fieldErrors,
  language,
}: {
  state: WizardState;
  programme: ProgrammeFieldsFragment | undefined;
  onChange: (change: Partial<WizardState>) => void;
  fieldErrors: Record<string, string>;
  language: string;
}) {
  const { t } = useTranslation();
  const followUp = defaultFollowUp(state.startDate, programme);
  const months = programme?.followUpMonths ?? 12;
  function setStartDate(startDate: string) {
    // The start-up meeting is usually on the start date: follow it until a date of its own is typed.
    const follow = !state.meeting.date || state.meeting.date === state.startDate;
    onChange({ startDate, ...(follow ? { meeting: { ...state.meeting, date: startDate } } : {}) });
  }
  return (
    <>
      <TextField
        id={WIZARD_FIELD_IDS['name'] ?? ''}
        name="name"
        label={t('wizard.name')}
        hint={t('wizard.nameHint')}
        required
        maxLength={200}
        value={state.name}
        onChange={(name) => onChange({ name })}
        error={fieldErrors['name']}
      />
      <TextField
        id={WIZARD_FIELD_IDS['startDate'] ?? ''}
        name="startDate"
        type="date"
        label={t('wizard.startDate')}
        hint={t('wizard.dateHint')}
        required
        value={state.startDate}
        onChange={setStartDate}
        error={fieldErrors['startDate']}
      />
      <TextField
        id={WIZARD_FIELD_IDS['followUpDueDate'] ?? ''}
        name="followUpDueDate"
        type="date"
        label={t('wizard.followUp')}
        hint={
          followUp
            ? t('wizard.followUpHint', { date: formatCalendarDate(followUp, language), count: months })
            : t('wizard.followUpHintNoStart', { count: months })
        }
        value={state.followUpDueDate}
        onChange={(followUpDueDate) => onChange({ followUpDueDate })}
        error={fieldErrors['followUpDueDate']}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('wizard.meetingLegend')}</legend>
        <MeetingFields
          idPrefix="wizard-meeting"
          values={state.meeting}
          onChange={(meeting) => onChange({ meeting })}
          errors={{
            title: fieldErrors['startupMeeting.title'],
            date: fieldErrors['startupMeeting.date'],
            startTime: fieldErrors['startupMeeting.startTime'],
            endTime: fieldErrors['startupMeeting.endTime'],
            location: fieldErrors['startupMeeting.location'],
            notes: fieldErrors['startupMeeting.notes'],
          }}
        />
      </fieldset>
    </>
  );
}

function ReviewStep({
  state,
  programme,
  error,
  creating,
  onGoTo,
  onBack,
  onSubmit,
}: {
  state: WizardState;
  programme: ProgrammeFieldsFragment | undefined;
  error: UiError | null;
  creating: boolean;
  onGoTo: (step: WizardStep, focusId?: string | null) => void;
  onBack: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const mentorQuery = useQuery(CandidatesQuery, { variables: { kind: programme?.organizationKind ?? 'MUNICIPALITY' }, skip: !programme });
  const names = new Map((mentorQuery.data?.organizations ?? []).map((organization) => [organization.code, organization.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const followUp = state.followUpDueDate || defaultFollowUp(state.startDate, programme);
  const startsAt = stockholmDateTime(state.meeting.date, state.meeting.startTime);
  const endsAt = state.meeting.endTime ? stockholmDateTime(state.meeting.date, state.meeting.endTime) : null;

  const row = (label: string, value: ReactNode, target: WizardStep) => (
    <div>
      <dt>{label}</dt>
      <dd>
        {value}{' '}
        <button type="button" className="link-button" onClick={() => onGoTo(target)}>
          {t('wizard.change')} <span className="visually-hidden">{label.toLocaleLowerCase('sv')}</span>
        </button>
      </dd>
    </div>
  );

  return (
    <>
      <WizardErrorSummary error={error} onGoTo={onGoTo} />
      <p>{t('wizard.reviewIntro')}</p>
      <dl className="details">
        {row(t('wizard.review.programme'), programme?.name ?? t('common.notSet'), 'programme')}
        {row(t('wizard.review.mentor'), state.mentorCode ? nameOf(state.mentorCode) : t('common.notSet'), 'mentor')}
        {row(
          t('wizard.review.mentees'),
          state.menteeCodes.length ? (
            <ul className="plain-list">
              {state.menteeCodes.map((code) => (
                <li key={code}>{nameOf(code)}</li>
              ))}
            </ul>
          ) : (
            t('common.notSet')
          ),
          'mentees',
        )}
        {row(t('wizard.review.name'), state.name.trim() || t('common.notSet'), 'details')}
        {row(t('wizard.review.startDate'), state.startDate ? formatCalendarDate(state.startDate, language) : t('common.notSet'), 'details')}
        {row(
          t('wizard.review.followUp'),
          followUp
            ? state.followUpDueDate
              ? formatCalendarDate(followUp, language)
              : t('wizard.review.followUpDefault', { date: formatCalendarDate(followUp, language) })
            : t('common.notSet'),
          'details',
        )}
        {row(
          t('wizard.review.meeting'),
          <>
            {state.meeting.title.trim()}
            {startsAt ? (
              <>
                <br />
                <time dateTime={startsAt}>
                  {endsAt
                    ? t('meetings.when', { date: formatWeekdayDate(startsAt, language), start: formatTime(startsAt, language), end: formatTime(endsAt, language) })
                    : t('meetings.whenStartOnly', { date: formatWeekdayDate(startsAt, language), start: formatTime(startsAt, language) })}
                </time>
              </>
            ) : null}
            {state.meeting.location.trim() ? (
              <>
                <br />
                {state.meeting.location.trim()}
              </>
            ) : null}
          </>,
          'details',
        )}
      </dl>
      <form className="form" noValidate onSubmit={onSubmit}>
        <div className="button-row wizard__buttons">
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('wizard.back')}
          </button>
          <SubmitButton busy={creating} label={t('wizard.submit')} busyLabel={t('wizard.submitting')} />
        </div>
      </form>
    </>
  );
}

/**
 * The API's answer at the review step: each field's message links to the step (and control) where it
 * is fixed; a conflict (an organisation already busy) offers the steps where another can be chosen.
 */
function WizardErrorSummary({ error, onGoTo }: { error: UiError | null; onGoTo: (step: WizardStep, focusId?: string | null) => void }) {
  const { t } = useTranslation();
  if (!error) return <div role="alert" className="alert-region" />;
  const listsFields = error.fields.length > 0;
  const showMessage = !listsFields || (error.code !== 'BAD_USER_INPUT' && error.code !== 'VALIDATION');
  const link = (key: string, text: string, step: WizardStep, focusId: string | null) => (
    <li key={key}>
      <a
        href={`#${focusId ?? ''}`}
        onClick={(event) => {
          event.preventDefault();
          onGoTo(step, focusId);
        }}
      >
        {text}
      </a>
    </li>
  );
  return (
    <div role="alert" className="alert-region">
      <div className="error-summary">
        <p className="error-summary__title">{t('form.errorSummaryTitle')}</p>
        {showMessage ? <p>{error.message}</p> : null}
        {listsFields ? (
          <ul className="error-summary__list">
            {error.fields.map(({ field, message }) =>
              link(`${field}:${message}`, message, stepOfField(field), WIZARD_FIELD_IDS[field] ?? null),
            )}
          </ul>
        ) : null}
        {error.code === 'CONFLICT' ? (
          <>
            <p>{t('wizard.conflictFix')}</p>
            <ul className="error-summary__list">
              {link('mentor', t('wizard.changeMentor'), 'mentor', WIZARD_FIELD_IDS['mentorCode'] ?? null)}
              {link('mentees', t('wizard.changeMentees'), 'mentees', WIZARD_FIELD_IDS['menteeCodes'] ?? null)}
            </ul>
          </>
        ) : null}
        {error.requestId ? <p className="error-summary__request-id">{t('form.requestId', { id: error.requestId })}</p> : null}
      </div>
    </div>
  );
}
