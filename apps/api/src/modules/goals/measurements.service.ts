import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { goalConcerns, measurementsOpen, MeasurementSource } from '@modellkommuner/shared';
import { BadInput, BadInputs, Conflict, Forbidden } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { AuditService } from '../audit/audit.service';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { MeasurementCellInput, MeasurementValueInput, RecordMeasurementsInput, TargetInput } from './dto/goal.inputs';
import { IndicatorTargetEntity } from './entities/indicator-target.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import { MeasurementEntity } from './entities/measurement.entity';
import { GoalAccess, IndicatorContext } from './goal-access';
import { cellProblems, targetProblems } from './goal-rules';
import { GoalErrors } from './goal.errors';
import { GoalPolicy } from './goal.policy';
import { ReminderScheduler } from '../reminders/reminder-scheduler';

/**
 * Each organisation's targets and values for an indicator (docs/domain.md, "Goals and indicators").
 * A value is one row per (indicator, organisation, period, gender): recording it again updates it,
 * clearing it deletes it (missing again, never zero). Checks: visible (NOT_FOUND) → the organisation is
 * the viewer's to record for (FORBIDDEN) → the cohort is not cancelled (CONFLICT) → input (BAD_USER_INPUT).
 */
@Injectable()
export class MeasurementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: GoalPolicy,
    private readonly access: GoalAccess,
    private readonly audit: AuditService,
    private readonly reminders: ReminderScheduler,
  ) {}

  /** Replaces the targets of every organisation named in `targets` (one per organisation and gender). */
  async setTargets(viewer: Viewer, indicatorId: string, targets: TargetInput[]): Promise<IndicatorEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Locked for update: two saves of the same targets at once run one after the other (each replaces them).
      const context = await this.access.indicator(manager, viewer, indicatorId, 'pessimistic_write');
      const codes = [...new Set(targets.map((t) => t.organizationCode))];
      const organizations = new Map<string, string>();
      for (const code of codes) {
        const field = `targets.${targets.findIndex((t) => t.organizationCode === code)}.organizationCode`;
        organizations.set(code, await this.organizationFor(manager, viewer, context, code, field));
      }
      this.assertOpen(context);
      const checked = targetProblems(targets, context.indicator.byGender);
      if (checked.problems.length) throw BadInputs(checked.problems);
      const repository = manager.getRepository(IndicatorTargetEntity);
      const before = await repository.findBy({ indicatorId, organizationId: In([...organizations.values()]) });
      await repository.delete({ indicatorId, organizationId: In([...organizations.values()]) });
      if (checked.targets.length) {
        await repository.insert(
          checked.targets.map((t) => ({ indicatorId, organizationId: organizations.get(t.organizationCode) as string, gender: t.gender, value: t.value, period: t.period })),
        );
      }
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'indicator.targets',
        entity: 'Indicator',
        entityId: indicatorId,
        before: { targets: before.map((t) => `${t.organizationId} ${t.gender} ${t.value} ${t.period}`) },
        after: { targets: checked.targets.map((t) => `${organizations.get(t.organizationCode)} ${t.gender} ${t.value} ${t.period}`) },
      });
      return context.indicator;
    });
  }

  /** Records (inserts or updates) one organisation's values; each becomes a MANUAL value by the viewer. */
  async record(viewer: Viewer, input: RecordMeasurementsInput): Promise<MeasurementEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.access.indicator(manager, viewer, input.indicatorId);
      const organizationId = await this.organizationFor(manager, viewer, context, input.organizationCode, 'organizationCode');
      this.assertOpen(context);
      const checked = cellProblems<MeasurementValueInput>(input.values, context.indicator.byGender, 'values');
      if (checked.problems.length) throw BadInputs(checked.problems);
      if (!checked.cells.length) return [];
      const repository = manager.getRepository(MeasurementEntity);
      const before = await this.cells(manager, input.indicatorId, organizationId, checked.cells);
      await repository
        .createQueryBuilder()
        .insert()
        .values(
          checked.cells.map((cell) => ({
            indicatorId: input.indicatorId,
            organizationId,
            period: cell.period,
            gender: cell.gender,
            value: cell.value,
            note: cell.note ?? null,
            source: MeasurementSource.MANUAL,
            recordedById: viewer.userId,
          })),
        )
        .orUpdate(['value', 'note', 'source', 'recorded_by_id', 'updated_at'], ['indicator_id', 'organization_id', 'period', 'gender'])
        .execute();
      const saved = await this.cells(manager, input.indicatorId, organizationId, checked.cells);
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'measurements.record',
        entity: 'Indicator',
        entityId: input.indicatorId,
        before: { organizationId, values: before.map(describe) },
        after: { organizationId, values: saved.map(describe) },
      });
      // A period with values asks no one for them any more.
      await this.reminders.syncCohort(manager, context.cohort.id);
      return saved;
    });
  }

  /** Deletes the named cells' values (they are missing again); returns how many there were. */
  async clear(viewer: Viewer, indicatorId: string, organizationCode: string, cells: MeasurementCellInput[]): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.access.indicator(manager, viewer, indicatorId);
      const organizationId = await this.organizationFor(manager, viewer, context, organizationCode, 'organizationCode');
      this.assertOpen(context);
      const checked = cellProblems(cells, true, 'cells');
      if (checked.problems.length) throw BadInputs(checked.problems);
      const before = await this.cells(manager, indicatorId, organizationId, checked.cells);
      if (!before.length) return 0;
      await manager.getRepository(MeasurementEntity).delete({ id: In(before.map((m) => m.id)) });
      await this.audit.record(manager, {
        actorId: viewer.userId,
        action: 'measurements.clear',
        entity: 'Indicator',
        entityId: indicatorId,
        before: { organizationId, values: before.map(describe) },
      });
      await this.reminders.syncCohort(manager, context.cohort.id);
      return before.length;
    });
  }

  /**
   * The id of the organisation the viewer records for. A member naming another organisation is refused
   * (FORBIDDEN); a process leader naming one that is not in the cohort (or not in an OWN goal) made a
   * mistake in the input (BAD_USER_INPUT).
   */
  private async organizationFor(manager: EntityManager, viewer: Viewer, context: IndicatorContext, code: string, field: string): Promise<string> {
    const organization = await manager.getRepository(OrganizationEntity).findOne({ select: { id: true }, where: { code } });
    const id = organization?.id ?? '';
    if (!this.policy.mayRecordFor(viewer, context.members, id)) {
      if (this.policy.mayImportKolada(viewer)) throw BadInput(field, GoalErrors.notAMember(code));
      throw Forbidden(GoalErrors.mayNotRecord);
    }
    if (!goalConcerns({ scope: context.goal.scope, organization: context.goal.organizationId }, id)) {
      throw BadInput(field, GoalErrors.organizationNotInGoal);
    }
    return id;
  }

  private assertOpen(context: IndicatorContext): void {
    if (!measurementsOpen(context.cohort.status)) throw Conflict(GoalErrors.measurementsClosed);
  }

  private async cells(
    manager: EntityManager,
    indicatorId: string,
    organizationId: string,
    cells: readonly { period: string; gender: string }[],
  ): Promise<MeasurementEntity[]> {
    if (!cells.length) return [];
    return manager
      .getRepository(MeasurementEntity)
      .createQueryBuilder('m')
      .where('m.indicator_id = :indicatorId AND m.organization_id = :organizationId', { indicatorId, organizationId })
      .andWhere(`(m.period, m.gender::text) IN (SELECT * FROM unnest(:periods::varchar[], :genders::text[]))`, {
        periods: cells.map((c) => c.period),
        genders: cells.map((c) => c.gender),
      })
      .orderBy('m.period')
      .addOrderBy('m.gender')
      .getMany();
  }
}

function describe(m: MeasurementEntity): string {
  return `${m.period} ${m.gender} ${m.value}${m.source === MeasurementSource.MANUAL ? '' : ` (${m.source})`}`;
}
