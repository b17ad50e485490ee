import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request } from 'express';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-error';
import { RequestContext } from './request-context';

/** Limits checked during validation, before any resolver runs. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxTokens: 3000, maxCost: 1000, maxDirectives: 20 } as const;

export function graphqlOptions(
  config: AppConfig,
  createContext: (req: Request) => Promise<RequestContext>,
): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: !production },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: !production },
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
    plugins: protection.plugins,
    validationRules: protection.validationRules,
    context: ({ req }: { req: Request }) => createContext(req),
    formatError: (formatted, error) => formatGraphQLError(formatted, error, { production }),
    csrfPrevention: true,
  };
}
