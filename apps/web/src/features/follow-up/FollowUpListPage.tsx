import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isProcessLeader } from '@modellkommuner/shared';
import { formatCalendarDate } from '../../shared/format';
import { checkpointKindLabel, reportPath, reportStatusClass, reportStatusLabel } from '../../shared/follow-up';
import { DataTable } from '../../shared/ui/DataTable';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useCurrentUser } from '../auth';
import { ruleViewer } from '../cohorts';
import {
  cohortsOf,
  filterFollowUpRows,
  followUpFiltersToParams,
  hasFilters,
  isFollowUpSort,
  isStatusFilter,
  parseFollowUpFilters,
  SORTS,
  sortLabel,
  STATUS_FILTERS,
  type FollowUpFilters,
  type FollowUpRow,
} from './follow-up-filters';
import { FollowUpReportsQuery } from './graphql/operations';
import './follow-up.css';

/**
 * `/follow-up`: the follow-up reports that are expected (`followUpReports`): process leaders every
 * cohort's, members their own organisation's and a mentor also its mentees'. Filtered by status (with
 * "Inte påbörjad"), cohort and "Bara försenade", sorted by due date, days overdue or organisation — all
 * in the URL. After "Filtrera" focus goes to the results heading, which says how many there are.
 */
export function FollowUpListPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const processLeader = isProcessLeader(user ? ruleViewer(user) : null);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFollowUpFilters(params), [params]);
  const { data, loading, error } = useQuery(FollowUpReportsQuery, { fetchPolicy: 'cache-and-network' });
  const rows = data?.followUpReports;
  const shown = useMemo(() => (rows ? filterFollowUpRows(rows, filters) : undefined), [rows, filters]);
  const cohorts = useMemo(() => cohortsOf(rows ?? []), [rows]);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResultsFor = useRef<string | null>(null);
  const shownParams = params.toString();

  useEffect(() => {
    if (focusResultsFor.current === shownParams) {
      focusResultsFor.current = null;
      resultsHeading.current?.focus();
    }
  }, [shownParams]);

  function apply(next: FollowUpFilters) {
    const nextParams = followUpFiltersToParams(next);
    // The same filters again: the results are already there.
    if (nextParams.toString() === shownParams) {
      resultsHeading.current?.focus();
      return;
    }
    focusResultsFor.current = nextParams.toString();
    setParams(nextParams);
  }

  return (
    <Page title={t('followUp.list.title')}>
      <p>{processLeader ? t('followUp.list.intro') : t('followUp.list.introMember')}</p>
      {/* Keyed by the URL: a link (or Back) that changes the filters shows them in a fresh form. */}
      <FollowUpFilterForm key={shownParams} initial={filters} cohorts={cohorts} onApply={apply} />
      <h2 ref={resultsHeading} tabIndex={-1} className="follow-up-results__heading">
        {shown === undefined
          ? t('followUp.list.resultsLabel')
          : shown.length
            ? t('followUp.list.results', { count: shown.length })
            : t('followUp.list.resultsNone')}
      </h2>
      <StatusMessage>{loading && !rows ? t('common.loading') : null}</StatusMessage>
      {error ? <QueryError error={error} /> : null}
      {shown && shown.length === 0 ? <p>{rows?.length ? t('followUp.list.none') : t('followUp.list.noneYet')}</p> : null}
      {shown?.length ? <FollowUpTable rows={shown} /> : null}
    </Page>
  );
}

interface FollowUpFilterFormProps {
  initial: FollowUpFilters;
  cohorts: readonly { id: string; name: string }[];
  onApply: (filters: FollowUpFilters) => void;
}

function FollowUpFilterForm({ initial, cohorts, onApply }: FollowUpFilterFormProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(initial.status);
  const [cohort, setCohort] = useState(initial.cohort);
  const [overdueOnly, setOverdueOnly] = useState(initial.overdueOnly);
  const [sort, setSort] = useState(initial.sort);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ status, cohort, overdueOnly, sort });
  }

  return (
    <form role="search" aria-label={t('followUp.list.filtersLabel')} className="filters" noValidate onSubmit={submit}>
      <SelectField
        id="follow-up-status"
        name="status"
        label={t('followUp.list.status')}
        value={status}
        onChange={(value) => setStatus(isStatusFilter(value) ? value : '')}
      >
        <option value="">{t('followUp.list.allStatuses')}</option>
        {STATUS_FILTERS.map((filter) => (
          <option key={filter} value={filter}>
            {reportStatusLabel(filter === 'NOT_STARTED' ? null : filter, t)}
          </option>
        ))}
      </SelectField>
      <SelectField id="follow-up-cohort" name="cohort" label={t('followUp.list.cohort')} value={cohort} onChange={setCohort}>
        <option value="">{t('followUp.list.allCohorts')}</option>
        {cohort && !cohorts.some((candidate) => candidate.id === cohort) ? <option value={cohort}>{cohort}</option> : null}
        {cohorts.map((candidate) => (
          <option key={candidate.id} value={candidate.id} lang="sv">
            {candidate.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="follow-up-sort"
        name="sort"
        label={t('followUp.list.sort')}
        value={sort}
        onChange={(value) => setSort(isFollowUpSort(value) ? value : 'due')}
      >
        {SORTS.map((option) => (
          <option key={option} value={option}>
            {sortLabel(option, t)}
          </option>
        ))}
      </SelectField>
      <div className="field follow-up-filters__overdue">
        <div className="choice">
          <input
            id="follow-up-overdue"
            type="checkbox"
            name="overdue"
            checked={overdueOnly}
            onChange={(event) => setOverdueOnly(event.target.checked)}
          />
          <label htmlFor="follow-up-overdue" className="choice__label">
            {t('followUp.list.overdueOnly')}
          </label>
        </div>
      </div>
      <div className="filters__actions button-row">
        <button type="submit" className="button">
          {t('followUp.list.apply')}
        </button>
        {hasFilters(initial) || initial.sort !== 'due' ? (
          <Link className="button button--secondary" to="/follow-up">
            {t('followUp.list.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function FollowUpTable({ rows }: { rows: readonly FollowUpRow[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <DataTable
      captionId="follow-up-caption"
      caption={t('followUp.list.caption')}
      rows={rows}
      rowKey={(row) => `${row.checkpoint.id}:${row.organization.code}`}
      columns={[
        { header: t('followUp.list.columnOrganization'), rowHeader: true, cell: (row) => row.organization.name },
        {
          header: t('followUp.list.columnCohort'),
          cell: (row) => (
            <Link to={`/cohorts/${encodeURIComponent(row.cohort.id)}`} lang="sv">
              {row.cohort.name}
            </Link>
          ),
        },
        { header: t('followUp.list.columnCheckpoint'), cell: (row) => checkpointKindLabel(row.checkpoint.kind, t) },
        {
          header: t('followUp.list.columnStatus'),
          cell: (row) => <span className={reportStatusClass(row.status)}>{reportStatusLabel(row.status, t)}</span>,
        },
        {
          header: t('followUp.list.columnDueDate'),
          cell: (row) => <time dateTime={row.dueDate}>{formatCalendarDate(row.dueDate, language)}</time>,
        },
        {
          header: t('followUp.list.columnOverdue'),
          cell: (row) =>
            row.daysOverdue ? (
              <strong className="report-overdue">{row.daysOverdue}</strong>
            ) : (
              <>
                <span aria-hidden="true">–</span>
                <span className="visually-hidden">{t('followUp.list.notOverdue')}</span>
              </>
            ),
        },
        {
          header: t('followUp.list.columnActions'),
          cell: (row) => (
            <Link to={reportPath(row.checkpoint.id, row.organization.code)}>
              {t('followUp.list.open')}{' '}
              <span className="visually-hidden">
                {t('followUp.list.openContext', {
                  organization: row.organization.name,
                  checkpoint: checkpointKindLabel(row.checkpoint.kind, t),
                  cohort: row.cohort.name,
                })}
              </span>
            </Link>
          ),
        },
      ]}
    />
  );
}
