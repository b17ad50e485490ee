import { graphql } from '../../../gql';

export const OrganizationUsersQuery = graphql(`
  query OrganizationUsers($organizationCode: String!) {
    users(organizationCode: $organizationCode) {
      id
      name
      email
      role
      active
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);
