import { graphql } from '../../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($entity: String, $entityId: String, $actorId: ID, $first: Int, $after: String) {
    auditLog(entity: $entity, entityId: $entityId, actorId: $actorId, first: $first, after: $after) {
      edges {
        id
        at
        action
        entity
        entityId
        reason
        before
        after
        subject
        subjectContext
        subjectPath
        actor {
          id
          name
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditActorsQuery = graphql(`
  query AuditActors {
    auditActors {
      id
      name
      organization {
        id
        name
      }
    }
  }
`);
