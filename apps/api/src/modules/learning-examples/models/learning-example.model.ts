import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExampleOrigin, ExampleStatus } from '@modellkommuner/shared';
import { Organization } from '../../organizations/models/organization.model';
import { LearningExampleEntity } from '../entities/learning-example.entity';

registerEnumType(ExampleStatus, { name: 'ExampleStatus' });
registerEnumType(ExampleOrigin, { name: 'ExampleOrigin' });

@ObjectType()
export class Link {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  url: string | null;
}

@ObjectType()
export class Contact {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  organization: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

/**
 * A lärande exempel as clients see it. Texts are plain text (never HTML); the web app renders them
 * escaped. `organizations`, `editorComment` and `related` are resolved with the viewer in hand.
 */
@ObjectType()
export class LearningExample {
  @Field(() => ID)
  id: string;

  /** The follow-up report the draft was made from (LearningExample.cohort in the follow-up module). */
  sourceReportId?: string | null;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => ExampleStatus)
  status: ExampleStatus;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  updatedAt: Date;

  @Field(() => [Organization])
  organizations?: Organization[];

  @Field(() => ExampleOrigin)
  originKind: ExampleOrigin;

  @Field(() => [String])
  subjects: string[];

  @Field(() => [String])
  activityAreas: string[];

  @Field(() => Int, { nullable: true })
  periodStart: number | null;

  @Field(() => Int, { nullable: true })
  periodEnd: number | null;

  @Field(() => String, { nullable: true })
  background: string | null;

  @Field(() => String, { nullable: true })
  implementation: string | null;

  @Field(() => String, { nullable: true })
  successFactors: string | null;

  @Field(() => String, { nullable: true })
  results: string | null;

  @Field(() => [String])
  keyConclusions: string[];

  @Field(() => [Link])
  furtherReading: Link[];

  @Field(() => [Contact])
  contacts: Contact[];

  @Field(() => String, { nullable: true })
  responsibleEditor: string | null;

  @Field(() => String, { nullable: true })
  sourceUrl: string | null;

  /** Resolved per viewer: only authors and process leaders read the editor's comment. */
  editorCommentValue: string | null;

  @Field(() => Int)
  version: number;

  static from(entity: LearningExampleEntity): LearningExample {
    return Object.assign(new LearningExample(), {
      id: entity.id,
      slug: entity.slug,
      title: entity.title,
      summary: entity.summary,
      status: entity.status,
      publishedAt: entity.publishedAt,
      updatedAt: entity.updatedAt,
      originKind: entity.originKind,
      subjects: entity.subjects,
      activityAreas: entity.activityAreas,
      periodStart: entity.periodStart,
      periodEnd: entity.periodEnd,
      background: entity.background,
      implementation: entity.implementation,
      successFactors: entity.successFactors,
      results: entity.results,
      keyConclusions: entity.keyConclusions,
      furtherReading: entity.furtherReading,
      contacts: entity.contacts,
      responsibleEditor: entity.responsibleEditor,
      sourceUrl: entity.sourceUrl,
      editorCommentValue: entity.editorComment,
      sourceReportId: entity.sourceReportId ?? null,
      version: entity.version,
    });
  }
}
