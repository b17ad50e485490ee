import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentContext, CurrentViewer, Public } from '../auth/auth.decorators';
import { Organization } from '../organizations/models/organization.model';
import { ImportResult } from './models/import-result.model';
import { LearningExampleInput } from './dto/learning-example.input';
import { ExampleImportService } from './import/example-import.service';
import { LearningExamplePolicy } from './learning-example.policy';
import { LearningExamplesService } from './learning-examples.service';
import { LearningExample } from './models/learning-example.model';

@Resolver(() => LearningExample)
export class LearningExamplesResolver {
  constructor(
    private readonly service: LearningExamplesService,
    private readonly imports: ExampleImportService,
    private readonly policy: LearningExamplePolicy,
  ) {}

  @Public()
  @Query(() => LearningExample, { nullable: true, description: 'Publicerade exempel för alla; utkast bara för författarna och processledare.' })
  async learningExample(@CurrentViewer() viewer: Viewer | null, @Args('slug') slug: string): Promise<LearningExample | null> {
    const example = await this.service.bySlug(viewer, slug);
    return example ? LearningExample.from(example) : null;
  }

  @Mutation(() => LearningExample)
  async createLearningExample(@CurrentViewer() viewer: Viewer, @Args('input') input: LearningExampleInput): Promise<LearningExample> {
    return LearningExample.from(await this.service.create(viewer, input));
  }

  @Mutation(() => LearningExample)
  async updateLearningExample(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: LearningExampleInput,
  ): Promise<LearningExample> {
    return LearningExample.from(await this.service.update(viewer, id, version, input));
  }

  @Mutation(() => LearningExample)
  async submitLearningExample(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<LearningExample> {
    return LearningExample.from(await this.service.submit(viewer, id, version));
  }

  @Mutation(() => LearningExample)
  async publishLearningExample(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<LearningExample> {
    return LearningExample.from(await this.service.publish(viewer, id, version));
  }

  @Mutation(() => LearningExample)
  async returnLearningExample(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('comment') comment: string,
  ): Promise<LearningExample> {
    return LearningExample.from(await this.service.returnToDraft(viewer, id, version, comment));
  }

  @Mutation(() => LearningExample)
  async archiveLearningExample(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<LearningExample> {
    return LearningExample.from(await this.service.archive(viewer, id, version));
  }

  @Mutation(() => ImportResult, { description: 'En eller flera SKR-sidor som ren text; varje problem blir en rad i errors.' })
  async importLearningExamples(@CurrentViewer() viewer: Viewer, @Args('text') text: string): Promise<ImportResult> {
    const summary = await this.imports.importAs(viewer, text);
    return { ...summary, examples: summary.examples.map((example) => LearningExample.from(example)) };
  }

  /** Carried by examples read with them (the search's page, `related`); otherwise through a DataLoader. */
  @ResolveField(() => [Organization])
  organizations(@Parent() example: LearningExample, @CurrentContext() ctx: RequestContext): Promise<Organization[]> {
    return example.organizations ? Promise.resolve(example.organizations) : ctx.loaders.organizationsByExampleId.load(example.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Redaktörens kommentar: bara för författarna och processledare.' })
  async editorComment(@Parent() example: LearningExample, @CurrentViewer() viewer: Viewer | null, @CurrentContext() ctx: RequestContext): Promise<string | null> {
    if (!example.editorCommentValue) return null;
    const organizations = await ctx.loaders.organizationsByExampleId.load(example.id);
    return this.policy.maySeeEditorComment(viewer, organizations.map((o) => o.id)) ? example.editorCommentValue : null;
  }

  /** Through a DataLoader: one statement for every example of a level of the response (at most MAX_RELATED each). */
  @ResolveField(() => [LearningExample], { description: 'Publicerade exempel med flest gemensamma ämnen och verksamhetsområden.' })
  related(
    @Parent() example: LearningExample,
    @Args('first', { type: () => Int, defaultValue: 3 }) first: number,
    @CurrentContext() ctx: RequestContext,
  ): Promise<LearningExample[]> {
    return ctx.loaders.relatedByExample.load({ id: example.id, subjects: example.subjects, activityAreas: example.activityAreas, first });
  }
}
