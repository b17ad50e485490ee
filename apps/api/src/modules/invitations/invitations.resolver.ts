import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentContext, CurrentViewer, Public } from '../auth/auth.decorators';
import { AuthPayload } from '../auth/models/auth-payload.model';
import { SessionCookie } from '../auth/session-cookie';
import { Organization } from '../organizations/models/organization.model';
import { User } from '../users/models/user.model';
import { InviteUserInput } from './dto/invite-user.input';
import { InvitationsService } from './invitations.service';
import { Invitation, InvitationPreview } from './models/invitation.model';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly cookie: SessionCookie,
  ) {}

  @Mutation(() => Invitation, { description: 'Bjuder in en person; arbetaren mejlar länken {PUBLIC_WEB_URL}/invitation/{token}.' })
  async inviteUser(@CurrentViewer() viewer: Viewer, @Args('input') input: InviteUserInput): Promise<Invitation> {
    return Invitation.from(await this.service.invite(viewer, input));
  }

  @Mutation(() => Invitation)
  async resendInvitation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Invitation> {
    return Invitation.from(await this.service.resend(viewer, id));
  }

  @Mutation(() => Invitation)
  async revokeInvitation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Invitation> {
    return Invitation.from(await this.service.revoke(viewer, id));
  }

  @Query(() => [Invitation], { description: 'Öppna inbjudningar till en organisation.' })
  async invitations(@CurrentViewer() viewer: Viewer, @Args('organizationCode') organizationCode: string): Promise<Invitation[]> {
    return (await this.service.listOpen(viewer, organizationCode)).map((row) => Invitation.from(row));
  }

  @Public()
  @Query(() => InvitationPreview, { nullable: true })
  async invitation(@Args('token') token: string): Promise<InvitationPreview | null> {
    const data = await this.service.preview(token);
    if (!data) return null;
    const { invitation } = data;
    return {
      email: invitation.email,
      organization: Organization.from(data.organization),
      role: invitation.role,
      expired: invitation.expiresAt.getTime() <= Date.now(),
      used: invitation.acceptedAt !== null,
      revoked: invitation.revokedAt !== null,
      invitedByName: data.invitedByName,
      expiresAt: invitation.expiresAt,
    };
  }

  @Public()
  @Mutation(() => AuthPayload)
  async acceptInvitation(
    @Args('token') token: string,
    @Args('name') name: string,
    @Args('password') password: string,
    @CurrentContext() ctx: RequestContext,
  ): Promise<AuthPayload> {
    const result = await this.service.accept(token, name, password, ctx.clientIp);
    this.cookie.set(ctx.req.res, result.token);
    return { token: result.token, user: User.from(result.user) };
  }

  @ResolveField(() => Organization)
  async organization(@Parent() invitation: Invitation, @CurrentContext() ctx: RequestContext): Promise<Organization> {
    const organization = await ctx.loaders.organizationById.load(invitation.organizationId);
    if (!organization) throw new Error(`organisation ${invitation.organizationId} saknas`);
    return organization;
  }

  @ResolveField(() => User, { nullable: true })
  async invitedBy(@Parent() invitation: Invitation, @CurrentContext() ctx: RequestContext): Promise<User | null> {
    return invitation.invitedById ? ctx.loaders.userById.load(invitation.invitedById) : null;
  }
}
