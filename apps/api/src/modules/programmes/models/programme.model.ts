import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationKind } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { ProgrammeEntity } from '../entities/programme.entity';

@ObjectType({ description: 'En satsning, till exempel "Jämställdhetsintegrering – modellkommuner".' })
export class Programme {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  theme: string;

  @Field(() => OrganizationKind)
  organizationKind: OrganizationKind;

  @Field(() => Int)
  minMentees: number;

  @Field(() => Int)
  maxMentees: number;

  @Field(() => Int)
  followUpMonths: number;

  static from(entity: ProgrammeEntity): Programme {
    return Object.assign(new Programme(), {
      id: entity.id,
      name: entity.name,
      theme: entity.theme,
      organizationKind: entity.organizationKind,
      minMentees: entity.minMentees,
      maxMentees: entity.maxMentees,
      followUpMonths: entity.followUpMonths,
    });
  }
}
