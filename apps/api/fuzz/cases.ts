/**
 * The fuzz cases: for every operation in schema.gql, a valid request, then for every argument position
 * every hostile value class of its type (as a variable, and small ones also inline), a few cases per
 * operation (unknown argument, the same mutation twice at once), and requests broken below GraphQL
 * (syntax, encoding, size, nesting) that no schema walk produces.
 */
import { getNamedType, GraphQLSchema, isListType, isNonNullType, isScalarType } from 'graphql';
import { ActorName, ACTORS, World } from './fixtures';
import { classesFor, longText, mutateCursor, STRING_CLASSES, ValueClass, ValueContext } from './hostile-values';
import { HttpRequest } from './runner';
import { buildRequest, BuildOptions, fill, Operation, operations, Position, positions } from './schema-walk';

export interface Case {
  op: string;
  position: string;
  cls: string;
  operation?: Operation;
  actors: ActorName[];
  request: (actor: ActorName) => HttpRequest;
  /** Send this many identical requests at once. */
  copies?: number;
  baseline?: boolean;
  /** Whose fixtures the request uses (default: the operation's own); set when cases are batched. */
  fixtureKey?: string;
}

/**
 * Operations that end or change the callers' own logins (or the shared vocabularies): run after the
 * others, so that a logout does not pull the login from under everything else.
 */
export const DISRUPTIVE = /^(logout|changePassword|rotateCalendarToken|deactivateUser|setVocabulary)$/;

const json = (body: unknown) => JSON.stringify(body);

function graphql(world: World, op: Operation, options: (actor: ActorName) => BuildOptions): Case['request'] {
  return (actor) => {
    return { headers: world.headers(actor), body: json(buildRequest(op, world, options(actor))) };
  };
}

function valueContext(world: World, op: Operation, position: Position): ValueContext {
  const ctx = { op, name: position.name, path: position.label, type: position.type, full: false };
  const inner = isNonNullType(position.type) ? position.type.ofType : position.type;
  return {
    name: position.name,
    type: position.type,
    valid: () => fill(world, ctx),
    validItem: isListType(inner) ? () => fill(world, { ...ctx, type: inner.ofType, path: `${ctx.path}[]` }) : undefined,
  };
}

/** Real cursors of an operation, fetched once the API runs (see realCursors in the spec). */
export type CursorMap = Map<string, { full: boolean; cursors: string[] }[]>;

/** String classes also put inside a valid document. */
const EMBEDDED = [
  'NUL byte',
  'lone high surrogate',
  'control characters, noncharacters, bidi',
  '1,100,000 characters',
  '1,900,000 characters',
];

/**
 * `inner` put into valid text: short values at the end of every paragraph (so also into the one that
 * becomes a title), megabyte ones once, at the paragraph break nearest the middle.
 */
function embed(text: string, inner: string): string {
  if (inner.length < 1000) return text.replace(/\n\n/g, ` ${inner}\n\n`);
  const middle = text.indexOf('\n\n', Math.floor(text.length / 2));
  const at = middle === -1 ? Math.floor(text.length / 2) : middle;
  return `${text.slice(0, at)} ${inner} ${text.slice(at)}`;
}

export function operationCases(schema: GraphQLSchema, world: World, cursors: CursorMap): Case[] {
  const cases: Case[] = [];
  for (const op of operations(schema)) {
    const base = { op: op.label, operation: op, actors: ACTORS };
    cases.push({
      ...base,
      position: '(all required arguments valid)',
      cls: 'valid',
      baseline: true,
      request: graphql(world, op, () => ({})),
    });
    if (op.field.args.length)
      cases.push({
        ...base,
        position: '(all arguments valid)',
        cls: 'valid, optional ones too',
        request: graphql(world, op, () => ({ full: true })),
      });
    cases.push({
      ...base,
      position: '(unknown argument)',
      cls: 'inline',
      request: (actor) => {
        const body = buildRequest(op, world, {});
        const query = body.query.includes(`{ ${op.name}(`)
          ? body.query.replace(`{ ${op.name}(`, `{ ${op.name}(notAnArgument: 1, `)
          : body.query.replace(`{ ${op.name} `, `{ ${op.name}(notAnArgument: 1) `);
        return { headers: world.headers(actor), body: json({ ...body, query }) };
      },
    });
    if (op.kind === 'mutation') {
      cases.push({
        ...base,
        actors: ['member', 'leader'],
        position: '(all required arguments valid)',
        cls: 'the same request twice at once',
        copies: 2,
        request: graphql(world, op, () => ({})),
      });
    }
    for (const position of positions(op)) {
      const add = (
        cls: ValueClass | { name: string; value: () => unknown; literal?: boolean; inlineOnly?: boolean },
        extra: Partial<BuildOptions> = {},
      ) => {
        const value = (ctx: ValueContext) => cls.value(ctx);
        if (!cls.inlineOnly)
          cases.push({
            ...base,
            ...('heavy' in cls && cls.heavy ? { actors: ['anonymous', 'leader'] as ActorName[] } : {}),
            position: position.label,
            cls: cls.name,
            request: graphql(world, op, () => ({ position, value: value(valueContext(world, op, position)), ...extra })),
          });
        if (cls.literal || cls.inlineOnly) {
          cases.push({
            ...base,
            position: position.label,
            cls: `${cls.name} (inline)`,
            request: graphql(world, op, () => ({ position, value: value(valueContext(world, op, position)), inline: true, ...extra })),
          });
        }
      };
      for (const cls of classesFor(position.type, position.name, position.required, position.isListItem)) {
        if (cls.name === 'missing' && !position.required) continue;
        // Amplification is about the request, not where in it: the megabyte answers once per argument.
        if (cls.name === '10,000 unknown fields' && (position.nested || position.steps.length > 1)) continue;
        add(cls);
      }
      const named = getNamedType(position.type);
      // A document-like argument (e.g. the import text): the worst strings also inside a valid one,
      // where they reach parsing and storage instead of being refused as a whole.
      if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) {
        const sample = fill(world, { op, name: position.name, path: position.label, type: position.type, full: false });
        if (typeof sample === 'string' && sample.length > 200) {
          for (const cls of STRING_CLASSES.filter((c) => EMBEDDED.includes(c.name))) {
            add({
              name: `${cls.name}, inside valid text`,
              heavy: cls.heavy,
              value: (ctx: ValueContext) => embed(String(ctx.valid()), String(cls.value(ctx))),
            });
          }
        }
      }
      if (isScalarType(named) && /^(after|before|cursor)$/i.test(position.name) && !position.nested) {
        for (const { full, cursors: real } of cursors.get(op.name) ?? []) {
          for (const cursor of real.slice(0, 1)) {
            for (const variant of mutateCursor(cursor))
              add({ name: `real cursor${full ? ' (all arguments)' : ''} ${variant.label}`, value: () => variant.value }, { full });
          }
        }
      }
    }
  }
  return cases;
}

/** A request body that is not a GraphQL document anyone would write, for every caller. */
function raw(world: World, cls: string, request: (actor: ActorName) => HttpRequest): Case {
  return { op: '(request)', position: '(body)', cls, actors: ACTORS, request };
}

export function requestCases(schema: GraphQLSchema, world: World): Case[] {
  const withAuth = (body: string | Buffer) => (actor: ActorName) => ({ headers: world.headers(actor), body });
  const query = (q: string, variables?: unknown) => withAuth(json({ query: q, ...(variables === undefined ? {} : { variables }) }));
  // An operation with an argument, for literals that must reach argument parsing.
  const withArg = operations(schema).find((op) => op.kind === 'query' && op.field.args.length > 0 && getNamedType(op.field.type));
  const argName = withArg?.field.args[0].name ?? 'x';
  const fieldName = withArg?.name ?? '__typename';
  const utf8 = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
  return [
    raw(world, '"{"', query('{')),
    raw(world, '"garbage"', query('garbage')),
    raw(world, 'empty query', query('')),
    raw(world, 'query is a number', query(5 as unknown as string)),
    raw(world, 'query is null', withAuth(json({ query: null }))),
    raw(world, 'no query at all', withAuth(json({ variables: {} }))),
    raw(world, 'variables is a string', query('{ __typename }', 'x')),
    raw(world, 'variables is a list', query('{ __typename }', [1])),
    raw(world, 'body is not JSON', withAuth('{')),
    raw(world, 'body is JSON null', withAuth('null')),
    raw(world, 'body is a JSON string', withAuth('"{ __typename }"')),
    raw(
      world,
      'invalid UTF-8 in the query',
      withAuth(utf8(`{"query":"{ ${fieldName}(${argName}: \\"`, [0xff, 0xfe, 0xc3, 0x28], '\\") { __typename } }"}')),
    ),
    raw(
      world,
      'invalid UTF-8 in variables',
      withAuth(utf8('{"query":"query($v: String) { __typename }","variables":{"v":"', [0xed, 0xa0, 0x80, 0xc0, 0xaf], '"}}')),
    ),
    raw(world, 'UTF-16 body', withAuth(Buffer.from(json({ query: '{ __typename }' }), 'utf16le'))),
    raw(world, 'NUL character in the document', query(`{ ${fieldName}(${argName}: "a\u0000b") { __typename } }`)),
    raw(world, 'lone surrogate escape in a string literal', query(`{ ${fieldName}(${argName}: "\\ud800") { __typename } }`)),
    raw(world, 'unterminated string', query(`{ ${fieldName}(${argName}: "abc`)),
    raw(world, 'over the token limit', query(`{ ${'__typename '.repeat(3100)}}`)),
    raw(
      world,
      '10,000-deep list literal',
      query(`{ ${fieldName}(${argName}: ${'['.repeat(10_000)}${']'.repeat(10_000)}) { __typename } }`),
    ),
    raw(
      world,
      '10,000-deep object literal',
      query(`{ ${fieldName}(${argName}: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}) { __typename } }`),
    ),
    raw(world, '10,000-deep selection', query(`{ ${'a { '.repeat(10_000)}b${' }'.repeat(10_000)} }`)),
    raw(
      world,
      '100,000-deep JSON in variables',
      withAuth(`{"query":"query($v: String) { __typename }","variables":{"v":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`),
    ),
    raw(
      world,
      '120 unused variables (error limit)',
      query(`query(${Array.from({ length: 120 }, (_, i) => `$v${i}: Int`).join(', ')}) { __typename }`),
    ),
    raw(
      world,
      '120 undefined variables (error limit)',
      query(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: __typename`).join(' ')} ${fieldName}(${argName}: $u) { __typename } }`),
    ),
    raw(
      world,
      '1,000 fragments spread',
      query(`{ ...F ${Array.from({ length: 1000 }, () => '...F').join(' ')} } fragment F on Query { __typename }`),
    ),
    raw(world, 'fragment cycle', query('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')),
    raw(world, '100 directives', query(`{ __typename ${'@skip(if: false) '.repeat(100)}}`)),
    raw(world, 'variable name of 10,000 characters', query(`query($${'v'.repeat(10_000)}: String) { __typename }`)),
    raw(world, 'two operations, no operationName', query('query A { __typename } query B { __typename }')),
    raw(world, 'unknown operationName', withAuth(json({ query: 'query A { __typename }', operationName: 'B' }))),
    raw(world, 'operationName with NUL', withAuth(json({ query: 'query A { __typename }', operationName: 'A\u0000' }))),
    raw(world, 'batched request', withAuth(json([{ query: '{ __typename }' }, { query: '{ __typename }' }]))),
    raw(world, 'introspection', query('{ __schema { types { name fields { name } } } }')),
    raw(world, 'body of 1.9 MB string', query('query($v: String) { __typename }', { v: longText(1_900_000) })),
    raw(world, 'body over 2 MB', query('query($v: String) { __typename }', { v: longText(2_200_000) })),
    raw(world, 'text/plain body (CSRF)', (actor) => ({
      headers: { ...world.headers(actor), 'content-type': 'text/plain' },
      body: json({ query: '{ __typename }' }),
    })),
    raw(world, 'GET with a mutation', (actor) => ({
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('mutation { logout }')}`,
      headers: { ...world.headers(actor), 'apollo-require-preflight': 'true' },
    })),
    raw(world, 'GET with invalid percent-encoding', (actor) => ({
      method: 'GET',
      path: '/graphql?query=%E0%A4%A',
      headers: { ...world.headers(actor), 'apollo-require-preflight': 'true' },
    })),
    raw(world, 'malformed bearer token', () => ({
      headers: { authorization: `Bearer ${'\u00ff'.repeat(10)}x` },
      body: json({ query: '{ me { id } }' }),
    })),
    raw(world, 'bearer token of 100,000 characters', () => ({
      headers: { authorization: `Bearer ${'a'.repeat(100_000)}` },
      body: json({ query: '{ me { id } }' }),
    })),
  ];
}
