import { Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Forbidden, NotFound } from '../../infrastructure/errors/app-error';
import { RequestContext, Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentContext, CurrentViewer } from '../auth/auth.decorators';
import { User } from '../users/models/user.model';
import { CalendarService } from './calendar.service';

@Resolver(() => User)
export class CalendarResolver {
  constructor(private readonly service: CalendarService) {}

  /**
   * The feed URL is a bearer secret (whoever has it reads the calendar), so only the account's owner may
   * read it. docs/api-conventions.md makes the field `String!`, so for anyone else's User — a process
   * leader listing `users(organizationCode)`, the user returned by `deactivateUser` — it is an honest
   * FORBIDDEN, never a placeholder string that looks like a URL. Clients ask for it on `me` only. (Under
   * `login`, the caller is not yet logged in when the payload resolves: also FORBIDDEN; read `me` afterwards.)
   */
  @ResolveField(() => String, { description: 'Den personliga kalenderlänken (iCalendar). Bara kontots ägare kan läsa den.' })
  async calendarUrl(@Parent() user: User, @CurrentViewer() viewer: Viewer | null, @CurrentContext() ctx: RequestContext): Promise<string> {
    if (!viewer || viewer.userId !== user.id) throw Forbidden('Bara kontots ägare kan se dess kalenderlänk.');
    // Through a DataLoader: however often the owner's User appears in one response, one row is read.
    const version = await ctx.loaders.calendarTokenVersionByUserId.load(viewer.userId);
    if (version === null) throw NotFound('Kontot hittades inte.');
    return this.service.urlFor({ id: viewer.userId, calendarTokenVersion: version });
  }

  @Mutation(() => String, { description: 'Byter ut den personliga kalenderlänken; den gamla slutar fungera. Ger den nya.' })
  rotateCalendarToken(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.service.rotate(viewer);
  }
}
