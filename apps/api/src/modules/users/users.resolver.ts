import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentContext, CurrentViewer, Public } from '../auth/auth.decorators';
import { Organization } from '../organizations/models/organization.model';
import { User } from './models/user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'Den inloggade användaren, eller null.' })
  async me(@CurrentViewer() viewer: Viewer | null): Promise<User | null> {
    if (!viewer) return null;
    const user = await this.service.byId(viewer.userId);
    return user ? User.from(user) : null;
  }

  @Query(() => [User], { description: 'En organisations konton (processledare: alla; medlemmar: den egna).' })
  async users(@CurrentViewer() viewer: Viewer, @Args('organizationCode') organizationCode: string): Promise<User[]> {
    return (await this.service.listForOrganization(viewer, organizationCode)).map((row) => User.from(row));
  }

  @Mutation(() => User, { description: 'Inaktiverar ett konto: det kan inte längre logga in och dess inloggningar upphör.' })
  async deactivateUser(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return User.from(await this.service.deactivate(viewer, id));
  }

  @ResolveField(() => Organization)
  async organization(@Parent() user: User, @CurrentContext() ctx: RequestContext): Promise<Organization> {
    const organization = await ctx.loaders.organizationById.load(user.organizationId);
    if (!organization) throw new Error(`organisation ${user.organizationId} saknas för användare ${user.id}`);
    return organization;
  }
}
