import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsNotEmpty, MaxLength } from 'class-validator';

import { UserRole } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { trim } from '../../../infrastructure/graphql/input-transforms';
import { INVITE_INPUT_INVALID } from '../invitation.errors';

@InputType()
export class InviteUserInput {
  @Field()
  @Transform(trim)
  @MaxLength(254, { message: INVITE_INPUT_INVALID.emailTooLong })
  @IsEmail({}, { message: INVITE_INPUT_INVALID.emailInvalid })
  email: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: INVITE_INPUT_INVALID.organizationRequired })
  @MaxLength(8, { message: INVITE_INPUT_INVALID.organizationCodeUnknown })
  organizationCode: string;

  @Field(() => UserRole)
  @IsEnum(UserRole, { message: INVITE_INPUT_INVALID.roleInvalid })
  role: UserRole;
}
