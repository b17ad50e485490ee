import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ACTIVE_COHORT_STATUSES } from '@modellkommuner/shared';
import { Conflict, NotFound } from '../../infrastructure/errors/app-error';
import { isUuid } from '../../infrastructure/graphql/ids';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { COHORT, CohortErrors } from './cohort.errors';
import { CohortPolicy } from './cohort.policy';
import { CohortMemberEntity } from './entities/cohort-member.entity';
import { CohortEntity } from './entities/cohort.entity';

// What the cohort services share: reaching a cohort the viewer may see, and keeping an organisation
// in at most one active cohort of a programme. Lock order, everywhere: a cohort before its meetings
// and before its programme's composition lock.

@Injectable()
export class CohortAccess {
  constructor(private readonly policy: CohortPolicy) {}

  /**
   * The cohort, share-locked (its status cannot change until the transaction ends), and its members;
   * NOT_FOUND — with `notFound`, e.g. the meeting's message when reached through a meeting — both when
   * it does not exist and when the viewer may not see it.
   */
  async visibleCohort(
    manager: EntityManager,
    viewer: Viewer,
    cohortId: string,
    notFound: string = COHORT.notFound,
  ): Promise<{ cohort: CohortEntity; members: CohortMemberEntity[] }> {
    if (!isUuid(cohortId)) throw NotFound(notFound);
    const cohort = await manager.getRepository(CohortEntity).findOne({ where: { id: cohortId }, lock: { mode: 'pessimistic_read' } });
    if (!cohort) throw NotFound(notFound);
    const members = await manager.getRepository(CohortMemberEntity).findBy({ cohortId });
    if (!this.policy.mayView(viewer, members)) throw NotFound(notFound);
    return { cohort, members };
  }
}

/** Serialises cohort compositions within a programme, so two concurrent cohorts cannot both take an organisation. */
export async function lockProgramme(manager: EntityManager, programmeId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`programme-cohorts:${programmeId}`]);
}

/** CONFLICT naming each organisation already in an active cohort of the programme (other than `exceptCohortId`). */
export async function assertFreeInProgramme(
  manager: EntityManager,
  programmeId: string,
  organizations: OrganizationEntity[],
  exceptCohortId?: string,
): Promise<void> {
  const busy: { organization_id: string; name: string }[] = await manager.query(
    `SELECT m.organization_id, c.name
       FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
      WHERE c.programme_id = $1 AND c.status = ANY($2::cohort_status[]) AND m.withdrawn_at IS NULL
        AND m.organization_id = ANY($3::uuid[]) AND ($4::uuid IS NULL OR c.id <> $4)`,
    [programmeId, ACTIVE_COHORT_STATUSES, organizations.map((o) => o.id), exceptCohortId ?? null],
  );
  if (busy.length === 0) return;
  throw Conflict(busy.map((b) => CohortErrors.busyInProgramme(organizations.find((o) => o.id === b.organization_id)?.shortName, b.name)).join(' '));
}
