import { useCallback, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { LibrarySearchQuery as LibrarySearchResult } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { Page } from '../../shared/ui/Page';
import { useFocusAppended } from '../../shared/ui/focus-appended';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { TextField } from '../../shared/ui/TextField';
import { countyName } from '../organizations';
import {
  EMPTY_FACETS,
  EXAMPLE_ORIGINS,
  exampleSearchToParams,
  exampleSearchToVariables,
  hasFacetFilters,
  isExampleOrigin,
  parseExampleSearch,
  toggled,
  type ExampleSearch,
} from './example-search';
import { parseSnippet } from './example-text';
import { LibrarySearchQuery } from './graphql/operations';

type SearchResult = LibrarySearchResult['searchLearningExamples'];
type Hit = SearchResult['edges'][number];
type FacetValues = SearchResult['facets']['subjects'];

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
    filtersHeading.current?.focus();
  }

  const filtered = hasFacetFilters(search);

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
        <section className="library__filters" aria-labelledby="library-filters-heading">
          <h2 id="library-filters-heading" ref={filtersHeading} tabIndex={-1}>
            {t('examples.search.filtersHeading')}
          </h2>
          <p className="field__hint">{t('examples.search.filtersIntro')}</p>
          {result ? <Facets facets={result.facets} search={search} onChange={(change) => update({ q: text, ...change })} /> : null}
          {filtered ? (
            <p>
              <button type="button" className="button button--secondary" onClick={clearFilters}>
                {t('examples.search.clearFilters')}
              </button>
            </p>
          ) : null}
        </section>

        <section className="library__results" aria-labelledby="library-results-heading" aria-busy={loading ? true : undefined}>
          <h2 id="library-results-heading">{t('examples.search.resultsHeading')}</h2>
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

interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** The facet's values, plus any chosen value the search no longer finds (count 0), so it can be unchosen. */
function options(values: FacetValues, selected: readonly string[], label: (value: string) => string): FacetOption[] {
  const found = values.map(({ value, count }) => ({ value, count, label: label(value) }));
  const missing = selected
    .filter((value) => !values.some((found) => found.value === value))
    .map((value) => ({ value, count: 0, label: label(value) }));
  return [...found, ...missing];
}

function Facets({
  facets,
  search,
  onChange,
}: {
  facets: SearchResult['facets'];
  search: ExampleSearch;
  onChange: (change: Partial<ExampleSearch>) => void;
}) {
  const { t } = useTranslation();
  const years = search.startYears.map(String);
  const originOrder = (option: FacetOption) => EXAMPLE_ORIGINS.indexOf(option.value as (typeof EXAMPLE_ORIGINS)[number]);
  return (
    <>
      <FacetGroup
        id="facet-amne"
        name="amne"
        legend={t('examples.search.facetSubjects')}
        options={options(facets.subjects, search.subjects, (value) => value)}
        selected={search.subjects}
        onToggle={(value, checked) => onChange({ subjects: toggled(search.subjects, value, checked) })}
      />
      <FacetGroup
        id="facet-omrade"
        name="omrade"
        legend={t('examples.search.facetActivityAreas')}
        options={options(facets.activityAreas, search.activityAreas, (value) => value)}
        selected={search.activityAreas}
        onToggle={(value, checked) => onChange({ activityAreas: toggled(search.activityAreas, value, checked) })}
      />
      <FacetGroup
        id="facet-fran"
        name="fran"
        legend={t('examples.search.facetOrigins')}
        options={options(
          facets.originKinds.filter(({ value }) => isExampleOrigin(value)),
          search.originKinds,
          (value) => (isExampleOrigin(value) ? t(`examples.origin.${value}`) : value),
        ).sort((a, b) => originOrder(a) - originOrder(b))}
        selected={search.originKinds}
        onToggle={(value, checked) => {
          if (isExampleOrigin(value)) onChange({ originKinds: toggled(search.originKinds, value, checked) });
        }}
      />
      <FacetGroup
        id="facet-lan"
        name="lan"
        legend={t('examples.search.facetCounties')}
        options={options(facets.counties, search.countyCodes, (code) => countyName(code) ?? code)}
        selected={search.countyCodes}
        onToggle={(value, checked) => onChange({ countyCodes: toggled(search.countyCodes, value, checked) })}
      />
      <FacetGroup
        id="facet-ar"
        name="ar"
        legend={t('examples.search.facetStartYears')}
        // Years read best in order, newest first.
        options={options(facets.startYears, years, (year) => year).sort((a, b) => Number(b.value) - Number(a.value))}
        selected={years}
        onToggle={(value, checked) => onChange({ startYears: toggled(years, value, checked).map(Number) })}
      />
    </>
  );
}

interface FacetGroupProps {
  id: string;
  name: string;
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}

function FacetGroup({ id, name, legend, options, selected, onToggle }: FacetGroupProps) {
  const { t } = useTranslation();
  if (!options.length) return null;
  return (
    <ChoiceFieldset id={id} legend={legend}>
      {options.map((option) => (
        <Choice
          key={option.value}
          id={`${id}-${option.value.replace(/[^\p{L}\p{N}]+/gu, '-')}`}
          type="checkbox"
          name={name}
          checked={selected.includes(option.value)}
          onChange={(checked) => onToggle(option.value, checked)}
          label={
            <>
              {option.label}{' '}
              <span aria-hidden="true" className="facet__count">
                ({option.count})
              </span>
              <span className="visually-hidden">, {t('examples.search.facetCount', { count: option.count })}</span>
            </>
          }
        />
      ))}
    </ChoiceFieldset>
  );
}

function SearchHit({ hit, linkRef }: { hit: Hit; linkRef: (element: HTMLAnchorElement | null) => void }) {
  const { t, i18n } = useTranslation();
  const { node } = hit;
  return (
    <li className="hit">
      <h3 className="hit__title">
        <Link ref={linkRef} to={`/examples/${encodeURIComponent(node.slug)}`}>
          {node.title}
        </Link>
      </h3>
      <div className="hit__meta">
        {node.organizations.length ? (
          <p>
            <span className="visually-hidden">{t('examples.search.organizationsLabel')} </span>
            {node.organizations.map((organization) => organization.shortName).join(', ')}
          </p>
        ) : null}
        {node.publishedAt ? (
          <p>
            {t('examples.search.published')} <time dateTime={node.publishedAt}>{formatDate(node.publishedAt, i18n.language)}</time>
          </p>
        ) : null}
      </div>
      <p className="hit__snippet">{hit.snippet ? <Snippet snippet={hit.snippet} /> : node.summary}</p>
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
