import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Gender, GoalScope, goalsOpen, isKoladaKpiId, normalizePeriod, VocabularyKind } from '@modellkommuner/shared';
import { assertVersion, saveVersioned } from '../../infrastructure/database/versioned-change';
import { BadInput, BadInputs, Conflict, Forbidden } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortEntity } from '../cohorts/entities/cohort.entity';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { VocabularyTermEntity } from '../vocabularies/entities/vocabulary-term.entity';
import { AddIndicatorInput, CreateGoalInput, UpdateGoalInput, UpdateIndicatorInput } from './dto/goal.inputs';
import { GoalEntity } from './entities/goal.entity';
import { IndicatorTargetEntity } from './entities/indicator-target.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import { MeasurementEntity } from './entities/measurement.entity';
import { GoalAccess } from './goal-access';
import { indicatorProblems } from './goal-rules';
import { GOAL, GoalErrors, INDICATOR } from './goal.errors';
import { GoalPolicy } from './goal.policy';
import { KoladaService } from './kolada.service';
import { ReminderScheduler } from '../reminders/reminder-scheduler';

/**
 * Goals and their indicators: SHARED goals set by process leaders and the mentor, OWN goals by each
 * member organisation, indicators by whoever may edit their goal (GoalPolicy). Checks, in order:
 * visible (NOT_FOUND) → allowed (FORBIDDEN) → version (CONFLICT) → state (CONFLICT) → input
 * (BAD_USER_INPUT). Every change is one transaction with its audit entry.
 */
@Injectable()
export class GoalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: GoalPolicy,
    private readonly cohorts: CohortAccess,
    private readonly access: GoalAccess,
    private readonly audit: AuditService,
    private readonly kolada: KoladaService,
    private readonly reminders: ReminderScheduler,
  ) {}

  // ---- goals ------------------------------------------------------------------------------------

  async createGoal(viewer: Viewer, input: CreateGoalInput): Promise<GoalEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { cohort, members } = await this.cohorts.visibleCohort(manager, viewer, input.cohortId);
      let organizationId: string | null = null;
      if (input.scope === GoalScope.SHARED) {
        if (input.organizationCode) throw BadInput('organizationCode', GoalErrors.sharedHasNoOrganization);
      } else {
        if (!input.organizationCode) throw BadInput('organizationCode', GoalErrors.ownNeedsOrganization);
        const organization = await manager.getRepository(OrganizationEntity).findOneBy({ code: input.organizationCode });
        organizationId = organization?.id ?? null;
      }
      const goalFacts = { scope: input.scope, organizationId };
      if (!this.policy.mayEditGoal(viewer, members, goalFacts)) {
        throw Forbidden(input.scope === GoalScope.SHARED ? GoalErrors.mayNotSetShared : GoalErrors.mayNotSetOwn);
      }
      this.assertGoalsOpen(cohort);
      // A process leader may set any member's goal (mayEditGoal says yes whatever the organisation): one that
      // is not a current member of the cohort, or no organisation at all, is a mistake in the input.
      if (input.scope === GoalScope.OWN && !members.some((m) => m.organizationId === organizationId && m.withdrawnAt === null)) {
        throw BadInput('organizationCode', GoalErrors.notAMember(input.organizationCode ?? ''));
      }
      await this.assertFocusArea(manager, input.focusArea);
      const goals = manager.getRepository(GoalEntity);
      const goal = await goals.save(
        goals.create({
          cohortId: cohort.id,
          scope: input.scope,
          organizationId,
          title: input.title,
          description: input.description ?? null,
          focusArea: input.focusArea ?? null,
        }),
      );
      await this.audit.record(manager, { actorId: viewer.userId, action: 'goal.create', entity: 'Goal', entityId: goal.id, after: goal });
      return goal;
    });
  }

  async updateGoal(viewer: Viewer, id: string, version: number, input: UpdateGoalInput): Promise<GoalEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { cohort, members, goal } = await this.access.goal(manager, viewer, id, 'pessimistic_write');
      if (!this.policy.mayEditGoal(viewer, members, goal)) throw Forbidden(GoalErrors.mayNotEditGoal);
      assertVersion(goal, version, GOAL);
      this.assertGoalsOpen(cohort);
      await this.assertFocusArea(manager, input.focusArea);
      const before = { ...goal };
      const saved = await saveVersioned(
        manager,
        GoalEntity,
        goal,
        { title: input.title, description: input.description ?? null, focusArea: input.focusArea ?? null },
        GOAL,
      );
      await this.audit.record(manager, { actorId: viewer.userId, action: 'goal.update', entity: 'Goal', entityId: id, before, after: saved });
      return saved;
    });
  }

  /** Removes the goal with its indicators, targets and values; the audit entry says how many values went. */
  async removeGoal(viewer: Viewer, id: string, version: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { cohort, members, goal } = await this.access.goal(manager, viewer, id, 'pessimistic_write');
      if (!this.policy.mayEditGoal(viewer, members, goal)) throw Forbidden(GoalErrors.mayNotEditGoal);
      assertVersion(goal, version, GOAL);
      this.assertGoalsOpen(cohort);
      if (await this.assessedInSubmittedReport(manager, id)) throw Conflict(GoalErrors.assessedInReport);
      const indicators = await manager.getRepository(IndicatorEntity).find({ select: { id: true }, where: { goalId: id } });
      const values = indicators.length ? await manager.getRepository(MeasurementEntity).countBy({ indicatorId: In(indicators.map((i) => i.id)) }) : 0;
      await manager.getRepository(GoalEntity).delete({ id });
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'goal.remove',
        entity: 'Goal',
        entityId: id,
        reason: GoalErrors.removedWith(indicators.length, values),
        before: goal,
      });
      await this.reminders.syncCohort(manager, cohort.id);
      return true;
    });
  }

  // ---- indicators -------------------------------------------------------------------------------

  async addIndicator(viewer: Viewer, input: AddIndicatorInput): Promise<IndicatorEntity> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const { cohort, members, goal } = await this.access.goal(manager, viewer, input.goalId);
      if (!this.policy.mayEditIndicators(viewer, members, goal)) throw Forbidden(GoalErrors.mayNotEditGoal);
      this.assertGoalsOpen(cohort);
      const problems = indicatorProblems(input);
      if (problems.length) throw BadInputs(problems);
      const indicators = manager.getRepository(IndicatorEntity);
      const indicator = await indicators.save(
        indicators.create({
          goalId: goal.id,
          name: input.name,
          unit: input.unit,
          direction: input.direction,
          byGender: input.byGender,
          koladaKpiId: input.koladaKpiId ?? null,
          koladaKpiTitle: null,
          baselinePeriod: input.baselinePeriod ? normalizePeriod(input.baselinePeriod) : null,
        }),
      );
      await this.audit.record(manager, { actorId: viewer.userId, action: 'indicator.add', entity: 'Indicator', entityId: indicator.id, after: indicator });
      await this.reminders.syncCohort(manager, cohort.id);
      return indicator;
    });
    return this.withKoladaTitle(saved);
  }

  async updateIndicator(viewer: Viewer, id: string, version: number, input: UpdateIndicatorInput): Promise<IndicatorEntity> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const { cohort, members, goal, indicator } = await this.access.indicator(manager, viewer, id, 'pessimistic_write');
      if (!this.policy.mayEditIndicators(viewer, members, goal)) throw Forbidden(GoalErrors.mayNotEditGoal);
      assertVersion(indicator, version, INDICATOR);
      this.assertGoalsOpen(cohort);
      const problems = indicatorProblems(input);
      if (problems.length) throw BadInputs(problems);
      if (indicator.byGender && !input.byGender && (await this.hasGenderedValues(manager, id))) {
        throw BadInput('byGender', GoalErrors.byGenderCannotChange);
      }
      const before = { ...indicator };
      const kpiId = input.koladaKpiId ?? null;
      const saved = await saveVersioned(
        manager,
        IndicatorEntity,
        indicator,
        {
          name: input.name,
          unit: input.unit,
          direction: input.direction,
          byGender: input.byGender,
          koladaKpiId: kpiId,
          // Kept while the KPI stays the same; a new KPI's title is looked up once the change is saved.
          koladaKpiTitle: kpiId && kpiId === indicator.koladaKpiId ? indicator.koladaKpiTitle : null,
          baselinePeriod: input.baselinePeriod ? normalizePeriod(input.baselinePeriod) : null,
        },
        INDICATOR,
      );
      await this.audit.record(manager, { actorId: viewer.userId, action: 'indicator.update', entity: 'Indicator', entityId: id, before, after: saved });
      await this.reminders.syncCohort(manager, cohort.id);
      return saved;
    });
    return this.withKoladaTitle(saved);
  }

  async removeIndicator(viewer: Viewer, id: string, version: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { cohort, members, goal, indicator } = await this.access.indicator(manager, viewer, id, 'pessimistic_write');
      if (!this.policy.mayEditIndicators(viewer, members, goal)) throw Forbidden(GoalErrors.mayNotEditGoal);
      assertVersion(indicator, version, INDICATOR);
      this.assertGoalsOpen(cohort);
      const values = await manager.getRepository(MeasurementEntity).countBy({ indicatorId: id });
      await manager.getRepository(IndicatorEntity).delete({ id });
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'indicator.remove',
        entity: 'Indicator',
        entityId: id,
        reason: GoalErrors.removedWith(0, values),
        before: indicator,
      });
      await this.reminders.syncCohort(manager, cohort.id);
      return true;
    });
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private assertGoalsOpen(cohort: CohortEntity): void {
    if (!goalsOpen(cohort.status)) throw Conflict(GoalErrors.goalsClosed(cohort.status));
  }

  private async assertFocusArea(manager: EntityManager, term: string | null | undefined): Promise<void> {
    if (!term) return;
    const found = await manager.getRepository(VocabularyTermEntity).existsBy({ kind: VocabularyKind.FOCUS_AREA, term });
    if (!found) throw BadInput('focusArea', GoalErrors.unknownFocusArea(term));
  }

  /** A goal assessed in a handed-in follow-up report stays: the report must keep what it assessed. */
  private async assessedInSubmittedReport(manager: EntityManager, goalId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM goal_assessments a JOIN follow_up_reports r ON r.id = a.report_id WHERE a.goal_id = $1 AND r.status <> 'DRAFT' LIMIT 1`,
      [goalId],
    );
    return rows.length > 0;
  }

  private async hasGenderedValues(manager: EntityManager, indicatorId: string): Promise<boolean> {
    const gendered = In([Gender.WOMEN, Gender.MEN]);
    return (
      (await manager.getRepository(MeasurementEntity).existsBy({ indicatorId, gender: gendered })) ||
      (await manager.getRepository(IndicatorTargetEntity).existsBy({ indicatorId, gender: gendered }))
    );
  }

  /**
   * Kolada's title for an indicator's KPI, asked once the change is saved (never while a transaction
   * holds its locks, and only for a caller who was allowed to make the change). Kolada not answering
   * leaves it null; the next sync fills it in. Not a change of the indicator's content: no version bump.
   */
  private async withKoladaTitle(indicator: IndicatorEntity): Promise<IndicatorEntity> {
    const kpiId = indicator.koladaKpiId;
    if (!kpiId || indicator.koladaKpiTitle || !isKoladaKpiId(kpiId)) return indicator;
    const title = await this.kolada.kpiTitle(kpiId);
    if (!title) return indicator;
    await this.dataSource.getRepository(IndicatorEntity).update({ id: indicator.id, koladaKpiId: kpiId }, { koladaKpiTitle: title });
    return { ...indicator, koladaKpiTitle: title };
  }
}
