import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AskFirst } from '../../shared/ui/AskFirst';
import type { CohortStatus } from '../../gql/graphql';
import { formatCalendarDate } from '../../shared/format';
import { useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ReasonForm } from '../../shared/ui/ReasonForm';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import type { CohortSectionProps } from './cohort-page-data';
import { transitionNeedsReason } from './cohort-status';
import { TransitionCohortMutation } from './graphql/operations';
import { ReloadButton } from '../../shared/ui/ReloadButton';

const NO_FIELDS: Record<string, string> = {};

/**
 * The steps that need no reason but cannot be undone: asked first, saying what they mean. Concluding is
 * one of them once every one-year report is approved (`followUpComplete`); until then it needs a reason.
 */
type ConfirmedStep = 'ACTIVE' | 'FOLLOW_UP' | 'CONCLUDED';

function isConfirmedStep(to: CohortStatus): to is ConfirmedStep {
  return to === 'ACTIVE' || to === 'FOLLOW_UP' || to === 'CONCLUDED';
}

/**
 * The process leader moves the cohort along its lifecycle (`allowedTransitions`), sending the version
 * read; a stale version is refused (CONFLICT) and the page offers to reload. No step leads back: every
 * step asks first — with a reason where the API needs one (`transitionNeedsReason`: cancelling, and
 * concluding while not every one-year report is approved), else by saying what it means
 * (docs/web-patterns.md, "Every answer is seen"). Concluding a complete follow-up says that the mentees
 * with an approved one-year report become mentors.
 */
export function LifecycleSection({ cohort, reload }: CohortSectionProps) {
  const { t, i18n } = useTranslation();
  const [transition, { loading }] = useMutation(TransitionCohortMutation);
  // The step whose question is open: a reason form, or (no reason needed) a confirmation.
  const [open, setOpen] = useState<CohortStatus | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { error, showError, clear } = useFormError(NO_FIELDS);
  const needsReason = (to: CohortStatus) => transitionNeedsReason(to, cohort.followUpComplete);
  const heading = useRef<HTMLHeadingElement>(null);
  const triggers = useRef(new Map<CohortStatus, HTMLButtonElement | null>());
  const returnFocusTo = useRef<CohortStatus | null>(null);

  useEffect(() => {
    if (open || !returnFocusTo.current) return;
    triggers.current.get(returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [open]);

  async function move(to: CohortStatus, reason: string | null) {
    setStatus(null);
    clear();
    await transition({
      variables: { id: cohort.id, to, version: cohort.version, reason },
      // Concluding makes the mentees with an approved one-year report mentor-eligible: the wizard's
      // mentor choices (`organizations(mentorEligible: true)`) are read again, not taken from the cache.
      update: (cache) => {
        if (to !== 'CONCLUDED') return;
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'organizations' });
        cache.gc();
      },
    });
    setOpen(null);
    setStatus(t('lifecycle.changed', { status: t(`cohortStatus.${to}`) }));
    heading.current?.focus();
  }

  async function moveWithoutReason(to: CohortStatus) {
    try {
      await move(to, null);
    } catch (cause) {
      // The section's summary says why (and offers a reload); focus goes there.
      showError(cause);
      setOpen(null);
    }
  }

  function close() {
    returnFocusTo.current = open;
    setOpen(null);
  }

  return (
    <section aria-labelledby="lifecycle-heading" className="section">
      <h2 id="lifecycle-heading" ref={heading} tabIndex={-1}>
        {t('lifecycle.heading')}
      </h2>
      <p>
        {cohort.allowedTransitions.length > 0
          ? t('lifecycle.intro', { status: t(`cohortStatus.${cohort.status}`) })
          : t('lifecycle.final', { status: t(`cohortStatus.${cohort.status}`) })}
      </p>
      <StatusMessage>{status}</StatusMessage>
      <ErrorSummary error={error}>
        {error?.code === 'CONFLICT' ? <ReloadButton reload={reload} label={t('cohort.reload')} busyLabel={t('cohort.reloading')} onReloaded={clear} /> : null}
      </ErrorSummary>
      <div className={cohort.allowedTransitions.length > 0 ? 'button-row' : undefined}>
        {cohort.allowedTransitions.map((to) => (
          <button
            key={to}
            ref={(element) => {
              triggers.current.set(to, element);
            }}
            type="button"
            className={to === 'CANCELLED' ? 'button button--danger' : 'button'}
            aria-expanded={open === to}
            aria-disabled={loading ? true : undefined}
            onClick={() => {
              if (loading) return;
              setStatus(null);
              clear();
              setOpen(open === to ? null : to);
            }}
          >
            {t(`lifecycle.to.${to}`)}
          </button>
        ))}
      </div>
      {open && needsReason(open) ? (
        <ReasonForm
          key={open}
          id="lifecycle-reason"
          danger={open === 'CANCELLED'}
          intro={<p>{t(`lifecycle.confirm.${open}`)}</p>}
          label={t('lifecycle.reason')}
          hint={t(`lifecycle.reasonHint.${open}`)}
          requiredMessage={t('lifecycle.reasonRequired')}
          submitLabel={t(`lifecycle.to.${open}`)}
          busyLabel={t('common.saving')}
          busy={loading}
          onSubmit={(reason) => move(open, reason)}
          onCancel={close}
          conflictAction={<ReloadButton reload={reload} label={t('cohort.reload')} busyLabel={t('cohort.reloading')} />}
        />
      ) : null}
      {open && !needsReason(open) && isConfirmedStep(open) ? (
        <StepQuestion
          key={open}
          step={open}
          followUp={formatCalendarDate(cohort.followUpDueDate, i18n.language)}
          busy={loading}
          onConfirm={() => void moveWithoutReason(open)}
          onCancel={close}
        />
      ) : null}
    </section>
  );
}

interface StepQuestionProps {
  step: ConfirmedStep;
  /** The cohort's follow-up date, as the page shows it. */
  followUp: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Starta omgången?" and what it means, before a step that needs no reason but cannot be undone.
 * Focus goes to the answer, which reads what the step means as its description.
 */
function StepQuestion({ step, followUp, busy, onConfirm, onCancel }: StepQuestionProps) {
  const { t } = useTranslation();
  return (
    <AskFirst
      question={t(`lifecycle.ask.${step}`)}
      means={[t(`lifecycle.means.${step}.what`, { followUp }), t(`lifecycle.means.${step}.members`), t(`lifecycle.means.${step}.final`)]}
      confirmLabel={t(`lifecycle.yes.${step}`)}
      busyLabel={t('common.saving')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
