import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentViewer, Public } from '../auth/auth.decorators';
import { MentorSuggestion, NetworkOverview } from './models/network.model';
import { NetworkService } from './network.service';

@Resolver(() => NetworkOverview)
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @Public()
  @Query(() => NetworkOverview, {
    description: 'Offentlig: hur långt metoden har nått — kommuner och regioner, generationer och mentorskedjan; en satsning eller alla.',
  })
  async networkOverview(
    @CurrentViewer() viewer: Viewer | null,
    @Args('programmeId', { type: () => ID, nullable: true }) programmeId?: string | null,
  ): Promise<NetworkOverview> {
    return this.service.overview(viewer, programmeId ?? null);
  }

  @Query(() => [MentorSuggestion], {
    description: 'Processledare: förslag på mentor för de valda nya i en satsning, bäst först, med skäl (högst 10).',
  })
  async suggestMentors(
    @CurrentViewer() viewer: Viewer,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('menteeCodes', { type: () => [String] }) menteeCodes: string[],
  ): Promise<MentorSuggestion[]> {
    return this.service.suggestMentors(viewer, programmeId, menteeCodes);
  }
}
