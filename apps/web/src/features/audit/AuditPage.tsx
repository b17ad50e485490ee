import { Fragment, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AuditActorsQuery as AuditActorsResult, AuditLogQuery as AuditLogResult } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useFocusAppended } from '../../shared/ui/focus-appended';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { auditChanges } from './audit-changes';
import { auditFiltersToParams, auditFiltersToVariables, parseAuditFilters, prettyJson, type AuditFilters } from './audit-filters';
import { AUDIT_ENTITIES, auditSentence, isAuditEntity, type SentencePart } from './audit-sentence';
import { AuditActorsQuery, AuditLogQuery } from './graphql/operations';
import './AuditPage.css';

type AuditEntry = AuditLogResult['auditLog']['edges'][number];

export const AUDIT_PAGE_SIZE = 25;

/**
 * The activity log (process leaders): each change as a sentence in the interface's language, naming
 * and linking what it concerns, with its reason and, behind "Visa ändringarna", field by field what
 * changed. Filtered by kind of object and by person (docs/web-patterns.md, "Language and the activity log").
 */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseAuditFilters(params), [params]);
  const [loadingMore, setLoadingMore] = useState(false);
  // After "Visa fler", focus moves to the first added entry as soon as it is rendered.
  const appended = useFocusAppended();
  // After "Filtrera", focus moves to the results heading once the filtered results are in.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResultsFor = useRef<string | null>(null);
  const [moreShown, setMoreShown] = useState(false);

  const { data, loading, error, fetchMore } = useQuery(AuditLogQuery, {
    variables: { ...auditFiltersToVariables(filters), first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  // The people who appear in the log, for the filter: fetched once for the page, not per form.
  const actors = useQuery(AuditActorsQuery, { fetchPolicy: 'cache-and-network' }).data?.auditActors;
  const entries = data?.auditLog.edges;
  const pageInfo = data?.auditLog.pageInfo;
  const totalCount = data?.auditLog.totalCount;

  const shownParams = params.toString();
  useEffect(() => {
    // Only once the results of the filters just applied are in, so the heading says their count.
    if (focusResultsFor.current === shownParams && !loading && (data || error)) {
      focusResultsFor.current = null;
      resultsHeading.current?.focus();
    }
  }, [shownParams, loading, data, error]);

  function applyFilters(next: AuditFilters) {
    setMoreShown(false);
    const nextParams = auditFiltersToParams(next);
    // The same filters again: nothing is fetched, the results are already there.
    if (nextParams.toString() === shownParams) {
      resultsHeading.current?.focus();
      return;
    }
    focusResultsFor.current = nextParams.toString();
    setParams(nextParams);
  }

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
      setMoreShown(true);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <Page title={t('audit.title')}>
      <p>{t('audit.intro')}</p>
      {/* Keyed by the URL: a link that changes the filters shows them in a fresh form. */}
      <AuditFilterForm key={shownParams} initial={filters} actors={actors ?? []} onApply={applyFilters} />

      <h2 ref={resultsHeading} tabIndex={-1} className="audit-results__heading">
        {totalCount === undefined ? t('audit.listLabel') : totalCount ? t('audit.results', { count: totalCount }) : t('audit.resultsNone')}
      </h2>
      {filters.entityId && entries?.length ? (
        <p>
          {t('audit.singleObject')}{' '}
          <Link to={`/audit?${auditFiltersToParams({ ...filters, entityId: '' }).toString()}`}>{t('audit.allObjects')}</Link>
        </p>
      ) : null}
      <StatusMessage>
        {loading && !entries ? t('common.loading') : null}
        {entries && moreShown ? t('audit.shown', { count: entries.length }) : null}
      </StatusMessage>
      {error ? <QueryError error={error} /> : null}
      {entries && !entries.length ? <p>{t('audit.none')}</p> : null}
      {entries?.length ? (
        <ol className="audit-log" aria-label={t('audit.listLabel')}>
          {entries.map((entry, index) => (
            <AuditEntryItem key={entry.id} entry={entry} headingRef={appended.refFor(index)} />
          ))}
        </ol>
      ) : null}
      {pageInfo?.hasNextPage ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={loadingMore ? true : undefined}
            onClick={() => void showMore()}
          >
            {loadingMore ? t('audit.loadingMore') : t('audit.more')}
          </button>
        </p>
      ) : null}
    </Page>
  );
}

type AuditActor = NonNullable<AuditActorsResult['auditActors']>[number];

interface AuditFilterFormProps {
  initial: AuditFilters;
  actors: readonly AuditActor[];
  onApply: (filters: AuditFilters) => void;
}

function AuditFilterForm({ initial, actors, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [entity, setEntity] = useState(initial.entity);
  const [actorId, setActorId] = useState(initial.actorId);
  const filtered = Object.values(initial).some(Boolean);
  // A kind or a person from a link that the lists do not hold (yet): still shown, so the form says what is filtered.
  const unknownEntity = entity && !isAuditEntity(entity) ? entity : null;
  const unknownActor = actorId && !actors.some((actor) => actor.id === actorId) ? actorId : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // One object's changes (a link's entityId) stay filtered while the kind stays the same.
    onApply({ entity, actorId, entityId: entity === initial.entity ? initial.entityId : '' });
  }

  return (
    <form role="search" aria-label={t('audit.filtersLabel')} className="filters" noValidate onSubmit={submit}>
      <SelectField id="audit-entity" name="entity" label={t('audit.entity')} value={entity} onChange={setEntity}>
        <option value="">{t('audit.allEntities')}</option>
        {AUDIT_ENTITIES.map((kind) => (
          <option key={kind} value={kind}>
            {t(`audit.entities.${kind}`)}
          </option>
        ))}
        {unknownEntity ? <option value={unknownEntity}>{unknownEntity}</option> : null}
      </SelectField>
      <SelectField id="audit-actor" name="actorId" label={t('audit.actor')} value={actorId} onChange={setActorId}>
        <option value="">{t('audit.allActors')}</option>
        {actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {t('audit.actorOption', { name: actor.name, organization: actor.organization.name })}
          </option>
        ))}
        {unknownActor ? <option value={unknownActor}>{unknownActor}</option> : null}
      </SelectField>
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

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** A name in a sentence: a link where it can be opened, marked Swedish where it is Swedish text. */
function SentenceName({ part }: { part: Extract<SentencePart, { kind: 'name' }> }) {
  const lang = part.swedish ? 'sv' : undefined;
  if (part.link) {
    return (
      <Link to={part.link} lang={lang}>
        {part.text}
      </Link>
    );
  }
  return lang ? <span lang={lang}>{part.text}</span> : <>{part.text}</>;
}

function AuditEntryItem({ entry, headingRef }: { entry: AuditEntry; headingRef: (element: HTMLHeadingElement | null) => void }) {
  const { t, i18n } = useTranslation();
  const sentence = auditSentence(entry, t);
  const changes = auditChanges(entry, t, i18n.language);
  // A snapshot that is not a JSON object (none the API writes today) is still shown, as it is.
  const unreadable = [entry.before, entry.after].filter((snapshot): snapshot is string => snapshot !== null && !isJsonObject(snapshot));
  const entityLink = `/audit?${auditFiltersToParams({ entity: entry.entity, entityId: entry.entityId, actorId: '' }).toString()}`;
  return (
    <li className="audit-log__entry">
      <h3 ref={headingRef} tabIndex={-1} className="audit-log__sentence">
        {sentence.map((part, index) =>
          part.kind === 'text' ? <Fragment key={index}>{part.text}</Fragment> : <SentenceName key={index} part={part} />,
        )}
      </h3>
      <p className="audit-log__time">
        <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
      </p>
      {entry.reason ? (
        <p className="audit-log__reason">
          {t('audit.reason')}: <q lang="sv">{entry.reason}</q>
        </p>
      ) : null}
      {changes.length || unreadable.length ? (
        <details className="audit-log__changes">
          <summary>{t('audit.showChanges')}</summary>
          {unreadable.map((snapshot, index) => (
            <pre key={index} className="audit-log__raw">
              {prettyJson(snapshot)}
            </pre>
          ))}
          {changes.length ? (
            <dl className="audit-log__change-list">
              {changes.map((line) => (
                <div key={line.field}>
                  <dt>{line.label}</dt>
                  <dd>
                    {line.before && line.after ? (
                      <>
                        <span lang={line.before.swedish ? 'sv' : undefined}>{line.before.text}</span> <span aria-hidden="true">→</span>
                        <span className="visually-hidden">{t('audit.changedTo')}</span>{' '}
                        <span lang={line.after.swedish ? 'sv' : undefined}>{line.after.text}</span>
                      </>
                    ) : (
                      <span lang={(line.after ?? line.before)?.swedish ? 'sv' : undefined}>{(line.after ?? line.before)?.text}</span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
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
