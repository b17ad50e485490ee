import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentContext, CurrentViewer, Public } from '../auth/auth.decorators';
import { CohortPolicy } from '../cohorts/cohort.policy';
import { Cohort } from '../cohorts/models/cohort.model';
import { CreateProgrammeInput } from './dto/create-programme.input';
import { Programme } from './models/programme.model';
import { ProgrammesService } from './programmes.service';

@Resolver(() => Programme)
export class ProgrammesResolver {
  constructor(
    private readonly service: ProgrammesService,
    private readonly policy: CohortPolicy,
  ) {}

  /** Public: the network page filters by programme (names and themes only; cohorts stay the viewer's). */
  @Public()
  @Query(() => [Programme])
  async programmes(): Promise<Programme[]> {
    return (await this.service.list()).map((row) => Programme.from(row));
  }

  @Mutation(() => Programme)
  async createProgramme(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateProgrammeInput): Promise<Programme> {
    return Programme.from(await this.service.create(viewer, input));
  }

  /** The programme's cohorts that the viewer may see. */
  @ResolveField(() => [Cohort])
  async cohorts(@Parent() programme: Programme, @CurrentViewer() viewer: Viewer | null, @CurrentContext() ctx: RequestContext): Promise<Cohort[]> {
    const cohorts = await ctx.loaders.cohortsByProgrammeId.load(programme.id);
    const members = await Promise.all(cohorts.map((c) => ctx.loaders.membersByCohortId.load(c.id)));
    return cohorts.filter((_, i) => this.policy.mayView(viewer, members[i])).map((c) => Cohort.from(c));
  }
}
