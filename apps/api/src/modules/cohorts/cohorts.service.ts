import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import {
  ACTIVE_COHORT_STATUSES,
  addMonths,
  canTransition,
  CheckpointKind,
  COHORT_STATUS_SV,
  CohortStatus,
  MeetingKind,
  MemberRole,
  membershipOpen,
  stockholmClock,
  stockholmDate,
  stockholmTime,
  UserRole,
} from '@modellkommuner/shared';
import { BadInput, BadInputs, Conflict, Forbidden, NotFound } from '../../infrastructure/errors/app-error';
import { saveVersioned } from '../../infrastructure/database/versioned-change';
import { isUuid } from '../../infrastructure/graphql/ids';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { ProgrammeEntity } from '../programmes/entities/programme.entity';
import { CohortPolicy } from './cohort.policy';
import { compositionProblems, kindPlural, meetingProblems } from './cohort-rules';
import { CreateCohortInput, MeetingInput, UpdateCohortInput, WorkingGroupMemberInput } from './dto/cohort.inputs';
import { CheckpointEntity } from './entities/checkpoint.entity';
import { CohortMemberEntity } from './entities/cohort-member.entity';
import { CohortEntity } from './entities/cohort.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { WorkingGroupMemberEntity } from './entities/working-group-member.entity';

const COHORT_NOT_FOUND = 'Omgången hittades inte.';
const GATHERING_TIME = { starts: '10:00', ends: '15:00' };
/** meetings.title is varchar(200): a derived title must fit whatever name (up to 200 characters) it carries. */
const MEETING_TITLE_MAX = 200;

/** The closing gathering's title, shortened with an ellipsis when the cohort's name is long. */
export function gatheringTitle(cohortName: string): string {
  // By code points, as PostgreSQL counts them (and so that an emoji is never cut in half).
  const title = [...`Återsamling – ${cohortName}`];
  return title.length <= MEETING_TITLE_MAX ? title.join('') : `${title.slice(0, MEETING_TITLE_MAX - 1).join('')}…`;
}

@Injectable()
export class CohortsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: CohortPolicy,
    private readonly audit: AuditService,
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
    if (viewer.role !== UserRole.PROCESS_LEADER) {
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
    if (!isUuid(input.programmeId)) throw NotFound('Programmet hittades inte.');
    const mentorCode = input.mentorCode.trim();
    const menteeCodes = input.menteeCodes.map((code) => code.trim());
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.getRepository(ProgrammeEntity).findOneBy({ id: input.programmeId });
      if (!programme) throw NotFound('Programmet hittades inte.');
      const organizations = await manager.getRepository(OrganizationEntity).findBy({ code: In([mentorCode, ...menteeCodes]) });
      const byCode = new Map(organizations.map((o) => [o.code, o]));
      const followUpDueDate = input.followUpDueDate ?? addMonths(input.startDate, programme.followUpMonths);
      const problems = [
        ...compositionProblems(programme, mentorCode, menteeCodes, byCode),
        ...meetingProblems(input.startupMeeting, 'startupMeeting.', MeetingKind.STARTUP),
        ...(followUpDueDate <= input.startDate ? [{ field: 'followUpDueDate', message: 'Uppföljningen måste ligga efter startdatumet.' }] : []),
      ];
      if (problems.length) throw BadInputs(problems);

      const mentor = byCode.get(mentorCode) as OrganizationEntity;
      const mentees = [...new Set(menteeCodes)].map((code) => byCode.get(code) as OrganizationEntity);
      await this.lockProgramme(manager, programme.id);
      await this.assertFreeInProgramme(manager, programme.id, [mentor, ...mentees]);

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
        this.meetingRow(cohort.id, input.startupMeeting),
        {
          cohortId: cohort.id,
          kind: MeetingKind.GATHERING,
          title: gatheringTitle(cohort.name),
          startsAt: stockholmTime(followUpDueDate, GATHERING_TIME.starts),
          endsAt: stockholmTime(followUpDueDate, GATHERING_TIME.ends),
          location: 'SKR, Hornsgatan 20, Stockholm',
          notes: null,
          cancelledAt: null,
          cancelReason: null,
        },
      ]);
      await manager.getRepository(CheckpointEntity).insert({ cohortId: cohort.id, kind: CheckpointKind.ONE_YEAR, dueDate: followUpDueDate });
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'cohort.create',
        entity: 'Cohort',
        entityId: cohort.id,
        after: { ...cohort, mentor: mentor.code, mentees: mentees.map((o) => o.code).join(', ') },
      });
      return cohort;
    });
  }

  // ---- changing the cohort document (version-checked) -----------------------------------------

  async update(viewer: Viewer, id: string, version: number, input: UpdateCohortInput): Promise<CohortEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockForChange(manager, id, version);
      if (!ACTIVE_COHORT_STATUSES.includes(cohort.status)) {
        throw Conflict(`Omgången är ${COHORT_STATUS_SV[cohort.status]} och kan inte längre ändras.`);
      }
      const before = { ...cohort };
      const startDate = input.startDate ?? cohort.startDate;
      const followUpDueDate = input.followUpDueDate ?? cohort.followUpDueDate;
      if (followUpDueDate <= startDate) throw BadInput('followUpDueDate', 'Uppföljningen måste ligga efter startdatumet.');
      if (followUpDueDate !== cohort.followUpDueDate) await this.moveFollowUp(manager, cohort, followUpDueDate);
      const saved = await this.saveVersioned(manager, cohort, { name: input.name ?? cohort.name, startDate, followUpDueDate });
      await this.audit.record(manager, { actorId: viewer.userId, action: 'cohort.update', entity: 'Cohort', entityId: id, before, after: saved });
      return saved;
    });
  }

  /**
   * PLANNED → ACTIVE → FOLLOW_UP → CONCLUDED, or CANCELLED (with a reason) before CONCLUDED.
   * CONCLUDED needs every follow-up report approved, or a reason; until follow-up reports exist
   * in the platform, that means a reason.
   */
  async transition(viewer: Viewer, id: string, to: CohortStatus, version: number, reasonInput?: string | null): Promise<CohortEntity> {
    const reason = reasonInput?.trim() || null;
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockForChange(manager, id, version);
      if (!canTransition(cohort.status, to)) {
        throw Conflict(`En omgång kan inte gå från ${COHORT_STATUS_SV[cohort.status]} till ${COHORT_STATUS_SV[to]}.`);
      }
      if (to === CohortStatus.CANCELLED && !reason) throw BadInput('reason', 'Ange varför omgången avbryts.');
      if (to === CohortStatus.CONCLUDED && !reason) {
        throw BadInput('reason', 'Alla uppföljningsrapporter är inte godkända. Ange ett skäl för att avsluta omgången ändå.');
      }
      const before = { ...cohort };
      const saved = await this.saveVersioned(manager, cohort, { status: to });
      if (to === CohortStatus.CANCELLED) {
        // Calendars learn that the remaining meetings will not take place.
        await manager
          .createQueryBuilder()
          .update(MeetingEntity)
          .set({ cancelledAt: () => 'now()', cancelReason: `Omgången avbröts: ${reason}`, sequence: () => 'sequence + 1' })
          .where('cohort_id = :id AND cancelled_at IS NULL AND starts_at > now()', { id })
          .execute();
      }
      await this.audit.record(manager, { actorId: viewer.userId, action: 'cohort.transition', entity: 'Cohort', entityId: id, reason, before, after: saved });
      return saved;
    });
  }

  async addMentee(viewer: Viewer, cohortId: string, codeInput: string): Promise<CohortEntity> {
    const code = codeInput.trim();
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockCohort(manager, cohortId);
      if (!membershipOpen(cohort.status)) throw Conflict(`Omgången är ${COHORT_STATUS_SV[cohort.status]}; nya kan bara läggas till i planerade eller pågående omgångar.`);
      const programme = await manager.getRepository(ProgrammeEntity).findOneByOrFail({ id: cohort.programmeId });
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ code });
      if (!organization) throw BadInput('organizationCode', `Det finns ingen kommun eller region med koden "${code}".`);
      if (organization.kind !== programme.organizationKind) {
        throw BadInput('organizationCode', `${organization.name} kan inte vara med: ${programme.name} är för ${kindPlural(programme.organizationKind)}.`);
      }
      const members = manager.getRepository(CohortMemberEntity);
      const all = await members.findBy({ cohortId });
      const existing = all.find((m) => m.organizationId === organization.id);
      if (existing && existing.withdrawnAt === null) throw Conflict(`${organization.shortName} är redan med i omgången.`);
      const activeMentees = all.filter((m) => m.role === MemberRole.MENTEE && m.withdrawnAt === null).length;
      if (activeMentees >= programme.maxMentees) {
        throw Conflict(`Omgången har redan ${activeMentees} nya, det högsta antalet i ${programme.name}.`);
      }
      await this.lockProgramme(manager, programme.id);
      await this.assertFreeInProgramme(manager, programme.id, [organization], cohortId);
      if (existing) {
        await members.update({ id: existing.id }, { withdrawnAt: null, withdrawalReason: null });
      } else {
        await members.insert({ cohortId, organizationId: organization.id, role: MemberRole.MENTEE, withdrawnAt: null, withdrawalReason: null });
      }
      const saved = await this.saveVersioned(manager, cohort, {});
      await this.audit.record(manager, { actorId: viewer.userId, action: 'cohort.add_mentee', entity: 'Cohort', entityId: cohortId, after: { organizationCode: code } });
      return saved;
    });
  }

  async withdrawMember(viewer: Viewer, cohortId: string, codeInput: string, reasonInput: string): Promise<CohortEntity> {
    const code = codeInput.trim();
    const reason = reasonInput.trim();
    if (!reason) throw BadInput('reason', 'Ange varför organisationen lämnar omgången.');
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockCohort(manager, cohortId);
      if (!membershipOpen(cohort.status)) throw Conflict(`Omgången är ${COHORT_STATUS_SV[cohort.status]}; ingen kan lämna den nu.`);
      const programme = await manager.getRepository(ProgrammeEntity).findOneByOrFail({ id: cohort.programmeId });
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ code });
      const members = manager.getRepository(CohortMemberEntity);
      const all = await members.findBy({ cohortId });
      const member = organization ? all.find((m) => m.organizationId === organization.id && m.withdrawnAt === null) : undefined;
      if (!organization || !member) throw BadInput('organizationCode', `Organisationen med koden "${code}" är inte med i omgången.`);
      if (member.role === MemberRole.MENTOR) throw Conflict('Mentorn kan inte lämna omgången. Avbryt omgången i stället om den inte kan fortsätta.');
      const remaining = all.filter((m) => m.role === MemberRole.MENTEE && m.withdrawnAt === null).length - 1;
      if (remaining < programme.minMentees) {
        throw Conflict(`Omgången måste ha minst ${programme.minMentees} nya. Lägg till en ny innan ${organization.shortName} lämnar, eller avbryt omgången.`);
      }
      await members.update({ id: member.id }, { withdrawnAt: new Date(), withdrawalReason: reason });
      const saved = await this.saveVersioned(manager, cohort, {});
      await this.audit.record(manager, { actorId: viewer.userId, action: 'cohort.withdraw_member', entity: 'Cohort', entityId: cohortId, reason, after: { organizationCode: code } });
      return saved;
    });
  }

  // ---- working groups --------------------------------------------------------------------------

  /** Saves an organisation's whole working group. Its own members and process leaders may. */
  async setWorkingGroup(viewer: Viewer, cohortId: string, codeInput: string, people: WorkingGroupMemberInput[]): Promise<CohortMemberEntity> {
    if (people.length > 30) throw BadInput('members', 'En arbetsgrupp får ha högst 30 personer.');
    return this.dataSource.transaction(async (manager) => {
      const { members } = await this.visibleCohort(manager, viewer, cohortId);
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ code: codeInput.trim() });
      const member = organization ? members.find((m) => m.organizationId === organization.id && m.withdrawnAt === null) : undefined;
      if (!organization || !member) throw BadInput('organizationCode', `Organisationen med koden "${codeInput}" är inte med i omgången.`);
      if (!this.policy.mayEditWorkingGroup(viewer, members, organization.id)) throw Forbidden('Du kan bara ändra din egen organisations arbetsgrupp.');
      const repo = manager.getRepository(WorkingGroupMemberEntity);
      const before = await repo.find({ where: { cohortMemberId: member.id }, order: { position: 'ASC' } });
      await repo.delete({ cohortMemberId: member.id });
      if (people.length) {
        await repo.insert(
          people.map((p, position) => ({ cohortMemberId: member.id, name: p.name, title: p.title ?? null, role: p.role, email: p.email?.toLowerCase() ?? null, position })),
        );
      }
      const describe = (rows: { name: string; role: string; title?: string | null; email?: string | null }[]) => ({
        people: rows.map((r) => `${r.name} (${r.role}${r.title ? `, ${r.title}` : ''}${r.email ? `, ${r.email}` : ''})`).join('; '),
      });
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'cohort.set_working_group',
        entity: 'CohortMember',
        entityId: member.id,
        before: describe(before),
        after: describe(people),
      });
      return member;
    });
  }

  // ---- meetings --------------------------------------------------------------------------------

  async scheduleMeeting(viewer: Viewer, cohortId: string, input: MeetingInput): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { cohort, members } = await this.visibleCohort(manager, viewer, cohortId);
      if (!this.policy.mayManageMeeting(viewer, members, input.kind)) {
        throw Forbidden('Mentorn kan bara planera erfarenhetsutbyten; övriga möten planeras av processledaren.');
      }
      this.assertOpenForMeetings(cohort);
      const problems = meetingProblems(input);
      if (problems.length) throw BadInputs(problems);
      if (input.kind !== MeetingKind.EXCHANGE) {
        const same = await manager.getRepository(MeetingEntity).existsBy({ cohortId, kind: input.kind, cancelledAt: IsNull() });
        if (same) throw Conflict(input.kind === MeetingKind.STARTUP ? 'Omgången har redan ett uppstartsmöte; flytta det i stället.' : 'Omgången har redan en återsamling; flytta den i stället.');
      }
      const meeting = await manager.getRepository(MeetingEntity).save(manager.getRepository(MeetingEntity).create(this.meetingRow(cohortId, input)));
      await this.audit.record(manager, { actorId: viewer.userId, action: 'meeting.schedule', entity: 'Meeting', entityId: meeting.id, after: meeting });
      return meeting;
    });
  }

  /** Saves the whole meeting; moving or changing it bumps its iCalendar SEQUENCE. */
  async updateMeeting(viewer: Viewer, id: string, input: MeetingInput): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, cohort, members } = await this.visibleMeeting(manager, viewer, id);
      if (!this.policy.mayManageMeeting(viewer, members, meeting.kind)) throw Forbidden('Du kan inte ändra det här mötet.');
      if (input.kind !== meeting.kind) throw BadInput('kind', 'Typen av möte kan inte ändras. Ställ in mötet och planera ett nytt i stället.');
      if (meeting.cancelledAt) throw Conflict('Mötet är inställt och kan inte ändras.');
      this.assertOpenForMeetings(cohort);
      const problems = meetingProblems(input);
      if (problems.length) throw BadInputs(problems);
      const before = { ...meeting };
      Object.assign(meeting, {
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt ?? null,
        location: input.location ?? null,
        notes: input.notes ?? null,
      });
      const changed = (['title', 'location', 'notes'] as const).some((k) => before[k] !== meeting[k]) ||
        before.startsAt.getTime() !== meeting.startsAt.getTime() ||
        (before.endsAt?.getTime() ?? null) !== (meeting.endsAt?.getTime() ?? null);
      if (changed) meeting.sequence += 1;
      const saved = await manager.getRepository(MeetingEntity).save(meeting);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'meeting.update', entity: 'Meeting', entityId: id, before, after: saved });
      return saved;
    });
  }

  async cancelMeeting(viewer: Viewer, id: string, reasonInput: string): Promise<MeetingEntity> {
    const reason = reasonInput.trim();
    if (!reason) throw BadInput('reason', 'Ange varför mötet ställs in.');
    return this.dataSource.transaction(async (manager) => {
      const { meeting, members } = await this.visibleMeeting(manager, viewer, id);
      if (!this.policy.mayManageMeeting(viewer, members, meeting.kind)) throw Forbidden('Du kan inte ställa in det här mötet.');
      if (meeting.cancelledAt) throw Conflict('Mötet är redan inställt.');
      const before = { ...meeting };
      Object.assign(meeting, { cancelledAt: new Date(), cancelReason: reason, sequence: meeting.sequence + 1 });
      const saved = await manager.getRepository(MeetingEntity).save(meeting);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'meeting.cancel', entity: 'Meeting', entityId: id, reason, before, after: saved });
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
        const saved = await this.saveVersioned(manager, cohort, { status: CohortStatus.FOLLOW_UP });
        await this.audit.record(manager, {
          actorId: null,
          action: 'cohort.transition',
          entity: 'Cohort',
          entityId: cohort.id,
          reason: `Uppföljningsdatumet ${cohort.followUpDueDate} har passerat`,
          before,
          after: saved,
        });
      }
      return due.map((c) => c.id);
    });
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private meetingRow(cohortId: string, input: MeetingInput) {
    return {
      cohortId,
      kind: input.kind,
      title: input.title,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      location: input.location ?? null,
      notes: input.notes ?? null,
      cancelledAt: null,
      cancelReason: null,
    };
  }

  private assertOpenForMeetings(cohort: CohortEntity): void {
    if (cohort.status === CohortStatus.CONCLUDED || cohort.status === CohortStatus.CANCELLED) {
      throw Conflict(`Omgången är ${COHORT_STATUS_SV[cohort.status]}; dess möten kan inte längre ändras.`);
    }
  }

  /** Serialises cohort compositions within a programme, so two concurrent cohorts cannot both take an organisation. */
  private async lockProgramme(manager: EntityManager, programmeId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`programme-cohorts:${programmeId}`]);
  }

  private async assertFreeInProgramme(manager: EntityManager, programmeId: string, organizations: OrganizationEntity[], exceptCohortId?: string): Promise<void> {
    const busy: { organization_id: string; name: string }[] = await manager.query(
      `SELECT m.organization_id, c.name
         FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
        WHERE c.programme_id = $1 AND c.status = ANY($2::cohort_status[]) AND m.withdrawn_at IS NULL
          AND m.organization_id = ANY($3::uuid[]) AND ($4::uuid IS NULL OR c.id <> $4)`,
      [programmeId, ACTIVE_COHORT_STATUSES, organizations.map((o) => o.id), exceptCohortId ?? null],
    );
    if (busy.length === 0) return;
    const names = busy.map((b) => {
      const organization = organizations.find((o) => o.id === b.organization_id);
      return `${organization?.shortName ?? 'Organisationen'} deltar redan i en pågående omgång i detta program (${b.name}).`;
    });
    throw Conflict(names.join(' '));
  }

  private async lockCohort(manager: EntityManager, id: string): Promise<CohortEntity> {
    if (!isUuid(id)) throw NotFound(COHORT_NOT_FOUND);
    const cohort = await manager.getRepository(CohortEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!cohort) throw NotFound(COHORT_NOT_FOUND);
    return cohort;
  }

  private async lockForChange(manager: EntityManager, id: string, version: number): Promise<CohortEntity> {
    const cohort = await this.lockCohort(manager, id);
    if (cohort.version !== version) {
      throw Conflict(`Omgången har ändrats sedan du läste den (din version ${version}, nu ${cohort.version}). Ladda om sidan och försök igen.`);
    }
    return cohort;
  }

  private saveVersioned(manager: EntityManager, cohort: CohortEntity, changes: Partial<CohortEntity>): Promise<CohortEntity> {
    return saveVersioned(manager, CohortEntity, cohort, changes, { noun: 'Omgången', pronoun: 'den', notFound: COHORT_NOT_FOUND });
  }

  private async moveFollowUp(manager: EntityManager, cohort: CohortEntity, dueDate: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(CheckpointEntity)
      .set({ dueDate, sequence: () => 'sequence + 1' })
      .where('cohort_id = :id AND kind = :kind', { id: cohort.id, kind: CheckpointKind.ONE_YEAR })
      .execute();
    // The gathering follows the follow-up date while it still sits on it (keeping its time of day).
    const gatherings = await manager.getRepository(MeetingEntity).findBy({ cohortId: cohort.id, kind: MeetingKind.GATHERING, cancelledAt: IsNull() });
    for (const gathering of gatherings) {
      if (stockholmDate(gathering.startsAt) !== cohort.followUpDueDate) continue;
      gathering.startsAt = stockholmTime(dueDate, stockholmClock(gathering.startsAt));
      gathering.endsAt = gathering.endsAt ? stockholmTime(dueDate, stockholmClock(gathering.endsAt)) : null;
      gathering.sequence += 1;
      await manager.getRepository(MeetingEntity).save(gathering);
    }
  }

  /** The cohort and its members, or NOT_FOUND when it does not exist or the viewer may not see it. */
  private async visibleCohort(manager: EntityManager, viewer: Viewer, cohortId: string): Promise<{ cohort: CohortEntity; members: CohortMemberEntity[] }> {
    if (!isUuid(cohortId)) throw NotFound(COHORT_NOT_FOUND);
    const cohort = await manager.getRepository(CohortEntity).findOne({ where: { id: cohortId }, lock: { mode: 'pessimistic_read' } });
    if (!cohort) throw NotFound(COHORT_NOT_FOUND);
    const members = await manager.getRepository(CohortMemberEntity).findBy({ cohortId });
    if (!this.policy.canView(viewer, members)) throw NotFound(COHORT_NOT_FOUND);
    return { cohort, members };
  }

  private async visibleMeeting(manager: EntityManager, viewer: Viewer, id: string) {
    if (!isUuid(id)) throw NotFound('Mötet hittades inte.');
    const meeting = await manager.getRepository(MeetingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!meeting) throw NotFound('Mötet hittades inte.');
    const { cohort, members } = await this.visibleCohort(manager, viewer, meeting.cohortId).catch(() => {
      throw NotFound('Mötet hittades inte.');
    });
    return { meeting, cohort, members };
  }
}
