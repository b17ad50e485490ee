import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-error';
import { responseLimitsPlugin } from '../errors/response-limits.plugin';
import { createLoaders } from '../../app.loaders';
import { PublicReads, publicReadError } from '../database/public-reads';
import { queryArmor, QUERY_LIMITS } from './query-armor';
import { queryCostPlugin } from './query-cost';
import { relationNestingRule } from './relation-nesting';
import { RequestContext } from './request-context';

export { QUERY_LIMITS } from './query-armor';

export function graphqlOptions(
  config: AppConfig,
  createContext: (req: Request) => Promise<RequestContext>,
  publicReads?: PublicReads,
  extraPlugins: ApolloServerPlugin<RequestContext>[] = [],
): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = queryArmor(production);
  const protection = armor.protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    plugins: [
      ...protection.plugins,
      responseLimitsPlugin(),
      queryCostPlugin(QUERY_LIMITS.maxCost),
      // No field sets cache hints: the default cache-control plugin only costs a hook on every field.
      ApolloServerPluginCacheControlDisabled(),
      ...extraPlugins,
    ],
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
