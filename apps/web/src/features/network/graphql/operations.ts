import { graphql } from '../../../gql';

/** The programmes the figures can be narrowed to (public: names only). */
export const NetworkProgrammesQuery = graphql(`
  query NetworkProgrammes {
    programmes {
      id
      name
    }
  }
`);

export const NetworkOrganizationFieldsFragment = graphql(`
  fragment NetworkOrganizationFields on Organization {
    id
    code
    name
    shortName
    kind
    countyCode
  }
`);

/**
 * The public overview: figures, every kommun and region with its status and generation, and the
 * lineage. For anyone a cohort is only its summary (name, status, dates): other fields are refused.
 * A lineage edge names its mentor and mentee by id only: the page finds them in `organizations`,
 * which holds every kommun and region (thousands of edges would otherwise repeat the same
 * organisations' fields — megabytes to send and to resolve).
 */
export const NetworkOverviewQuery = graphql(`
  query NetworkOverview($programmeId: ID) {
    networkOverview(programmeId: $programmeId) {
      municipalitiesTotal
      municipalitiesReached
      regionsTotal
      regionsReached
      mentorsEligible
      activeCohorts
      generations
      organizations {
        status
        generation
        organization {
          ...NetworkOrganizationFields
        }
      }
      lineage {
        mentor {
          id
        }
        mentee {
          id
        }
        cohort {
          id
          name
          status
          startDate
        }
      }
    }
  }
`);
