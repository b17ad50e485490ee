import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserRole } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { Organization } from '../../organizations/models/organization.model';
import { User } from '../../users/models/user.model';
import { InvitationEntity } from '../entities/invitation.entity';

@ObjectType()
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => Organization)
  organization?: Organization;

  organizationId: string;

  @Field(() => UserRole)
  role: UserRole;

  @Field(() => User, { nullable: true, description: 'Den som bjöd in.' })
  invitedBy?: User | null;

  invitedById: string | null;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Int, { description: 'Hur många gånger inbjudan har skickats.' })
  sendCount: number;

  static from(entity: InvitationEntity): Invitation {
    return Object.assign(new Invitation(), {
      id: entity.id,
      email: entity.email,
      organizationId: entity.organizationId,
      role: entity.role,
      invitedById: entity.invitedById,
      createdAt: entity.createdAt,
      expiresAt: entity.expiresAt,
      acceptedAt: entity.acceptedAt,
      revokedAt: entity.revokedAt,
      sendCount: entity.sendCount,
    });
  }
}

@ObjectType({ description: 'Det en mottagare ser av sin inbjudan innan kontot skapas.' })
export class InvitationPreview {
  @Field()
  email: string;

  @Field(() => Organization)
  organization: Organization;

  @Field(() => UserRole)
  role: UserRole;

  @Field()
  expired: boolean;

  @Field({ description: 'Inbjudan har redan använts för att skapa ett konto.' })
  used: boolean;

  @Field({ description: 'Inbjudan har återkallats.' })
  revoked: boolean;

  @Field(() => String, { nullable: true, description: 'Namnet på den som bjöd in.' })
  invitedByName: string | null;

  @Field()
  expiresAt: Date;
}
