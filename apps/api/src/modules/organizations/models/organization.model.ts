import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganizationKind } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { OrganizationEntity } from '../entities/organization.entity';

@ObjectType({ description: 'En kommun, en region eller SKR.' })
export class Organization {
  @Field(() => ID)
  id: string;

  @Field({ description: 'SCB-kod som text: "0126", "01" eller "SKR".' })
  code: string;

  @Field()
  name: string;

  @Field()
  shortName: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Länskod, två siffror.' })
  countyCode: string | null;

  @Field()
  mentorEligible: boolean;

  static from(entity: OrganizationEntity): Organization {
    return Object.assign(new Organization(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      shortName: entity.shortName,
      kind: entity.kind,
      countyCode: entity.countyCode,
      mentorEligible: entity.mentorEligible,
    });
  }
}
