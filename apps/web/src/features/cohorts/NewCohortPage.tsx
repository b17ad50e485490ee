import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { useDraftAutosave, useRestoredDraft, type DraftKey } from '../../shared/draft-store';
import { fieldMessages, toUiError, validationError, type UiError } from '../../shared/errors/error-message';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { RestoredDraft } from '../../shared/ui/RestoredDraft';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useUnsavedChanges } from '../../shared/unsaved-changes';
import { useCurrentUser } from '../auth';
import {
  allProblems,
  busyOrganizations,
  firstIncompleteStep,
  initialWizardState,
  isWizardPath,
  isWizardStep,
  menteeSpan,
  stepOfField,
  stepProblems,
  toCreateCohortInput,
  toWizardError,
  WIZARD_FIELD_IDS,
  WIZARD_STEPS,
  wizardPath,
  wizardStateFromDraft,
  type WizardState,
  type WizardStep,
} from './cohort-wizard';
import { CreateCohortMutation, ProgrammeOptionsQuery } from './graphql/operations';
import { ConflictFix } from './wizard/ConflictFix';
import { DetailsStep } from './wizard/DetailsStep';
import { ProgrammeCohortMembersQuery } from './wizard/graphql';
import { MeetingStep } from './wizard/MeetingStep';
import { MentorSuggestions } from './wizard/MentorSuggestions';
import { OrganizationStep } from './wizard/OrganizationStep';
import { ProgrammeStep } from './wizard/ProgrammeStep';
import { ReviewStep } from './wizard/ReviewStep';
import { StepIndicator } from './wizard/StepIndicator';

/** The draft's form name (shared/draft-store.ts). */
const DRAFT_FORM = 'cohort-wizard';

/**
 * The process leader's wizard for a new cohort, one address per step (`/cohorts/new/programme`,
 * `…/mentees`, `…/mentor`, `…/details`, `…/review`; `/cohorts/new` starts at the first): programme,
 * mentees, mentor (with suggestions for those mentees), name and start-up meeting, then a review where
 * the API's answer is shown. Back,
 * Forward and reload keep what is chosen (the state lives here and in a draft); a step asked for
 * before the ones it needs is done sends the user to the first step still to do. Each step's heading
 * takes focus and names the document; every error links to the step and the control where it is
 * fixed. Leaving with something chosen asks first (docs/web-patterns.md, "Work is never lost").
 */
export function NewCohortPage() {
  const { user } = useCurrentUser();
  // RequireAuth has the user before the page renders; the draft is theirs.
  if (!user) return <Loading />;
  return <CohortWizard userId={user.id} />;
}

/** Which problems are shown: those of the step where "Nästa" was refused, or all of them after a refused "Skapa". */
type Checked = WizardStep | 'all' | null;

function CohortWizard({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const params = useParams();
  const step = isWizardStep(params['step']) ? params['step'] : null;
  const programmesQuery = useQuery(ProgrammeOptionsQuery, { fetchPolicy: 'cache-and-network' });
  const programmes = programmesQuery.data?.programmes;

  const draftKey = useMemo<DraftKey>(() => ({ form: DRAFT_FORM, userId }), [userId]);
  const restored = useRestoredDraft<unknown>(draftKey);
  const [pristine] = useState<WizardState>(() => initialWizardState(t('wizard.meetingTitleDefault')));
  const [state, setState] = useState<WizardState>(() => (restored ? wizardStateFromDraft(restored.values, pristine) : pristine));
  // After a lapsed session the user is told their choices are back; a reload just keeps them.
  const [restoredNotice, setRestoredNotice] = useState(restored?.afterSessionEnded === true);
  const [discarded, setDiscarded] = useState(false);
  const dirty = useMemo(() => JSON.stringify(state) !== JSON.stringify(pristine), [state, pristine]);
  const draft = useDraftAutosave(draftKey, state, dirty);
  const guard = useUnsavedChanges(dirty, { within: isWizardPath, onLeave: draft.discard });

  const [checked, setChecked] = useState<Checked>(null);
  const [serverError, setServerError] = useState<UiError | null>(null);
  const [createCohort, { loading: creating }] = useMutation(CreateCohortMutation);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterMove = useRef<string | null>(null);
  const shownStep = useRef<WizardStep | null>(null);
  const programme = programmes?.find((candidate) => candidate.id === state.programmeId);
  const ready = programmes !== undefined;

  // Who already takes part in an active cohort of the programme, fetched afresh on the steps that offer organisations.
  const choosing = step === 'mentor' || step === 'mentees';
  const cohortsQuery = useQuery(ProgrammeCohortMembersQuery, {
    variables: { programmeId: state.programmeId },
    skip: !programme || !choosing,
    fetchPolicy: 'cache-and-network',
  });
  const busy = useMemo(() => busyOrganizations(cohortsQuery.data?.cohorts), [cohortsQuery.data]);

  // The problems shown are worked out from what is chosen now: a changed choice changes (or clears) them.
  const liveProblems = useMemo(() => {
    if (checked === null) return [];
    if (checked === 'all') return allProblems(state, programme, t);
    return stepProblems(checked, state, programme, t, busy);
  }, [checked, state, programme, t, busy]);
  const liveError = useMemo(() => validationError(liveProblems, t), [liveProblems, t]);
  const fieldErrors = useMemo(() => ({ ...fieldMessages(serverError), ...fieldMessages(liveError) }), [serverError, liveError]);

  // A new step (not the first page load): focus the control named, else the step's heading.
  useEffect(() => {
    if (!ready || !step) return;
    const previous = shownStep.current;
    shownStep.current = step;
    if (previous === step || (previous === null && location.key === 'default')) return;
    const target = focusAfterMove.current ? document.getElementById(focusAfterMove.current) : null;
    focusAfterMove.current = null;
    (target ?? heading.current)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new step, not a new location key, moves focus
  }, [step, ready]);

  function goTo(next: WizardStep, focusId: string | null = null) {
    focusAfterMove.current = focusId;
    // A step's own problems are shown on that step only; after a refused "Skapa" they follow the user.
    if (checked !== 'all') setChecked(null);
    void navigate(wizardPath(next));
  }

  /** An error summary's link to a field on another step: show that step, then its control takes focus. */
  function showField(field: string): boolean {
    const target = stepOfField(field);
    if (target === step) return false;
    goTo(target, WIZARD_FIELD_IDS[field] ?? null);
    return true;
  }

  function update(change: Partial<WizardState>) {
    setState((current) => ({ ...current, ...change }));
  }

  function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!step) return;
    const problems = stepProblems(step, state, programme, t, busy);
    if (problems.length > 0) {
      setChecked(step);
      const firstId = WIZARD_FIELD_IDS[problems[0]?.field ?? ''];
      if (firstId) document.getElementById(firstId)?.focus();
      return;
    }
    if (checked === step) setChecked(null);
    const following = WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1];
    if (following) goTo(following);
  }

  function back() {
    const previous = step ? WIZARD_STEPS[WIZARD_STEPS.indexOf(step) - 1] : undefined;
    if (previous) goTo(previous);
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (creating) return;
    setServerError(null);
    if (allProblems(state, programme, t).length > 0) {
      setChecked('all');
      heading.current?.focus();
      return;
    }
    setChecked(null);
    try {
      const { data } = await createCohort({ variables: { input: toCreateCohortInput(state) } });
      if (!data) return;
      draft.discard();
      guard.allowNextNavigation();
      await navigate(`/cohorts/${encodeURIComponent(data.createCohort.id)}`, { state: { flash: 'cohortCreated' } });
    } catch (cause) {
      setServerError(toWizardError(toUiError(cause, t)));
    }
  }

  function choosingProgramme(id: string) {
    const chosen = programmes?.find((candidate) => candidate.id === id);
    // Another kind of organisation: the mentor and mentees chosen before no longer fit.
    const sameKind = chosen && programme && chosen.organizationKind === programme.organizationKind;
    update(sameKind ? { programmeId: id } : { programmeId: id, mentorCode: '', menteeCodes: [] });
  }

  /** The restored choices are thrown away: the wizard starts again at its first step. */
  function discardRestored() {
    draft.discard();
    setState(pristine);
    setChecked(null);
    setServerError(null);
    setRestoredNotice(false);
    setDiscarded(true);
    if (step === WIZARD_STEPS[0]) heading.current?.focus();
    else goTo(WIZARD_STEPS[0]);
  }

  // `/cohorts/new` (or an unknown step) starts at the first step.
  if (!step) return <Navigate to={wizardPath(WIZARD_STEPS[0])} replace />;
  if (programmesQuery.loading && !programmes) return <Loading />;
  const stepName = t(`wizard.steps.${step}`);
  const title = t('wizard.documentTitle', { step: stepName });
  if (programmesQuery.error && !programmes) {
    return (
      <Page title={title} heading={t('wizard.title')}>
        <QueryError error={programmesQuery.error} />
      </Page>
    );
  }
  // A step before its turn (a bookmark, a stale reload): to the first step still to do.
  const missing = firstIncompleteStep(step, state, programme, t);
  if (missing) return <Navigate to={wizardPath(missing)} replace />;

  const index = WIZARD_STEPS.indexOf(step);
  const summary = step === 'review' ? (serverError ?? (checked === 'all' ? liveError : null)) : checked === step ? liveError : null;
  const kinds = programme ? t(`organizationKindPlural.${programme.organizationKind}`) : '';
  return (
    <Page title={title} heading={t('wizard.title')}>
      {guard.dialog}
      {restoredNotice ? <RestoredDraft afterSessionEnded onDiscard={discardRestored} /> : null}
      <StatusMessage>{discarded ? t('draft.discarded') : null}</StatusMessage>
      <p>{t('wizard.intro')}</p>
      <StepIndicator current={step} onGoTo={(target) => goTo(target)} />
      <h2 ref={heading} tabIndex={-1} className="wizard__heading">
        <span className="wizard__step-number">{t('wizard.stepOf', { current: index + 1, total: WIZARD_STEPS.length })}</span> {stepName}
      </h2>
      <ErrorSummary error={summary} fieldIds={WIZARD_FIELD_IDS} onFieldLink={showField}>
        {summary?.code === 'CONFLICT' ? <ConflictFix onGoTo={goTo} /> : null}
      </ErrorSummary>
      {step === 'review' ? (
        <ReviewStep state={state} programme={programme} creating={creating} onGoTo={goTo} onBack={back} onSubmit={(event) => void create(event)} />
      ) : (
        <form className="form form--wide" noValidate onSubmit={next}>
          {step === 'programme' ? (
            <ProgrammeStep programmes={programmes ?? []} chosen={state.programmeId} onChoose={choosingProgramme} error={fieldErrors['programmeId']} />
          ) : null}
          {step === 'mentees' && programme ? (
            <OrganizationStep
              key="mentees"
              id={WIZARD_FIELD_IDS.menteeCodes}
              idPrefix="wizard-mentee"
              name="mentees"
              searchName="menteeSearch"
              variables={{ kind: programme.organizationKind }}
              legend={t('wizard.menteesLegend', { span: menteeSpan(programme), kinds })}
              // A mentor chosen before (the user came back): not offered as a mentee.
              exclude={{ codes: state.mentorCode ? [state.mentorCode] : [], hint: (mentor) => t('wizard.menteesHint', { mentor }) }}
              busy={busy}
              error={fieldErrors['menteeCodes']}
              choice={{
                multiple: true,
                chosen: state.menteeCodes,
                onChange: (menteeCodes) => update({ menteeCodes }),
                chosenHeading: (count) => t('wizard.chosenHeading', { count }),
              }}
            />
          ) : null}
          {step === 'mentor' && programme ? (
            <>
              {/* Suggestions are help, not a constraint: any mentor can still be chosen from the list below. */}
              <MentorSuggestions
                programmeId={programme.id}
                menteeCodes={state.menteeCodes}
                chosen={state.mentorCode}
                onChoose={(mentorCode) => update({ mentorCode })}
                onFieldLink={showField}
              />
              <h3>{t('wizard.mentorAllHeading')}</h3>
              <OrganizationStep
                key="mentor"
                id={WIZARD_FIELD_IDS.mentorCode}
                idPrefix="wizard-mentor"
                name="mentor"
                searchName="mentorSearch"
                variables={{ kind: programme.organizationKind, mentorEligible: true }}
                legend={t('wizard.mentorLegend')}
                hint={t('wizard.mentorHint', { kinds })}
                noneNotice={t('wizard.mentorNone', { kinds })}
                // The mentees are chosen: none of them is offered as their mentor.
                exclude={{ codes: state.menteeCodes, hint: (names) => t('wizard.mentorExcluded', { kinds, names }) }}
                busy={busy}
                error={fieldErrors['mentorCode']}
                choice={{
                  multiple: false,
                  chosen: state.mentorCode,
                  onChange: (mentorCode) => update({ mentorCode }),
                  chosenNote: (name) => t('wizard.chosenMentor', { name }),
                }}
              />
            </>
          ) : null}
          {step === 'details' ? (
            <>
              <DetailsStep state={state} programme={programme} onChange={update} fieldErrors={fieldErrors} />
              <MeetingStep meeting={state.meeting} onChange={(meeting) => update({ meeting })} fieldErrors={fieldErrors} />
            </>
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
      )}
      <p>
        <Link to="/cohorts">{t('wizard.cancel')}</Link>
      </p>
    </Page>
  );
}
