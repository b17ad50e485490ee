import { EntityManager } from 'typeorm';
import { daysBetween, MemberRole, ReminderAudience, reminderAudience, ReminderKind, stockholmDate } from '@modellkommuner/shared';
import { ReminderEntity } from './entities/reminder.entity';

export interface Recipient {
  id: string;
  email: string;
  name: string;
}

type RowFacts = Pick<ReminderEntity, 'kind' | 'cohortId' | 'organizationId' | 'organizationIds' | 'subjectId' | 'dueAt'>;

/**
 * Whom a reminder goes to, from the state at the moment it is sent (docs/domain.md, "Reminders"): a
 * colleague invited after the cohort began is included, a deactivated account or a withdrawn member is not.
 */
export async function audienceOf(
  manager: EntityManager,
  row: RowFacts,
  /** The cohort's current members when the caller has read them (a list of one cohort's reminders). */
  knownMembers?: readonly { organizationId: string; role: MemberRole }[],
): Promise<{ audience: ReminderAudience; organizationIds: string[] }> {
  const members = knownMembers ?? (row.cohortId ? await currentMembers(manager, row.cohortId) : []);
  const mentor = members.find((m) => m.role === MemberRole.MENTOR)?.organizationId ?? null;
  let daysOverdue = 0;
  if (row.kind === ReminderKind.FOLLOW_UP_OVERDUE && row.subjectId) {
    const [checkpoint] = await manager.query<
      {
        dueDate: string;
      }[]
    >(`SELECT to_char(due_date, 'YYYY-MM-DD') AS "dueDate" FROM checkpoints WHERE id = $1`, [row.subjectId]);
    if (checkpoint) daysOverdue = daysBetween(checkpoint.dueDate, stockholmDate(row.dueAt));
  }
  const audience = reminderAudience(row.kind, {
    daysOverdue,
    reviewedByProcessLeader: row.organizationId !== null && row.organizationId === mentor,
  });
  const current = new Set(members.map((m) => m.organizationId));
  const organizationIds = new Set<string>();
  if (audience.wholeCohort) members.forEach((m) => organizationIds.add(m.organizationId));
  if (audience.ownOrganization && row.organizationId && current.has(row.organizationId)) organizationIds.add(row.organizationId);
  if (audience.reviewer && mentor) organizationIds.add(mentor);
  if (audience.chosen) (row.organizationIds ?? []).filter((id) => current.has(id)).forEach((id) => organizationIds.add(id));
  return { audience, organizationIds: [...organizationIds] };
}

/** The active accounts a reminder goes to, in a stable order. */
export async function recipientsOf(manager: EntityManager, row: RowFacts): Promise<Recipient[]> {
  const { audience, organizationIds } = await audienceOf(manager, row);
  if (!organizationIds.length && !audience.processLeaders) return [];
  return await manager.query<Recipient[]>(
    `SELECT id, email, name FROM users
      WHERE active AND (organization_id = ANY($1::uuid[]) OR ($2 AND role = 'PROCESS_LEADER'))
      ORDER BY id`,
    [organizationIds, audience.processLeaders],
  );
}

/** A cohort's current (not withdrawn) members. */
export function currentMembers(manager: EntityManager, cohortId: string): Promise<{ organizationId: string; role: MemberRole }[]> {
  return manager.query<{ organizationId: string; role: MemberRole }[]>(
    `SELECT organization_id AS "organizationId", role FROM cohort_members WHERE cohort_id = $1 AND withdrawn_at IS NULL`,
    [cohortId],
  );
}
