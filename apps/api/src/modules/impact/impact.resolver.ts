import { Args, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { Forbidden } from '../../infrastructure/errors/app-error';
import { CurrentViewer, Public } from '../auth/auth.decorators';
import { ImpactPolicy } from './impact.policy';
import { ImpactService } from './impact.service';
import { ImpactFilter, ImpactOverview } from './models/impact.model';

@Resolver(() => ImpactOverview)
export class ImpactResolver {
  constructor(
    private readonly service: ImpactService,
    private readonly policy: ImpactPolicy,
  ) {}

  @Public()
  @Query(() => ImpactOverview, {
    description: 'Offentlig: deltagarnas skillnader mellan kvinnor och män på Koladas nyckeltal jämfört med övrigas, och målbedömningarna i godkända uppföljningar.',
  })
  async impactOverview(
    @CurrentViewer() viewer: Viewer | null,
    @Args('filter', { type: () => ImpactFilter, nullable: true }) filter?: ImpactFilter | null,
  ): Promise<ImpactOverview> {
    if (!this.policy.mayView()) throw Forbidden();
    return this.service.overview(!viewer, filter);
  }
}
