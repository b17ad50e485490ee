import { useEffect, useRef } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { KoladaSyncStatus } from '@modellkommuner/shared';
import type { KoladaSyncFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { GoalsPageQuery, KoladaSyncQuery, RequestKoladaSyncMutation } from './graphql/operations';

/** How often the status is read while a fetch is queued or running. */
export const KOLADA_POLL_MS = 3000;

function active(sync: KoladaSyncFieldsFragment | null | undefined): boolean {
  return sync?.status === KoladaSyncStatus.QUEUED || sync?.status === KoladaSyncStatus.RUNNING;
}

const NO_FIELDS: Record<string, string> = {};

/**
 * "Hämta från Kolada" (requestKoladaSync), offered when an indicator of the cohort is linked to a Kolada
 * KPI, and the latest fetch's state: Köad, Pågår (read again every few seconds), Klar with its counts, or
 * Misslyckades with Kolada's answer; its problem lines behind a disclosure. When a fetch finishes, the
 * page is read again (its values may have changed).
 */
export function KoladaSection({ cohortId }: { cohortId: string }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  // From the cache the page's query filled; polled (Apollo's pollInterval) while a fetch is queued or running.
  const { data, refetch, startPolling, stopPolling } = useQuery(KoladaSyncQuery, { variables: { id: cohortId } });
  const sync = data?.cohort?.koladaSync ?? null;
  const running = active(sync);
  useEffect(() => {
    if (!running) return undefined;
    startPolling(KOLADA_POLL_MS);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);
  const [request, { loading }] = useMutation(RequestKoladaSyncMutation);
  const { error, showError, clear } = useFormError(NO_FIELDS);
  const wasRunning = useRef(running);

  // A fetch has finished: the values it brought are on the page once it is read again.
  useEffect(() => {
    if (wasRunning.current && !running) void client.refetchQueries({ include: [GoalsPageQuery] }).catch(() => undefined);
    wasRunning.current = running;
  }, [running, client]);

  async function fetchNow() {
    if (loading || running) return;
    clear();
    try {
      await request({ variables: { cohortId } });
      await refetch();
    } catch (cause) {
      showError(cause);
    }
  }

  const language = i18n.language;
  let state: string | null = null;
  if (sync) {
    switch (sync.status) {
      case KoladaSyncStatus.QUEUED:
        state = t('goals.kolada.queued');
        break;
      case KoladaSyncStatus.RUNNING:
        state = t('goals.kolada.running');
        break;
      case KoladaSyncStatus.SUCCEEDED:
        state = t('goals.kolada.succeeded', { created: sync.created, updated: sync.updated, skipped: sync.skipped });
        break;
      case KoladaSyncStatus.FAILED:
        state = t('goals.kolada.failed', { message: sync.message ?? t('goals.kolada.noMessage') });
        break;
    }
  }
  const when = sync ? (sync.finishedAt ?? sync.requestedAt) : null;

  return (
    <section aria-labelledby="kolada-heading" className="section kolada">
      <h2 id="kolada-heading">{t('goals.kolada.heading')}</h2>
      <p>{t('goals.kolada.intro')}</p>
      <ErrorSummary error={error} />
      <p>
        <button type="button" className="button button--secondary" aria-disabled={loading || running ? true : undefined} onClick={() => void fetchNow()}>
          {running ? t('goals.kolada.busy') : t('goals.kolada.fetch')}
        </button>
      </p>
      <div role="status" className="kolada__status">
        {state ? (
          <p>
            <span className={`kolada__state kolada__state--${sync?.status.toLowerCase() ?? ''}`}>{state}</span>
            {when ? (
              <>
                {' '}
                <span className="goal-period">({t('goals.kolada.when', { at: formatDateTime(when, language) })})</span>
              </>
            ) : null}
          </p>
        ) : (
          <p>{t('goals.kolada.never')}</p>
        )}
      </div>
      {sync && sync.problems.length > 0 ? (
        <details className="kolada__problems">
          <summary>{t('goals.kolada.problems', { count: sync.problems.length })}</summary>
          <ul lang="sv">
            {sync.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
