import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserRole } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { Organization } from '../../organizations/models/organization.model';
import { UserEntity } from '../entities/user.entity';

@ObjectType({ description: 'Ett konto: en processledare på SKR eller en medlem i en kommun eller region.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => UserRole)
  role: UserRole;

  /** Resolved through a DataLoader from organizationId. */
  @Field(() => Organization)
  organization?: Organization;

  organizationId: string;

  @Field()
  active: boolean;

  static from(entity: UserEntity): User {
    return Object.assign(new User(), {
      id: entity.id,
      email: entity.email,
      name: entity.name,
      role: entity.role,
      organizationId: entity.organizationId,
      active: entity.active,
    });
  }
}
