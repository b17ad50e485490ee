import { graphql } from '../../../gql';

/** Everything the editor reads and writes: what the public page shows (its live preview), plus the editorial fields. */
export const ExampleEditorFieldsFragment = graphql(`
  fragment ExampleEditorFields on LearningExample {
    id
    slug
    editorComment
    version
    ...LibraryExampleFields
  }
`);

/**
 * What a workflow step changes: returned by each step, so Apollo's cache updates the example page
 * (the new `version` is the one the next step sends).
 */
export const ExampleWorkflowFieldsFragment = graphql(`
  fragment ExampleWorkflowFields on LearningExample {
    id
    slug
    status
    version
    editorComment
    publishedAt
    updatedAt
  }
`);

export const ExampleForEditQuery = graphql(`
  query ExampleForEdit($slug: String!) {
    learningExample(slug: $slug) {
      ...ExampleEditorFields
    }
  }
`);

export const EditorVocabulariesQuery = graphql(`
  query EditorVocabularies {
    vocabularies {
      subjects
      activityAreas
      focusAreas
    }
  }
`);

export const ExampleOrganizationSearchQuery = graphql(`
  query ExampleOrganizationSearch($search: String!) {
    organizations(search: $search) {
      id
      code
      name
      shortName
      kind
    }
  }
`);

export const CreateLearningExampleMutation = graphql(`
  mutation CreateLearningExample($input: LearningExampleInput!) {
    createLearningExample(input: $input) {
      ...ExampleEditorFields
    }
  }
`);

export const UpdateLearningExampleMutation = graphql(`
  mutation UpdateLearningExample($id: ID!, $version: Int!, $input: LearningExampleInput!) {
    updateLearningExample(id: $id, version: $version, input: $input) {
      ...ExampleEditorFields
    }
  }
`);

export const SubmitLearningExampleMutation = graphql(`
  mutation SubmitLearningExample($id: ID!, $version: Int!) {
    submitLearningExample(id: $id, version: $version) {
      ...ExampleWorkflowFields
    }
  }
`);

export const PublishLearningExampleMutation = graphql(`
  mutation PublishLearningExample($id: ID!, $version: Int!) {
    publishLearningExample(id: $id, version: $version) {
      ...ExampleWorkflowFields
    }
  }
`);

export const ReturnLearningExampleMutation = graphql(`
  mutation ReturnLearningExample($id: ID!, $version: Int!, $comment: String!) {
    returnLearningExample(id: $id, version: $version, comment: $comment) {
      ...ExampleWorkflowFields
    }
  }
`);

export const ArchiveLearningExampleMutation = graphql(`
  mutation ArchiveLearningExample($id: ID!, $version: Int!) {
    archiveLearningExample(id: $id, version: $version) {
      ...ExampleWorkflowFields
    }
  }
`);

/** The editorial lists: any statuses, optionally one organisation's, newest first, a page at a time. */
export const EditorialExamplesQuery = graphql(`
  query EditorialExamples($filter: ExampleFilter!, $first: Int!, $after: String) {
    searchLearningExamples(filter: $filter, sort: NEWEST, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          title
          status
          updatedAt
          organizations {
            id
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ImportLearningExamplesMutation = graphql(`
  mutation ImportLearningExamples($text: String!) {
    importLearningExamples(text: $text) {
      created
      updated
      skipped
      errors
      examples {
        id
        slug
        title
        status
      }
    }
  }
`);

export const SetVocabularyMutation = graphql(`
  mutation SetVocabulary($kind: VocabularyKind!, $terms: [String!]!) {
    setVocabulary(kind: $kind, terms: $terms) {
      subjects
      activityAreas
      focusAreas
    }
  }
`);
