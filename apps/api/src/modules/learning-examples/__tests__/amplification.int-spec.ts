import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ExampleOrigin, ExampleStatus } from '@modellkommuner/shared';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';
import { PUBLIC_STATEMENT_TIMEOUT_MS, PublicReads } from '../../../infrastructure/database/public-reads';
import { QUERY_LIMITS } from '../../../infrastructure/graphql/graphql-options';
import { OrganizationEntity } from '../../organizations/entities/organization.entity';
import { LearningExampleOrganizationEntity } from '../entities/learning-example-organization.entity';
import { LearningExampleEntity } from '../entities/learning-example.entity';
import { refreshSearchVectors } from '../search-vector';

/**
 * Issue 14, finding 1 (anonymous amplification): a ~300-byte anonymous search nesting `related` six
 * levels made thousands of resolver calls, each `related` its own SQL. Now `related` (and every other
 * relation) resolves through batched loaders, one statement per level; the same relation may nest at
 * most twice; list sizes count in the cost, which is checked before anything runs; anonymous requests
 * read on a pool of their own with a statement timeout.
 *
 * The fixtures use invented subjects and areas, so other suites' examples never count as related.
 */
const MARK = 'pilgrimsfalk';
const S = ['Falkämne 1', 'Falkämne 2', 'Falkämne 3'];
const A = ['Falkområde 1', 'Falkområde 2'];

interface Fixture {
  key: string;
  subjects: string[];
  areas: string[];
  publishedAt: string;
  orgs: string[];
  status?: ExampleStatus;
  /** What the title and summary are about (the search finds MARK). */
  text?: string;
}

// P shares with the others: X1 all three subjects; X2 two subjects and an area; X3 two subjects (newer
// than X2); F4 and F2 one subject and an area; X4 one subject (the newest of those with one); F3, F1
// one subject; X5 only an area.
const FIXTURES: Fixture[] = [
  { key: 'P', subjects: S, areas: [A[0]], publishedAt: '2024-01-01T10:00:00Z', orgs: ['0180', '1280'] },
  { key: 'X1', subjects: S, areas: [], publishedAt: '2020-01-01T10:00:00Z', orgs: ['1280'] },
  { key: 'X2', subjects: [S[0], S[1]], areas: [A[0]], publishedAt: '2021-01-01T10:00:00Z', orgs: ['0180'] },
  { key: 'X3', subjects: [S[0], S[1]], areas: [], publishedAt: '2022-01-01T10:00:00Z', orgs: ['12'] },
  { key: 'X4', subjects: [S[0]], areas: [A[1]], publishedAt: '2023-06-01T10:00:00Z', orgs: ['2083', '0180'] },
  { key: 'X5', subjects: [], areas: [A[0]], publishedAt: '2019-01-01T10:00:00Z', orgs: ['0114'] },
  ...[1, 2, 3, 4].map((n) => ({
    key: `F${n}`,
    subjects: n % 2 ? [S[n % 3], 'Falkämne 4'] : [S[n % 3]],
    areas: [A[n % 2]],
    publishedAt: `2018-0${n}-01T10:00:00Z`,
    orgs: ['0114'],
  })),
  // Not found by the search (no MARK) and unrelated to P, but the closest to F1 and F3: the second
  // level of `related` has parents the first did not, so its loader cannot answer from its cache.
  ...[1, 2, 3, 4, 5, 6].map((n) => ({ key: `R${n}`, subjects: ['Falkämne 4'], areas: [A[1]], publishedAt: `2017-0${n}-01T10:00:00Z`, orgs: ['0127'], text: 'utan märkord' })),
  // Never related to anyone: not published.
  { key: 'DRAFT', subjects: S, areas: A, publishedAt: '2025-01-01T10:00:00Z', orgs: ['1280'], status: ExampleStatus.DRAFT },
];

const ORGS = 'organizations { id shortName }';
/** The search page with `related` nested to the allowed depth, organisations at every level. */
const NESTED_SEARCH = `query($q: String, $first: Int!) {
  searchLearningExamples(query: $q, first: $first) {
    totalCount
    edges { snippet node { slug title ${ORGS}
      related { slug title ${ORGS}
        related { slug title ${ORGS} } } } }
    facets { subjects { value count } activityAreas { value count } }
  } }`;

/** The attack of the issue: `related` six levels deep, three aliases at depth five. */
function attack(): string {
  let selection = 'slug title';
  for (let level = 0; level < 6; level += 1) {
    selection = level === 4 ? `slug a: related { ${selection} } b: related { ${selection} } c: related { ${selection} }` : `slug related { ${selection} }`;
  }
  return `query($q: String) { searchLearningExamples(query: $q) { edges { node { ${selection} } } } }`;
}

describe('anonymous amplification (issue 14, finding 1)', () => {
  let platform: TestPlatform;
  const ids = new Map<string, string>();
  const slugs = new Map<string, string>();
  const keyOf = (slug: string) => [...slugs].find(([, value]) => value === slug)?.[0];

  /** The statements every pooled connection sent while `work` ran (BEGIN, SET and COMMIT included). */
  async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const spy = jest.spyOn(Client.prototype, 'query');
    try {
      const result = await work();
      // SHOW_SQL=1 prints them.
      if (process.env.SHOW_SQL) console.log(spy.mock.calls.map((call) => String(typeof call[0] === 'string' ? call[0] : (call[0] as { text?: string }).text).replace(/\s+/g, ' ').slice(0, 160)).join('\n'));
      return { result, statements: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  /** A POST as a browser would send it, with the HTTP status. */
  async function post(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<Record<string, any>>> {
    return platform.gql(query, variables);
  }

  beforeAll(async () => {
    platform = await TestPlatform.start();
    const organizations = await platform.dataSource.getRepository(OrganizationEntity).find();
    const byCode = new Map(organizations.map((o) => [o.code, o]));
    await platform.dataSource.transaction(async (manager) => {
      for (const fixture of FIXTURES) {
        const orgs = fixture.orgs.map((code) => byCode.get(code)!);
        const slug = `${MARK}-${fixture.key.toLowerCase()}-${randomUUID().slice(0, 8)}`;
        const saved = await manager.getRepository(LearningExampleEntity).save({
          slug,
          title: `Exempel ${fixture.key} om ${fixture.text ?? MARK}`,
          summary: `Ett exempel om ${fixture.text ?? MARK} och samverkan.`,
          status: fixture.status ?? ExampleStatus.PUBLISHED,
          publishedAt: fixture.status ? null : new Date(fixture.publishedAt),
          originKind: ExampleOrigin.MUNICIPALITY,
          organizationNames: orgs.map((o) => o.name).join(', '),
          subjects: fixture.subjects,
          activityAreas: fixture.areas,
          periodStart: 2020,
          periodEnd: null,
        });
        ids.set(fixture.key, saved.id);
        slugs.set(fixture.key, slug);
        await manager.getRepository(LearningExampleOrganizationEntity).save(orgs.map((o, position) => ({ exampleId: saved.id, organizationId: o.id, position })));
      }
      await refreshSearchVectors(manager, [...ids.values()]);
    });
  });
  afterAll(() => platform.close());

  it('related: most shared subjects, then areas, then newest; never unpublished; at most first', async () => {
    const query = `query($s: String!) { learningExample(slug: $s) { all: related(first: 10) { slug } two: related(first: 2) { slug } default: related { slug } none: related(first: 0) { slug } } }`;
    const example = (await platform.ok(query, { s: slugs.get('P') })).learningExample;
    const keys = (list: { slug: string }[]) => list.map((r) => keyOf(r.slug));
    expect(keys(example.all)).toEqual(['X1', 'X2', 'X3', 'F4', 'F2', 'X4', 'F3', 'F1', 'X5']);
    expect(keys(example.two)).toEqual(['X1', 'X2']);
    expect(keys(example.default)).toEqual(['X1', 'X2', 'X3']);
    expect(example.none).toEqual([]);
  });

  it('related carry their organisations, in credited order', async () => {
    const query = `query($s: String!) { learningExample(slug: $s) { related(first: 6) { slug organizations { code } } } }`;
    const related = (await platform.ok(query, { s: slugs.get('P') })).learningExample.related;
    expect(related.map((r: { slug: string; organizations: { code: string }[] }) => [keyOf(r.slug), r.organizations.map((o) => o.code)])).toEqual([
      ['X1', ['1280']],
      ['X2', ['0180']],
      ['X3', ['12']],
      ['F4', ['0114']],
      ['F2', ['0114']],
      ['X4', ['2083', '0180']],
    ]);
  });

  describe('an anonymous search with related nested to the allowed depth', () => {
    async function run(first: number) {
      const { result, statements } = await statementsDuring(() => post(NESTED_SEARCH, { q: MARK, first }));
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      const edges = result.data!.searchLearningExamples.edges as { node: { related: { related: unknown[]; organizations: unknown[] }[] } }[];
      return { edges, statements };
    }

    it('runs at most 10 SQL statements, the same for 3 results and for 9', async () => {
      // The first search after a change to the library also reloads the published examples' facets.
      const first = await run(9);
      const three = await run(3);
      const nine = await run(9);
      expect(three.edges).toHaveLength(3);
      expect(nine.edges).toHaveLength(9);
      // Every level has something to resolve: 9 results, 27 related, 81 related of related.
      expect(nine.edges.flatMap((edge) => edge.node.related)).toHaveLength(9 * 3);
      expect(nine.edges.flatMap((edge) => edge.node.related.flatMap((r) => r.related))).toHaveLength(9 * 3 * 3);
      console.log(
        `anonymous search, related nested twice, organisations at every level: ${first.statements} SQL statements for the first search ` +
          `after a change (9 results), then ${three.statements} for 3 results and ${nine.statements} for 9`,
      );
      expect(nine.statements).toBe(three.statements);
      expect(Math.max(first.statements, three.statements, nine.statements)).toBeLessThanOrEqual(10);
    });
  });

  describe('is refused before any resolver runs (HTTP 400, GRAPHQL_VALIDATION_FAILED, no SQL at all)', () => {
    async function refused(query: string, variables: Record<string, unknown>, pattern: RegExp): Promise<void> {
      const { result, statements } = await statementsDuring(() => post(query, variables));
      expect(result.status).toBe(400);
      expect(result.data ?? null).toBeNull();
      expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.map((e) => e.message).join(' ')).toMatch(pattern);
      expect(statements).toBe(0);
    }

    it('the attack of the issue: related six levels deep, three aliases at depth five', async () => {
      await refused(attack(), { q: MARK }, /Relationen LearningExample\.related får nästlas i högst 2 nivåer/);
    });

    it('related three levels deep, even through fragments', async () => {
      await refused(
        `query($s: String!) { learningExample(slug: $s) { ...A } } fragment A on LearningExample { related { ...B } }
         fragment B on LearningExample { related { related { slug } } }`,
        { s: slugs.get('P') },
        /Relationen LearningExample\.related får nästlas i högst 2 nivåer; frågan har 3/,
      );
    });

    it('a costly list query: a full page of twice-nested related of ten, whether the sizes are literals or variables', async () => {
      const literal = `{ searchLearningExamples(first: 50) { edges { node { related(first: 10) { related(first: 10) { ${ORGS} } } } } } }`;
      await refused(literal, {}, new RegExp(`för kostsam att besvara: den beräknade kostnaden är \\d+, högst ${QUERY_LIMITS.maxCost} är tillåtet`));
      const variables = `query($n: Int!, $r: Int!) { searchLearningExamples(first: $n) { edges { node { related(first: $r) { related(first: $r) { ${ORGS} } } } } } }`;
      await refused(variables, { n: 50, r: 10 }, /för kostsam/);
      // The same document with small sizes is fine: the variables decide.
      const small = await post(variables, { n: 3, r: 2 });
      expect(small.status).toBe(200);
      expect(small.errors).toBeUndefined();
    });
  });

  describe('anonymous reads run with a statement timeout on a pool of their own', () => {
    it('their connections carry the timeout from the start', async () => {
      const rows: { statement_timeout: string }[] = await platform.api.get(PublicReads).dataSource.query('SHOW statement_timeout');
      expect(rows[0].statement_timeout).toBe(`${PUBLIC_STATEMENT_TIMEOUT_MS / 1000}s`);
    });

    it('a statement that takes too long ends in a Swedish TOO_MANY_REQUESTS, and the pool recovers', async () => {
      // A lock held elsewhere keeps the search's statements waiting; the timeout counts that waiting.
      const blocker = new Client({ connectionString: process.env.DATABASE_URL });
      await blocker.connect();
      try {
        await blocker.query('BEGIN');
        await blocker.query('LOCK TABLE learning_examples IN ACCESS EXCLUSIVE MODE');
        const started = Date.now();
        // The search, and an example by slug, at the same time.
        const [slow, bySlug] = await Promise.all([
          post(`query($q: String) { searchLearningExamples(query: $q) { totalCount } }`, { q: MARK }),
          post(`query($s: String!) { learningExample(slug: $s) { slug } }`, { s: slugs.get('P') }),
        ]);
        const waited = Date.now() - started;
        for (const result of [slow, bySlug]) {
          expect(result.status).toBe(200);
          expect(codeOf(result)).toBe('TOO_MANY_REQUESTS');
          expect(result.errors?.[0].message).toBe('Sökningen tog för lång tid och avbröts. Försök igen om en stund, eller gör sökningen snävare.');
        }
        expect(waited).toBeGreaterThanOrEqual(PUBLIC_STATEMENT_TIMEOUT_MS - 500);
        expect(waited).toBeLessThan(PUBLIC_STATEMENT_TIMEOUT_MS * 2);
      } finally {
        await blocker.query('ROLLBACK');
        await blocker.end();
      }
      const after = await post(NESTED_SEARCH, { q: MARK, first: 3 });
      expect(after.errors).toBeUndefined();
      expect(after.data!.searchLearningExamples.edges).toHaveLength(3);
    }, 30_000);
  });
});
