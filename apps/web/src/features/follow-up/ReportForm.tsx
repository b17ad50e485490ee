import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { REPORT_LIMITS } from '@modellkommuner/shared';
import type { CurrentUserFragment } from '../../gql/graphql';
import { useDraftAutosave, useRestoredDraft, type DraftKey } from '../../shared/draft-store';
import { fieldMessages, toUiError, validationError, type UiError } from '../../shared/errors/error-message';
import { assessmentLabel } from '../../shared/follow-up';
import { useUnsavedChanges } from '../../shared/unsaved-changes';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { RestoredDraft } from '../../shared/ui/RestoredDraft';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextAreaField } from '../../shared/ui/TextAreaField';
import { VersionConflict } from '../../shared/ui/VersionConflict';
import { useVersionConflict } from '../../shared/version-conflict';
import { ProgressDetails, scopeLabel } from '../goals';
import { AskFirst } from '../../shared/ui/AskFirst';
import { SaveFollowUpReportMutation, SubmitFollowUpReportMutation } from './graphql/operations';
import {
  ASSESSMENTS,
  assessedGoalIds,
  assessmentCommentField,
  assessmentCommentId,
  assessmentField,
  assessmentGroupId,
  contentOf,
  draftVersion,
  formFromReport,
  fromDraft,
  REPORT_FIELD_IDS,
  reportDraftForm,
  reportFieldIds,
  saveProblems,
  submitProblems,
  TEXT_FIELDS,
  toFormError,
  toSaveInput,
  type AssessmentValue,
  type ReportDetails,
  type ReportDraft,
  type ReportFormValues,
  type ReportGoal,
  type ReportPermissions,
} from './report-view';

/** What the page says after the form went through (its Confirmation, which takes focus). */
export interface ReportFormOutcome {
  kind: 'saved' | 'submitted';
}

interface ReportFormProps {
  checkpointId: string;
  organizationCode: string;
  organizationName: string;
  /** The mentor's name, for "Mentorn, Hedemora kommun, granskar den". */
  mentorName: string | null;
  goals: readonly ReportGoal[];
  /** The report as it was opened; null when nobody has begun it (the first save creates it). */
  report: ReportDetails | null;
  permissions: Pick<ReportPermissions, 'maySubmit' | 'reviewer'>;
  user: Pick<CurrentUserFragment, 'id'>;
  /** The report as the server has it now, for a refused save's newer version. */
  loadCurrent: () => Promise<ReportDetails | null>;
  reload: () => Promise<void>;
  onDone: (outcome: ReportFormOutcome) => void;
}

/**
 * The report's authors write it: four texts and an assessment (with a comment) of every goal it covers,
 * each goal beside where its indicators stand now. "Spara utkast" saves over the version read (0 creates
 * the report); "Lämna in för granskning" asks first, saves what is unsaved and submits. Unsaved text is
 * guarded and kept as a draft (`report:<checkpoint>:<code>`); a save refused as stale keeps the text and
 * offers the newer version (docs/web-patterns.md). A long form: its errors are read in its summary,
 * which takes focus (as the example editor's), and each field says its own.
 */
export function ReportForm({
  checkpointId,
  organizationCode,
  organizationName,
  mentorName,
  goals,
  report,
  permissions,
  user,
  loadCurrent,
  reload,
  onDone,
}: ReportFormProps) {
  const { t } = useTranslation();
  const goalIds = useMemo(() => goals.map((goal) => goal.id), [goals]);
  const draftKey = useMemo<DraftKey>(
    () => ({ form: reportDraftForm(checkpointId, organizationCode), userId: user.id }),
    [checkpointId, organizationCode, user.id],
  );
  const restored = useRestoredDraft<unknown>(draftKey);
  // What was loaded or last saved: the form is dirty when it differs.
  const [saved, setSaved] = useState<ReportFormValues>(() => formFromReport(report, goalIds));
  const [values, setValues] = useState<ReportFormValues>(() => (restored ? fromDraft(restored.values, saved) : saved));
  const [restoredNotice, setRestoredNotice] = useState<'afterSessionEnded' | 'restored' | null>(() =>
    restored ? (restored.afterSessionEnded ? 'afterSessionEnded' : 'restored') : null,
  );
  const [discarded, setDiscarded] = useState(false);
  const [reportId, setReportId] = useState<string | null>(report?.id ?? null);
  const [error, setError] = useState<UiError | null>(null);
  const [asking, setAsking] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [saveReport, { loading: saving }] = useMutation(SaveFollowUpReportMutation);
  const [submitReport] = useMutation(SubmitFollowUpReportMutation);
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = useRef(false);
  const submitButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const fieldIds = useMemo(() => reportFieldIds(goalIds), [goalIds]);
  const fieldErrors = useMemo(() => fieldMessages(error), [error]);
  const busy = saving || submitting;

  const conflict = useVersionConflict<ReportDetails>({
    // A restored draft was written over the version it read: a save then meets any change made since.
    version: draftVersion(restored?.values) ?? report?.version ?? 0,
    loadCurrent,
    versionOf: (latest) => latest.version,
    savedAtOf: (latest) => latest.updatedAt,
    onLoaded: () => setError(null),
    onKeepMine: (latest) => {
      setReportId(latest.id);
      setSaved(formFromReport(latest, goalIds));
    },
    onTakeLatest: (latest) => {
      const taken = formFromReport(latest, goalIds);
      setReportId(latest.id);
      setValues(taken);
      setSaved(taken);
    },
  });

  const dirty = useMemo(() => contentOf(values) !== contentOf(saved), [values, saved]);
  const draftValues = useMemo<ReportDraft>(() => ({ values, version: conflict.version }), [values, conflict.version]);
  const draft = useDraftAutosave(draftKey, draftValues, dirty);
  const guard = useUnsavedChanges(dirty, { onLeave: draft.discard });

  useEffect(() => {
    if (!focusSummary.current) return;
    focusSummary.current = false;
    summary.current?.focus();
    summary.current?.scrollIntoView?.({ block: 'center' });
  }, [error]);

  useEffect(() => {
    if (asking || !returnFocus.current) return;
    returnFocus.current = false;
    submitButton.current?.focus();
  }, [asking]);

  function fail(shown: UiError) {
    focusSummary.current = true;
    setError(shown);
  }

  function setText(field: (typeof TEXT_FIELDS)[number], text: string) {
    setValues((current) => ({ ...current, [field]: text }));
  }

  function setAssessment(goalId: string, change: Partial<AssessmentValue>) {
    setValues((current) => ({
      ...current,
      assessments: { ...current.assessments, [goalId]: { ...(current.assessments[goalId] ?? { status: '', comment: '' }), ...change } },
    }));
  }

  /** Saves the values as they are; the report's id and new version, or null when refused (the summary says why). */
  async function persist(): Promise<{ id: string; version: number } | null> {
    const invalid = validationError(saveProblems(values, goals, t), t);
    if (invalid) {
      fail(invalid);
      return null;
    }
    setError(null);
    const sentGoalIds = assessedGoalIds(values, goalIds);
    const sentValues = values;
    try {
      const answer = await conflict.save((version) =>
        saveReport({ variables: { input: toSaveInput(sentValues, goalIds, { checkpointId, organizationCode, version }) } }),
      );
      const savedReport = answer.data?.saveFollowUpReport;
      if (!savedReport) return null;
      conflict.saved(savedReport.version);
      setReportId(savedReport.id);
      setSaved(sentValues);
      draft.discard();
      setRestoredNotice(null);
      return { id: savedReport.id, version: savedReport.version };
    } catch (cause) {
      fail(toFormError(toUiError(cause, t), sentGoalIds));
      return null;
    }
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setAsking(false);
    const done = await persist();
    if (!done) return;
    onDone({ kind: 'saved' });
    await reload();
  }

  async function submit() {
    if (busy) return;
    const problems = [...saveProblems(values, goals, t), ...submitProblems(values, goals, t)];
    const invalid = validationError(problems, t);
    if (invalid) {
      setAsking(false);
      fail(invalid);
      return;
    }
    setSubmitting(true);
    try {
      // Save first what is not saved (a report nobody has begun is created by it).
      let target = reportId ? { id: reportId, version: null as number | null } : null;
      if (dirty || !target) {
        const done = await persist();
        if (!done) {
          setAsking(false);
          return;
        }
        target = done;
      }
      const { id, version: savedVersion } = target;
      try {
        await conflict.save((version) => submitReport({ variables: { id, version: savedVersion ?? version } }));
      } catch (cause) {
        setAsking(false);
        fail(toUiError(cause, t));
        return;
      }
      draft.discard();
      guard.allowNextNavigation();
      setAsking(false);
      onDone({ kind: 'submitted' });
      await reload();
    } finally {
      setSubmitting(false);
    }
  }

  /** The restored draft is thrown away: back to what is saved, at the version it has. */
  function discardRestored() {
    draft.discard();
    setValues(saved);
    conflict.saved(report?.version ?? 0);
    setRestoredNotice(null);
    setDiscarded(true);
    document.getElementById(REPORT_FIELD_IDS.summary)?.focus();
  }

  const means = [
    ...(dirty || !reportId ? [t('followUp.form.means.unsaved')] : []),
    t('followUp.form.means.locked'),
    permissions.reviewer === 'PROCESS_LEADER'
      ? t('followUp.form.means.PROCESS_LEADER')
      : t('followUp.form.means.MENTOR', { organization: mentorName ?? '' }),
    t('followUp.form.means.snapshot'),
  ];

  return (
    <section aria-labelledby="report-form-heading" className="section report-form">
      {guard.dialog}
      <h2 id="report-form-heading">{t('followUp.form.heading')}</h2>
      <p>{t('followUp.form.intro', { organization: organizationName })}</p>
      {restoredNotice ? <RestoredDraft afterSessionEnded={restoredNotice === 'afterSessionEnded'} onDiscard={discardRestored} /> : null}
      <StatusMessage>{discarded ? t('draft.discarded') : null}</StatusMessage>
      <div ref={summary} tabIndex={-1} className="report-form__summary">
        <ErrorSummary error={error} fieldIds={fieldIds} />
        <VersionConflict
          conflict={conflict}
          firstFieldId={REPORT_FIELD_IDS.summary}
          texts={{ heading: t('followUp.form.conflictHeading'), gone: t('followUp.form.conflictGone') }}
        />
      </div>
      <form className="form form--wide" noValidate onSubmit={(event) => void save(event)}>
        {TEXT_FIELDS.map((field) => (
          <TextAreaField
            key={field}
            id={REPORT_FIELD_IDS[field]}
            name={field}
            label={t(`followUp.fields.${field}`)}
            hint={t(`followUp.hints.${field}`)}
            rows={field === 'summary' ? 6 : 4}
            maxLength={REPORT_LIMITS.text}
            lang="sv"
            value={values[field]}
            onChange={(text) => setText(field, text)}
            error={fieldErrors[field]}
          />
        ))}

        <h3>{t('followUp.form.goalsHeading')}</h3>
        <p>{t('followUp.form.goalsIntro')}</p>
        {goals.length === 0 ? <p>{t('followUp.report.noGoals')}</p> : null}
        {goals.map((goal) => (
          <GoalAssessmentFields
            key={goal.id}
            goal={goal}
            value={values.assessments[goal.id] ?? { status: '', comment: '' }}
            onChange={(change) => setAssessment(goal.id, change)}
            error={fieldErrors[assessmentField(goal.id)]}
            commentError={fieldErrors[assessmentCommentField(goal.id)]}
          />
        ))}

        <div className="button-row report-form__buttons">
          <SubmitButton busy={saving && !submitting} label={t('followUp.form.save')} busyLabel={t('common.saving')} />
          {permissions.maySubmit ? (
            <button
              ref={submitButton}
              type="button"
              className="button button--secondary"
              aria-expanded={asking}
              onClick={() => {
                if (busy) return;
                setAsking((current) => !current);
              }}
            >
              {t('followUp.form.submit')}
            </button>
          ) : null}
        </div>
      </form>
      {asking ? (
        <AskFirst
          question={t('followUp.form.ask')}
          means={means}
          confirmLabel={t('followUp.form.yes')}
          busyLabel={t('followUp.form.submitting')}
          busy={busy}
          onConfirm={() => void submit()}
          onCancel={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        />
      ) : null}
    </section>
  );
}

interface GoalAssessmentFieldsProps {
  goal: ReportGoal;
  value: AssessmentValue;
  onChange: (change: Partial<AssessmentValue>) => void;
  error: string | undefined;
  commentError: string | undefined;
}

/** One goal: its assessment (a radio group) and comment, beside where its indicators stand now. */
function GoalAssessmentFields({ goal, value, onChange, error, commentError }: GoalAssessmentFieldsProps) {
  const { t } = useTranslation();
  const groupId = assessmentGroupId(goal.id);
  return (
    <div className="report-goal">
      <h4 className="report-goal__title">
        <span lang="sv">{goal.title}</span>{' '}
        <span className={`scope-tag scope-tag--${goal.scope.toLowerCase()}`}>{scopeLabel(goal.scope, t)}</span>
      </h4>
      <div className="report-goal__columns">
        <div className="report-goal__fields">
          <ChoiceFieldset id={groupId} legend={t('followUp.form.assessmentLegend', { title: goal.title })} error={error}>
            {ASSESSMENTS.map((assessment) => (
              <Choice
                key={assessment}
                id={`${groupId}-${assessment.toLowerCase()}`}
                type="radio"
                name={`assessment-${goal.id}`}
                checked={value.status === assessment}
                onChange={(checked) => {
                  if (checked) onChange({ status: assessment });
                }}
                label={assessmentLabel(assessment, t)}
              />
            ))}
          </ChoiceFieldset>
          <TextAreaField
            id={assessmentCommentId(goal.id)}
            name={`comment-${goal.id}`}
            label={t('followUp.form.commentLabel', { title: goal.title })}
            hint={t('followUp.form.commentHint')}
            rows={3}
            maxLength={REPORT_LIMITS.assessmentComment}
            lang="sv"
            value={value.comment}
            onChange={(comment) => onChange({ comment })}
            error={commentError}
          />
        </div>
        <div className="report-goal__progress">
          <p className="report-goal__progress-heading">
            <strong>{t('followUp.form.progressHeading')}</strong>
          </p>
          {goal.indicators.length === 0 ? <p>{t('followUp.form.noIndicators')}</p> : null}
          {goal.indicators.map((indicator) => (
            <div key={indicator.id} className="report-goal__indicator">
              <p className="report-goal__indicator-name" lang="sv">
                {indicator.name}
              </p>
              <ProgressDetails progress={indicator.progress} unit={indicator.unit} byGender={indicator.byGender} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
