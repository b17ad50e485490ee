import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/models/user.model';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Skickas som Authorization: Bearer <token>.' })
  token: string;

  @Field(() => User)
  user: User;
}
