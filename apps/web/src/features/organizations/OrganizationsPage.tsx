import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { OrganizationsQuery as OrganizationsResult } from '../../gql/graphql';
import { DataTable } from '../../shared/ui/DataTableSection';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { TextField } from '../../shared/ui/TextField';
import { COUNTIES, countyName } from './counties';
import { OrganizationsQuery } from './graphql/operations';
import {
  EMPTY_FILTERS,
  hasFilters,
  ORGANIZATION_KINDS,
  organizationFiltersToParams,
  organizationFiltersToVariables,
  parseOrganizationFilters,
  toOrganizationKind,
  type OrganizationFilters,
} from './organization-filters';

export const SEARCH_DEBOUNCE_MS = 300;

export function OrganizationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseOrganizationFilters(params), [params]);
  const [text, setText] = useState(filters.q);
  const pendingSearch = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(pendingSearch.current), []);

  // The URL's search changed without typing (back button, a shared link): show it in the box.
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    setShownQ(filters.q);
    if (filters.q !== text.trim()) setText(filters.q);
  }

  const update = useCallback(
    (change: Partial<OrganizationFilters>) => {
      clearTimeout(pendingSearch.current);
      // From the current URL, not this render's: a debounced search must not undo a later filter choice.
      setParams((current) => organizationFiltersToParams({ ...parseOrganizationFilters(current), ...change }), { replace: true });
    },
    [setParams],
  );

  function type(value: string) {
    setText(value);
    clearTimeout(pendingSearch.current);
    pendingSearch.current = setTimeout(() => update({ q: value }), SEARCH_DEBOUNCE_MS);
  }

  const { data, previousData, loading, error } = useQuery(OrganizationsQuery, {
    variables: organizationFiltersToVariables(filters),
  });
  const organizations = (data ?? previousData)?.organizations;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ q: text });
  }

  return (
    <Page title={t('organizations.title')}>
      <p>{t('organizations.intro')}</p>
      <form role="search" aria-label={t('organizations.filtersLabel')} className="filters" noValidate onSubmit={submit}>
        <TextField
          id="organization-search"
          name="q"
          type="search"
          label={t('organizations.search')}
          hint={t('organizations.searchHint')}
          autoComplete="off"
          maxLength={100}
          value={text}
          onChange={type}
        />
        <SelectField
          id="organization-county"
          name="lan"
          label={t('organizations.county')}
          value={filters.lan}
          onChange={(lan) => update({ q: text, lan })}
        >
          <option value="">{t('organizations.allCounties')}</option>
          {COUNTIES.map((county) => (
            <option key={county.code} value={county.code}>
              {county.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="organization-kind"
          name="kind"
          label={t('organizations.kind')}
          value={filters.kind}
          onChange={(kind) => update({ q: text, kind: toOrganizationKind(kind) })}
        >
          <option value="">{t('organizations.allKinds')}</option>
          {ORGANIZATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`organizationKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        {hasFilters(filters) || text ? (
          <div className="filters__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setText('');
                update(EMPTY_FILTERS);
              }}
            >
              {t('organizations.clearFilters')}
            </button>
          </div>
        ) : null}
      </form>

      <StatusMessage>
        {loading && !organizations ? t('common.loading') : null}
        {organizations ? (organizations.length ? t('organizations.count', { count: organizations.length }) : t('organizations.none')) : null}
      </StatusMessage>
      {error ? <QueryError error={error} /> : null}
      {organizations?.length ? <OrganizationTable organizations={organizations} /> : null}
    </Page>
  );
}

function OrganizationTable({ organizations }: { organizations: OrganizationsResult['organizations'] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      captionId="organizations-caption"
      caption={t('organizations.resultsCaption')}
      rows={organizations}
      rowKey={(organization) => organization.id}
      columns={[
        {
          header: t('organizations.columnName'),
          rowHeader: true,
          cell: (organization) => <Link to={`/organizations/${encodeURIComponent(organization.code)}`}>{organization.name}</Link>,
        },
        { header: t('organizations.columnCode'), cell: (organization) => organization.code },
        { header: t('organizations.columnCounty'), cell: (organization) => countyName(organization.countyCode) ?? t('common.notSet') },
        { header: t('organizations.columnKind'), cell: (organization) => t(`organizationKind.${organization.kind}`) },
      ]}
    />
  );
}
