import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldMessages, toUiError, validationError, type UiError } from '../../shared/errors/error-message';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import {
  allProblems,
  initialWizardState,
  menteeSpan,
  stepOfField,
  stepProblems,
  toCreateCohortInput,
  toWizardError,
  WIZARD_FIELD_IDS,
  WIZARD_STEPS,
  type WizardState,
  type WizardStep,
} from './cohort-wizard';
import { CreateCohortMutation, ProgrammeOptionsQuery } from './graphql/operations';
import { ConflictFix } from './wizard/ConflictFix';
import { DetailsStep } from './wizard/DetailsStep';
import { MeetingStep } from './wizard/MeetingStep';
import { OrganizationStep } from './wizard/OrganizationStep';
import { ProgrammeStep } from './wizard/ProgrammeStep';
import { ReviewStep } from './wizard/ReviewStep';
import { StepIndicator } from './wizard/StepIndicator';

/**
 * The process leader's wizard for a new cohort: programme, mentor, mentees, name and start-up
 * meeting, then a review where the API's answer is shown. The page keeps what is entered and which
 * step is shown (the steps are in ./wizard). Each step's heading takes focus; every error links to
 * the step and the control where it is fixed.
 */
export function NewCohortPage() {
  const { t } = useTranslation();
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
    const problems = stepProblems(step, state, programme, t);
    const invalid = validationError(problems, t);
    setError(invalid);
    setErrorStep(invalid ? step : null);
    if (invalid) {
      const first = invalid.fields[0]?.field;
      const firstId = first ? WIZARD_FIELD_IDS[first] : undefined;
      if (firstId) document.getElementById(firstId)?.focus();
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

  const summary = errorStep === step ? error : null;
  const kinds = programme ? t(`organizationKindPlural.${programme.organizationKind}`) : '';
  return (
    <Page title={t('wizard.title')}>
      <p>{t('wizard.intro')}</p>
      <StepIndicator current={step} onGoTo={(target) => goTo(target)} />
      <h2 ref={heading} tabIndex={-1} className="wizard__heading">
        <span className="wizard__step-number">{t('wizard.stepOf', { current: index + 1, total: WIZARD_STEPS.length })}</span> {t(`wizard.steps.${step}`)}
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
          {step === 'mentor' && programme ? (
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
              error={fieldErrors['mentorCode']}
              choice={{
                multiple: false,
                chosen: state.mentorCode,
                onChange: (mentorCode) => update({ mentorCode, menteeCodes: state.menteeCodes.filter((code) => code !== mentorCode) }),
                chosenNote: (name) => t('wizard.chosenMentor', { name }),
              }}
            />
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
              exclude={{ code: state.mentorCode, hint: (mentor) => t('wizard.menteesHint', { mentor }) }}
              error={fieldErrors['menteeCodes']}
              choice={{
                multiple: true,
                chosen: state.menteeCodes,
                onChange: (menteeCodes) => update({ menteeCodes }),
                chosenHeading: (count) => t('wizard.chosenHeading', { count }),
              }}
            />
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
