import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { countyName } from '../organizations';
import { chosenFilters, isExampleOrigin, type ChosenFilter, type ExampleSearch } from './example-search';
import { swedishContentLang } from './LibraryFilters';

interface FilterTagsProps {
  search: ExampleSearch;
  onRemove: (filter: ChosenFilter) => void;
  onClearAll: () => void;
  /** Where focus goes when the last tag is gone (the results heading). */
  onEmptied: () => void;
}

const keyOf = (filter: ChosenFilter) => `${filter.facet}:${filter.value}`;

/**
 * Above the results, every chosen filter as a button that removes it ("Ta bort filtret Skola och
 * förskola"), and "Rensa alla filter": on a phone the filters are behind a button, and everywhere it
 * says what the results are filtered by. After a removal, focus stays among the tags (the next one,
 * else the previous one), or goes to the results heading when none is left.
 */
export function FilterTags({ search, onRemove, onClearAll, onEmptied }: FilterTagsProps) {
  const { t, i18n } = useTranslation();
  const chosen = chosenFilters(search);
  const listRef = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | null>(null);
  const chosenKeys = chosen.map(keyOf).join('\n');
  const swedish = swedishContentLang(i18n.language);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const tags = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const next = tags?.[Math.min(index, tags.length - 1)];
    if (next) next.focus();
    else onEmptied();
  }, [chosenKeys, onEmptied]);

  function label(filter: ChosenFilter): { text: string; lang?: 'sv' } {
    switch (filter.facet) {
      case 'subjects':
      case 'activityAreas':
        return { text: filter.value, ...(swedish ? { lang: swedish } : {}) };
      case 'countyCodes':
        return { text: countyName(filter.value) ?? filter.value, ...(swedish ? { lang: swedish } : {}) };
      case 'originKinds':
        return {
          text: t('examples.search.tagWithFacet', {
            facet: t('examples.search.facetOrigins'),
            value: isExampleOrigin(filter.value) ? t(`examples.origin.${filter.value}`) : filter.value,
          }),
        };
      case 'startYears':
        return { text: t('examples.search.tagWithFacet', { facet: t('examples.search.facetStartYears'), value: filter.value }) };
    }
  }

  if (!chosen.length) return null;
  return (
    <div className="filter-tags">
      <p id="filter-tags-label" className="filter-tags__label">
        {t('examples.search.chosenFilters')}
      </p>
      <ul ref={listRef} className="filter-tags__list" aria-labelledby="filter-tags-label">
        {chosen.map((filter, index) => {
          const { text, lang } = label(filter);
          return (
            <li key={keyOf(filter)}>
              <button
                type="button"
                className="filter-tag"
                onClick={() => {
                  focusIndex.current = index;
                  onRemove(filter);
                }}
              >
                <span className="visually-hidden">{t('examples.search.removeFilter')}</span>{' '}
                <span lang={lang}>{text}</span>
                <svg className="filter-tag__icon" aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 14 14">
                  <path d="M3 3l8 8M11 3l-8 8" stroke="currentColor" strokeWidth="2" fill="none" strokeLinecap="round" />
                </svg>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-button filter-tags__clear" onClick={onClearAll}>
        {t('examples.search.clearAllFilters')}
      </button>
    </div>
  );
}
