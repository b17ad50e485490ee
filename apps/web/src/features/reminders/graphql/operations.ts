import { graphql } from '../../../gql';

/** The header's bell: how many of the user's notifications are unread (polled, and read again on focus). */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

/** `/notifications`: the newest first (the API answers at most 100), all or only the unread ones. */
export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean!, $first: Int!) {
    notifications(unreadOnly: $unreadOnly, first: $first) {
      ...NotificationFields
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** Only ever on `me`: the API shows a user's choices to that user alone. */
export const ReminderPreferencesQuery = graphql(`
  query ReminderPreferences {
    me {
      id
      reminderPreferences {
        kind
        email
      }
    }
  }
`);

export const SetReminderPreferenceMutation = graphql(`
  mutation SetReminderPreference($kind: ReminderKind!, $email: Boolean!) {
    setReminderPreference(kind: $kind, email: $email) {
      kind
      email
    }
  }
`);

/** The cohort page's "Påminnelser" (process leaders): what waits and what went out in the last 30 days. */
export const CohortRemindersQuery = graphql(`
  query CohortReminders($id: ID!) {
    cohort(id: $id) {
      id
      upcomingReminders {
        id
        kind
        dueAt
        sentAt
        recipients
        about
      }
    }
  }
`);

export const SendCustomReminderMutation = graphql(`
  mutation SendCustomReminder($cohortId: ID!, $organizationCodes: [String!]!, $subject: String!, $body: String!) {
    sendCustomReminder(cohortId: $cohortId, organizationCodes: $organizationCodes, subject: $subject, body: $body)
  }
`);

/**
 * The start page's "Det här väntar på dig", in one request: the user's cohorts with their meetings, the
 * follow-up reports the user sees (their own organisation's, a mentor's mentees', every one for process
 * leaders), the latest unread notifications and, for process leaders, the examples in the editorial queue.
 */
export const AgendaQuery = graphql(`
  query Agenda($processLeader: Boolean!, $notifications: Int!, $examples: Int!) {
    cohorts {
      id
      name
      status
      processLeader {
        id
      }
      meetings {
        id
        title
        startsAt
        cancelledAt
      }
    }
    followUpReports {
      dueDate
      daysOverdue
      status
      role
      checkpoint {
        id
        kind
      }
      cohort {
        id
        name
      }
      organization {
        id
        code
        name
      }
    }
    notifications(unreadOnly: true, first: $notifications) {
      ...NotificationFields
    }
    examplesInReview: searchLearningExamples(filter: { statuses: [IN_REVIEW] }, sort: NEWEST, first: $examples) @include(if: $processLeader) {
      totalCount
      edges {
        node {
          id
          slug
          title
          updatedAt
        }
      }
    }
  }
`);
