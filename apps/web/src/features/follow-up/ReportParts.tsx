import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { daysOverdue, type ReportStatus } from '@modellkommuner/shared';
import { localeOf } from '../../i18n/i18n';
import { formatCalendarDate, formatDate } from '../../shared/format';
import { assessmentLabel, checkpointKindLabel, decisionLabel, reportStatusClass, reportStatusLabel } from '../../shared/follow-up';
import { stockholmToday } from '../../shared/stockholm-time';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { formatGap, formatNumber, gapChange, gapSentence, genderLabel, Missing, ProgressTag } from '../goals';
import {
  indicatorGenders,
  indicatorTableRows,
  reviewsInOrder,
  TEXT_FIELDS,
  type IndicatorTableRow,
  type ReportCheckpoint,
  type ReportDetails,
  type ReportGoal,
  type ReportPermissions,
  type TableIndicator,
} from './report-view';

// The parts of a report that its page and its print view both show.

interface ReportFactsProps {
  checkpoint: ReportCheckpoint;
  organizationName: string;
  report: ReportDetails | null;
  reviewer: ReportPermissions['reviewer'];
  /** The cohort's name as a link to its page (not in the print view). */
  linkCohort: boolean;
}

/** Organisation, cohort, checkpoint and due date (with how late the report is), status, when submitted, who reviews it. */
export function ReportFacts({ checkpoint, organizationName, report, reviewer, linkCohort }: ReportFactsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const status: ReportStatus | null = report?.status ?? null;
  const overdue = daysOverdue(checkpoint.dueDate, stockholmToday(), status);
  const { cohort } = checkpoint;
  const mentor = cohort.members.find((member) => member.role === 'MENTOR' && !member.withdrawnAt);
  return (
    <dl className="details report-facts">
      <div>
        <dt>{t('followUp.report.organization')}</dt>
        <dd>{organizationName}</dd>
      </div>
      <div>
        <dt>{t('followUp.report.cohort')}</dt>
        <dd lang="sv">{linkCohort ? <Link to={`/cohorts/${encodeURIComponent(cohort.id)}`}>{cohort.name}</Link> : cohort.name}</dd>
      </div>
      <div>
        <dt>{t('followUp.report.checkpoint')}</dt>
        <dd>{checkpointKindLabel(checkpoint.kind, t)}</dd>
      </div>
      <div>
        <dt>{t('followUp.report.dueDate')}</dt>
        <dd>
          <time dateTime={checkpoint.dueDate}>{formatCalendarDate(checkpoint.dueDate, language)}</time>
          {overdue ? <strong className="report-overdue"> ({t('followUp.report.overdue', { count: overdue })})</strong> : null}
        </dd>
      </div>
      <div>
        <dt>{t('followUp.report.status')}</dt>
        <dd>
          <span className={reportStatusClass(status)}>{reportStatusLabel(status, t)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('followUp.report.submittedAt')}</dt>
        <dd>
          {report?.submittedAt ? (
            <time dateTime={report.submittedAt}>{formatDate(report.submittedAt, language)}</time>
          ) : (
            t('followUp.print.notSubmitted')
          )}
        </dd>
      </div>
      {reviewer ? (
        <div>
          <dt>{t('followUp.report.reviewer')}</dt>
          <dd>
            {reviewer === 'MENTOR' && mentor
              ? t('followUp.report.reviewerMentor', { organization: mentor.organization.name })
              : t('followUp.report.reviewerProcessLeader')}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** A text people wrote (Swedish), kept in its lines; "Inte ifyllt." when empty. */
function WrittenText({ text }: { text: string | null | undefined }) {
  const { t } = useTranslation();
  return text?.trim() ? (
    <p className="pre-line report-text" lang="sv">
      {text}
    </p>
  ) : (
    <p className="report-text report-text--empty">{t('followUp.report.empty')}</p>
  );
}

interface ReportTextProps {
  report: ReportDetails | null;
  goals: readonly ReportGoal[];
  organizationName: string;
  /** The heading's text: "Rapporten" on the page, "Rapportens texter" in the print view. */
  heading: string;
}

/** The report read: its four texts, then each goal with its assessment and comment. */
export function ReportText({ report, goals, organizationName, heading }: ReportTextProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section report-read">
      <h2 id={headingId}>{heading}</h2>
      {!report ? (
        <p>{t('followUp.report.notStarted', { organization: organizationName })}</p>
      ) : (
        <>
          {TEXT_FIELDS.map((field) => (
            <div key={field} className="report-read__part">
              <h3>{t(`followUp.fields.${field}`)}</h3>
              <WrittenText text={report[field]} />
            </div>
          ))}
          <h3>{t('followUp.report.goalsHeading')}</h3>
          {goals.length === 0 ? <p>{t('followUp.report.noGoals')}</p> : null}
          {goals.map((goal) => {
            const assessment = report.goalAssessments.find((candidate) => candidate.goal.id === goal.id);
            return (
              <div key={goal.id} className="report-read__goal">
                <h4 lang="sv">{goal.title}</h4>
                <dl className="details details--compact">
                  <div>
                    <dt>{t('followUp.report.assessment')}</dt>
                    <dd>
                      <strong>{assessment ? assessmentLabel(assessment.status, t) : t('followUp.report.notAssessed')}</strong>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('followUp.report.comment')}</dt>
                    <dd>
                      {assessment?.comment?.trim() ? (
                        <span className="pre-line" lang="sv">
                          {assessment.comment}
                        </span>
                      ) : (
                        t('common.notSet')
                      )}
                    </dd>
                  </div>
                </dl>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

interface IndicatorsSectionProps {
  indicators: readonly TableIndicator[];
  /** When the snapshot was taken (the report as submitted); null: the values as they stand now. */
  snapshotTakenAt: string | null;
}

/** Every indicator of the report's goals as a table: periods × Kvinnor, Män (Totalt) and the gap, then the targets. */
export function IndicatorsSection({ indicators, snapshotTakenAt }: IndicatorsSectionProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section report-indicators">
      <h2 id={headingId}>{t('followUp.indicators.heading')}</h2>
      <p>
        {snapshotTakenAt
          ? t('followUp.indicators.snapshotIntro', { date: formatDate(snapshotTakenAt, i18n.language) })
          : t('followUp.indicators.liveIntro')}
      </p>
      {indicators.length === 0 ? <p>{t('followUp.indicators.none')}</p> : null}
      {indicators.map((indicator) => (
        <IndicatorTable key={indicator.key} indicator={indicator} />
      ))}
    </section>
  );
}

function IndicatorTable({ indicator }: { indicator: TableIndicator }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const captionId = useId();
  const genders = indicatorGenders(indicator);
  const unit = indicator.unit.trim();
  const caption = unit
    ? t('followUp.indicators.caption', { name: indicator.name, unit })
    : t('followUp.indicators.captionNoUnit', { name: indicator.name });
  const change = gapChange(indicator.progress.genderGapBaseline, indicator.progress.genderGap);
  const rows = indicatorTableRows(indicator);
  const number = (value: number | null): ReactNode => (value === null ? <Missing /> : formatNumber(value, { locale }));
  const columns: Column<IndicatorTableRow>[] = [
    {
      header: t('followUp.indicators.period'),
      rowHeader: true,
      cell: (row) => (row.kind === 'target' ? t('followUp.indicators.target', { period: row.label }) : row.label),
    },
    ...genders.map((gender) => ({ header: genderLabel(gender, t), cell: (row: IndicatorTableRow) => number(row[gender]) })),
    ...(indicator.byGender
      ? [
          {
            header: t('followUp.indicators.gap'),
            cell: (row: IndicatorTableRow) =>
              row.kind === 'target' ? null : row.gap === null ? <Missing /> : formatGap(row.gap, indicator.unit, locale, t),
          },
        ]
      : []),
  ];
  return (
    <div className="report-indicator">
      <h3 lang="sv">{indicator.name}</h3>
      <p className="report-indicator__goal">
        {t('followUp.indicators.goal')}: <span lang="sv">{indicator.goalTitle}</span>
      </p>
      {rows.length === 0 ? (
        <p>{t('followUp.indicators.noValues')}</p>
      ) : (
        <DataTable captionId={captionId} caption={caption} columns={columns} rows={rows} rowKey={(row) => row.key} />
      )}
      <p>
        {t('followUp.indicators.status')}: <ProgressTag status={indicator.progress.status} />
      </p>
      {indicator.byGender && change ? <p className="gender-gap__sentence">{gapSentence(change, indicator.unit, locale, t)}</p> : null}
      {indicator.resultLine ? (
        <p className="report-indicator__result">
          {t('followUp.indicators.result')}: <span lang="sv">{indicator.resultLine}</span>
        </p>
      ) : null}
    </div>
  );
}

/** The reviews, oldest first: the decision in words, the comment, who and when. */
export function ReviewsSection({ reviews }: { reviews: ReportDetails['reviews'] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section report-reviews">
      <h2 id={headingId}>{t('followUp.reviews.heading')}</h2>
      {reviews.length === 0 ? (
        <p>{t('followUp.reviews.none')}</p>
      ) : (
        <ol className="report-reviews__list">
          {reviewsInOrder(reviews).map((review) => (
            <li key={review.id} className="report-review">
              <p className="report-review__decision">
                <strong>{decisionLabel(review.decision, t)}</strong>
              </p>
              {review.comment.trim() ? (
                <p className="pre-line" lang="sv">
                  {review.comment}
                </p>
              ) : (
                <p>{t('followUp.reviews.noComment')}</p>
              )}
              <p className="report-review__by">
                {t('followUp.reviews.by', { name: review.reviewer.name, date: formatDate(review.createdAt, i18n.language) })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
