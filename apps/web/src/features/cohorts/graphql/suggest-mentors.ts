import { graphql } from '../../../gql';

/**
 * Mentors suggested for the mentees chosen in the wizard (process leaders only), best first, each with
 * its reasons in Swedish and its score out of 100 (docs/domain.md, the weights and reasons).
 */
export const SuggestMentorsQuery = graphql(`
  query SuggestMentors($programmeId: ID!, $menteeCodes: [String!]!) {
    suggestMentors(programmeId: $programmeId, menteeCodes: $menteeCodes) {
      score
      reasons
      organization {
        id
        code
        name
      }
    }
  }
`);
