import { graphql } from '../../../gql';

/** Only ever on `me`: the feed URL is a secret the API shows its owner alone. */
export const CalendarUrlQuery = graphql(`
  query CalendarUrl {
    me {
      id
      calendarUrl
    }
  }
`);

export const RotateCalendarTokenMutation = graphql(`
  mutation RotateCalendarToken {
    rotateCalendarToken
  }
`);
