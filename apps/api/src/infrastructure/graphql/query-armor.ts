import { ApolloArmor } from '@escape.tech/graphql-armor';
import { COST_LIMIT } from './query-cost';
import { MAX_RELATION_NESTING } from './relation-nesting';

/**
 * Limits checked before any resolver runs: in validation, and the cost (query-cost.ts, which needs the
 * variables) once the operation is resolved. `maxRelationNesting`: how often one relation may follow
 * itself along a path (`related { related }`, relation-nesting.ts).
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 3000,
  maxCost: COST_LIMIT,
  maxDirectives: 20,
  maxRelationNesting: MAX_RELATION_NESTING,
} as const;

/**
 * graphql-armor's checks, as the API runs them (query-cost.spec.ts validates every web document with
 * them too). Depth counts fields, not fragments: a fragment spread adds no level to the answer.
 */
export function queryArmor(production: boolean): ApolloArmor {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: !production, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // The token limit is graphql-js's own parse option (parseOptions below): armor's version re-parses in a
    // plugin hook, where a syntax error becomes an HTTP 500 instead of Apollo's 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Armor's cost counts every field once, blind to list sizes and variables: queryCostPlugin replaces it.
    costLimit: { enabled: false },
    // Field suggestions ("Did you mean …?") would let an outsider map the schema without introspection.
    blockFieldSuggestion: { enabled: production },
  });
}

