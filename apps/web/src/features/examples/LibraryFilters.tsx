import type { MouseEvent, Ref, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibrarySearchQuery as LibrarySearchResult } from '../../gql/graphql';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { countyName } from '../organizations';
import { EXAMPLE_ORIGINS, isExampleOrigin, toggled, type ExampleSearch } from './example-search';

type Facets = LibrarySearchResult['searchLearningExamples']['facets'];
type FacetValues = Facets['subjects'];

/**
 * When the library is one column (below 56em, as `.library` in styles.css), the filters would stand
 * before the results; there they are behind a "Filtrera" button instead (docs/web-patterns.md, "Phones").
 */
export const ONE_COLUMN_LIBRARY_MEDIA = '(max-width: 55.99em)';

interface LibraryFiltersProps {
  /** The facets of the current search, once it has answered. */
  facets: Facets | undefined;
  search: ExampleSearch;
  onChange: (change: Partial<ExampleSearch>) => void;
  /** How many filter values are chosen, and the action that takes them all away ("Rensa filter"). */
  chosenCount: number;
  onClear: () => void;
  /** Behind a button (one column), or always shown beside the results. */
  collapsible: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** How many examples the chosen filters give: the "Visa N exempel" button closes the panel to show them. */
  total: number | undefined;
  onShowResults: () => void;
  headingRef: Ref<HTMLHeadingElement>;
  toggleRef: Ref<HTMLButtonElement>;
  resultsHeadingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * The library's facets. Beside the results: a heading, a skip link past the checkboxes to the results,
 * the facets. In one column: a "Filtrera" button (a disclosure) that opens the facets, which end with
 * "Visa N exempel".
 */
export function LibraryFilters({
  facets,
  search,
  onChange,
  chosenCount,
  onClear,
  collapsible,
  open,
  onOpenChange,
  total,
  onShowResults,
  headingRef,
  toggleRef,
  resultsHeadingRef,
}: LibraryFiltersProps) {
  const { t } = useTranslation();

  function skipToResults(event: MouseEvent<HTMLAnchorElement>) {
    const heading = resultsHeadingRef.current;
    if (!heading) return;
    event.preventDefault();
    heading.focus();
    heading.scrollIntoView?.();
  }

  return (
    <section className={collapsible ? 'library__filters library__filters--collapsible' : 'library__filters'} aria-labelledby="library-filters-heading">
      {collapsible ? (
        <h2 id="library-filters-heading" className="library__filters-heading">
          <button
            ref={toggleRef}
            type="button"
            className="button button--secondary library__filters-toggle"
            aria-expanded={open}
            aria-controls="library-facets"
            onClick={() => onOpenChange(!open)}
          >
            <FilterIcon />
            {t('examples.search.filtersHeading')}
            {chosenCount ? (
              <>
                {' '}
                <span className="library__chosen-count">({t('examples.search.filtersChosen', { count: chosenCount })})</span>
              </>
            ) : null}
          </button>
        </h2>
      ) : (
        <>
          <h2 id="library-filters-heading" ref={headingRef} tabIndex={-1}>
            {t('examples.search.filtersHeading')}
          </h2>
          {facets ? (
            <a href="#library-results-heading" className="library__skip" onClick={skipToResults}>
              {t('examples.search.skipToResults')}
            </a>
          ) : null}
        </>
      )}
      <div id="library-facets" className="library__facets" hidden={collapsible && !open}>
        <p className="field__hint">{t('examples.search.filtersIntro')}</p>
        {facets ? <FacetGroups facets={facets} search={search} onChange={onChange} /> : null}
        {chosenCount ? (
          <p>
            <button type="button" className="button button--secondary" onClick={onClear}>
              {t('examples.search.clearFilters')}
            </button>
          </p>
        ) : null}
        {collapsible && total !== undefined ? (
          <div className="library__show">
            <button type="button" className="button" onClick={onShowResults}>
              {t('examples.search.showResults', { count: total })}
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function FilterIcon() {
  return (
    <svg className="library__filters-icon" aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
      <path d="M2 5h16M5 10h10M8 15h4" stroke="currentColor" strokeWidth="2.5" fill="none" strokeLinecap="round" />
    </svg>
  );
}

/**
 * Whether the interface's language is not Swedish: the library's content (titles, snippets,
 * organisations, vocabulary terms, län) is Swedish and is then marked `lang="sv"` (WCAG 3.1.2).
 */
export function swedishContentLang(language: string): 'sv' | undefined {
  return language.startsWith('sv') ? undefined : 'sv';
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

function FacetGroups({ facets, search, onChange }: { facets: Facets; search: ExampleSearch; onChange: (change: Partial<ExampleSearch>) => void }) {
  const { t, i18n } = useTranslation();
  const swedish = swedishContentLang(i18n.language);
  const years = search.startYears.map(String);
  const originOrder = (option: FacetOption) => EXAMPLE_ORIGINS.indexOf(option.value as (typeof EXAMPLE_ORIGINS)[number]);
  return (
    <>
      <FacetGroup
        id="facet-amne"
        name="amne"
        legend={t('examples.search.facetSubjects')}
        valueLang={swedish}
        options={options(facets.subjects, search.subjects, (value) => value)}
        selected={search.subjects}
        onToggle={(value, checked) => onChange({ subjects: toggled(search.subjects, value, checked) })}
      />
      <FacetGroup
        id="facet-omrade"
        name="omrade"
        legend={t('examples.search.facetActivityAreas')}
        valueLang={swedish}
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
        valueLang={swedish}
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
  /** The language of the values when it is not the interface's (Swedish terms and län in English). */
  valueLang?: 'sv' | undefined;
  options: FacetOption[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}

function FacetGroup({ id, name, legend, valueLang, options, selected, onToggle }: FacetGroupProps) {
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
              <span lang={valueLang}>{option.label}</span>{' '}
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
