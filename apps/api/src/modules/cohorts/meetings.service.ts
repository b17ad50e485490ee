import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { meetingsOpen } from '@modellkommuner/shared';
import { assertVersion, lockRow, saveVersioned } from '../../infrastructure/database/versioned-change';
import { BadInput, BadInputs, Conflict, Forbidden, NotFound } from '../../infrastructure/errors/app-error';
import { isUuid } from '../../infrastructure/graphql/ids';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { CohortAccess } from './cohort-access';
import { CohortErrors, MEETING } from './cohort.errors';
import { CohortPolicy } from './cohort.policy';
import { meetingKindTaken, meetingProblems } from './cohort-rules';
import { MeetingInput } from './dto/cohort.inputs';
import { CohortMemberEntity } from './entities/cohort-member.entity';
import { CohortEntity } from './entities/cohort.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { ReminderScheduler } from '../reminders/reminder-scheduler';

/** A new meeting's row (version 1, SEQUENCE 0 by the table's defaults). */
export function newMeetingRow(cohortId: string, input: MeetingInput) {
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

/**
 * A cohort's meetings: scheduled, moved and cancelled by process leaders, exchanges also by the mentor,
 * while the cohort's meetings are open. Moving and cancelling name the version the user read
 * (docs/api-conventions.md, "Versions"); every change bumps it, and the iCalendar SEQUENCE when
 * calendars must learn of it. Checks: visible (NOT_FOUND) → allowed (FORBIDDEN) → version (CONFLICT) → state.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: CohortPolicy,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
    private readonly reminders: ReminderScheduler,
  ) {}

  async schedule(viewer: Viewer, cohortId: string, input: MeetingInput): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { cohort, members } = await this.access.visibleCohort(manager, viewer, cohortId);
      if (!this.policy.mayManageMeeting(viewer, members, input.kind)) throw Forbidden(CohortErrors.mayNotSchedule);
      this.assertOpen(cohort);
      const problems = meetingProblems(input);
      if (problems.length) throw BadInputs(problems);
      const planned = await manager.getRepository(MeetingEntity).find({ select: { kind: true }, where: { cohortId, cancelledAt: IsNull() } });
      if (meetingKindTaken(input.kind, planned.map((m) => m.kind))) throw Conflict(CohortErrors.kindTaken(input.kind));
      const meetings = manager.getRepository(MeetingEntity);
      const meeting = await meetings.save(meetings.create(newMeetingRow(cohortId, input)));
      await this.audit.record(manager, { actorId: viewer.userId, action: 'meeting.schedule', entity: 'Meeting', entityId: meeting.id, after: meeting });
      await this.reminders.syncCohort(manager, cohortId);
      return meeting;
    });
  }

  /** Saves the whole meeting; moving or changing it bumps its iCalendar SEQUENCE. */
  async update(viewer: Viewer, id: string, version: number, input: MeetingInput): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, cohort, members } = await this.visibleMeeting(manager, viewer, id);
      if (!this.policy.mayManageMeeting(viewer, members, meeting.kind)) throw Forbidden(CohortErrors.mayNotChangeMeeting);
      assertVersion(meeting, version, MEETING);
      if (input.kind !== meeting.kind) throw BadInput('kind', CohortErrors.kindCannotChange);
      if (meeting.cancelledAt) throw Conflict(CohortErrors.meetingCancelledCannotChange);
      this.assertOpen(cohort);
      const problems = meetingProblems(input);
      if (problems.length) throw BadInputs(problems);
      const before = { ...meeting };
      const fields = {
        title: input.title,
        startsAt: input.startsAt,
        endsAt: input.endsAt ?? null,
        location: input.location ?? null,
        notes: input.notes ?? null,
      };
      const changed =
        (['title', 'location', 'notes'] as const).some((k) => before[k] !== fields[k]) ||
        before.startsAt.getTime() !== fields.startsAt.getTime() ||
        (before.endsAt?.getTime() ?? null) !== (fields.endsAt?.getTime() ?? null);
      const saved = await saveVersioned(manager, MeetingEntity, meeting, changed ? { ...fields, sequence: () => 'sequence + 1' } : fields, MEETING);
      await this.audit.record(manager, { actorId: viewer.userId, action: 'meeting.update', entity: 'Meeting', entityId: id, before, after: saved });
      await this.reminders.syncCohort(manager, meeting.cohortId);
      return saved;
    });
  }

  async cancel(viewer: Viewer, id: string, version: number, reasonInput: string): Promise<MeetingEntity> {
    const reason = reasonInput.trim();
    if (!reason) throw BadInput('reason', CohortErrors.meetingCancelReasonMissing);
    return this.dataSource.transaction(async (manager) => {
      const { meeting, cohort, members } = await this.visibleMeeting(manager, viewer, id);
      if (!this.policy.mayManageMeeting(viewer, members, meeting.kind)) throw Forbidden(CohortErrors.mayNotCancelMeeting);
      assertVersion(meeting, version, MEETING);
      if (meeting.cancelledAt) throw Conflict(CohortErrors.meetingAlreadyCancelled);
      this.assertOpen(cohort);
      const before = { ...meeting };
      const saved = await saveVersioned(
        manager,
        MeetingEntity,
        meeting,
        { cancelledAt: () => 'now()', cancelReason: reason, sequence: () => 'sequence + 1' },
        MEETING,
      );
      await this.audit.record(manager, { actorId: viewer.userId, action: 'meeting.cancel', entity: 'Meeting', entityId: id, reason, before, after: saved });
      await this.reminders.syncCohort(manager, meeting.cohortId);
      return saved;
    });
  }

  /** CONFLICT once the cohort is concluded or cancelled (libs/shared `meetingsOpen`). */
  private assertOpen(cohort: CohortEntity): void {
    if (!meetingsOpen(cohort.status)) throw Conflict(CohortErrors.meetingsClosed(cohort.status));
  }

  /**
   * The meeting, locked for update, with its cohort and members; NOT_FOUND when it does not exist or
   * its cohort is not the viewer's to see. The cohort is share-locked before the meeting is locked
   * (the order CohortsService keeps when it changes a cohort's meetings).
   */
  private async visibleMeeting(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<{ meeting: MeetingEntity; cohort: CohortEntity; members: CohortMemberEntity[] }> {
    if (!isUuid(id)) throw NotFound(MEETING.notFound);
    const found = await manager.getRepository(MeetingEntity).findOne({ select: { id: true, cohortId: true }, where: { id } });
    if (!found) throw NotFound(MEETING.notFound);
    const { cohort, members } = await this.access.visibleCohort(manager, viewer, found.cohortId, MEETING.notFound);
    const meeting = await lockRow(manager, MeetingEntity, id, MEETING);
    return { meeting, cohort, members };
  }
}
