import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CheckpointKind, followUpComplete } from '@modellkommuner/shared';
import '../../infrastructure/graphql/enums';
import { DateOnly } from '../../infrastructure/graphql/date.scalar';
import { isUuid } from '../../infrastructure/graphql/ids';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentContext, CurrentViewer } from '../auth/auth.decorators';
import { CohortPolicy, memberFacts } from '../cohorts/cohort.policy';
import { assertFullCohort, Checkpoint, Cohort, CohortMember } from '../cohorts/models/cohort.model';
import { Goal } from '../goals/models/goal.model';
import { LearningExample } from '../learning-examples/models/learning-example.model';
import { Organization } from '../organizations/models/organization.model';
import { User } from '../users/models/user.model';
import { ReviewInput, SaveFollowUpReportInput } from './dto/follow-up.inputs';
import { FollowUpReportEntity } from './entities/follow-up-report.entity';
import { FollowUpPolicy } from './follow-up.policy';
import { FollowUpService } from './follow-up.service';
import { FollowUpReport, FollowUpReportRow, GoalAssessment, Review } from './models/follow-up.model';

/** The reports among `reports` that the viewer may read (their cohort's members decide it). */
async function readable(reports: FollowUpReportEntity[], cohortId: string, viewer: Viewer | null, ctx: RequestContext, policy: FollowUpPolicy) {
  if (!reports.length) return [];
  const members = await ctx.loaders.membersByCohortId.load(cohortId);
  return reports.filter((r) => policy.mayView(viewer, members, r.organizationId));
}

@Resolver(() => FollowUpReport)
export class FollowUpResolver {
  constructor(private readonly service: FollowUpService) {}

  @Query(() => FollowUpReport, { nullable: true, description: 'Null både när rapporten inte finns och när den inloggade inte får läsa den.' })
  async followUpReport(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<FollowUpReport | null> {
    const report = await this.service.find(viewer, id);
    return report ? FollowUpReport.from(report) : null;
  }

  @Query(() => [FollowUpReportRow], {
    description:
      'Rapporterna som väntas, med status, sista dag och dagar över tiden: processledare alla omgångars (utom avbrutna), medlemmar den egna organisationens och en mentor även sina nyas.',
  })
  async followUpReports(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID, nullable: true }) cohortId?: string | null,
  ): Promise<FollowUpReportRow[]> {
    return (await this.service.rows(viewer, cohortId)).map((row) =>
      Object.assign(new FollowUpReportRow(), {
        checkpoint: Checkpoint.from(row.checkpoint),
        cohortId: row.cohortId,
        organizationId: row.organizationId,
        role: row.role,
        report: row.report ? FollowUpReport.from(row.report) : null,
        status: row.report?.status ?? null,
        dueDate: row.dueDate,
        daysOverdue: row.daysOverdue,
      }),
    );
  }

  @Mutation(() => FollowUpReport, { description: 'version 0 skapar rapporten; fält som utelämnas behåller sin text.' })
  async saveFollowUpReport(@CurrentViewer() viewer: Viewer, @Args('input') input: SaveFollowUpReportInput): Promise<FollowUpReport> {
    return FollowUpReport.from(await this.service.save(viewer, input));
  }

  @Mutation(() => FollowUpReport, { description: 'Lämnar in rapporten och fryser dess indikatorer, värden och utveckling.' })
  async submitFollowUpReport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<FollowUpReport> {
    return FollowUpReport.from(await this.service.submit(viewer, id, version));
  }

  @Mutation(() => Review, { description: 'Mentorn granskar de nyas rapporter, processledaren mentorns.' })
  async reviewFollowUpReport(@CurrentViewer() viewer: Viewer, @Args('input') input: ReviewInput): Promise<Review> {
    return Review.from(await this.service.review(viewer, input));
  }

  @Mutation(() => Checkpoint, { description: 'Processledare: lägger till omgångens halvtidsuppföljning (MIDTERM).' })
  async addCheckpoint(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('kind', { type: () => CheckpointKind }) kind: CheckpointKind,
    @Args('dueDate', { type: () => DateOnly }) dueDate: string,
  ): Promise<Checkpoint> {
    return Checkpoint.from(await this.service.addCheckpoint(viewer, cohortId, kind, dueDate));
  }

  @Mutation(() => LearningExample, { description: 'Ett utkast till lärande exempel ur en godkänd rapport; ett andra anrop ger samma utkast.' })
  async createExampleDraftFromReport(@CurrentViewer() viewer: Viewer, @Args('reportId', { type: () => ID }) reportId: string): Promise<LearningExample> {
    return LearningExample.from(await this.service.createExampleDraft(viewer, reportId));
  }

  // ---- fields ----

  @ResolveField(() => Checkpoint)
  async checkpoint(@Parent() report: FollowUpReport, @CurrentContext() ctx: RequestContext): Promise<Checkpoint> {
    const checkpoint = await ctx.loaders.checkpointById.load(report.checkpointId);
    if (!checkpoint) throw new Error(`checkpoint ${report.checkpointId} missing`);
    return Checkpoint.from(checkpoint);
  }

  @ResolveField(() => Organization)
  async organization(@Parent() report: FollowUpReport, @CurrentContext() ctx: RequestContext): Promise<Organization> {
    const organization = await ctx.loaders.organizationById.load(report.organizationId);
    if (!organization) throw new Error(`organization ${report.organizationId} missing`);
    return organization;
  }

  @ResolveField(() => [GoalAssessment])
  async goalAssessments(@Parent() report: FollowUpReport, @CurrentContext() ctx: RequestContext): Promise<GoalAssessment[]> {
    return (await ctx.loaders.assessmentsByReportId.load(report.id)).map((a) => GoalAssessment.from(a));
  }

  @ResolveField(() => [Review])
  async reviews(@Parent() report: FollowUpReport, @CurrentContext() ctx: RequestContext): Promise<Review[]> {
    return (await ctx.loaders.reviewsByReportId.load(report.id)).map((r) => Review.from(r));
  }
}

@Resolver(() => GoalAssessment)
export class GoalAssessmentResolver {
  @ResolveField(() => Goal)
  async goal(@Parent() assessment: GoalAssessment, @CurrentContext() ctx: RequestContext): Promise<Goal> {
    const goal = await ctx.loaders.goalById.load(assessment.goalId);
    if (!goal) throw new Error(`goal ${assessment.goalId} missing`);
    return Goal.from(goal);
  }
}

@Resolver(() => Review)
export class ReviewResolver {
  @ResolveField(() => User)
  async reviewer(@Parent() review: Review, @CurrentContext() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.userById.load(review.reviewerId);
    if (!user) throw new Error(`user ${review.reviewerId} missing`);
    return user;
  }
}

@Resolver(() => FollowUpReportRow)
export class FollowUpReportRowResolver {
  @ResolveField(() => Cohort)
  async cohort(@Parent() row: FollowUpReportRow, @CurrentContext() ctx: RequestContext): Promise<Cohort> {
    const cohort = await ctx.loaders.cohortById.load(row.cohortId);
    if (!cohort) throw new Error(`cohort ${row.cohortId} missing`);
    return Cohort.from(cohort);
  }

  @ResolveField(() => Organization)
  async organization(@Parent() row: FollowUpReportRow, @CurrentContext() ctx: RequestContext): Promise<Organization> {
    const organization = await ctx.loaders.organizationById.load(row.organizationId);
    if (!organization) throw new Error(`organization ${row.organizationId} missing`);
    return organization;
  }
}

/** `Query.checkpoint` and `Checkpoint.reports`: the reports of a checkpoint that the viewer may read. */
@Resolver(() => Checkpoint)
export class CheckpointReportsResolver {
  constructor(
    private readonly cohortPolicy: CohortPolicy,
    private readonly policy: FollowUpPolicy,
  ) {}

  @Query(() => Checkpoint, { nullable: true, description: 'Null både när den inte finns och när den inloggade inte får se omgången.' })
  async checkpoint(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @CurrentContext() ctx: RequestContext): Promise<Checkpoint | null> {
    if (!isUuid(id)) return null;
    const checkpoint = await ctx.loaders.checkpointById.load(id);
    if (!checkpoint) return null;
    const members = await ctx.loaders.membersByCohortId.load(checkpoint.cohortId);
    return this.cohortPolicy.mayView(viewer, members) ? Checkpoint.from(checkpoint) : null;
  }

  @ResolveField(() => [FollowUpReport], { description: 'De rapporter den inloggade får läsa.' })
  async reports(@Parent() checkpoint: Checkpoint, @CurrentViewer() viewer: Viewer | null, @CurrentContext() ctx: RequestContext): Promise<FollowUpReport[]> {
    const reports = await ctx.loaders.reportsByCheckpointId.load(checkpoint.id);
    return (await readable(reports, checkpoint.cohortId, viewer, ctx, this.policy)).map((r) => FollowUpReport.from(r));
  }
}

/** `CohortMember.reports` and `Cohort.followUpComplete`. */
@Resolver(() => CohortMember)
export class CohortMemberReportsResolver {
  constructor(private readonly policy: FollowUpPolicy) {}

  @ResolveField(() => [FollowUpReport], { description: 'Organisationens rapporter i omgången, om den inloggade får läsa dem.' })
  async reports(@Parent() member: CohortMember, @CurrentViewer() viewer: Viewer | null, @CurrentContext() ctx: RequestContext): Promise<FollowUpReport[]> {
    const rows = await ctx.loaders.reportsByCohortId.load(member.cohortId);
    const own = rows.filter((row) => row.report.organizationId === member.organizationId).map((row) => row.report);
    return (await readable(own, member.cohortId, viewer, ctx, this.policy)).map((r) => FollowUpReport.from(r));
  }
}

@Resolver(() => Cohort)
export class CohortFollowUpResolver {
  @ResolveField(() => Boolean, {
    description: 'Sant när varje nuvarande medlems rapport efter ett år är godkänd: då avslutas omgången utan skäl.',
  })
  async followUpComplete(@Parent() cohort: Cohort, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    assertFullCohort(cohort);
    const [members, rows] = await Promise.all([ctx.loaders.membersByCohortId.load(cohort.id), ctx.loaders.reportsByCohortId.load(cohort.id)]);
    return followUpComplete(
      memberFacts(members),
      rows.map((row) => ({ organization: row.report.organizationId, kind: row.checkpoint.kind, status: row.report.status })),
    );
  }
}

/** `LearningExample.cohort`: the cohort an example drafted from a follow-up report came from, for those who may see it. */
@Resolver(() => LearningExample)
export class ExampleCohortResolver {
  constructor(private readonly cohortPolicy: CohortPolicy) {}

  @ResolveField(() => Cohort, { nullable: true, description: 'Omgången exemplet kom ur (ett utkast från en uppföljningsrapport), för den som får se omgången.' })
  async cohort(@Parent() example: LearningExample, @CurrentViewer() viewer: Viewer | null, @CurrentContext() ctx: RequestContext): Promise<Cohort | null> {
    if (!example.sourceReportId) return null;
    const report = await ctx.loaders.reportById.load(example.sourceReportId);
    const checkpoint = report ? await ctx.loaders.checkpointById.load(report.checkpointId) : null;
    if (!checkpoint) return null;
    const [cohort, members] = await Promise.all([ctx.loaders.cohortById.load(checkpoint.cohortId), ctx.loaders.membersByCohortId.load(checkpoint.cohortId)]);
    return cohort && this.cohortPolicy.mayView(viewer, members) ? Cohort.from(cohort) : null;
  }
}
