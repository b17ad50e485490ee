import { graphql } from '../../../gql';

/**
 * The programme's cohorts with their members, for the wizard to show who is already busy in the
 * programme (process leaders see every cohort). Only what `busyOrganizations` reads.
 */
export const ProgrammeCohortMembersQuery = graphql(`
  query ProgrammeCohortMembers($programmeId: ID!) {
    cohorts(programmeId: $programmeId) {
      id
      name
      status
      members {
        id
        withdrawnAt
        organization {
          id
          code
          name
        }
      }
    }
  }
`);
