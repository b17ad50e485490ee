import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { computeProgress, Gender, isKoladaKpiId } from '@modellkommuner/shared';
import '../../infrastructure/graphql/enums';
import { BadInput, Forbidden } from '../../infrastructure/errors/app-error';
import { validateList } from '../../infrastructure/graphql/validation.pipe';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentContext, CurrentViewer } from '../auth/auth.decorators';
import { assertFullCohort, Cohort, CohortMember } from '../cohorts/models/cohort.model';
import { ImportResult } from '../learning-examples/models/import-result.model';
import { Organization } from '../organizations/models/organization.model';
import { AddIndicatorInput, CreateGoalInput, MeasurementCellInput, RecordMeasurementsInput, TargetInput, UpdateGoalInput, UpdateIndicatorInput } from './dto/goal.inputs';
import { GoalOverviewService } from './goal-overview.service';
import { GoalErrors } from './goal.errors';
import { GoalPolicy } from './goal.policy';
import { GoalsService } from './goals.service';
import { KoladaImportService } from './kolada-import.service';
import { KoladaSyncService } from './kolada-sync.service';
import { KoladaErrors } from './kolada.errors';
import { KoladaService } from './kolada.service';
import { KoladaFormatError, parseKoladaPage } from './kolada/kolada-response';
import { MeasurementsService } from './measurements.service';
import { Goal, GoalOverview, Indicator, IndicatorProgress, IndicatorTarget, KoladaKpi, KoladaSync, Measurement, OverviewRow } from './models/goal.model';

async function organizationOf(ctx: RequestContext, id: string): Promise<Organization> {
  const organization = await ctx.loaders.organizationById.load(id);
  if (!organization) throw new Error(`organization ${id} missing`);
  return organization;
}

/** The organisation id an `organizationCode` argument names; undefined when none was given, null when it names nothing. */
async function organizationFilter(ctx: RequestContext, code: string | null | undefined): Promise<string | null | undefined> {
  if (code === undefined || code === null) return undefined;
  return ctx.loaders.organizationIdByCode.load(code);
}

@Resolver(() => Goal)
export class GoalsResolver {
  constructor(private readonly goals: GoalsService) {}

  @Mutation(() => Goal, { description: 'SHARED: processledare och mentorn; OWN: organisationens egna medlemmar (och processledare).' })
  async createGoal(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateGoalInput): Promise<Goal> {
    return Goal.from(await this.goals.createGoal(viewer, input));
  }

  @Mutation(() => Goal)
  async updateGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateGoalInput,
  ): Promise<Goal> {
    return Goal.from(await this.goals.updateGoal(viewer, id, version, input));
  }

  @Mutation(() => Boolean, { description: 'Tar bort målet med dess indikatorer, målvärden och värden (loggas).' })
  async removeGoal(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number): Promise<boolean> {
    return this.goals.removeGoal(viewer, id, version);
  }

  @ResolveField(() => Cohort)
  async cohort(@Parent() goal: Goal, @CurrentContext() ctx: RequestContext): Promise<Cohort> {
    const cohort = await ctx.loaders.cohortById.load(goal.cohortId);
    if (!cohort) throw new Error(`cohort ${goal.cohortId} missing`);
    return Cohort.from(cohort);
  }

  @ResolveField(() => Organization, { nullable: true })
  async organization(@Parent() goal: Goal, @CurrentContext() ctx: RequestContext): Promise<Organization | null> {
    return goal.organizationId ? organizationOf(ctx, goal.organizationId) : null;
  }

  @ResolveField(() => [Indicator])
  async indicators(@Parent() goal: Goal, @CurrentContext() ctx: RequestContext): Promise<Indicator[]> {
    return (await ctx.loaders.indicatorsByGoalId.load(goal.id)).map((i) => Indicator.from(i));
  }
}

@Resolver(() => Indicator)
export class IndicatorsResolver {
  constructor(
    private readonly goals: GoalsService,
    private readonly values: MeasurementsService,
  ) {}

  @Mutation(() => Indicator)
  async addIndicator(@CurrentViewer() viewer: Viewer, @Args('input') input: AddIndicatorInput): Promise<Indicator> {
    return Indicator.from(await this.goals.addIndicator(viewer, input));
  }

  @Mutation(() => Indicator)
  async updateIndicator(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateIndicatorInput,
  ): Promise<Indicator> {
    return Indicator.from(await this.goals.updateIndicator(viewer, id, version, input));
  }

  @Mutation(() => Boolean, { description: 'Tar bort indikatorn med dess målvärden och värden (loggas).' })
  async removeIndicator(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<boolean> {
    return this.goals.removeIndicator(viewer, id, version);
  }

  @Mutation(() => Indicator, { description: 'Ersätter målvärdena för varje organisation som nämns (ett per organisation och kön).' })
  async setTargets(
    @CurrentViewer() viewer: Viewer,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @Args('targets', { type: () => [TargetInput] }) targets: TargetInput[],
  ): Promise<Indicator> {
    if (targets.length > 30) throw BadInput('targets', GoalErrors.tooManyTargets);
    const checked = await validateList(TargetInput, targets, 'targets');
    return Indicator.from(await this.values.setTargets(viewer, indicatorId, checked));
  }

  @Mutation(() => [Measurement], { description: 'För in eller ändrar värden (ett per period och kön).' })
  async recordMeasurements(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordMeasurementsInput): Promise<Measurement[]> {
    return (await this.values.record(viewer, input)).map((m) => Measurement.from(m));
  }

  @Mutation(() => Int, { description: 'Tar bort värdena i de angivna cellerna (de saknas igen, blir aldrig 0); antalet som fanns.' })
  async clearMeasurements(
    @CurrentViewer() viewer: Viewer,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
    @Args('organizationCode') organizationCode: string,
    @Args('cells', { type: () => [MeasurementCellInput] }) cells: MeasurementCellInput[],
  ): Promise<number> {
    if (cells.length > 500) throw BadInput('cells', GoalErrors.tooManyValues);
    const checked = await validateList(MeasurementCellInput, cells, 'cells');
    return this.values.clear(viewer, indicatorId, organizationCode, checked);
  }

  @ResolveField(() => Goal)
  async goal(@Parent() indicator: Indicator, @CurrentContext() ctx: RequestContext): Promise<Goal> {
    const goal = await ctx.loaders.goalById.load(indicator.goalId);
    if (!goal) throw new Error(`goal ${indicator.goalId} missing`);
    return Goal.from(goal);
  }

  @ResolveField(() => [IndicatorTarget], { description: 'Alla organisationers, eller en organisations.' })
  async targets(
    @Parent() indicator: Indicator,
    @CurrentContext() ctx: RequestContext,
    @Args('organizationCode', { type: () => String, nullable: true }) organizationCode?: string | null,
  ): Promise<IndicatorTarget[]> {
    const filter = await organizationFilter(ctx, organizationCode);
    const rows = await ctx.loaders.targetsByIndicatorId.load(indicator.id);
    return rows.filter((t) => filter === undefined || t.organizationId === filter).map((t) => IndicatorTarget.from(t));
  }

  @ResolveField(() => [Measurement], { description: 'Alla organisationers värden, eller en organisations; i periodordning.' })
  async measurements(
    @Parent() indicator: Indicator,
    @CurrentContext() ctx: RequestContext,
    @Args('organizationCode', { type: () => String, nullable: true }) organizationCode?: string | null,
  ): Promise<Measurement[]> {
    const filter = await organizationFilter(ctx, organizationCode);
    const rows = await ctx.loaders.measurementsByIndicatorId.load(indicator.id);
    return rows.filter((m) => filter === undefined || m.organizationId === filter).map((m) => Measurement.from(m));
  }

  @ResolveField(() => Int, { description: 'Hur många värden indikatorn har, alla organisationers (vad en borttagning tar med sig).' })
  async valueCount(@Parent() indicator: Indicator, @CurrentContext() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.measurementsByIndicatorId.load(indicator.id)).length;
  }

  @ResolveField(() => IndicatorProgress, { description: 'Läget för en organisation: Totalt om inget kön anges.' })
  async progress(
    @Parent() indicator: Indicator,
    @CurrentContext() ctx: RequestContext,
    @Args('organizationCode') organizationCode: string,
    @Args('gender', { type: () => Gender, nullable: true }) gender?: Gender | null,
  ): Promise<IndicatorProgress> {
    const organizationId = await ctx.loaders.organizationIdByCode.load(organizationCode);
    const [values, targets] = await Promise.all([ctx.loaders.measurementsByIndicatorId.load(indicator.id), ctx.loaders.targetsByIndicatorId.load(indicator.id)]);
    return IndicatorProgress.from(
      computeProgress(
        {
          direction: indicator.direction,
          byGender: indicator.byGender,
          baselinePeriod: indicator.baselinePeriod,
          values: values.filter((v) => v.organizationId === organizationId),
          targets: targets.filter((t) => t.organizationId === organizationId),
        },
        gender ?? Gender.TOTAL,
      ),
    );
  }
}

@Resolver(() => Measurement)
export class MeasurementResolver {
  @ResolveField(() => Organization)
  organization(@Parent() measurement: Measurement, @CurrentContext() ctx: RequestContext): Promise<Organization> {
    return organizationOf(ctx, measurement.organizationId);
  }
}

@Resolver(() => IndicatorTarget)
export class IndicatorTargetResolver {
  @ResolveField(() => Organization)
  organization(@Parent() target: IndicatorTarget, @CurrentContext() ctx: RequestContext): Promise<Organization> {
    return organizationOf(ctx, target.organizationId);
  }
}

@Resolver(() => OverviewRow)
export class OverviewRowResolver {
  @ResolveField(() => Organization)
  organization(@Parent() row: OverviewRow, @CurrentContext() ctx: RequestContext): Promise<Organization> {
    return organizationOf(ctx, row.organizationId);
  }
}

/** The goals fields of a cohort and of its members: the cohort itself was shown only to those who may see it. */
@Resolver(() => Cohort)
export class CohortGoalsResolver {
  constructor(
    private readonly overview: GoalOverviewService,
    private readonly policy: GoalPolicy,
  ) {}

  @ResolveField(() => [Goal], { description: 'Omgångens gemensamma mål först, sedan varje organisations egna.' })
  async goals(@Parent() cohort: Cohort, @CurrentContext() ctx: RequestContext): Promise<Goal[]> {
    assertFullCohort(cohort);
    return (await ctx.loaders.goalsByCohortId.load(cohort.id)).map((g) => Goal.from(g));
  }

  @ResolveField(() => GoalOverview, { description: 'Varje medlem × de gemensamma indikatorerna: läge, senaste värde och könsskillnad.' })
  async goalOverview(@Parent() cohort: Cohort, @CurrentViewer() viewer: Viewer | null, @CurrentContext() ctx: RequestContext): Promise<GoalOverview> {
    assertFullCohort(cohort);
    const members = await ctx.loaders.membersByCohortId.load(cohort.id);
    if (!this.policy.mayView(viewer, members)) throw Forbidden();
    return this.overview.overview(cohort.id, members);
  }

  @ResolveField(() => KoladaSync, { nullable: true, description: 'Den senaste hämtningen från Kolada för omgången.' })
  async koladaSync(@Parent() cohort: Cohort, @CurrentContext() ctx: RequestContext): Promise<KoladaSync | null> {
    assertFullCohort(cohort);
    const sync = await ctx.loaders.latestKoladaSyncByCohortId.load(cohort.id);
    return sync ? KoladaSync.from(sync) : null;
  }
}

@Resolver(() => CohortMember)
export class CohortMemberGoalsResolver {
  @ResolveField(() => [Goal], { description: 'Målen organisationen arbetar med: omgångens gemensamma och dess egna.' })
  async goals(@Parent() member: CohortMember, @CurrentContext() ctx: RequestContext): Promise<Goal[]> {
    const goals = await ctx.loaders.goalsByCohortId.load(member.cohortId);
    return goals.filter((g) => g.organizationId === null || g.organizationId === member.organizationId).map((g) => Goal.from(g));
  }
}

@Resolver()
export class KoladaResolver {
  constructor(
    private readonly policy: GoalPolicy,
    private readonly importer: KoladaImportService,
    private readonly syncs: KoladaSyncService,
    private readonly kolada: KoladaService,
  ) {}

  @Mutation(() => ImportResult, { description: 'Läser in ett svar från Koladas data-API (v2 eller v3). Processledare.' })
  async importKoladaValues(@CurrentViewer() viewer: Viewer, @Args('json') json: string): Promise<ImportResult> {
    if (!this.policy.mayImportKolada(viewer)) throw Forbidden(GoalErrors.mayNotImportKolada);
    let body: unknown;
    try {
      body = JSON.parse(json);
    } catch {
      throw BadInput('json', KoladaErrors.notJson);
    }
    let page;
    try {
      page = parseKoladaPage(body);
    } catch (error) {
      if (error instanceof KoladaFormatError) throw BadInput('json', error.message);
      throw error;
    }
    const outcome = await this.importer.importValues(page.values, page.problems, viewer);
    return Object.assign(new ImportResult(), { created: outcome.created, updated: outcome.updated, skipped: outcome.skipped, errors: outcome.problems, examples: [] });
  }

  @Mutation(() => Boolean, { description: 'Köar en hämtning från Kolada av omgångens kopplade nyckeltal; läget syns i Cohort.koladaSync.' })
  async requestKoladaSync(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<boolean> {
    await this.syncs.request(viewer, cohortId);
    return true;
  }

  @Query(() => KoladaKpi, { description: 'Ett nyckeltals titel i Kolada (null när Kolada inte svarar eller inte känner id:t).' })
  async koladaKpi(@Args('id') id: string): Promise<KoladaKpi> {
    if (!isKoladaKpiId(id)) throw BadInput('id', GoalErrors.koladaKpiInvalid);
    return { id, title: await this.kolada.kpiTitle(id) };
  }
}
