import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MemberRole } from '@modellkommuner/shared';
import type { GoalOverviewQuery as GoalOverviewData, IndicatorProgressFieldsFragment } from '../../gql/graphql';
import { localeOf } from '../../i18n/i18n';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { useCurrentUser } from '../auth';
import { NotFoundPage } from '../pages';
import { formatNumber } from './charts';
import { gapChangeWords } from './goal-text';
import { cohortCsvPath, gapChange, goalsPath, maySetSharedGoals, sharedGoalsPageCode } from './goal-view';
import { GoalOverviewQuery } from './graphql/operations';
import { Missing, ProgressTag, ValueAt } from './ProgressDetails';
import './goals.css';

type Overview = NonNullable<GoalOverviewData['cohort']>['goalOverview'];
type OverviewIndicator = Overview['indicators'][number];
type OverviewRow = Overview['rows'][number];

/** Column headers differ within a table (DataTable keys by them): an indicator's name and unit, and its goal when two share a name. */
export function indicatorHeaders(indicators: readonly OverviewIndicator[]): string[] {
  const base = indicators.map((indicator) => (indicator.unit.trim() ? `${indicator.name} (${indicator.unit.trim()})` : indicator.name));
  return base.map((header, index) => (base.indexOf(header) !== base.lastIndexOf(header) ? `${header} – ${indicators[index]?.goal.title ?? ''}` : header));
}

/**
 * `/cohorts/:id/overview`: every member organisation (the mentor first) × the cohort's shared
 * indicators — each cell the status, the latest value with its period, and the gap between women and men
 * with how it has changed since the baseline. A table on a wide screen, a card per organisation on a
 * phone (DataTable). Everyone who sees the cohort sees it; each organisation links to its goals page.
 */
export function GoalOverviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useCurrentUser();
  const { data, loading, error } = useQuery(GoalOverviewQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <Page title={t('goalOverview.title')}>
        <QueryError error={error} />
      </Page>
    );
  }
  const cohort = data?.cohort;
  if (!cohort || !user) return <NotFoundPage />;

  const { indicators, rows } = cohort.goalOverview;
  const headers = indicatorHeaders(indicators);
  const setGoalsCode = maySetSharedGoals(user, cohort.members, cohort.status) ? sharedGoalsPageCode(user, cohort.members) : null;

  const columns: Column<OverviewRow>[] = [
    {
      header: t('goalOverview.organization'),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link to={goalsPath(cohort.id, row.organization.code)}>{row.organization.name}</Link>
          {row.role === MemberRole.MENTOR ? <span className="role-tag"> {t('goalOverview.mentor')}</span> : null}
        </>
      ),
    },
    ...indicators.map(
      (indicator, index): Column<OverviewRow> => ({
        header: headers[index] ?? indicator.name,
        cell: (row) => {
          const cell = row.cells.find((candidate) => candidate.indicatorId === indicator.id);
          return cell ? <OverviewCell progress={cell.progress} indicator={indicator} /> : <Missing />;
        },
      }),
    ),
  ];

  return (
    <Page title={t('goalOverview.title')}>
      <p className="lead">
        {t('goalOverview.intro')} <span lang="sv">{cohort.name}</span>
      </p>
      <ul className="inline-links goals-links">
        <li>
          <Link to={`/cohorts/${encodeURIComponent(cohort.id)}`}>{t('goals.backToCohort')}</Link>
        </li>
        <li>
          <a href={cohortCsvPath(cohort.id)} download>
            {t('goals.csv')} <span className="visually-hidden">{t('goalOverview.csvOf')}</span>
          </a>
        </li>
      </ul>
      {indicators.length === 0 ? (
        <div className="section">
          <p>{t('goalOverview.empty')}</p>
          {setGoalsCode ? (
            <p>
              <Link to={goalsPath(cohort.id, setGoalsCode)}>{t('goalOverview.setGoals')}</Link>
            </p>
          ) : null}
        </div>
      ) : (
        <section aria-labelledby="overview-table-heading" className="section">
          <h2 id="overview-table-heading">{t('goalOverview.tableHeading')}</h2>
          <p>{t('goalOverview.explain')}</p>
          <DataTable
            captionId="goal-overview-caption"
            caption={t('goalOverview.caption', { cohort: cohort.name })}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.organization.code}
          />
        </section>
      )}
    </Page>
  );
}

/**
 * One organisation on one indicator: status, the latest value (Totalt) and the gender gap with its change
 * ("−2,1 (minskat med 1,3)", in the column's unit; the arrow is decoration, the words say it).
 */
function OverviewCell({ progress, indicator }: { progress: IndicatorProgressFieldsFragment; indicator: OverviewIndicator }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const change = gapChange(progress.genderGapBaseline, progress.genderGap);
  return (
    <div className="overview-cell">
      <ProgressTag status={progress.status} />
      <p className="overview-cell__line">
        <ValueAt value={progress.latest} period={progress.latestPeriod} unit={indicator.unit} />
      </p>
      {indicator.byGender ? (
        <p className="overview-cell__line">
          <span className="overview-cell__label">{t('goalOverview.gap')}</span>{' '}
          {progress.genderGap === null || progress.genderGap === undefined ? (
            <Missing />
          ) : (
            <>
              <span className="goal-value">{formatNumber(progress.genderGap, { locale })}</span>
              {change ? (
                <span className="overview-cell__change">
                  {' ('}
                  <span aria-hidden="true">{change.trend === 'narrowed' ? '↓ ' : change.trend === 'widened' ? '↑ ' : '→ '}</span>
                  {gapChangeWords(change, locale, t)})
                </span>
              ) : null}
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}
