import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ReminderKind } from '@modellkommuner/shared';
import '../../infrastructure/graphql/enums';
import { Forbidden } from '../../infrastructure/errors/app-error';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentViewer } from '../auth/auth.decorators';
import { assertFullCohort, Cohort } from '../cohorts/models/cohort.model';
import { User } from '../users/models/user.model';
import { Notification, ReminderPreference, ScheduledReminder } from './models/reminder.model';
import { ReminderErrors } from './reminder.errors';
import { ReminderPolicy } from './reminder.policy';
import { RemindersService } from './reminders.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: RemindersService) {}

  @Query(() => [Notification], { description: 'Den inloggades notiser, nyaste först (högst 100).' })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
  ): Promise<Notification[]> {
    return (await this.service.notifications(viewer, unreadOnly ?? false, first ?? 50)).map((n) => Notification.from(n));
  }

  @Query(() => Int, { description: 'Hur många av den inloggades notiser som är olästa.' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'Markerar den inloggades notiser bland ids som lästa; ger hur många som ändrades.' })
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.service.markRead(viewer, ids);
  }

  @Mutation(() => Int, { description: 'Markerar alla den inloggades notiser som lästa; ger hur många som ändrades.' })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.markAllRead(viewer);
  }

  @Mutation(() => [ReminderPreference], { description: 'Slår på eller av e-post för ett slags påminnelse (notisen i appen finns kvar).' })
  setReminderPreference(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => ReminderKind }) kind: ReminderKind,
    @Args('email') email: boolean,
  ): Promise<ReminderPreference[]> {
    return this.service.setPreference(viewer, kind, email);
  }

  @Mutation(() => Int, {
    description: 'Processledare: skickar ett eget meddelande nu till valda organisationer i omgången. Ger antalet e-post.',
  })
  sendCustomReminder(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('organizationCodes', { type: () => [String] }) organizationCodes: string[],
    @Args('subject') subject: string,
    @Args('body') body: string,
  ): Promise<number> {
    return this.service.sendCustom(viewer, cohortId, organizationCodes, subject, body);
  }
}

@Resolver(() => User)
export class UserRemindersResolver {
  constructor(private readonly service: RemindersService) {}

  @ResolveField(() => [ReminderPreference], { description: 'E-post per slags påminnelse. Bara kontots ägare kan läsa dem.' })
  reminderPreferences(@Parent() user: User, @CurrentViewer() viewer: Viewer | null): Promise<ReminderPreference[]> {
    if (!viewer || viewer.userId !== user.id) throw Forbidden('Bara kontots ägare kan se dess val för påminnelser.');
    return this.service.preferences(user.id);
  }
}

@Resolver(() => Cohort)
export class CohortRemindersResolver {
  constructor(
    private readonly service: RemindersService,
    private readonly policy: ReminderPolicy,
  ) {}

  @ResolveField(() => [ScheduledReminder], {
    description: 'Processledare: omgångens väntande påminnelser och de som skickats de senaste 30 dagarna.',
  })
  async upcomingReminders(@Parent() cohort: Cohort, @CurrentViewer() viewer: Viewer | null): Promise<ScheduledReminder[]> {
    assertFullCohort(cohort);
    if (!viewer || !this.policy.mayManage(viewer)) throw Forbidden(ReminderErrors.mayNotManage);
    return (await this.service.upcoming(viewer, cohort.id)).map((r) => Object.assign(new ScheduledReminder(), r));
  }
}
