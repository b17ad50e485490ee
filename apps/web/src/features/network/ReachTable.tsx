import { useEffect, useMemo, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { PHONE_MEDIA, useMediaQuery } from '../../shared/media-query';
import { SelectField } from '../../shared/ui/SelectField';
import { TextField } from '../../shared/ui/TextField';
import { COUNTIES, countyName } from '../organizations';
import {
  filterTableRows,
  hasTableFilters,
  isSortKey,
  nextSort,
  parseTableFilters,
  SORT_KEYS,
  tableFiltersToParams,
  type NetworkSortKey,
  type NetworkTableFilters,
} from './network-table';
import { isMapKind, isReachStatus, MAP_KINDS, statusLabel, STATUSES, type OrganizationReach } from './reach';

/** Rows shown before "Visa alla": a long table is slow to draw and to read on a phone (311 cards). */
export const TABLE_PAGE = 50;

interface ReachTableProps {
  organizations: readonly OrganizationReach[];
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * The map's data as a table (a card per row on a phone): organisation, län, status and generation,
 * filtered by status, län, kind and name, sorted by any column — all in the URL, beside the programme.
 * After "Filtrera" focus goes to the results heading, which says how many there are.
 */
export function ReachTable({ organizations, headingId, headingRef }: ReachTableProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseTableFilters(params), [params]);
  const rows = useMemo(() => filterTableRows(organizations, filters), [organizations, filters]);
  const phone = useMediaQuery(PHONE_MEDIA);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResultsFor = useRef<string | null>(null);
  const shownParams = params.toString();
  // "Visa alla" holds for these filters (and programme), whatever the order.
  const filterKey = JSON.stringify([params.get('programme'), filters.status, filters.county, filters.kind, filters.text]);
  const [allShownFor, setAllShownFor] = useState<string | null>(null);
  const showAll = allShownFor === filterKey;
  const shown = showAll ? rows : rows.slice(0, TABLE_PAGE);
  const captionId = `${headingId}-caption`;
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    // After "Visa alla", focus goes to the first row that was not there before.
    if (focusRow.current === null) return;
    const index = focusRow.current;
    focusRow.current = null;
    const tableRows = document.getElementById(captionId)?.closest('table')?.querySelectorAll('tbody tr');
    const header = tableRows?.item(index)?.querySelector<HTMLElement>('th');
    if (header) {
      header.tabIndex = -1;
      header.focus();
    }
  }, [showAll, captionId]);

  function showEverything() {
    focusRow.current = shown.length;
    setAllShownFor(filterKey);
  }

  useEffect(() => {
    if (focusResultsFor.current === shownParams) {
      focusResultsFor.current = null;
      resultsHeading.current?.focus();
    }
  }, [shownParams]);

  function apply(next: NetworkTableFilters) {
    const nextParams = tableFiltersToParams(next, params);
    if (nextParams.toString() === shownParams) {
      resultsHeading.current?.focus();
      return;
    }
    focusResultsFor.current = nextParams.toString();
    setParams(nextParams);
  }

  function sortBy(key: NetworkSortKey) {
    // Focus stays on the header's button; the table's order is all that changes.
    setParams(tableFiltersToParams({ ...filters, ...nextSort(filters, key) }, params), { replace: true });
  }

  const ariaSort = (key: NetworkSortKey) => (filters.sort === key ? (filters.order === 'asc' ? 'ascending' : 'descending') : 'none');
  const sortable = (key: NetworkSortKey) => (phone ? {} : { sort: { order: ariaSort(key), onSort: () => sortBy(key) } as const });
  const columns: Column<OrganizationReach>[] = [
    { header: t('network.table.columnOrganization'), rowHeader: true, cell: (row) => row.organization.name, ...sortable('name') },
    { header: t('network.table.columnCounty'), cell: (row) => countyName(row.organization.countyCode) ?? '', ...sortable('county') },
    { header: t('network.table.columnStatus'), cell: (row) => statusLabel(row.status, t), ...sortable('status') },
    {
      header: t('network.table.columnGeneration'),
      cell: (row) =>
        row.generation === null ? (
          <>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">{t('network.table.noGeneration')}</span>
          </>
        ) : (
          row.generation
        ),
      ...sortable('generation'),
    },
  ];

  return (
    <section aria-labelledby={headingId} className="section reach-table">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('network.table.heading')}
      </h2>
      <p>{t('network.table.intro')}</p>
      {/* Keyed by the URL: Back, or a link, that changes the filters shows them in a fresh form. */}
      <TableFilterForm key={shownParams} initial={filters} phone={phone} onApply={apply} />
      <h3 ref={resultsHeading} tabIndex={-1} className="reach-table__results">
        {rows.length ? t('network.table.results', { count: rows.length }) : t('network.table.resultsNone')}
      </h3>
      {rows.length ? (
        <DataTable
          captionId={captionId}
          caption={t('network.table.caption')}
          columns={columns}
          rows={shown}
          rowKey={(row) => row.organization.id}
        />
      ) : (
        <p>{t('network.table.none')}</p>
      )}
      {shown.length < rows.length ? (
        <div className="button-row reach-table__more">
          <p>{t('network.table.showing', { shown: shown.length, count: rows.length })}</p>
          <button type="button" className="button button--secondary" onClick={showEverything}>
            {t('network.table.showAll', { count: rows.length })}
          </button>
        </div>
      ) : null}
    </section>
  );
}

interface TableFilterFormProps {
  initial: NetworkTableFilters;
  /** On a phone the headers are hidden (cards): the order is chosen here. */
  phone: boolean;
  onApply: (filters: NetworkTableFilters) => void;
}

function TableFilterForm({ initial, phone, onApply }: TableFilterFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (change: Partial<NetworkTableFilters>) => setValues((current) => ({ ...current, ...change }));
  const columnName: Record<NetworkSortKey, string> = {
    name: t('network.table.columnOrganization'),
    county: t('network.table.columnCounty'),
    status: t('network.table.columnStatus'),
    generation: t('network.table.columnGeneration'),
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(values);
  }

  return (
    <form role="search" aria-label={t('network.table.filtersLabel')} className="filters" noValidate onSubmit={submit}>
      <SelectField
        id="network-status"
        name="status"
        label={t('network.table.status')}
        value={values.status}
        onChange={(value) => set({ status: isReachStatus(value) ? value : '' })}
      >
        <option value="">{t('network.table.allStatuses')}</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status, t)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="network-county"
        name="county"
        label={t('network.table.county')}
        value={values.county}
        onChange={(county) => set({ county })}
      >
        <option value="">{t('network.table.allCounties')}</option>
        {COUNTIES.map((county) => (
          <option key={county.code} value={county.code}>
            {county.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="network-kind"
        name="kind"
        label={t('network.table.kind')}
        value={values.kind}
        onChange={(kind) => set({ kind: isMapKind(kind) ? kind : '' })}
      >
        <option value="">{t('network.table.allKinds')}</option>
        {MAP_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kind === 'MUNICIPALITY' ? t('network.map.kindMunicipalities') : t('network.map.kindRegions')}
          </option>
        ))}
      </SelectField>
      <TextField
        id="network-text"
        name="q"
        type="search"
        label={t('network.table.text')}
        value={values.text}
        onChange={(text) => set({ text })}
      />
      {phone ? (
        <SelectField
          id="network-sort"
          name="sort"
          label={t('network.table.sort')}
          value={`${values.sort}:${values.order}`}
          onChange={(value) => {
            const [sort, order] = value.split(':');
            if (isSortKey(sort)) set({ sort, order: order === 'desc' ? 'desc' : 'asc' });
          }}
        >
          {SORT_KEYS.flatMap((key) =>
            (['asc', 'desc'] as const).map((order) => (
              <option key={`${key}:${order}`} value={`${key}:${order}`}>
                {t('network.table.sortOption', {
                  column: columnName[key],
                  order: order === 'asc' ? t('network.table.ascending') : t('network.table.descending'),
                })}
              </option>
            )),
          )}
        </SelectField>
      ) : null}
      <div className="filters__actions button-row">
        <button type="submit" className="button">
          {t('network.table.apply')}
        </button>
        {hasTableFilters(initial) ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onApply({ ...initial, status: '', county: '', kind: '', text: '' })}
          >
            {t('network.table.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
