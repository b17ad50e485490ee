import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request } from 'express';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-error';
import { responseLimitsPlugin } from '../errors/response-limits.plugin';
import { createLoaders } from '../../app.loaders';
import { PublicReads, publicReadError } from '../database/public-reads';
import { COST_LIMIT, queryCostPlugin } from './query-cost';
import { MAX_RELATION_NESTING, relationNestingRule } from './relation-nesting';
import { RequestContext } from './request-context';

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

export function graphqlOptions(
  config: AppConfig,
  createContext: (req: Request) => Promise<RequestContext>,
  publicReads?: PublicReads,
): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: !production },
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
  const protection = armor.protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    plugins: [...protection.plugins, responseLimitsPlugin(), queryCostPlugin(QUERY_LIMITS.maxCost)],
    validationRules: [...protection.validationRules, relationNestingRule(QUERY_LIMITS.maxRelationNesting)],
    context: async ({ req }: { req: Request }) => {
      const context = await createContext(req);
      // Anonymous requests read on the public pool (statement timeout), their relation loaders included.
      if (!publicReads || context.viewer) return context;
      return { ...context, loaders: createLoaders(publicReads.dataSource, { translateError: publicReadError }) };
    },
    formatError: (formatted, error) => formatGraphQLError(formatted, error, { production }),
    csrfPrevention: true,
  };
}
