import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  CheckpointKind,
  checkpointsOpen,
  daysOverdue,
  ExampleStatus,
  exampleDraftFromReport,
  followUpOpen,
  isIsoDate,
  MemberRole,
  ReportStatus,
  reportEditable,
  reportReviewable,
  reportSubmittable,
  reviewNeedsComment,
  statusAfterReview,
  stockholmDate,
  submissionGaps,
} from '@modellkommuner/shared';
import { assertVersion, saveVersioned, versionConflict } from '../../infrastructure/database/versioned-change';
import { BadInput, BadInputs, Conflict, FieldProblem, Forbidden, NotFound } from '../../infrastructure/errors/app-error';
import { isUuid } from '../../infrastructure/graphql/ids';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { CohortAccess } from '../cohorts/cohort-access';
import { CheckpointEntity } from '../cohorts/entities/checkpoint.entity';
import { CohortMemberEntity } from '../cohorts/entities/cohort-member.entity';
import { CohortEntity } from '../cohorts/entities/cohort.entity';
import { originOf, setOrganizations } from '../learning-examples/example-organizations';
import { LearningExampleEntity } from '../learning-examples/entities/learning-example.entity';
import { refreshSearchVectors } from '../learning-examples/search-vector';
import { uniqueSlug } from '../learning-examples/slug';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { SaveFollowUpReportInput, ReviewInput } from './dto/follow-up.inputs';
import { FollowUpReportEntity } from './entities/follow-up-report.entity';
import { GoalAssessmentEntity } from './entities/goal-assessment.entity';
import { ReviewEntity } from './entities/review.entity';
import { CHECKPOINT_NOT_FOUND, FollowUpErrors, REPORT } from './follow-up.errors';
import { FollowUpPolicy } from './follow-up.policy';
import { reportGoals, takeSnapshot } from './report-snapshot';
import { ReminderScheduler } from '../reminders/reminder-scheduler';

export interface ReportContext {
  report: FollowUpReportEntity;
  checkpoint: CheckpointEntity;
  cohort: CohortEntity;
  members: CohortMemberEntity[];
}

/** A report that is expected: a current member of a cohort at one of its checkpoints (FollowUpReportRow). */
export interface ReportRow {
  checkpoint: CheckpointEntity;
  cohortId: string;
  organizationId: string;
  role: MemberRole;
  report: FollowUpReportEntity | null;
  dueDate: string;
  daysOverdue: number | null;
}

const TEXT_FIELDS = ['summary', 'whatWorked', 'challenges', 'nextSteps'] as const;

/** The report without its snapshot, for the audit log (the snapshot is the values, already in their own log). */
const auditable = (report: FollowUpReportEntity, assessments?: readonly Pick<GoalAssessmentEntity, 'goalId' | 'status' | 'comment'>[] | null) => {
  const { snapshot: _snapshot, ...rest } = report;
  return assessments ? { ...rest, goalAssessments: assessments.map((a) => ({ goalId: a.goalId, status: a.status, comment: a.comment })) } : rest;
};

/**
 * Follow-up reports, their submission and review, checkpoints, the list of expected reports and the
 * learning-example draft made from a report (docs/domain.md, "Follow-up and review"). Checks, in order:
 * visible (NOT_FOUND) → allowed (FORBIDDEN) → version (CONFLICT) → state (CONFLICT) → input
 * (BAD_USER_INPUT). Every change is one transaction with its audit entry. Lock order: the cohort
 * (share), then the report.
 */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: FollowUpPolicy,
    private readonly cohorts: CohortAccess,
    private readonly audit: AuditService,
    private readonly reminders: ReminderScheduler,
  ) {}

  // ---- reading ----------------------------------------------------------------------------------

  /** The report if the viewer may read it; null both when it does not exist and when it is not theirs to read. */
  async find(viewer: Viewer, id: string): Promise<FollowUpReportEntity | null> {
    try {
      return (await this.dataSource.transaction((manager) => this.context(manager, viewer, id, 'pessimistic_read'))).report;
    } catch (error) {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /**
   * The expected reports the viewer follows: process leaders every current member of every cohort that is
   * not cancelled, at each checkpoint; a member its own organisation's, and a mentor its mentees' too.
   */
  async rows(viewer: Viewer, cohortId?: string | null, now = new Date()): Promise<ReportRow[]> {
    // An id that names no cohort (the empty string too) lists nothing; only a missing one lists them all.
    if (cohortId != null && !isUuid(cohortId)) return [];
    const all = this.policy.mayAddCheckpoint(viewer);
    const rows: {
      checkpoint_id: string;
      organization_id: string;
      role: MemberRole;
      report_id: string | null;
    }[] = await this.dataSource.query(
      `SELECT c.id AS checkpoint_id, m.organization_id, m.role, r.id AS report_id
         FROM checkpoints c
         JOIN cohorts co ON co.id = c.cohort_id AND co.status <> 'CANCELLED'
         JOIN cohort_members m ON m.cohort_id = c.cohort_id AND m.withdrawn_at IS NULL
         LEFT JOIN follow_up_reports r ON r.checkpoint_id = c.id AND r.organization_id = m.organization_id
        WHERE ($1::uuid IS NULL OR c.cohort_id = $1)
          AND ($2 OR m.organization_id = $3 OR EXISTS (
                SELECT 1 FROM cohort_members me
                 WHERE me.cohort_id = c.cohort_id AND me.organization_id = $3 AND me.role = 'MENTOR' AND me.withdrawn_at IS NULL))
        ORDER BY c.due_date, co.name, co.id, c.id, CASE WHEN m.role = 'MENTOR' THEN 0 ELSE 1 END, m.joined_at, m.id`,
      [cohortId ?? null, all, viewer.organizationId],
    );
    if (!rows.length) return [];
    const checkpoints = await this.dataSource.getRepository(CheckpointEntity).findBy({ id: In([...new Set(rows.map((r) => r.checkpoint_id))]) });
    const reportIds = rows.map((r) => r.report_id).filter((id): id is string => id !== null);
    const reports = reportIds.length ? await this.dataSource.getRepository(FollowUpReportEntity).findBy({ id: In(reportIds) }) : [];
    const today = stockholmDate(now);
    return rows.map((row) => {
      const checkpoint = checkpoints.find((c) => c.id === row.checkpoint_id) as CheckpointEntity;
      const report = reports.find((r) => r.id === row.report_id) ?? null;
      return {
        checkpoint,
        cohortId: checkpoint.cohortId,
        organizationId: row.organization_id,
        role: row.role,
        report,
        dueDate: checkpoint.dueDate,
        daysOverdue: daysOverdue(checkpoint.dueDate, today, report?.status ?? null),
      };
    });
  }

  // ---- writing ----------------------------------------------------------------------------------

  /** Creates the report (version 0) or saves a draft over the version read; fields left out keep their text. */
  async save(viewer: Viewer, input: SaveFollowUpReportInput): Promise<FollowUpReportEntity> {
    return this.dataSource.transaction(async (manager) => {
      const checkpoint = await this.checkpoint(manager, input.checkpointId);
      const { cohort, members } = await this.cohorts.visibleCohort(manager, viewer, checkpoint.cohortId, CHECKPOINT_NOT_FOUND);
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ code: input.organizationCode });
      if (!organization || !this.policy.mayWrite(viewer, members, organization.id)) throw Forbidden(FollowUpErrors.mayNotWrite);
      // Two first saves at once: the second waits here and then finds the first's report.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`report:${checkpoint.id}:${organization.id}`]);
      const reports = manager.getRepository(FollowUpReportEntity);
      const existing = await reports.findOne({ where: { checkpointId: checkpoint.id, organizationId: organization.id }, lock: { mode: 'pessimistic_write' } });
      if (input.version === 0 && existing) throw versionConflict(REPORT, existing.version);
      if (input.version !== 0 && !existing) throw NotFound(REPORT.notFound);
      if (existing) assertVersion(existing, input.version, REPORT);
      if (!followUpOpen(cohort.status)) throw Conflict(FollowUpErrors.followUpClosed(cohort.status));
      if (!reportEditable(existing?.status ?? null)) throw Conflict(FollowUpErrors.notEditable((existing as FollowUpReportEntity).status));
      const assessments = input.goalAssessments ? await this.checkAssessments(manager, cohort.id, organization.id, input) : null;

      const changes: Partial<Record<(typeof TEXT_FIELDS)[number], string | null>> = {};
      for (const field of TEXT_FIELDS) if (input[field] !== undefined) changes[field] = input[field] ?? null;
      let saved: FollowUpReportEntity;
      if (existing) {
        saved = await saveVersioned(manager, FollowUpReportEntity, existing, changes, REPORT);
      } else {
        saved = await reports.save(
          reports.create({
            checkpointId: checkpoint.id,
            organizationId: organization.id,
            status: ReportStatus.DRAFT,
            summary: null,
            whatWorked: null,
            challenges: null,
            nextSteps: null,
            ...changes,
            snapshot: null,
            submittedAt: null,
            submittedById: null,
          }),
        );
      }
      if (assessments) {
        await manager.getRepository(GoalAssessmentEntity).delete({ reportId: saved.id });
        if (assessments.length) await manager.getRepository(GoalAssessmentEntity).insert(assessments.map((a) => ({ ...a, reportId: saved.id })));
      }
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: existing ? 'report.update' : 'report.create',
        entity: 'FollowUpReport',
        entityId: saved.id,
        before: existing ? auditable(existing) : null,
        after: auditable(saved, assessments),
      });
      return saved;
    });
  }

  /** Hands the report in: complete (a summary, every goal assessed), then frozen with its snapshot. */
  async submit(viewer: Viewer, id: string, version: number, now = new Date()): Promise<FollowUpReportEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { report, cohort, members } = await this.context(manager, viewer, id, 'pessimistic_write');
      if (!this.policy.mayWrite(viewer, members, report.organizationId)) throw Forbidden(FollowUpErrors.mayNotWrite);
      assertVersion(report, version, REPORT);
      if (!followUpOpen(cohort.status)) throw Conflict(FollowUpErrors.followUpClosed(cohort.status));
      if (!reportSubmittable(report.status)) throw Conflict(FollowUpErrors.notSubmittable(report.status));
      const goals = await reportGoals(manager, cohort.id, report.organizationId);
      const assessments = await manager.getRepository(GoalAssessmentEntity).findBy({ reportId: id });
      const gaps = submissionGaps({ summary: report.summary, goalAssessments: assessments }, goals.map((g) => g.id));
      if (gaps.length) {
        throw BadInputs(
          gaps.map((gap) =>
            gap.field === 'summary'
              ? { field: 'summary', message: FollowUpErrors.summaryMissing }
              : { field: 'goalAssessments', message: FollowUpErrors.goalNotAssessed(goals.find((g) => g.id === gap.goalId)?.title ?? '') },
          ),
        );
      }
      const snapshot = await takeSnapshot(manager, cohort.id, report.organizationId, now);
      const before = auditable(report);
      const saved = await saveVersioned(
        manager,
        FollowUpReportEntity,
        report,
        { status: ReportStatus.SUBMITTED, submittedAt: now, submittedById: viewer.userId, snapshot },
        REPORT,
      );
      await this.audit.record(manager, { actorId: viewer.userId, action: 'report.submit', entity: 'FollowUpReport', entityId: id, before, after: auditable(saved) });
      // Due and overdue reminders stop; the reviewer's start waiting.
      await this.reminders.syncCohort(manager, cohort.id, now);
      return { ...saved, snapshot };
    });
  }

  /** The mentor's (or, for the mentor's own report, a process leader's) decision on a submitted report. */
  async review(viewer: Viewer, input: ReviewInput): Promise<ReviewEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { report, cohort, members } = await this.context(manager, viewer, input.reportId, 'pessimistic_write');
      if (!this.policy.mayReview(viewer, members, report.organizationId)) throw Forbidden(FollowUpErrors.mayNotReview);
      if (!followUpOpen(cohort.status)) throw Conflict(FollowUpErrors.followUpClosed(cohort.status));
      if (!reportReviewable(report.status)) throw Conflict(FollowUpErrors.notReviewable(report.status));
      if (reviewNeedsComment(input.decision) && !input.comment) throw BadInput('comment', FollowUpErrors.reviewCommentMissing);
      const reviews = manager.getRepository(ReviewEntity);
      const review = await reviews.save(reviews.create({ reportId: report.id, reviewerId: viewer.userId, decision: input.decision, comment: input.comment ?? '' }));
      const before = auditable(report);
      const saved = await saveVersioned(manager, FollowUpReportEntity, report, { status: statusAfterReview(input.decision) }, REPORT);
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'report.review',
        entity: 'FollowUpReport',
        entityId: report.id,
        reason: input.comment || null,
        before,
        after: auditable(saved),
      });
      await this.reminders.syncCohort(manager, cohort.id);
      return review;
    });
  }

  // ---- checkpoints ------------------------------------------------------------------------------

  /** A process leader adds the cohort's MIDTERM checkpoint (the ONE_YEAR one comes with the cohort). */
  async addCheckpoint(viewer: Viewer, cohortId: string, kind: CheckpointKind, dueDate: string): Promise<CheckpointEntity> {
    if (!this.policy.mayAddCheckpoint(viewer)) throw Forbidden(FollowUpErrors.mayNotAddCheckpoint);
    return this.dataSource.transaction(async (manager) => {
      const { cohort } = await this.cohorts.visibleCohort(manager, viewer, cohortId);
      // One checkpoint of a kind per cohort: a second add at once waits here and then finds the first.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`checkpoints:${cohort.id}`]);
      const checkpoints = manager.getRepository(CheckpointEntity);
      const existing = await checkpoints.findBy({ cohortId: cohort.id });
      if (existing.some((c) => c.kind === kind)) throw Conflict(FollowUpErrors.checkpointExists(kind));
      if (!checkpointsOpen(cohort.status)) throw Conflict(FollowUpErrors.checkpointsClosed(cohort.status));
      if (!isIsoDate(dueDate)) throw BadInput('dueDate', FollowUpErrors.dateInvalid);
      const oneYear = existing.find((c) => c.kind === CheckpointKind.ONE_YEAR);
      if (oneYear && dueDate >= oneYear.dueDate) throw BadInput('dueDate', FollowUpErrors.midtermAfterOneYear(oneYear.dueDate));
      if (dueDate <= cohort.startDate) throw BadInput('dueDate', FollowUpErrors.midtermBeforeStart(cohort.startDate));
      const checkpoint = await checkpoints.save(checkpoints.create({ cohortId: cohort.id, kind, dueDate }));
      await this.audit.record(manager, { actorId: viewer.userId, action: 'checkpoint.add', entity: 'Cohort', entityId: cohort.id, after: checkpoint });
      await this.reminders.syncCohort(manager, cohort.id);
      return checkpoint;
    });
  }

  // ---- from report to learning example ------------------------------------------------------------

  /**
   * A draft learning example for the report's organisation, prefilled from the approved report (libs/shared
   * `exampleDraftFromReport`). Asked again, it answers the draft made before instead of making a second.
   */
  async createExampleDraft(viewer: Viewer, reportId: string): Promise<LearningExampleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { report, cohort, members } = await this.context(manager, viewer, reportId, 'pessimistic_write');
      if (!this.policy.mayDraftExample(viewer, members, report.organizationId, ReportStatus.APPROVED)) throw Forbidden(FollowUpErrors.mayNotDraftExample);
      if (report.status !== ReportStatus.APPROVED) throw Conflict(FollowUpErrors.exampleNeedsApproval);
      const examples = manager.getRepository(LearningExampleEntity);
      const earlier = await examples.findOneBy({ sourceReportId: report.id });
      if (earlier) return earlier;
      const organization = (await manager.getRepository(OrganizationEntity).findOneBy({ id: report.organizationId })) as OrganizationEntity;
      const goals = await reportGoals(manager, cohort.id, report.organizationId);
      const assessments = await manager.getRepository(GoalAssessmentEntity).findBy({ reportId: report.id });
      const content = exampleDraftFromReport({
        organizationName: organization.name,
        cohortName: cohort.name,
        cohortStartDate: cohort.startDate,
        cohortFollowUpDueDate: cohort.followUpDueDate,
        summary: report.summary,
        whatWorked: report.whatWorked,
        goals: goals.map((g) => {
          const a = assessments.find((x) => x.goalId === g.id);
          return { id: g.id, title: g.title, assessment: a?.status ?? null, comment: a?.comment ?? null };
        }),
        indicators: report.snapshot?.indicators ?? [],
      });
      const example = await examples.save(
        examples.create({
          ...content,
          slug: await uniqueSlug(manager, content.title),
          status: ExampleStatus.DRAFT,
          publishedAt: null,
          originKind: originOf([organization.kind]),
          organizationNames: organization.name,
          subjects: [],
          activityAreas: [],
          keyConclusions: [],
          furtherReading: [],
          contacts: [],
          editorComment: null,
          importKey: null,
          sourceUrl: null,
          responsibleEditor: null,
          createdById: viewer.userId,
          sourceReportId: report.id,
          version: 1,
        }),
      );
      await setOrganizations(manager, example.id, [organization]);
      await refreshSearchVectors(manager, [example.id]);
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'example.create_from_report',
        entity: 'LearningExample',
        entityId: example.id,
        after: example,
      });
      return example;
    });
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private async checkpoint(manager: EntityManager, id: string): Promise<CheckpointEntity> {
    if (!isUuid(id)) throw NotFound(CHECKPOINT_NOT_FOUND);
    const checkpoint = await manager.getRepository(CheckpointEntity).findOneBy({ id });
    if (!checkpoint) throw NotFound(CHECKPOINT_NOT_FOUND);
    return checkpoint;
  }

  /**
   * A report the viewer may read: its cohort share-locked with its members, then the report locked as
   * asked. NOT_FOUND both when it does not exist and when it is not the viewer's to read.
   */
  private async context(manager: EntityManager, viewer: Viewer, id: string, lock: 'pessimistic_read' | 'pessimistic_write'): Promise<ReportContext> {
    if (!isUuid(id)) throw NotFound(REPORT.notFound);
    const found = await manager.getRepository(FollowUpReportEntity).findOne({ select: { id: true, checkpointId: true }, where: { id } });
    if (!found) throw NotFound(REPORT.notFound);
    const checkpoint = await this.checkpoint(manager, found.checkpointId);
    const { cohort, members } = await this.cohorts.visibleCohort(manager, viewer, checkpoint.cohortId, REPORT.notFound);
    const report = await manager.getRepository(FollowUpReportEntity).findOne({ where: { id }, lock: { mode: lock } });
    if (!report || !this.policy.mayView(viewer, members, report.organizationId)) throw NotFound(REPORT.notFound);
    return { report, checkpoint, cohort, members };
  }

  /** Each goal once, and only the goals the report covers (the cohort's SHARED goals and the organisation's OWN). */
  private async checkAssessments(
    manager: EntityManager,
    cohortId: string,
    organizationId: string,
    input: SaveFollowUpReportInput,
  ): Promise<Pick<GoalAssessmentEntity, 'goalId' | 'status' | 'comment'>[]> {
    const goals = await reportGoals(manager, cohortId, organizationId);
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    const out: Pick<GoalAssessmentEntity, 'goalId' | 'status' | 'comment'>[] = [];
    (input.goalAssessments ?? []).forEach((a, i) => {
      if (!goals.some((g) => g.id === a.goalId)) problems.push({ field: `goalAssessments.${i}.goalId`, message: FollowUpErrors.goalNotInReport });
      else if (seen.has(a.goalId)) problems.push({ field: `goalAssessments.${i}.goalId`, message: FollowUpErrors.duplicateAssessment });
      else out.push({ goalId: a.goalId, status: a.status, comment: a.comment ?? null });
      seen.add(a.goalId);
    });
    if (problems.length) throw BadInputs(problems);
    return out;
  }
}
