import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, Max, MaxLength, Min } from 'class-validator';
import { OrganizationKind } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { trim } from '../../../infrastructure/graphql/input-transforms';

@InputType()
export class CreateProgrammeInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Ange programmets namn.' })
  @MaxLength(200, { message: 'Namnet får ha högst 200 tecken.' })
  name: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Ange programmets tema.' })
  @MaxLength(500, { message: 'Temat får ha högst 500 tecken.' })
  theme: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind, { message: 'Välj kommuner eller regioner.' })
  organizationKind: OrganizationKind;

  @Field(() => Int, { defaultValue: 2 })
  @IsInt({ message: 'Minsta antal nya ska vara ett heltal.' })
  @Min(1, { message: 'En omgång behöver minst en ny kommun eller region.' })
  @Max(20, { message: 'Minsta antal nya får vara högst 20.' })
  minMentees: number;

  @Field(() => Int, { defaultValue: 3 })
  @IsInt({ message: 'Högsta antal nya ska vara ett heltal.' })
  @Min(1, { message: 'Högsta antal nya måste vara minst 1.' })
  @Max(20, { message: 'Högsta antal nya får vara högst 20.' })
  maxMentees: number;

  @Field(() => Int, { defaultValue: 12 })
  @IsInt({ message: 'Uppföljningen anges i hela månader.' })
  @Min(1, { message: 'Uppföljningen ska ligga minst en månad efter start.' })
  @Max(60, { message: 'Uppföljningen får ligga högst 60 månader efter start.' })
  followUpMonths: number;
}
