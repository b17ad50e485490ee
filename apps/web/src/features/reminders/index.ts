/**
 * Reminders and notifications, for the rest of the app: the header's bell (app/Layout.tsx), the
 * notifications page (app/routes.tsx), the start page's "Det här väntar på dig" (features/pages), the
 * e-mail choices on the account page (features/account) and a cohort's reminders for process leaders
 * (features/cohorts). This feature imports no other feature but auth, so that each of those may import it.
 */
export { Agenda } from './Agenda';
export { CohortRemindersSection } from './CohortRemindersSection';
export { NotificationBell, UnreadMenuBadge, UnreadMenuDescription, useUnreadCount } from './NotificationBell';
export { NotificationsPage } from './NotificationsPage';
export { ReminderPreferencesSection } from './ReminderPreferencesSection';
