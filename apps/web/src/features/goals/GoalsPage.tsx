import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { goalsOpen, measurementsOpen } from '@modellkommuner/shared';
import { useUnsavedChanges } from '../../shared/unsaved-changes';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { useCurrentUser } from '../auth';
import { NotFoundPage } from '../pages';
import { useConfirmationSlot } from './confirmation-slot';
import { DirtyFormsProvider, useDirtyForms } from './dirty-forms';
import { AddGoalSection } from './GoalForms';
import { GoalSection } from './GoalSection';
import { goalPermissions, goalsOf, hasKoladaLinks, organizationCsvPath, overviewPath } from './goal-view';
import { GoalsPageContext, type GoalsPageContextValue } from './goals-page-context';
import { GoalsPageQuery } from './graphql/operations';
import { KoladaSection } from './KoladaSection';
import './goals.css';

/**
 * `/cohorts/:id/goals/:code`: the goals an organisation works on in a cohort — the cohort's shared goals
 * and its own (goalConcerns) — with, for each indicator, where the organisation stands, a chart, its values
 * and its targets. What the viewer may change follows the shared goal rules (goalPermissions); mentors and
 * peers read another organisation's page. Outsiders (the cohort is null for them) get "not found".
 */
export function GoalsPage() {
  const { t } = useTranslation();
  const { id = '', code = '' } = useParams();
  const { user } = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(GoalsPageQuery, { variables: { id, code }, fetchPolicy: 'cache-and-network' });
  const dirtyForms = useDirtyForms();
  // One guard for every form on the page (goals, indicators, targets, the grids).
  const guard = useUnsavedChanges(dirtyForms.dirty);
  const confirmation = useConfirmationSlot(2);

  const cohort = data?.cohort;
  const member = cohort?.members.find((candidate) => candidate.organization.code === code);
  const context = useMemo<GoalsPageContextValue | null>(() => {
    if (!cohort || !member || !user) return null;
    return {
      cohortId: cohort.id,
      cohortName: cohort.name,
      organizationCode: member.organization.code,
      organizationName: member.organization.name,
      permissions: goalPermissions(user, cohort.members, cohort.status, member.organization.code),
      focusAreas: data?.vocabularies.focusAreas ?? [],
      reload: () => refetch(),
    };
  }, [cohort, member, user, data?.vocabularies.focusAreas, refetch]);

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <Page title={t('goals.titleFallback')}>
        <QueryError error={error} />
      </Page>
    );
  }
  // Unknown, not visible to this user, or an organisation that is not in the cohort: the page does not say which.
  if (!cohort || !member || !context) return <NotFoundPage />;

  const organization = member.organization;
  const goals = goalsOf(cohort.goals, organization.code);
  const { permissions } = context;
  const readOnly = !permissions.mayRecord && measurementsOpen(cohort.status);
  // Why nothing can be changed any more, to those who otherwise could.
  const closed = (permissions.processLeader || permissions.ownPage) && !goalsOpen(cohort.status);

  return (
    <Page title={t('goals.title', { organization: organization.name })}>
      <GoalsPageContext.Provider value={context}>
        <DirtyFormsProvider value={dirtyForms.report}>
          {guard.dialog}
          <p className="lead">
            {t('goals.intro', { organization: organization.name })} <span lang="sv">{cohort.name}</span>
          </p>
          <ul className="inline-links goals-links">
            <li>
              <Link to={`/cohorts/${encodeURIComponent(cohort.id)}`}>{t('goals.backToCohort')}</Link>
            </li>
            <li>
              <Link to={overviewPath(cohort.id)}>{t('goals.overviewLink')}</Link>
            </li>
            <li>
              <a href={organizationCsvPath(cohort.id, organization.code)} download>
                {t('goals.csv')} <span className="visually-hidden">{t('goals.csvOf', { organization: organization.name })}</span>
              </a>
            </li>
          </ul>
          {readOnly ? <p className="notice">{t('goals.readOnly', { organization: organization.name })}</p> : null}
          {closed ? <p className="notice">{measurementsOpen(cohort.status) ? t('goals.goalsClosed') : t('goals.allClosed')}</p> : null}
          {confirmation.element}

          {hasKoladaLinks(cohort.goals) ? <KoladaSection cohortId={cohort.id} /> : null}

          {goals.length === 0 ? (
            <p className="section">{t('goals.noGoals', { organization: organization.name })}</p>
          ) : (
            goals.map((goal) => (
              <GoalSection key={goal.id} goal={goal} onRemoved={(title) => confirmation.confirm(t('goals.removeGoal.removed', { title }))} />
            ))
          )}

          <AddGoalSection />
        </DirtyFormsProvider>
      </GoalsPageContext.Provider>
    </Page>
  );
}
