import { QUERY_LIMITS } from '../graphql/graphql-options';
import { codeOf, TestPlatform } from '../../../test/platform';

/** Nests `levels` selections; the limit rule counts depth before field validity matters. */
function nested(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i += 1) selection = `organization { ${selection} }`;
  return `{ me { ${selection} } }`;
}

function aliased(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
}

describe('GraphQL limits (checked before any resolver runs)', () => {
  let platform: TestPlatform;
  let token: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    token = await platform.loginProcessLeader();
  });
  afterAll(() => platform.close());

  /** Refused in validation: no data at all, so no resolver ran. */
  async function rejectedWithoutWork(query: string, pattern: RegExp): Promise<void> {
    const result = await platform.gql(query, {}, token);
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.map((e) => e.message).join(' ')).toMatch(pattern);
  }

  it('refuses an over-deep query', async () => {
    await rejectedWithoutWork(nested(QUERY_LIMITS.maxDepth + 2), /depth limit/i);
  });

  it('refuses too many aliases, but allows the limit', async () => {
    expect((await platform.gql(aliased(QUERY_LIMITS.maxAliases), {}, token)).errors).toBeUndefined();
    await rejectedWithoutWork(aliased(QUERY_LIMITS.maxAliases + 1), /aliases limit/i);
  });

  it('refuses a query with too many tokens, as a parse failure (HTTP 400)', async () => {
    // The token limit is graphql-js's parse option, so exceeding it is GRAPHQL_PARSE_FAILED (issue 14:
    // armor's version raised it from a plugin hook as HTTP 500).
    const huge = `{ ${Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'me { id }').join(' ')} }`;
    const result = await platform.gql(huge, {}, token);
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(codeOf(result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.map((e) => e.message).join(' ')).toMatch(new RegExp(`högst ${QUERY_LIMITS.maxTokens} delar \\(tokens\\)`));
  });

  it('refuses an over-costly query that is within the depth, alias and token limits', async () => {
    // 1 + 50 × (entry + actor + organisation + 4 memberships) + pageInfo = 352 (query-cost.ts).
    const organization = 'id code name shortName kind countyCode mentorEligible memberships { id }';
    const page = `auditLog(first: 50) { edges { id at action entity entityId reason before after actor { id email name role active organization { ${organization} } } } pageInfo { hasNextPage endCursor } }`;
    expect((await platform.gql(`{ ${page} }`, {}, token)).errors).toBeUndefined();
    const costly = `{ ${Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => `l${i}: ${page}`).join(' ')} }`;
    await rejectedWithoutWork(costly, new RegExp(`för kostsam.*högst ${QUERY_LIMITS.maxCost} är tillåtet`));
  });

  it('gives Swedish errors with codes for unknown fields, without leaking internals', async () => {
    const result = await platform.gql('{ me { passwordHash } }', {}, token);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('production mode', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'a-long-production-secret-for-the-test-0123456789',
        SEED_PROCESS_LEADER_EMAIL: 'processledare@skr.se',
        SEED_PROCESS_LEADER_PASSWORD: 'not-the-development-password',
      },
    });
  });
  afterAll(() => platform.close());

  it('has no introspection', async () => {
    const result = await platform.gql('{ __schema { types { name } } }');
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('gives no field suggestions', async () => {
    const result = await platform.gql('{ organizatio(code: "0114") { id } }');
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
  });

  it('sends no stack traces', async () => {
    const result = await platform.gql('{ users(organizationCode: "SKR") { id } }');
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
