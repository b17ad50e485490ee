import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import {
  addMonths,
  canTransition,
  CheckpointKind,
  cohortEditable,
  CohortStatus,
  MeetingKind,
  MemberRole,
  stockholmClock,
  stockholmDate,
  stockholmTime,
  transitionNeedsReason,
} from '@modellkommuner/shared';
import { lockVersioned, saveVersioned } from '../../infrastructure/database/versioned-change';
import { BadInput, BadInputs, Conflict, Forbidden, NotFound } from '../../infrastructure/errors/app-error';
import { isUuid } from '../../infrastructure/graphql/ids';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { ProgrammeEntity } from '../programmes/entities/programme.entity';
import { assertFreeInProgramme, lockProgramme } from './cohort-access';
import { COHORT, CohortErrors, MEETING } from './cohort.errors';
import { CohortPolicy } from './cohort.policy';
import { compositionProblems, meetingProblems } from './cohort-rules';
import { CreateCohortInput, UpdateCohortInput } from './dto/cohort.inputs';
import { graduateMentees, isFollowUpComplete } from '../follow-up/conclusion';
import { FollowUpErrors } from '../follow-up/follow-up.errors';
import { CheckpointEntity } from './entities/checkpoint.entity';
import { CohortMemberEntity } from './entities/cohort-member.entity';
import { CohortEntity } from './entities/cohort.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { newMeetingRow } from './meetings.service';
import { ReminderScheduler } from '../reminders/reminder-scheduler';

const GATHERING = { starts: '10:00', ends: '15:00', location: 'SKR, Hornsgatan 20, Stockholm' };
/** meetings.title is varchar(200): a derived title must fit whatever name (up to 200 characters) it carries. */
const MEETING_TITLE_MAX = 200;

/** The closing gathering's title, shortened with an ellipsis when the cohort's name is long. */
export function gatheringTitle(cohortName: string): string {
  // By code points, as PostgreSQL counts them (and so that an emoji is never cut in half).
  const title = [...`Återsamling – ${cohortName}`];
  return title.length <= MEETING_TITLE_MAX ? title.join('') : `${title.slice(0, MEETING_TITLE_MAX - 1).join('')}…`;
}

/**
 * The cohort itself: listing, creating, the cohort document (name and dates) and its lifecycle, and
 * the nightly move to FOLLOW_UP. Members and working groups: CohortMembersService; meetings:
 * MeetingsService. Who may: CohortPolicy. Checks run in one order: visible (NOT_FOUND), allowed
 * (FORBIDDEN), version (CONFLICT), then the state rules — except that managing cohorts is decided by
 * the viewer alone, so it is refused first and the refusal says nothing about the cohort.
 */
@Injectable()
export class CohortsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: CohortPolicy,
    private readonly audit: AuditService,
    private readonly reminders: ReminderScheduler,
  ) {}

  // ---- reading ---------------------------------------------------------------------------------

  /** Cohorts the viewer may see: all for process leaders, their organisation's for members. */
  async list(viewer: Viewer, filter: { programmeId?: string; status?: CohortStatus }): Promise<CohortEntity[]> {
    const query = this.dataSource.getRepository(CohortEntity).createQueryBuilder('c').orderBy('c.start_date', 'DESC').addOrderBy('c.name', 'ASC');
    if (filter.programmeId) {
      if (!isUuid(filter.programmeId)) return [];
      query.andWhere('c.programme_id = :programmeId', { programmeId: filter.programmeId });
    }
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (!this.policy.seesAllCohorts(viewer)) {
      // CohortPolicy.mayView in SQL: the viewer's organisation is in the cohort and has not left.
      query.andWhere(
        'EXISTS (SELECT 1 FROM cohort_members m WHERE m.cohort_id = c.id AND m.organization_id = :org AND m.withdrawn_at IS NULL)',
        { org: viewer.organizationId },
      );
    }
    return query.getMany();
  }

  // ---- creating --------------------------------------------------------------------------------

  /**
   * One transaction creates the cohort, its members, the start-up meeting, the one-year checkpoint
   * and the closing gathering on the checkpoint date (10:00 Stockholm). Any broken rule creates nothing.
   */
  async create(viewer: Viewer, input: CreateCohortInput): Promise<CohortEntity> {
    if (!this.policy.mayManageCohorts(viewer)) throw Forbidden();
    if (!isUuid(input.programmeId)) throw NotFound(CohortErrors.programmeNotFound);
    const mentorCode = input.mentorCode.trim();
    const menteeCodes = input.menteeCodes.map((code) => code.trim());
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.getRepository(ProgrammeEntity).findOneBy({ id: input.programmeId });
      if (!programme) throw NotFound(CohortErrors.programmeNotFound);
      const organizations = await manager.getRepository(OrganizationEntity).findBy({ code: In([mentorCode, ...menteeCodes]) });
      const byCode = new Map(organizations.map((o) => [o.code, o]));
      const followUpDueDate = input.followUpDueDate ?? addMonths(input.startDate, programme.followUpMonths);
      const problems = [
        ...compositionProblems(programme, mentorCode, menteeCodes, byCode),
        ...meetingProblems(input.startupMeeting, 'startupMeeting.', MeetingKind.STARTUP),
        ...(followUpDueDate <= input.startDate ? [{ field: 'followUpDueDate', message: CohortErrors.followUpBeforeStart }] : []),
      ];
      if (problems.length) throw BadInputs(problems);

      const mentor = byCode.get(mentorCode) as OrganizationEntity;
      const mentees = [...new Set(menteeCodes)].map((code) => byCode.get(code) as OrganizationEntity);
      await lockProgramme(manager, programme.id);
      await assertFreeInProgramme(manager, programme.id, [mentor, ...mentees]);

      const cohort = await manager.getRepository(CohortEntity).save(
        manager.getRepository(CohortEntity).create({
          programmeId: programme.id,
          name: input.name,
          status: CohortStatus.PLANNED,
          startDate: input.startDate,
          followUpDueDate,
          processLeaderId: viewer.userId,
          version: 1,
        }),
      );
      await manager.getRepository(CohortMemberEntity).insert([
        { cohortId: cohort.id, organizationId: mentor.id, role: MemberRole.MENTOR, withdrawnAt: null, withdrawalReason: null },
        ...mentees.map((o) => ({ cohortId: cohort.id, organizationId: o.id, role: MemberRole.MENTEE, withdrawnAt: null, withdrawalReason: null })),
      ]);
      await manager.getRepository(MeetingEntity).insert([
        newMeetingRow(cohort.id, input.startupMeeting),
        newMeetingRow(cohort.id, {
          kind: MeetingKind.GATHERING,
          title: gatheringTitle(cohort.name),
          startsAt: stockholmTime(followUpDueDate, GATHERING.starts),
          endsAt: stockholmTime(followUpDueDate, GATHERING.ends),
          location: GATHERING.location,
        }),
      ]);
      await manager.getRepository(CheckpointEntity).insert({ cohortId: cohort.id, kind: CheckpointKind.ONE_YEAR, dueDate: followUpDueDate });
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'cohort.create',
        entity: 'Cohort',
        entityId: cohort.id,
        after: { ...cohort, mentor: mentor.code, mentees: mentees.map((o) => o.code).join(', ') },
      });
      await this.reminders.syncCohort(manager, cohort.id);
      return cohort;
    });
  }

  // ---- changing the cohort document (version-checked) -----------------------------------------

  async update(viewer: Viewer, id: string, version: number, input: UpdateCohortInput): Promise<CohortEntity> {
    if (!this.policy.mayManageCohorts(viewer)) throw Forbidden();
    return this.dataSource.transaction(async (manager) => {
      const cohort = await lockVersioned(manager, CohortEntity, id, version, COHORT);
      if (!cohortEditable(cohort.status)) throw Conflict(CohortErrors.notEditable(cohort.status));
      const before = { ...cohort };
      const startDate = input.startDate ?? cohort.startDate;
      const followUpDueDate = input.followUpDueDate ?? cohort.followUpDueDate;
      if (followUpDueDate <= startDate) throw BadInput('followUpDueDate', CohortErrors.followUpBeforeStart);
      if (followUpDueDate !== cohort.followUpDueDate) {
        // The MIDTERM checkpoint stays before the ONE_YEAR one (addCheckpoint keeps it so from the other side).
        const midterm = await manager.getRepository(CheckpointEntity).findOneBy({ cohortId: cohort.id, kind: CheckpointKind.MIDTERM });
        if (midterm && followUpDueDate <= midterm.dueDate) throw BadInput('followUpDueDate', FollowUpErrors.oneYearNotAfterMidterm(midterm.dueDate));
        await this.moveFollowUp(manager, cohort, followUpDueDate);
      }
      const saved = await saveVersioned(manager, CohortEntity, cohort, { name: input.name ?? cohort.name, startDate, followUpDueDate }, COHORT);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'cohort.update', entity: 'Cohort', entityId: id, before, after: saved });
      await this.reminders.syncCohort(manager, id);
      return saved;
    });
  }

  /**
   * PLANNED → ACTIVE → FOLLOW_UP → CONCLUDED, or CANCELLED (with a reason) before CONCLUDED.
   * CONCLUDED needs every current member's ONE_YEAR report approved, or a reason; concluding graduates
   * the mentees whose ONE_YEAR report is approved (mentor-eligible, lineage recorded), in the same
   * transaction (follow-up/conclusion.ts).
   */
  async transition(viewer: Viewer, id: string, to: CohortStatus, version: number, reasonInput?: string | null): Promise<CohortEntity> {
    if (!this.policy.mayManageCohorts(viewer)) throw Forbidden();
    const reason = reasonInput?.trim() || null;
    return this.dataSource.transaction(async (manager) => {
      const cohort = await lockVersioned(manager, CohortEntity, id, version, COHORT);
      if (!canTransition(cohort.status, to)) throw Conflict(CohortErrors.cannotTransition(cohort.status, to));
      const complete = to === CohortStatus.CONCLUDED && (await isFollowUpComplete(manager, id, await manager.getRepository(CohortMemberEntity).findBy({ cohortId: id })));
      if (transitionNeedsReason(to, complete) && !reason) {
        throw BadInput('reason', to === CohortStatus.CANCELLED ? CohortErrors.cancelReasonMissing : CohortErrors.concludeReasonMissing);
      }
      const before = { ...cohort };
      const saved = await saveVersioned(manager, CohortEntity, cohort, { status: to }, COHORT);
      if (to === CohortStatus.CANCELLED) {
        // Calendars learn that the remaining meetings will not take place; open forms learn that they changed.
        await manager
          .createQueryBuilder()
          .update(MeetingEntity)
          .set({
            cancelledAt: () => 'now()',
            cancelReason: CohortErrors.meetingCancelledWithCohort(reason as string),
            sequence: () => 'sequence + 1',
            version: () => 'version + 1',
          })
          .where('cohort_id = :id AND cancelled_at IS NULL AND starts_at > now()', { id })
          .execute();
      }
      await this.audit.record(manager, { actorId: viewer.userId, action: 'cohort.transition', entity: 'Cohort', entityId: id, reason, before, after: saved });
      if (to === CohortStatus.CONCLUDED) await graduateMentees(manager, this.audit, saved, viewer.userId);
      await this.reminders.syncCohort(manager, id);
      return saved;
    });
  }

  // ---- the scheduled job -------------------------------------------------------------------------

  /** ACTIVE cohorts whose follow-up date has come (Stockholm time) move to FOLLOW_UP. Safe to run twice. */
  async advanceDueCohorts(now = new Date()): Promise<string[]> {
    const today = stockholmDate(now);
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .getRepository(CohortEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.status = :status AND c.follow_up_due_date <= :today', { status: CohortStatus.ACTIVE, today })
        .getMany();
      for (const cohort of due) {
        const before = { ...cohort };
        const saved = await saveVersioned(manager, CohortEntity, cohort, { status: CohortStatus.FOLLOW_UP }, COHORT);
        await this.audit.record(manager, {
          actorId: null,
          action: 'cohort.transition',
          entity: 'Cohort',
          entityId: cohort.id,
          reason: CohortErrors.followUpDatePassed(cohort.followUpDueDate),
          before,
          after: saved,
        });
      }
      return due.map((c) => c.id);
    });
  }

  // ---- helpers -----------------------------------------------------------------------------------

  /** The checkpoint moves; the gathering follows while it still sits on the old date (keeping its time of day). */
  private async moveFollowUp(manager: EntityManager, cohort: CohortEntity, dueDate: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(CheckpointEntity)
      .set({ dueDate, sequence: () => 'sequence + 1' })
      .where('cohort_id = :id AND kind = :kind', { id: cohort.id, kind: CheckpointKind.ONE_YEAR })
      .execute();
    // The cohort is locked for update: no meeting of it can change meanwhile (MeetingsService share-locks it first).
    const gatherings = await manager.getRepository(MeetingEntity).findBy({ cohortId: cohort.id, kind: MeetingKind.GATHERING, cancelledAt: IsNull() });
    for (const gathering of gatherings) {
      if (stockholmDate(gathering.startsAt) !== cohort.followUpDueDate) continue;
      const changes = {
        startsAt: stockholmTime(dueDate, stockholmClock(gathering.startsAt)),
        endsAt: gathering.endsAt ? stockholmTime(dueDate, stockholmClock(gathering.endsAt)) : null,
        sequence: () => 'sequence + 1',
      };
      await saveVersioned(manager, MeetingEntity, gathering, changes, MEETING);
    }
  }
}
