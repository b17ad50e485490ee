import { EntityManager, In } from 'typeorm';
import { CheckpointKind, followUpComplete, graduates, MemberRole, ReportFacts, ReportStatus } from '@modellkommuner/shared';
import { AuditService } from '../audit/audit.service';
import { memberFacts } from '../cohorts/cohort.policy';
import { CohortMemberEntity } from '../cohorts/entities/cohort-member.entity';
import { CohortEntity } from '../cohorts/entities/cohort.entity';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { FollowUpErrors } from './follow-up.errors';
import { MentorEdgeEntity } from './entities/mentor-edge.entity';

// What concluding a cohort means for its follow-up (docs/domain.md, "Conclusion and graduation"): plain
// functions that CohortsService calls inside its transition's transaction, so a cohort is never
// concluded without its graduates, nor the reverse.

/** The cohort's reports as the rules see them (organisations keyed by id). */
export async function cohortReportFacts(manager: EntityManager, cohortId: string): Promise<ReportFacts[]> {
  const rows: { organization_id: string; kind: CheckpointKind; status: ReportStatus }[] = await manager.query(
    `SELECT r.organization_id, c.kind, r.status FROM follow_up_reports r JOIN checkpoints c ON c.id = r.checkpoint_id WHERE c.cohort_id = $1`,
    [cohortId],
  );
  return rows.map((r) => ({ organization: r.organization_id, kind: r.kind, status: r.status }));
}

/** True when every current member's ONE_YEAR report is approved: the cohort concludes without a reason. */
export async function isFollowUpComplete(manager: EntityManager, cohortId: string, members: readonly CohortMemberEntity[]): Promise<boolean> {
  return followUpComplete(memberFacts(members), await cohortReportFacts(manager, cohortId));
}

/**
 * On conclusion: each mentee with an approved ONE_YEAR report becomes mentor-eligible (if it was not
 * already) and the mentor → mentee link is recorded for the network's lineage, once per cohort and
 * mentee. Each change is in the audit log. Returns the graduates' organisation ids.
 */
export async function graduateMentees(manager: EntityManager, audit: AuditService, cohort: CohortEntity, actorId: string | null): Promise<string[]> {
  const members = await manager.getRepository(CohortMemberEntity).findBy({ cohortId: cohort.id });
  const mentor = members.find((m) => m.role === MemberRole.MENTOR);
  const ids = graduates(memberFacts(members), await cohortReportFacts(manager, cohort.id));
  if (!mentor || ids.length === 0) return ids;
  const organizations = await manager.getRepository(OrganizationEntity).find({ where: { id: In(ids) }, lock: { mode: 'pessimistic_write' } });
  for (const organization of organizations) {
    if (!organization.mentorEligible) {
      const before = { ...organization };
      await manager.getRepository(OrganizationEntity).update({ id: organization.id }, { mentorEligible: true });
      await audit.record(manager, {
        actorId,
        action: 'organization.graduate',
        entity: 'Organization',
        entityId: organization.id,
        reason: FollowUpErrors.graduated(cohort.name),
        before,
        after: { ...organization, mentorEligible: true },
      });
    }
  }
  await manager
    .createQueryBuilder()
    .insert()
    .into(MentorEdgeEntity)
    .values(ids.map((menteeOrganizationId) => ({ cohortId: cohort.id, mentorOrganizationId: mentor.organizationId, menteeOrganizationId })))
    .orIgnore()
    .execute();
  return ids;
}
