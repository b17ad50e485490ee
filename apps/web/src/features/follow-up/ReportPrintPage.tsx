import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReportStatus } from '@modellkommuner/shared';
import { reportPath } from '../../shared/follow-up';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { useCurrentUser } from '../auth';
import { NotFoundPage } from '../pages';
import { IndicatorsSection, ReportFacts, ReportText, ReviewsSection } from './ReportParts';
import { liveIndicators, reportGoals, reportPermissions, snapshotIndicators } from './report-view';
import { useReport } from './use-report';
import './follow-up.css';

/**
 * `/checkpoints/:checkpointId/reports/:code/print`: the report as a document for a kommunstyrelse
 * meeting — organisation, cohort, checkpoint, status and when it was submitted, the texts, the goals with
 * their assessments, the indicators by gender with the gap (as submitted), and the reviews. "Skriv ut /
 * spara som PDF" prints it; the print stylesheet (styles.css, follow-up.css) leaves out the site's
 * header, navigation and footer and the button, on A4.
 */
export function ReportPrintPage() {
  const { t } = useTranslation();
  const { checkpointId = '', code = '' } = useParams();
  const { user } = useCurrentUser();
  const { checkpoint, report, loading, error } = useReport(checkpointId, code);

  if (loading) return <Loading />;
  if (error && !checkpoint) {
    return (
      <Page title={t('followUp.report.titleFallback')}>
        <QueryError error={error} />
      </Page>
    );
  }
  const cohort = checkpoint?.cohort;
  const member = cohort?.members.find((candidate) => candidate.organization.code === code);
  if (!checkpoint || !cohort || !member || !user) return <NotFoundPage />;
  const status: ReportStatus | null = report?.status ?? null;
  const permissions = reportPermissions(user, cohort.members, cohort.status, code, status);
  if (!permissions.mayView) return <NotFoundPage />;

  const organization = member.organization;
  const goals = reportGoals(cohort, code);
  const submitted = status === ReportStatus.SUBMITTED || status === ReportStatus.APPROVED;

  return (
    <div className="report-print">
      <Page title={t('followUp.report.title', { organization: organization.name })}>
        <div className="report-print__tools no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('followUp.print.print')}
          </button>
          <Link to={reportPath(checkpoint.id, code)}>{t('followUp.print.back')}</Link>
        </div>
        <ReportFacts
          checkpoint={checkpoint}
          organizationName={organization.name}
          report={report}
          reviewer={permissions.reviewer}
          linkCohort={false}
        />
        {!submitted ? <p className="notice">{t('followUp.print.draftNotice')}</p> : null}
        <ReportText report={report} goals={goals} organizationName={organization.name} heading={t('followUp.print.textsHeading')} />
        <IndicatorsSection
          indicators={submitted && report?.snapshot ? snapshotIndicators(report.snapshot) : liveIndicators(goals)}
          snapshotTakenAt={submitted ? (report?.snapshot?.takenAt ?? null) : null}
        />
        <ReviewsSection reviews={report?.reviews ?? []} />
      </Page>
    </div>
  );
}
