import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AuditLogQuery as AuditLogResult } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useFocusAppended } from '../../shared/ui/focus-appended';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { TextField } from '../../shared/ui/TextField';
import { auditFiltersToParams, auditFiltersToVariables, parseAuditFilters, prettyJson, type AuditFilters } from './audit-filters';
import { AuditLogQuery } from './graphql/operations';

type AuditEntry = AuditLogResult['auditLog']['edges'][number];

export const AUDIT_PAGE_SIZE = 25;

export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseAuditFilters(params), [params]);
  const [loadingMore, setLoadingMore] = useState(false);
  // After "Visa fler", focus moves to the first added entry as soon as it is rendered.
  const appended = useFocusAppended();

  const { data, loading, error, fetchMore } = useQuery(AuditLogQuery, {
    variables: { ...auditFiltersToVariables(filters), first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.auditLog.edges;
  const pageInfo = data?.auditLog.pageInfo;

  async function showMore() {
    if (!pageInfo?.endCursor || loadingMore) return;
    appended.expect(entries?.length ?? 0);
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditLog: {
            ...fetchMoreResult.auditLog,
            edges: [...(previous.auditLog?.edges ?? []), ...fetchMoreResult.auditLog.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <Page title={t('audit.title')}>
      <p>{t('audit.intro')}</p>
      {/* Keyed by the URL: a link that changes the filters shows them in a fresh form. */}
      <AuditFilterForm key={params.toString()} initial={filters} onApply={(next) => setParams(auditFiltersToParams(next))} />

      <StatusMessage>
        {loading && !entries ? t('common.loading') : null}
        {entries ? (entries.length ? t('audit.shown', { count: entries.length }) : t('audit.none')) : null}
      </StatusMessage>
      {error ? <QueryError error={error} /> : null}
      {entries?.length ? (
        <ol className="audit-list" aria-label={t('audit.listLabel')}>
          {entries.map((entry, index) => (
            <AuditEntryItem key={entry.id} entry={entry} headingRef={appended.refFor(index)} />
          ))}
        </ol>
      ) : null}
      {pageInfo?.hasNextPage ? (
        <p>
          <button type="button" className="button button--secondary" aria-disabled={loadingMore ? true : undefined} onClick={() => void showMore()}>
            {loadingMore ? t('audit.loadingMore') : t('audit.more')}
          </button>
        </p>
      ) : null}
    </Page>
  );
}

function AuditFilterForm({ initial, onApply }: { initial: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof AuditFilters) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const filtered = Object.values(initial).some(Boolean);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form role="search" aria-label={t('audit.filtersLabel')} className="filters" noValidate onSubmit={submit}>
      <TextField id="audit-entity" name="entity" label={t('audit.entity')} hint={t('audit.entityHint')} value={draft.entity} onChange={set('entity')} />
      <TextField id="audit-entity-id" name="entityId" label={t('audit.entityId')} value={draft.entityId} onChange={set('entityId')} />
      <TextField id="audit-actor-id" name="actorId" label={t('audit.actorId')} value={draft.actorId} onChange={set('actorId')} />
      <div className="filters__actions button-row">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
        {filtered ? (
          <Link className="button button--secondary" to="/audit">
            {t('audit.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function AuditEntryItem({ entry, headingRef }: { entry: AuditEntry; headingRef: (element: HTMLHeadingElement | null) => void }) {
  const { t, i18n } = useTranslation();
  const actorName = entry.actor?.name ?? t('audit.systemActor');
  const entityLink = `/audit?${auditFiltersToParams({ entity: entry.entity, entityId: entry.entityId, actorId: '' }).toString()}`;
  return (
    <li className="audit-entry">
      <h2 ref={headingRef} tabIndex={-1} className="audit-entry__title">
        {entry.action}
      </h2>
      <dl className="details details--compact">
        <div>
          <dt>{t('audit.time')}</dt>
          <dd>
            <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('audit.actor')}</dt>
          <dd>{actorName}</dd>
        </div>
        <div>
          <dt>{t('audit.entityColumn')}</dt>
          <dd className="break-anywhere">
            {entry.entity} {entry.entityId}
          </dd>
        </div>
        {entry.reason ? (
          <div>
            <dt>{t('audit.reason')}</dt>
            <dd>{entry.reason}</dd>
          </div>
        ) : null}
      </dl>
      {entry.before || entry.after ? (
        <details className="audit-entry__changes">
          <summary>{t('audit.showChanges')}</summary>
          {entry.before ? (
            <>
              <h3>{t('audit.before')}</h3>
              <pre>{prettyJson(entry.before)}</pre>
            </>
          ) : null}
          {entry.after ? (
            <>
              <h3>{t('audit.after')}</h3>
              <pre>{prettyJson(entry.after)}</pre>
            </>
          ) : null}
        </details>
      ) : null}
      <ul className="inline-links">
        {entry.actor ? (
          <li>
            <Link to={`/audit?${auditFiltersToParams({ entity: '', entityId: '', actorId: entry.actor.id }).toString()}`}>
              {t('audit.byActor', { name: entry.actor.name })}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={entityLink}>{t('audit.byEntity')}</Link>
        </li>
      </ul>
    </li>
  );
}
