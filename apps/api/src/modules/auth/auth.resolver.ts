import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { User } from '../users/models/user.model';
import { CurrentContext, CurrentViewer, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { AuthPayload } from './models/auth-payload.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @CurrentContext() ctx: RequestContext,
  ): Promise<AuthPayload> {
    const { token, user } = await this.auth.login(email, password, ctx.clientIp);
    return { token, user: User.from(user) };
  }

  @Mutation(() => Boolean, { description: 'Avslutar inloggningen: token slutar gälla på servern.' })
  logout(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.auth.logout(viewer);
  }

  @Mutation(() => Boolean)
  changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    return this.auth.changePassword(viewer, currentPassword, newPassword);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Svarar alltid true; skickar en länk om kontot finns.' })
  requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    return this.auth.requestPasswordReset(email);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async resetPassword(@Args('token') token: string, @Args('password') password: string): Promise<AuthPayload> {
    const { token: sessionToken, user } = await this.auth.resetPassword(token, password);
    return { token: sessionToken, user: User.from(user) };
  }
}
