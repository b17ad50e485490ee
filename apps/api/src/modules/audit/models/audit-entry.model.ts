import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../infrastructure/graphql/page-info.model';
import { User } from '../../users/models/user.model';

@ObjectType({ description: 'En ändring: vem, vad, när, och skälet när ett angavs.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  /** Resolved from actorId through a DataLoader. */
  @Field(() => User, { nullable: true })
  actor?: User | null;

  actorId: string | null;

  @Field()
  action: string;

  @Field()
  entity: string;

  @Field()
  entityId: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'JSON av objektet före ändringen' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON av objektet efter ändringen' })
  after: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Objektet med namn: omgångens eller programmets namn, exemplets eller mötets rubrik, organisationens eller personens namn, ' +
      'inbjudans e-postadress, arbetsgruppens organisation. Null för en ordlista (entityId namnger den) och när objektet inte finns.',
  })
  subject: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Det objektet hör till, eller som ändringen också gäller, med namn: omgången för ett möte eller en arbetsgrupp, ' +
      'organisationen som lades till i eller togs bort ur en omgång, organisationen för en inbjudan eller ett konto.',
  })
  subjectContext: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Sökvägen i webbappen där objektet öppnas: /cohorts/{id} (även för möten och arbetsgrupper), /examples/{slug}, ' +
      '/organizations/{code} (även för inbjudningar och konton), /programmes, /vocabularies. Null när objektet inte finns.',
  })
  subjectPath: string | null;
}

@ObjectType()
export class AuditConnection {
  @Field(() => [AuditEntry])
  edges: AuditEntry[];

  @Field(() => Int, { description: 'Antalet ändringar som matchar filtret, på alla sidor.' })
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
