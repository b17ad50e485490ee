import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MemberRole, membershipOpen } from '@modellkommuner/shared';
import { lockRow, saveVersioned, versionConflict } from '../../infrastructure/database/versioned-change';
import { BadInput, Conflict, Forbidden } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { ProgrammeEntity } from '../programmes/entities/programme.entity';
import { assertFreeInProgramme, CohortAccess, lockProgramme } from './cohort-access';
import { COHORT, CohortErrors, WORKING_GROUP } from './cohort.errors';
import { CohortPolicy } from './cohort.policy';
import { WorkingGroupMemberInput } from './dto/cohort.inputs';
import { CohortMemberEntity } from './entities/cohort-member.entity';
import { CohortEntity } from './entities/cohort.entity';
import { WorkingGroupMemberEntity } from './entities/working-group-member.entity';
import { ReminderScheduler } from '../reminders/reminder-scheduler';

const WORKING_GROUP_MAX = 30;

/**
 * Who is in a cohort: mentees join and leave (process leaders, while membership is open), and each
 * organisation keeps its working group. A change of members is a change of the cohort: its version goes up;
 * a working group has a version of its own.
 */
@Injectable()
export class CohortMembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: CohortPolicy,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
    private readonly reminders: ReminderScheduler,
  ) {}

  async addMentee(viewer: Viewer, cohortId: string, codeInput: string): Promise<CohortEntity> {
    if (!this.policy.mayManageCohorts(viewer)) throw Forbidden();
    const code = codeInput.trim();
    return this.dataSource.transaction(async (manager) => {
      const cohort = await lockRow(manager, CohortEntity, cohortId, COHORT);
      if (!membershipOpen(cohort.status)) throw Conflict(CohortErrors.joiningClosed(cohort.status));
      const programme = await manager.getRepository(ProgrammeEntity).findOneByOrFail({ id: cohort.programmeId });
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ code });
      if (!organization) throw BadInput('organizationCode', CohortErrors.unknownOrganization(code));
      if (organization.kind !== programme.organizationKind) {
        throw BadInput('organizationCode', CohortErrors.cannotJoin(organization.name, programme.name, programme.organizationKind));
      }
      const members = manager.getRepository(CohortMemberEntity);
      const all = await members.findBy({ cohortId });
      const existing = all.find((m) => m.organizationId === organization.id);
      if (existing && existing.withdrawnAt === null) throw Conflict(CohortErrors.alreadyMember(organization.shortName));
      const activeMentees = all.filter((m) => m.role === MemberRole.MENTEE && m.withdrawnAt === null).length;
      if (activeMentees >= programme.maxMentees) throw Conflict(CohortErrors.menteesFull(activeMentees, programme.name));
      await lockProgramme(manager, programme.id);
      await assertFreeInProgramme(manager, programme.id, [organization], cohortId);
      if (existing) {
        await members.update({ id: existing.id }, { withdrawnAt: null, withdrawalReason: null });
      } else {
        await members.insert({ cohortId, organizationId: organization.id, role: MemberRole.MENTEE, withdrawnAt: null, withdrawalReason: null });
      }
      const saved = await saveVersioned(manager, CohortEntity, cohort, {}, COHORT);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'cohort.add_mentee', entity: 'Cohort', entityId: cohortId, after: { organizationCode: code } });
      await this.reminders.syncCohort(manager, cohortId);
      return saved;
    });
  }

  async withdrawMember(viewer: Viewer, cohortId: string, codeInput: string, reasonInput: string): Promise<CohortEntity> {
    if (!this.policy.mayManageCohorts(viewer)) throw Forbidden();
    const code = codeInput.trim();
    const reason = reasonInput.trim();
    if (!reason) throw BadInput('reason', CohortErrors.withdrawReasonMissing);
    return this.dataSource.transaction(async (manager) => {
      const cohort = await lockRow(manager, CohortEntity, cohortId, COHORT);
      if (!membershipOpen(cohort.status)) throw Conflict(CohortErrors.leavingClosed(cohort.status));
      const programme = await manager.getRepository(ProgrammeEntity).findOneByOrFail({ id: cohort.programmeId });
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ code });
      const members = manager.getRepository(CohortMemberEntity);
      const all = await members.findBy({ cohortId });
      const member = organization ? all.find((m) => m.organizationId === organization.id && m.withdrawnAt === null) : undefined;
      if (!organization || !member) throw BadInput('organizationCode', CohortErrors.notAMember(code));
      if (member.role === MemberRole.MENTOR) throw Conflict(CohortErrors.mentorCannotLeave);
      const remaining = all.filter((m) => m.role === MemberRole.MENTEE && m.withdrawnAt === null).length - 1;
      if (remaining < programme.minMentees) throw Conflict(CohortErrors.tooFewMentees(programme.minMentees, organization.shortName));
      await members.update({ id: member.id }, { withdrawnAt: new Date(), withdrawalReason: reason });
      const saved = await saveVersioned(manager, CohortEntity, cohort, {}, COHORT);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'cohort.withdraw_member', entity: 'Cohort', entityId: cohortId, reason, after: { organizationCode: code } });
      await this.reminders.syncCohort(manager, cohortId);
      return saved;
    });
  }

  /**
   * Saves an organisation's whole working group, on top of the version the user read (docs/api-conventions.md,
   * "Versions"). Its own members and process leaders may. Checks: visible (NOT_FOUND) → a current member
   * organisation (BAD_USER_INPUT) → allowed (FORBIDDEN) → the version read (CONFLICT); a working group may be
   * kept in every status of the cohort, so no state check follows. Every save raises the version by one.
   */
  async setWorkingGroup(
    viewer: Viewer,
    cohortId: string,
    codeInput: string,
    version: number,
    people: WorkingGroupMemberInput[],
  ): Promise<CohortMemberEntity> {
    if (people.length > WORKING_GROUP_MAX) throw BadInput('members', CohortErrors.workingGroupTooLarge);
    return this.dataSource.transaction(async (manager) => {
      const { members } = await this.access.visibleCohort(manager, viewer, cohortId, WORKING_GROUP.notFound);
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ code: codeInput.trim() });
      const member = organization ? members.find((m) => m.organizationId === organization.id && m.withdrawnAt === null) : undefined;
      if (!organization || !member) throw BadInput('organizationCode', CohortErrors.notAMember(codeInput));
      if (!this.policy.mayEditWorkingGroup(viewer, members, organization.id)) throw Forbidden(CohortErrors.workingGroupNotYours);
      // Locked until the transaction ends: a second save waits here, then finds the version raised.
      const memberships = manager.getRepository(CohortMemberEntity);
      const locked = await memberships.findOneOrFail({ where: { id: member.id }, lock: { mode: 'pessimistic_write' } });
      if (locked.workingGroupVersion !== version) throw versionConflict(WORKING_GROUP, locked.workingGroupVersion);
      const repo = manager.getRepository(WorkingGroupMemberEntity);
      const before = await repo.find({ where: { cohortMemberId: member.id }, order: { position: 'ASC' } });
      await repo.delete({ cohortMemberId: member.id });
      if (people.length) {
        await repo.insert(
          people.map((p, position) => ({ cohortMemberId: member.id, name: p.name, title: p.title ?? null, role: p.role, email: p.email?.toLowerCase() ?? null, position })),
        );
      }
      await memberships.update({ id: member.id }, { workingGroupVersion: () => 'working_group_version + 1' });
      const describe = (rows: { name: string; role: string; title?: string | null; email?: string | null }[], atVersion: number) => ({
        people: rows.map((r) => `${r.name} (${r.role}${r.title ? `, ${r.title}` : ''}${r.email ? `, ${r.email}` : ''})`).join('; '),
        workingGroupVersion: atVersion,
      });
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'cohort.set_working_group',
        entity: 'CohortMember',
        entityId: member.id,
        before: describe(before, version),
        after: describe(people, version + 1),
      });
      return memberships.findOneByOrFail({ id: member.id });
    });
  }
}
