import { useCallback, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { LibrarySearchQuery as LibrarySearchResult } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { useMediaQuery } from '../../shared/media-query';
import { Page } from '../../shared/ui/Page';
import { useFocusAppended } from '../../shared/ui/focus-appended';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { TextField } from '../../shared/ui/TextField';
import {
  chosenFilters,
  EMPTY_FACETS,
  exampleSearchToParams,
  exampleSearchToVariables,
  parseExampleSearch,
  withoutFilter,
  type ChosenFilter,
  type ExampleSearch,
} from './example-search';
import { parseSnippet } from './example-text';
import { FilterTags } from './FilterTags';
import { LibrarySearchQuery } from './graphql/operations';
import { LibraryFilters, ONE_COLUMN_LIBRARY_MEDIA, swedishContentLang } from './LibraryFilters';

type SearchResult = LibrarySearchResult['searchLearningExamples'];
type Hit = SearchResult['edges'][number];

export const FEED_URL = '/feeds/examples.atom';

/** The public library: full-text search with facets, all of it in the URL so a search can be shared. */
export function ExamplesSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseExampleSearch(params), [params]);
  const [text, setText] = useState(search.q);
  const [loadingMore, setLoadingMore] = useState(false);
  // After "Visa fler", focus moves to the first added hit as soon as it is rendered.
  const appended = useFocusAppended();
  const filtersHeading = useRef<HTMLHeadingElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  // In one column (a phone) the filters are behind the "Filtrera" button, which opens and closes them.
  const oneColumn = useMediaQuery(ONE_COLUMN_LIBRARY_MEDIA);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersToggle = useRef<HTMLButtonElement>(null);

  // The URL's search changed without the form (back button, a shared link): show it in the box.
  const [shownQ, setShownQ] = useState(search.q);
  if (search.q !== shownQ) {
    setShownQ(search.q);
    setText(search.q);
  }

  // Each change is a new history entry, so the back button returns to the previous search.
  const update = useCallback(
    (change: Partial<ExampleSearch>) => setParams((current) => exampleSearchToParams({ ...parseExampleSearch(current), ...change })),
    [setParams],
  );

  // From the network too: an example published a moment ago belongs in the results.
  const { data, previousData, loading, error, fetchMore } = useQuery(LibrarySearchQuery, {
    variables: exampleSearchToVariables(search),
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.searchLearningExamples;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ q: text });
  }

  async function showMore() {
    const endCursor = result?.pageInfo.endCursor;
    if (!endCursor || loadingMore) return;
    appended.expect(result.edges.length);
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          searchLearningExamples: {
            ...fetchMoreResult.searchLearningExamples,
            edges: [...(previous.searchLearningExamples?.edges ?? []), ...fetchMoreResult.searchLearningExamples.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  function clearFilters() {
    update(EMPTY_FACETS);
    (oneColumn ? filtersToggle : filtersHeading).current?.focus();
  }

  const focusResults = useCallback(() => resultsHeading.current?.focus(), []);

  /** "Visa N exempel": the filters close, and focus (and the screen) moves to the results heading. */
  function showResults() {
    flushSync(() => setFiltersOpen(false));
    const heading = resultsHeading.current;
    heading?.focus({ preventScroll: true });
    // jsdom has no scrollIntoView.
    heading?.scrollIntoView?.({ block: 'start' });
  }

  const chosenCount = chosenFilters(search).length;
  const filtered = chosenCount > 0;

  return (
    <Page title={t('examples.search.title')}>
      <p className="lead">{t('examples.search.intro')}</p>
      <form role="search" aria-label={t('examples.search.formLabel')} className="library-search" noValidate onSubmit={submit}>
        <TextField
          id="example-search"
          name="q"
          type="search"
          className="input--wide"
          label={t('examples.search.query')}
          hint={t('examples.search.queryHint')}
          autoComplete="off"
          maxLength={200}
          value={text}
          onChange={setText}
        />
        <button type="submit" className="button">
          {t('examples.search.submit')}
        </button>
      </form>

      <div className="library">
        <LibraryFilters
          facets={result?.facets}
          search={search}
          onChange={(change) => update({ q: text, ...change })}
          chosenCount={chosenCount}
          onClear={clearFilters}
          collapsible={oneColumn}
          open={filtersOpen}
          onOpenChange={setFiltersOpen}
          total={result?.totalCount}
          onShowResults={showResults}
          headingRef={filtersHeading}
          toggleRef={filtersToggle}
          resultsHeadingRef={resultsHeading}
        />

        <section className="library__results" aria-labelledby="library-results-heading" aria-busy={loading ? true : undefined}>
          <h2 id="library-results-heading" ref={resultsHeading} tabIndex={-1}>
            {t('examples.search.resultsHeading')}
          </h2>
          <FilterTags
            search={search}
            onRemove={(filter: ChosenFilter) => update({ q: text, ...withoutFilter(search, filter) })}
            onClearAll={() => {
              update({ q: text, ...EMPTY_FACETS });
              focusResults();
            }}
            onEmptied={focusResults}
          />
          <div className="library__toolbar">
            <StatusMessage className="status-region status-region--quiet">
              {loading && !result ? t('common.loading') : null}
              {result ? <ResultCount total={result.totalCount} shown={result.edges.length} approximate={result.approximate} /> : null}
            </StatusMessage>
            <SelectField
              id="example-sort"
              name="sortering"
              label={t('examples.search.sort')}
              value={search.sort}
              onChange={(sort) => update({ q: text, sort: sort === 'NEWEST' ? 'NEWEST' : 'RELEVANCE' })}
            >
              <option value="RELEVANCE">{t('examples.search.sortRelevance')}</option>
              <option value="NEWEST">{t('examples.search.sortNewest')}</option>
            </SelectField>
          </div>
          {error ? <QueryError error={error} /> : null}
          {result?.approximate ? <p className="library__approximate">{t('examples.search.approximateNotice', { query: search.q })}</p> : null}
          {result?.edges.length ? (
            <ol className="plain-list hits">
              {result.edges.map((hit, index) => (
                <SearchHit
                  key={hit.node.id}
                  hit={hit}
                  linkRef={appended.refFor(index)}
                />
              ))}
            </ol>
          ) : null}
          {result && result.totalCount === 0 ? <NoHits filtered={filtered} onClear={clearFilters} /> : null}
          {result?.pageInfo.hasNextPage ? (
            <p>
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={loadingMore ? true : undefined}
                onClick={() => void showMore()}
              >
                {loadingMore ? t('examples.search.loadingMore') : t('examples.search.more')}
              </button>
            </p>
          ) : null}
        </section>
      </div>

      <p className="library__feed">
        <a href={FEED_URL} type="application/atom+xml">
          {t('examples.search.feed')}
        </a>
        <br />
        <span className="field__hint">{t('examples.search.feedHint')}</span>
      </p>
    </Page>
  );
}

function ResultCount({ total, shown, approximate }: { total: number; shown: number; approximate: boolean }) {
  const { t } = useTranslation();
  if (total === 0) return t('examples.search.noneTitle');
  // The spelling fallback is announced too, not only shown.
  const count = approximate ? t('examples.search.countApproximate', { count: total }) : t('examples.search.count', { count: total });
  return shown < total ? t('examples.search.shown', { total: count, shown }) : count;
}

function SearchHit({ hit, linkRef }: { hit: Hit; linkRef: (element: HTMLAnchorElement | null) => void }) {
  const { t, i18n } = useTranslation();
  const { node } = hit;
  // The examples are written in Swedish: in the English interface they are marked so (WCAG 3.1.2).
  const swedish = swedishContentLang(i18n.language);
  return (
    <li className="hit">
      <h3 className="hit__title" lang={swedish}>
        <Link ref={linkRef} to={`/examples/${encodeURIComponent(node.slug)}`}>
          {node.title}
        </Link>
      </h3>
      <div className="hit__meta">
        {node.organizations.length ? (
          <p>
            <span className="visually-hidden">{t('examples.search.organizationsLabel')} </span>
            <span lang={swedish}>{node.organizations.map((organization) => organization.shortName).join(', ')}</span>
          </p>
        ) : null}
        {node.publishedAt ? (
          <p>
            {t('examples.search.published')} <time dateTime={node.publishedAt}>{formatDate(node.publishedAt, i18n.language)}</time>
          </p>
        ) : null}
      </div>
      <p className="hit__snippet" lang={swedish}>
        {hit.snippet ? <Snippet snippet={hit.snippet} /> : node.summary}
      </p>
    </li>
  );
}

/** The API's highlighted snippet, as text with the matches in <mark>: never parsed as HTML. */
export function Snippet({ snippet }: { snippet: string }): ReactNode {
  return parseSnippet(snippet).map((part, index) =>
    part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
  );
}

function NoHits({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice library__empty">
      <p>{t('examples.search.noneAdvice')}</p>
      <ul>
        <li>{t('examples.search.adviceSpelling')}</li>
        <li>{t('examples.search.adviceWords')}</li>
        {filtered ? (
          <li>
            {t('examples.search.adviceFilters')}{' '}
            <button type="button" className="link-button" onClick={onClear}>
              {t('examples.search.clearFilters')}
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
