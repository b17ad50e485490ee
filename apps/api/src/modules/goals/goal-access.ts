import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotFound } from '../../infrastructure/errors/app-error';
import { isUuid } from '../../infrastructure/graphql/ids';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortMemberEntity } from '../cohorts/entities/cohort-member.entity';
import { CohortEntity } from '../cohorts/entities/cohort.entity';
import { GoalEntity } from './entities/goal.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import { GOAL, INDICATOR } from './goal.errors';

export interface GoalContext {
  cohort: CohortEntity;
  members: CohortMemberEntity[];
  goal: GoalEntity;
}

export interface IndicatorContext extends GoalContext {
  indicator: IndicatorEntity;
}

/**
 * Reaching a goal or an indicator the viewer may see: its cohort share-locked (its status cannot change
 * until the transaction ends) with its members, then the row. NOT_FOUND — the goal's or the indicator's
 * own message — both when it does not exist and when its cohort is not the viewer's to see.
 * Lock order, everywhere: the cohort, then the goal, then the indicator.
 */
@Injectable()
export class GoalAccess {
  constructor(private readonly cohorts: CohortAccess) {}

  async goal(manager: EntityManager, viewer: Viewer, id: string, lock: 'pessimistic_read' | 'pessimistic_write' = 'pessimistic_read'): Promise<GoalContext> {
    if (!isUuid(id)) throw NotFound(GOAL.notFound);
    const found = await manager.getRepository(GoalEntity).findOne({ select: { id: true, cohortId: true }, where: { id } });
    if (!found) throw NotFound(GOAL.notFound);
    const { cohort, members } = await this.cohorts.visibleCohort(manager, viewer, found.cohortId, GOAL.notFound);
    const goal = await manager.getRepository(GoalEntity).findOne({ where: { id }, lock: { mode: lock } });
    if (!goal) throw NotFound(GOAL.notFound);
    return { cohort, members, goal };
  }

  async indicator(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    lock: 'pessimistic_read' | 'pessimistic_write' = 'pessimistic_read',
  ): Promise<IndicatorContext> {
    if (!isUuid(id)) throw NotFound(INDICATOR.notFound);
    const found = await manager.getRepository(IndicatorEntity).findOne({ select: { id: true, goalId: true }, where: { id } });
    if (!found) throw NotFound(INDICATOR.notFound);
    const goalId = found.goalId;
    const cohortRow = await manager.getRepository(GoalEntity).findOne({ select: { id: true, cohortId: true }, where: { id: goalId } });
    if (!cohortRow) throw NotFound(INDICATOR.notFound);
    const { cohort, members } = await this.cohorts.visibleCohort(manager, viewer, cohortRow.cohortId, INDICATOR.notFound);
    const goal = await manager.getRepository(GoalEntity).findOne({ where: { id: goalId }, lock: { mode: 'pessimistic_read' } });
    const indicator = await manager.getRepository(IndicatorEntity).findOne({ where: { id }, lock: { mode: lock } });
    if (!goal || !indicator) throw NotFound(INDICATOR.notFound);
    return { cohort, members, goal, indicator };
  }
}
