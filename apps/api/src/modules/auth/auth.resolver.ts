import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { User } from '../users/models/user.model';
import { CurrentContext, CurrentViewer, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { AuthPayload } from './models/auth-payload.model';
import { SessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @CurrentContext() ctx: RequestContext,
  ): Promise<AuthPayload> {
    const { token, user } = await this.auth.login(email, password, ctx.clientIp);
    this.cookie.set(ctx.req.res, token);
    return { token, user: User.from(user) };
  }

  @Mutation(() => Boolean, { description: 'Avslutar inloggningen: token slutar gälla på servern.' })
  async logout(@CurrentViewer() viewer: Viewer, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    const done = await this.auth.logout(viewer);
    this.cookie.clear(ctx.req.res);
    return done;
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
  requestPasswordReset(@Args('email') email: string, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    return this.auth.requestPasswordReset(email, ctx.clientIp);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async resetPassword(
    @Args('token') token: string,
    @Args('password') password: string,
    @CurrentContext() ctx: RequestContext,
  ): Promise<AuthPayload> {
    const { token: sessionToken, user } = await this.auth.resetPassword(token, password, ctx.clientIp);
    this.cookie.set(ctx.req.res, sessionToken);
    return { token: sessionToken, user: User.from(user) };
  }
}
