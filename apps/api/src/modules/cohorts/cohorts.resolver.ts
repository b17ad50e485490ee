import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { allowedTransitions, CohortStatus, MemberRole } from '@modellkommuner/shared';
import '../../infrastructure/graphql/enums';
import { isUuid } from '../../infrastructure/graphql/ids';
import { validateList } from '../../infrastructure/graphql/validation.pipe';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentContext, CurrentViewer } from '../auth/auth.decorators';
import { Organization } from '../organizations/models/organization.model';
import { Programme } from '../programmes/models/programme.model';
import { User } from '../users/models/user.model';
import { CohortPolicy } from './cohort.policy';
import { CohortMembersService } from './cohort-members.service';
import { CohortsService } from './cohorts.service';
import { CreateCohortInput, MeetingInput, UpdateCohortInput, WorkingGroupMemberInput } from './dto/cohort.inputs';
import { MeetingsService } from './meetings.service';
import { assertFullCohort, Checkpoint, Cohort, CohortMember, Meeting, WorkingGroupMember } from './models/cohort.model';

@Resolver(() => Cohort)
export class CohortsResolver {
  constructor(
    private readonly service: CohortsService,
    private readonly policy: CohortPolicy,
  ) {}

  @Query(() => [Cohort], { description: 'Omgångar: alla för processledare, den egna organisationens för medlemmar.' })
  async cohorts(
    @CurrentViewer() viewer: Viewer,
    @Args('programmeId', { type: () => ID, nullable: true }) programmeId?: string,
    @Args('status', { type: () => CohortStatus, nullable: true }) status?: CohortStatus,
  ): Promise<Cohort[]> {
    return (await this.service.list(viewer, { programmeId, status })).map((row) => Cohort.from(row));
  }

  @Query(() => Cohort, { nullable: true, description: 'Null både när omgången inte finns och när den inloggade inte får se den.' })
  async cohort(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @CurrentContext() ctx: RequestContext): Promise<Cohort | null> {
    if (!isUuid(id)) return null;
    const [cohort, members] = await Promise.all([ctx.loaders.cohortById.load(id), ctx.loaders.membersByCohortId.load(id)]);
    return cohort && this.policy.mayView(viewer, members) ? Cohort.from(cohort) : null;
  }

  @Mutation(() => Cohort)
  async createCohort(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateCohortInput): Promise<Cohort> {
    return Cohort.from(await this.service.create(viewer, input));
  }

  @Mutation(() => Cohort)
  async updateCohort(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateCohortInput,
  ): Promise<Cohort> {
    return Cohort.from(await this.service.update(viewer, id, version, input));
  }

  @Mutation(() => Cohort, { description: 'Skäl krävs för CANCELLED, och för CONCLUDED om inte alla rapporter är godkända.' })
  async transitionCohort(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('to', { type: () => CohortStatus }) to: CohortStatus,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Cohort> {
    return Cohort.from(await this.service.transition(viewer, id, to, version, reason));
  }

  // ---- fields ----

  @ResolveField(() => Programme)
  async programme(@Parent() cohort: Cohort, @CurrentContext() ctx: RequestContext): Promise<Programme> {
    const programme = await ctx.loaders.programmeById.load(cohort.programmeId);
    if (!programme) throw new Error(`programme ${cohort.programmeId} missing`);
    return Programme.from(programme);
  }

  @ResolveField(() => User)
  async processLeader(@Parent() cohort: Cohort, @CurrentContext() ctx: RequestContext): Promise<User> {
    assertFullCohort(cohort);
    const user = await ctx.loaders.userById.load(cohort.processLeaderId);
    if (!user) throw new Error(`user ${cohort.processLeaderId} missing`);
    return user;
  }

  @ResolveField(() => [CohortMember])
  async members(@Parent() cohort: Cohort, @CurrentContext() ctx: RequestContext): Promise<CohortMember[]> {
    assertFullCohort(cohort);
    return (await ctx.loaders.membersByCohortId.load(cohort.id)).map((m) => CohortMember.from(m));
  }

  @ResolveField(() => CohortMember)
  async mentor(@Parent() cohort: Cohort, @CurrentContext() ctx: RequestContext): Promise<CohortMember> {
    assertFullCohort(cohort);
    const mentor = (await ctx.loaders.membersByCohortId.load(cohort.id)).find((m) => m.role === MemberRole.MENTOR);
    if (!mentor) throw new Error(`cohort ${cohort.id} has no mentor`);
    return CohortMember.from(mentor);
  }

  @ResolveField(() => [CohortMember])
  async mentees(@Parent() cohort: Cohort, @CurrentContext() ctx: RequestContext): Promise<CohortMember[]> {
    assertFullCohort(cohort);
    return (await ctx.loaders.membersByCohortId.load(cohort.id)).filter((m) => m.role === MemberRole.MENTEE).map((m) => CohortMember.from(m));
  }

  @ResolveField(() => [Meeting])
  async meetings(@Parent() cohort: Cohort, @CurrentContext() ctx: RequestContext): Promise<Meeting[]> {
    assertFullCohort(cohort);
    return (await ctx.loaders.meetingsByCohortId.load(cohort.id)).map((m) => Meeting.from(m));
  }

  @ResolveField(() => [Checkpoint])
  async checkpoints(@Parent() cohort: Cohort, @CurrentContext() ctx: RequestContext): Promise<Checkpoint[]> {
    assertFullCohort(cohort);
    return (await ctx.loaders.checkpointsByCohortId.load(cohort.id)).map((c) => Checkpoint.from(c));
  }

  @ResolveField(() => [CohortStatus])
  allowedTransitions(@Parent() cohort: Cohort, @CurrentViewer() viewer: Viewer | null): CohortStatus[] {
    return this.policy.mayManageCohorts(viewer) ? [...allowedTransitions(cohort.status)] : [];
  }
}

@Resolver(() => CohortMember)
export class CohortMemberResolver {
  constructor(private readonly members: CohortMembersService) {}

  @Mutation(() => Cohort)
  async addMentee(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('organizationCode') organizationCode: string,
  ): Promise<Cohort> {
    return Cohort.from(await this.members.addMentee(viewer, cohortId, organizationCode));
  }

  @Mutation(() => Cohort)
  async withdrawMember(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('organizationCode') organizationCode: string,
    @Args('reason') reason: string,
  ): Promise<Cohort> {
    return Cohort.from(await this.members.withdrawMember(viewer, cohortId, organizationCode, reason));
  }

  @Mutation(() => CohortMember, {
    description:
      'Sparar en organisations hela arbetsgrupp (egna medlemmar och processledare); version är arbetsgruppens som lästes (CONFLICT om den har ändrats sedan dess).',
  })
  async setWorkingGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('organizationCode') organizationCode: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('members', { type: () => [WorkingGroupMemberInput] }) members: WorkingGroupMemberInput[],
  ): Promise<CohortMember> {
    const people = await validateList(WorkingGroupMemberInput, members, 'members');
    return CohortMember.from(await this.members.setWorkingGroup(viewer, cohortId, organizationCode, version, people));
  }

  @ResolveField(() => Cohort)
  async cohort(@Parent() member: CohortMember, @CurrentContext() ctx: RequestContext): Promise<Cohort> {
    const cohort = await ctx.loaders.cohortById.load(member.cohortId);
    if (!cohort) throw new Error(`cohort ${member.cohortId} missing`);
    return Cohort.from(cohort);
  }

  @ResolveField(() => Organization)
  async organization(@Parent() member: CohortMember, @CurrentContext() ctx: RequestContext): Promise<Organization> {
    const organization = await ctx.loaders.organizationById.load(member.organizationId);
    if (!organization) throw new Error(`organization ${member.organizationId} missing`);
    return organization;
  }

  /** Only reachable through a cohort the viewer may see, where every member sees every working group. */
  @ResolveField(() => [WorkingGroupMember])
  async workingGroup(@Parent() member: CohortMember, @CurrentContext() ctx: RequestContext): Promise<WorkingGroupMember[]> {
    return (await ctx.loaders.workingGroupByMemberId.load(member.id)).map((w) => WorkingGroupMember.from(w));
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @Mutation(() => Meeting, { description: 'Processledaren, eller mentorn för erfarenhetsutbyten.' })
  async scheduleMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('input') input: MeetingInput,
  ): Promise<Meeting> {
    return Meeting.from(await this.meetings.schedule(viewer, cohortId, input));
  }

  @Mutation(() => Meeting, { description: 'Sparar hela mötet; version är den som lästes (CONFLICT om mötet har ändrats sedan dess).' })
  async updateMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: MeetingInput,
  ): Promise<Meeting> {
    return Meeting.from(await this.meetings.update(viewer, id, version, input));
  }

  @Mutation(() => Meeting, { description: 'Ställer in mötet med ett skäl; version är den som lästes.' })
  async cancelMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<Meeting> {
    return Meeting.from(await this.meetings.cancel(viewer, id, version, reason));
  }

  @ResolveField(() => Cohort)
  async cohort(@Parent() meeting: Meeting, @CurrentContext() ctx: RequestContext): Promise<Cohort> {
    const cohort = await ctx.loaders.cohortById.load(meeting.cohortId);
    if (!cohort) throw new Error(`cohort ${meeting.cohortId} missing`);
    return Cohort.from(cohort);
  }
}

@Resolver(() => Checkpoint)
export class CheckpointResolver {
  @ResolveField(() => Cohort)
  async cohort(@Parent() checkpoint: Checkpoint, @CurrentContext() ctx: RequestContext): Promise<Cohort> {
    const cohort = await ctx.loaders.cohortById.load(checkpoint.cohortId);
    if (!cohort) throw new Error(`cohort ${checkpoint.cohortId} missing`);
    return Cohort.from(cohort);
  }
}

/** `Organization.memberships`: the organisation's cohorts, leaving out those the viewer may not see. */
@Resolver(() => Organization)
export class OrganizationMembershipsResolver {
  constructor(private readonly policy: CohortPolicy) {}

  @ResolveField(() => [CohortMember])
  async memberships(@Parent() organization: Organization, @CurrentViewer() viewer: Viewer | null, @CurrentContext() ctx: RequestContext): Promise<CohortMember[]> {
    const memberships = await ctx.loaders.membershipsByOrganizationId.load(organization.id);
    const membersOfEach = await Promise.all(memberships.map((m) => ctx.loaders.membersByCohortId.load(m.cohortId)));
    return memberships.filter((_, i) => this.policy.mayView(viewer, membersOfEach[i])).map((m) => CohortMember.from(m));
  }
}
