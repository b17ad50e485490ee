import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { followUpOpen, ReportStatus, ReviewDecision } from '@modellkommuner/shared';
import { reportPrintPath } from '../../shared/follow-up';
import { Confirmation } from '../../shared/ui/Confirmation';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { useCurrentUser } from '../auth';
import { NotFoundPage } from '../pages';
import { ExampleDraftSection, type CreatedExample } from './ExampleDraftSection';
import { ReportFacts, IndicatorsSection, ReportText, ReviewsSection } from './ReportParts';
import { ReportForm, type ReportFormOutcome } from './ReportForm';
import { ReviewPanel } from './ReviewPanel';
import { liveIndicators, reportGoals, reportPermissions, snapshotIndicators } from './report-view';
import { useReport } from './use-report';
import './follow-up.css';

interface Confirmed {
  heading: string;
  body?: ReactNode;
  next?: ReactNode;
}

/**
 * `/checkpoints/:checkpointId/reports/:code`: an organisation's follow-up report at a checkpoint. Its
 * authors write, save and submit it; the reviewer (the mentor for a mentee's report, a process leader for
 * the mentor's) reviews it; everyone who may read it (the organisation, the mentor, process leaders) reads
 * it with its indicators — as submitted (the snapshot) or as they stand now — and its reviews. What is
 * offered follows the shared follow-up rules. Not visible, or not in the cohort: "not found".
 */
export function ReportPage() {
  const { checkpointId = '', code = '' } = useParams();
  // Another report is another page: nothing of this one's form or answers carries over.
  return <ReportPageContent key={`${checkpointId}:${code}`} checkpointId={checkpointId} code={code} />;
}

function ReportPageContent({ checkpointId, code }: { checkpointId: string; code: string }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { checkpoint, report, loading, error, reload, loadCurrent } = useReport(checkpointId, code);
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);
  // Loading is shown once, before the form starts: a report created by the first save is read in
  // afterwards without taking the form (and what is typed in it) away.
  const [ready, setReady] = useState(false);
  if (!loading && !ready) setReady(true);

  if (loading && !ready) return <Loading />;
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
  const mentor = cohort.members.find((candidate) => candidate.role === 'MENTOR' && !candidate.withdrawnAt);
  const submitted = status === ReportStatus.SUBMITTED || status === ReportStatus.APPROVED;
  const authors = permissions.mayWrite || (user.organization.code === code && !permissions.processLeader);

  function formDone({ kind }: ReportFormOutcome) {
    if (kind === 'saved') {
      setConfirmed({ heading: t('followUp.form.saved'), next: t('followUp.form.savedNext') });
      return;
    }
    setConfirmed({
      heading: t('followUp.form.submitted'),
      next:
        permissions.reviewer === 'PROCESS_LEADER'
          ? t('followUp.form.submittedNext.PROCESS_LEADER')
          : t('followUp.form.submittedNext.MENTOR', { organization: mentor?.organization.name ?? '' }),
    });
  }

  function reviewed(decision: ReviewDecision) {
    setConfirmed(
      decision === ReviewDecision.APPROVE
        ? { heading: t('followUp.review.approved'), next: t('followUp.review.approvedNext', { organization: organization.name }) }
        : {
            heading: t('followUp.review.changesRequested'),
            next: t('followUp.review.changesRequestedNext', { organization: organization.name }),
          },
    );
    void reload();
  }

  function exampleCreated(example: CreatedExample) {
    setConfirmed({
      heading: t('followUp.example.created'),
      body: (
        <p>
          <Link to={`/examples/${encodeURIComponent(example.slug)}/edit`}>
            {t('followUp.example.open')} <span lang="sv">{example.title}</span>
          </Link>
        </p>
      ),
      next: t('followUp.example.next'),
    });
  }

  return (
    <Page title={t('followUp.report.title', { organization: organization.name })}>
      <ReportFacts
        checkpoint={checkpoint}
        organizationName={organization.name}
        report={report}
        reviewer={permissions.reviewer}
        linkCohort
      />
      <ul className="inline-links report-links">
        <li>
          <Link to={reportPrintPath(checkpoint.id, code)}>{t('followUp.report.printLink')}</Link>
        </li>
        <li>
          <Link to="/follow-up">{t('followUp.report.listLink')}</Link>
        </li>
      </ul>
      <Confirmation heading={confirmed?.heading ?? null} level={2} next={confirmed?.next}>
        {confirmed?.body}
      </Confirmation>

      {authors && status === ReportStatus.SUBMITTED ? <p className="notice">{t('followUp.report.locked')}</p> : null}
      {authors && status === ReportStatus.CHANGES_REQUESTED && permissions.mayWrite ? (
        <p className="notice">{t('followUp.report.changesRequested')}</p>
      ) : null}
      {authors && !permissions.mayWrite && !followUpOpen(cohort.status) && status !== ReportStatus.APPROVED ? (
        <p className="notice">{t('followUp.report.closed', { status: t(`cohortStatus.${cohort.status}`).toLowerCase() })}</p>
      ) : null}

      {permissions.mayWrite ? (
        <ReportForm
          // One form per report: a newer report from the server must not reset what is being typed.
          key={`${checkpoint.id}:${code}`}
          checkpointId={checkpoint.id}
          organizationCode={code}
          organizationName={organization.name}
          mentorName={mentor?.organization.name ?? null}
          goals={goals}
          report={report}
          permissions={permissions}
          user={user}
          loadCurrent={loadCurrent}
          reload={reload}
          onDone={formDone}
        />
      ) : (
        <ReportText report={report} goals={goals} organizationName={organization.name} heading={t('followUp.report.readHeading')} />
      )}

      <IndicatorsSection
        indicators={submitted && report?.snapshot ? snapshotIndicators(report.snapshot) : liveIndicators(goals)}
        snapshotTakenAt={submitted ? (report?.snapshot?.takenAt ?? null) : null}
      />
      <ReviewsSection reviews={report?.reviews ?? []} />
      {permissions.mayReview && report ? (
        <ReviewPanel reportId={report.id} organizationName={organization.name} onReviewed={reviewed} />
      ) : null}
      {permissions.mayDraftExample && report ? <ExampleDraftSection reportId={report.id} onCreated={exampleCreated} /> : null}

      <p className="section">
        <Link to={`/cohorts/${encodeURIComponent(cohort.id)}`}>{t('followUp.report.backToCohort')}</Link>
      </p>
    </Page>
  );
}
