import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsNotEmpty, MaxLength } from 'class-validator';

import { UserRole } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { trim } from '../../../infrastructure/graphql/input-transforms';

@InputType()
export class InviteUserInput {
  @Field()
  @Transform(trim)
  @MaxLength(254, { message: 'E-postadressen är för lång.' })
  @IsEmail({}, { message: 'Ange en giltig e-postadress.' })
  email: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Välj en organisation.' })
  @MaxLength(8, { message: 'Okänd organisationskod.' })
  organizationCode: string;

  @Field(() => UserRole)
  @IsEnum(UserRole, { message: 'Välj en giltig roll.' })
  role: UserRole;
}
