import { graphql } from '../../../gql';

/** Everything ExampleView shows (example-view-data.ts). */
export const LibraryExampleFieldsFragment = graphql(`
  fragment LibraryExampleFields on LearningExample {
    title
    summary
    status
    publishedAt
    updatedAt
    organizations {
      id
      code
      name
      shortName
      kind
    }
    originKind
    subjects
    activityAreas
    periodStart
    periodEnd
    background
    implementation
    successFactors
    results
    keyConclusions
    furtherReading {
      title
      url
    }
    contacts {
      name
      title
      organization
      email
      phone
    }
    responsibleEditor
    sourceUrl
  }
`);

export const LibraryExampleQuery = graphql(`
  query LibraryExample($slug: String!) {
    learningExample(slug: $slug) {
      id
      slug
      version
      editorComment
      ...LibraryExampleFields
      related {
        id
        slug
        title
        summary
        publishedAt
        organizations {
          id
          shortName
        }
      }
    }
  }
`);

export const LibrarySearchQuery = graphql(`
  query LibrarySearch($query: String, $filter: ExampleFilter, $sort: ExampleSort! = RELEVANCE, $first: Int! = 20, $after: String) {
    searchLearningExamples(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      approximate
      edges {
        cursor
        snippet
        node {
          id
          slug
          title
          summary
          publishedAt
          organizations {
            id
            shortName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        subjects {
          value
          count
        }
        activityAreas {
          value
          count
        }
        originKinds {
          value
          count
        }
        counties {
          value
          count
        }
        startYears {
          value
          count
        }
      }
    }
  }
`);
