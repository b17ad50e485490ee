import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isProcessLeader, mayManageCohorts } from '@modellkommuner/shared';
import type { CohortListItemFragment } from '../../gql/graphql';
import { formatCalendarDate, formatTime, formatWeekdayDate } from '../../shared/format';
import { DataTable } from '../../shared/ui/DataTable';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useCurrentUser } from '../auth';
import { cohortFiltersToParams, cohortFiltersToVariables, EMPTY_COHORT_FILTERS, parseCohortFilters, type CohortFilters } from './cohort-filters';
import { COHORT_STATUSES, isCohortStatus } from './cohort-status';
import { activeMentees, mentorOf, nextMeeting, ruleViewer } from './cohort-view';
import { CohortsQuery, ProgrammeOptionsQuery } from './graphql/operations';

/**
 * "Omgångar" for process leaders (every cohort, filtered by programme and status in the URL);
 * "Mina omgångar" for members (the same query answers with their organisation's cohorts).
 */
export function CohortsPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const viewer = user ? ruleViewer(user) : null;
  // Process leaders see every cohort; members only their organisation's (the API answers accordingly).
  const processLeader = isProcessLeader(viewer);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseCohortFilters(params), [params]);
  const { data, previousData, loading, error } = useQuery(CohortsQuery, {
    variables: cohortFiltersToVariables(filters),
    fetchPolicy: 'cache-and-network',
  });
  const cohorts = (data ?? previousData)?.cohorts;
  const filtered = Boolean(filters.program || filters.status);

  function update(change: Partial<CohortFilters>) {
    setParams((current) => cohortFiltersToParams({ ...parseCohortFilters(current), ...change }), { replace: true });
  }

  return (
    <Page title={processLeader ? t('cohorts.title') : t('cohorts.titleMine')}>
      <p>{processLeader ? t('cohorts.intro') : t('cohorts.introMine')}</p>
      {mayManageCohorts(viewer) ? (
        <p>
          <Link className="button" to="/cohorts/new">
            {t('cohorts.newCohort')}
          </Link>
        </p>
      ) : null}
      <CohortFilterForm filters={filters} onChange={update} />
      <StatusMessage>
        {loading && !cohorts ? t('common.loading') : null}
        {cohorts ? (cohorts.length ? t('cohorts.count', { count: cohorts.length }) : filtered ? t('cohorts.none') : t('cohorts.noneYet')) : null}
      </StatusMessage>
      {error ? <QueryError error={error} /> : null}
      {cohorts?.length ? <CohortTable cohorts={cohorts} /> : null}
    </Page>
  );
}

function CohortFilterForm({ filters, onChange }: { filters: CohortFilters; onChange: (change: Partial<CohortFilters>) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(ProgrammeOptionsQuery);
  const programmes = data?.programmes ?? [];
  return (
    <form role="search" aria-label={t('cohorts.filtersLabel')} className="filters" onSubmit={(event) => event.preventDefault()}>
      <SelectField id="cohort-programme" name="program" label={t('cohorts.programme')} value={filters.program} onChange={(program) => onChange({ program })}>
        <option value="">{t('cohorts.allProgrammes')}</option>
        {/* A programme in a shared link that has not loaded yet still shows as chosen. */}
        {filters.program && !programmes.some((programme) => programme.id === filters.program) ? (
          <option value={filters.program}>{t('cohorts.chosenProgramme')}</option>
        ) : null}
        {programmes.map((programme) => (
          <option key={programme.id} value={programme.id}>
            {programme.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="cohort-status"
        name="status"
        label={t('cohorts.status')}
        value={filters.status}
        onChange={(status) => onChange({ status: isCohortStatus(status) ? status : '' })}
      >
        <option value="">{t('cohorts.allStatuses')}</option>
        {COHORT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`cohortStatus.${status}`)}
          </option>
        ))}
      </SelectField>
      {filters.program || filters.status ? (
        <div className="filters__actions">
          <button type="button" className="button button--secondary" onClick={() => onChange(EMPTY_COHORT_FILTERS)}>
            {t('cohorts.clearFilters')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

function CohortTable({ cohorts }: { cohorts: CohortListItemFragment[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <DataTable
      captionId="cohorts-caption"
      caption={t('cohorts.caption')}
      rows={cohorts}
      rowKey={(cohort) => cohort.id}
      columns={[
        {
          header: t('cohorts.columnName'),
          rowHeader: true,
          cell: (cohort) => <Link to={`/cohorts/${encodeURIComponent(cohort.id)}`}>{cohort.name}</Link>,
        },
        { header: t('cohorts.columnProgramme'), cell: (cohort) => cohort.programme.name },
        {
          header: t('cohorts.columnStatus'),
          cell: (cohort) => <span className={`status-tag status-tag--${cohort.status.toLowerCase()}`}>{t(`cohortStatus.${cohort.status}`)}</span>,
        },
        { header: t('cohorts.columnMentor'), cell: (cohort) => mentorOf(cohort.members)?.organization.name ?? t('common.notSet') },
        {
          header: t('cohorts.columnMentees'),
          cell: (cohort) => {
            const mentees = activeMentees(cohort.members);
            return mentees.length ? (
              <ul className="plain-list">
                {mentees.map((member) => (
                  <li key={member.id}>{member.organization.name}</li>
                ))}
              </ul>
            ) : (
              t('common.notSet')
            );
          },
        },
        {
          header: t('cohorts.columnStart'),
          cell: (cohort) => <time dateTime={cohort.startDate}>{formatCalendarDate(cohort.startDate, language)}</time>,
        },
        {
          header: t('cohorts.columnFollowUp'),
          cell: (cohort) => <time dateTime={cohort.followUpDueDate}>{formatCalendarDate(cohort.followUpDueDate, language)}</time>,
        },
        {
          header: t('cohorts.columnNextMeeting'),
          cell: (cohort) => {
            const next = nextMeeting(cohort.meetings);
            return next ? (
              <>
                {next.title}
                <br />
                <time dateTime={next.startsAt}>
                  {t('meetings.whenStartOnly', { date: formatWeekdayDate(next.startsAt, language), start: formatTime(next.startsAt, language) })}
                </time>
              </>
            ) : (
              t('cohorts.noNextMeeting')
            );
          },
        },
      ]}
    />
  );
}
