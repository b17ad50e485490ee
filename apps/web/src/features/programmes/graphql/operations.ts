import { graphql } from '../../../gql';

export const ProgrammeFieldsFragment = graphql(`
  fragment ProgrammeFields on Programme {
    id
    name
    theme
    organizationKind
    minMentees
    maxMentees
    followUpMonths
  }
`);

export const ProgrammesQuery = graphql(`
  query Programmes {
    programmes {
      ...ProgrammeFields
      cohorts {
        id
      }
    }
  }
`);

export const CreateProgrammeMutation = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      ...ProgrammeFields
      cohorts {
        id
      }
    }
  }
`);
