import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { VocabularyKind } from '@modellkommuner/shared';
import '../../infrastructure/graphql/enums';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentViewer, Public } from '../auth/auth.decorators';
import { Vocabularies } from './models/vocabularies.model';
import { VocabulariesService } from './vocabularies.service';

@Resolver(() => Vocabularies)
export class VocabulariesResolver {
  constructor(private readonly service: VocabulariesService) {}

  @Public()
  @Query(() => Vocabularies)
  vocabularies(): Promise<Vocabularies> {
    return this.service.all();
  }

  @Mutation(() => Vocabularies, { description: 'Ersätter en vokabulär (processledare).' })
  setVocabulary(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => VocabularyKind }) kind: VocabularyKind,
    @Args('terms', { type: () => [String] }) terms: string[],
  ): Promise<Vocabularies> {
    return this.service.set(viewer, kind, terms);
  }
}
