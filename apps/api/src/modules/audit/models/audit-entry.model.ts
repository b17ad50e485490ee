import { Field, ID, ObjectType } from '@nestjs/graphql';
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
}

@ObjectType()
export class AuditConnection {
  @Field(() => [AuditEntry])
  edges: AuditEntry[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
