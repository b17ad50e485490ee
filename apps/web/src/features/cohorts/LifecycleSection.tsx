import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CohortStatus } from '../../gql/graphql';
import { toUiError, type UiError } from '../../shared/errors/error-message';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ReasonForm } from '../../shared/ui/ReasonForm';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import type { CohortSectionProps } from './cohort-page-data';
import { transitionNeedsReason } from './cohort-status';
import { TransitionCohortMutation } from './graphql/operations';
import { ReloadButton } from '../../shared/ui/ReloadButton';

/**
 * The process leader moves the cohort along its lifecycle (`allowedTransitions`), sending the version
 * read; a stale version is refused (CONFLICT) and the page offers to reload.
 */
export function LifecycleSection({ cohort, reload }: CohortSectionProps) {
  const { t } = useTranslation();
  const [transition, { loading }] = useMutation(TransitionCohortMutation);
  const [choosing, setChoosing] = useState<CohortStatus | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const triggers = useRef(new Map<CohortStatus, HTMLButtonElement | null>());
  const returnFocusTo = useRef<CohortStatus | null>(null);

  useEffect(() => {
    if (choosing || !returnFocusTo.current) return;
    triggers.current.get(returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [choosing]);

  async function move(to: CohortStatus, reason: string | null) {
    setStatus(null);
    setError(null);
    await transition({ variables: { id: cohort.id, to, version: cohort.version, reason } });
    setChoosing(null);
    setStatus(t('lifecycle.changed', { status: t(`cohortStatus.${to}`) }));
    heading.current?.focus();
  }

  async function moveWithoutReason(to: CohortStatus) {
    try {
      await move(to, null);
    } catch (cause) {
      setError(toUiError(cause, t));
      heading.current?.focus();
    }
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
        {error?.code === 'CONFLICT' ? <ReloadButton reload={reload} label={t('cohort.reload')} busyLabel={t('cohort.reloading')} onReloaded={() => setError(null)} /> : null}
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
            aria-expanded={transitionNeedsReason(to) ? choosing === to : undefined}
            aria-disabled={loading ? true : undefined}
            onClick={() => {
              if (loading) return;
              setStatus(null);
              setError(null);
              if (transitionNeedsReason(to)) setChoosing(choosing === to ? null : to);
              else void moveWithoutReason(to);
            }}
          >
            {t(`lifecycle.to.${to}`)}
          </button>
        ))}
      </div>
      {choosing ? (
        <ReasonForm
          key={choosing}
          id="lifecycle-reason"
          danger={choosing === 'CANCELLED'}
          intro={<p>{t(`lifecycle.confirm.${choosing}`)}</p>}
          label={t('lifecycle.reason')}
          hint={t(`lifecycle.reasonHint.${choosing}`)}
          requiredMessage={t('lifecycle.reasonRequired')}
          submitLabel={t(`lifecycle.to.${choosing}`)}
          busyLabel={t('common.saving')}
          busy={loading}
          onSubmit={(reason) => move(choosing, reason)}
          onCancel={() => {
            returnFocusTo.current = choosing;
            setChoosing(null);
          }}
          conflictAction={<ReloadButton reload={reload} label={t('cohort.reload')} busyLabel={t('cohort.reloading')} />}
        />
      ) : null}
    </section>
  );
}
