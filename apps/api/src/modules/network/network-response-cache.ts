import { HeaderMap } from '@apollo/server';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Kind, OperationTypeNode, print } from 'graphql';
import type { DataSource } from 'typeorm';
import type { PublicReads } from '../../infrastructure/database/public-reads';
import type { RequestContext } from '../../infrastructure/graphql/request-context';

/** Finished answers kept per API instance (a few programmes × anonymous and a few kinds of viewer). */
export const NETWORK_CACHE_ENTRIES = 12;

type FinishedResult = Record<string, unknown>;

/**
 * Finished `networkOverview` answers, served again while the network has not changed
 * (docs/domain.md, "The network", "Speed"). The overview of all kommuner and regioner and every lineage edge
 * is a few thousand objects; building and serialising them anew for every visitor of a public page is
 * most of its cost, and the answer changes only when cohorts, members, programmes or organisations do.
 *
 * - Only operations whose one root field is `networkOverview` (after validation and the cost limit).
 * - The key: the document, the operation name, the variables, and who asks as far as the answer depends on
 *   it (anonymous; else role and organisation, which decide whether a lineage cohort is a public summary).
 * - `network_state.version` (raised by triggers in the same transaction as any change, migration
 *   NetworkVersion) is read first, one statement; an answer is served only for the version it was built at.
 *   Reading the version before the data means an answer can only be newer than its version, never older.
 * - Answers with errors are not kept.
 */
export function networkResponseCachePlugin(dataSource: DataSource, publicReads?: PublicReads): ApolloServerPlugin<RequestContext> {
  const cache = new Map<string, { version: string; result: FinishedResult }>();
  const readVersion = async (anonymous: boolean): Promise<string> => {
    const read = (source: DataSource) => source.query<{ version: string }[]>(`SELECT version FROM network_state`);
    const rows = anonymous && publicReads ? await publicReads.run(read) : await read(dataSource);
    return String(rows[0]?.version ?? '');
  };

  return {
    requestDidStart() {
      let key: string | null = null;
      let version: string | null = null;
      const listener: GraphQLRequestListener<RequestContext> = {
        async responseForOperation(request) {
          const operation = request.operation;
          if (!operation || operation.operation !== OperationTypeNode.QUERY) return null;
          const roots = operation.selectionSet.selections;
          if (roots.length !== 1 || roots[0].kind !== Kind.FIELD || roots[0].name.value !== 'networkOverview') return null;
          const viewer = request.contextValue.viewer;
          key = JSON.stringify([
            request.source ?? (request.document ? print(request.document) : ''),
            request.operationName ?? null,
            request.request.variables ?? {},
            viewer ? `${viewer.role}:${viewer.organizationId}` : 'public',
          ]);
          version = await readVersion(!viewer);
          const hit = cache.get(key);
          if (!hit || hit.version !== version) return null;
          // Most recently used last: the first key is the one to drop.
          cache.delete(key);
          cache.set(key, hit);
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single' as const, singleResult: { data: hit.result } } };
        },
        willSendResponse(request) {
          const body = request.response.body;
          if (key === null || version === null || body.kind !== 'single') return Promise.resolve();
          const result = body.singleResult;
          if (result.errors?.length || !result.data) return Promise.resolve();
          cache.delete(key);
          cache.set(key, { version, result: result.data });
          while (cache.size > NETWORK_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
          return Promise.resolve();
        },
      };
      return Promise.resolve(listener);
    },
  };
}
