import { graphql } from '../../../gql';

export const OrganizationsQuery = graphql(`
  query Organizations($kind: OrganizationKind, $search: String, $countyCode: String) {
    organizations(kind: $kind, search: $search, countyCode: $countyCode) {
      id
      code
      name
      kind
      countyCode
    }
  }
`);

export const OrganizationQuery = graphql(`
  query Organization($code: String!) {
    organization(code: $code) {
      id
      code
      name
      shortName
      kind
      countyCode
      mentorEligible
    }
  }
`);

export const OrganizationMembershipsQuery = graphql(`
  query OrganizationMemberships($code: String!) {
    organization(code: $code) {
      id
      memberships {
        id
        role
        withdrawnAt
        cohort {
          id
          name
          status
          startDate
          programme {
            id
            name
          }
        }
      }
    }
  }
`);

export const MarkMentorEligibleMutation = graphql(`
  mutation MarkMentorEligible($organizationCode: String!, $reason: String!) {
    markMentorEligible(organizationCode: $organizationCode, reason: $reason) {
      id
      mentorEligible
    }
  }
`);
