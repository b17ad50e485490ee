import { randomUUID } from 'node:crypto';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ExampleOrigin, ExampleStatus, UserRole } from '@modellkommuner/shared';
import { codeOf, TestPlatform } from '../../../../../test/platform';
import { OrganizationEntity } from '../../../organizations/entities/organization.entity';
import { LearningExampleOrganizationEntity } from '../../entities/learning-example-organization.entity';
import { LearningExampleEntity } from '../../entities/learning-example.entity';
import { refreshSearchVectors } from '../../search-vector';
import { ExampleSearchService } from '../example-search.service';
import { parseSearchQuery } from '../search-query';

/** Every fixture mentions this invented word, so other suites' examples never count. */
const MARK = 'kvistrumsa';

const SEARCH = `query($q: String, $f: ExampleFilter, $s: ExampleSort, $first: Int, $after: String) {
  searchLearningExamples(query: $q, filter: $f, sort: $s, first: $first, after: $after) {
    totalCount
    edges { cursor snippet score node { id slug title status publishedAt } }
    pageInfo { hasNextPage endCursor }
    approximate
    facets { subjects { value count } activityAreas { value count } originKinds { value count } counties { value count } startYears { value count } }
  } }`;

interface Fixture {
  key: string;
  title: string;
  summary: string;
  background?: string;
  status?: ExampleStatus;
  origin?: ExampleOrigin;
  orgs: string[];
  subjects: string[];
  areas: string[];
  period: [number | null, number | null];
  publishedAt: string | null;
}

const FIXTURES: Fixture[] = [
  {
    key: 'jam',
    title: `Jämställdhet i förskolan ${MARK}`,
    summary: `Förskolorna arbetade med jämställdhetsintegrering i vardagen.`,
    orgs: ['0180'],
    subjects: ['Utbildning'],
    areas: ['Förskola'],
    period: [2018, 2020],
    publishedAt: '2024-01-10T10:00:00Z',
  },
  {
    key: 'kommun',
    title: `Digital ${MARK} för äldre`,
    summary: `En kommun gav äldreomsorg med digital tillsyn på natten.`,
    background: 'Jämställdhet nämns här i förbigående.',
    orgs: ['1280'],
    subjects: ['Vård och omsorg'],
    areas: ['Äldreomsorg'],
    period: [2021, null],
    publishedAt: '2024-03-01T10:00:00Z',
  },
  {
    key: 'fras',
    title: `Trygg hemgång ${MARK}`,
    summary: `Regionen ordnade snabb hjälp till äldre som skrivs ut från sjukhuset.`,
    origin: ExampleOrigin.REGION,
    orgs: ['12'],
    subjects: ['Vård och omsorg'],
    areas: ['Hälso- och sjukvård'],
    period: [2015, null],
    publishedAt: '2023-06-15T10:00:00Z',
  },
  {
    key: 'ickefras',
    title: `Mobila team ${MARK}`,
    summary: `Hjälp i hemmet blev snabb tack vare mobila team i äldreomsorg.`,
    orgs: ['0180', '1280'],
    subjects: ['Vård och omsorg', 'Utbildning'],
    areas: ['Äldreomsorg'],
    period: [2019, 2019],
    publishedAt: '2023-06-15T10:00:00Z',
  },
  {
    key: 'markup',
    title: `Skolskjuts ${MARK}`,
    summary: `Vi testade <script>alert("x")</script> & <b>fet</b> text om ${MARK} och skolskjuts.`,
    orgs: ['1280'],
    subjects: ['Utbildning'],
    areas: ['Grundskola'],
    period: [null, null],
    publishedAt: '2022-02-02T10:00:00Z',
  },
  ...[1, 2, 3].map((n) => ({
    key: `extra${n}`,
    title: `Exempel nummer ${n} ${MARK}`,
    summary: `Ett vanligt exempel om bibliotek, nummer ${n}.`,
    orgs: ['0180'],
    subjects: ['Kultur'],
    areas: ['Bibliotek'],
    period: [2010 + n, null] as [number, null],
    publishedAt: `2021-0${n}-01T10:00:00Z`,
  })),
  // Never visible to anonymous callers: a subject and a county of their own to catch leaks in facets.
  ...[ExampleStatus.DRAFT, ExampleStatus.IN_REVIEW, ExampleStatus.ARCHIVED].map((status) => ({
    key: status,
    title: `Hemligt ${status} ${MARK} jämställdhet`,
    summary: `Inte publicerat ${MARK} kommun jämställdhetsintegrering.`,
    status,
    orgs: [status === ExampleStatus.DRAFT ? '0180' : '2083'],
    subjects: ['Hemlighetsämne'],
    areas: ['Hemlighetsområde'],
    period: [1999, null] as [number, null],
    publishedAt: status === ExampleStatus.ARCHIVED ? '2020-01-01T10:00:00Z' : null,
  })),
];
const PUBLISHED = FIXTURES.filter((f) => !f.status).length;

describe('searchLearningExamples', () => {
  let platform: TestPlatform;
  const ids = new Map<string, string>();
  const keyOf = (id: string) => [...ids].find(([, value]) => value === id)?.[0];

  async function search(variables: Record<string, unknown>, token?: string) {
    const data = await platform.ok(SEARCH, variables, token);
    const result = data.searchLearningExamples;
    return { ...result, keys: result.edges.map((edge: { node: { id: string } }) => keyOf(edge.node.id)) };
  }

  beforeAll(async () => {
    platform = await TestPlatform.start();
    const organizations = await platform.dataSource.getRepository(OrganizationEntity).find();
    const byCode = new Map(organizations.map((o) => [o.code, o]));
    await platform.dataSource.transaction(async (manager) => {
      for (const fixture of FIXTURES) {
        const orgs = fixture.orgs.map((code) => byCode.get(code)!);
        const saved = await manager.getRepository(LearningExampleEntity).save({
          slug: `${MARK}-${fixture.key.toLowerCase()}-${randomUUID().slice(0, 8)}`,
          title: fixture.title,
          summary: fixture.summary,
          background: fixture.background ?? null,
          status: fixture.status ?? ExampleStatus.PUBLISHED,
          publishedAt: fixture.publishedAt ? new Date(fixture.publishedAt) : null,
          originKind: fixture.origin ?? ExampleOrigin.MUNICIPALITY,
          organizationNames: orgs.map((o) => o.name).join(', '),
          subjects: fixture.subjects,
          activityAreas: fixture.areas,
          periodStart: fixture.period[0],
          periodEnd: fixture.period[1],
        });
        ids.set(fixture.key, saved.id);
        await manager.getRepository(LearningExampleOrganizationEntity).save(orgs.map((o, position) => ({ exampleId: saved.id, organizationId: o.id, position })));
      }
      await refreshSearchVectors(manager, [...ids.values()]);
    });
  });
  afterAll(() => platform.close());

  it('is registered as a provider', () => {
    expect(platform.api.get(ExampleSearchService)).toBeInstanceOf(ExampleSearchService);
  });

  it('stems inflections: "kommunernas" finds an example that says "kommun"', async () => {
    const result = await search({ q: `${MARK} kommunernas` });
    expect(result.keys).toContain('kommun');
    expect((await search({ q: `${MARK} sjukhusets` })).keys).toEqual(['fras']);
  });

  it('matches compounds by prefix: "jämställdhet" finds "jämställdhetsintegrering"; the title weighs most', async () => {
    const result = await search({ q: `jämställdhet ${MARK}` });
    expect(result.keys).toEqual(['jam', 'kommun']);
    expect(result.edges[0].score).toBeGreaterThan(result.edges[1].score);
    expect(result.edges[0].snippet).toContain('<mark>jämställdhetsintegrering</mark>');
  });

  it('falls back to trigrams for a misspelling: "jämstäldhet", says so, and highlights the closest words', async () => {
    const result = await search({ q: 'jämstäldhet' });
    expect(result.keys).toContain('jam');
    expect(result.keys).not.toContain('DRAFT');
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.approximate).toBe(true);
    expect(result.edges.find((edge: { node: { id: string } }) => edge.node.id === ids.get('jam'))?.snippet).toMatch(/<mark>jämställdhet/);
    expect((await search({ q: `jämställdhet ${MARK}` })).approximate).toBe(false);
    // Nothing close at all: no results, and nothing claimed.
    expect(await search({ q: 'xqzvw' })).toMatchObject({ totalCount: 0, approximate: false });
  });

  it('ANDs words and supports quoted phrases', async () => {
    expect((await search({ q: `${MARK} äldreomsorg digital` })).keys).toEqual(['kommun']);
    expect((await search({ q: `${MARK} snabb hjälp` })).keys.sort()).toEqual(['fras', 'ickefras']);
    expect((await search({ q: `${MARK} "snabb hjälp"` })).keys).toEqual(['fras']);
  });

  it('strips operators from the query', async () => {
    const result = await search({ q: `${MARK} & !(':* | <-> "` });
    expect(result.totalCount).toBe(PUBLISHED);
  });

  it('never shows drafts, examples in review or archived ones to anonymous callers, in results or facets', async () => {
    const result = await search({ q: MARK, first: 50 });
    expect(result.totalCount).toBe(PUBLISHED);
    expect(result.keys).toHaveLength(PUBLISHED);
    expect(result.edges.every((edge: { node: { status: string } }) => edge.node.status === 'PUBLISHED')).toBe(true);
    expect(result.facets.subjects.map((v: { value: string }) => v.value)).not.toContain('Hemlighetsämne');
    expect(result.facets.startYears.map((v: { value: string }) => v.value)).not.toContain('1999');
  });

  it('refuses other statuses to anonymous callers; leaders see all, members their own', async () => {
    const anonymous = await platform.gql(SEARCH, { q: MARK, f: { statuses: ['DRAFT'] } });
    expect(codeOf(anonymous)).toBe('FORBIDDEN');
    const leader = await platform.loginProcessLeader();
    expect((await search({ q: MARK, f: { statuses: ['DRAFT', 'IN_REVIEW', 'ARCHIVED'] } }, leader)).keys.sort()).toEqual(['ARCHIVED', 'DRAFT', 'IN_REVIEW']);
    const member = await platform.createUser('0180', UserRole.MEMBER);
    const own = await search({ q: MARK, f: { statuses: ['DRAFT', 'IN_REVIEW', 'PUBLISHED'] }, first: 50 }, member.token);
    expect(own.keys).toContain('DRAFT');
    expect(own.keys).not.toContain('IN_REVIEW');
    expect(own.totalCount).toBe(PUBLISHED + 1);
  });

  it('counts facets with the query and every filter except the facet’s own', async () => {
    const all = await search({ q: MARK });
    expect(all.facets.subjects).toEqual([
      { value: 'Utbildning', count: 3 },
      { value: 'Kultur', count: 3 },
      { value: 'Vård och omsorg', count: 3 },
    ].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'sv')));
    expect(all.facets.originKinds).toEqual([{ value: 'MUNICIPALITY', count: 7 }, { value: 'REGION', count: 1 }]);
    expect(all.facets.counties).toEqual([{ value: '01', count: 5 }, { value: '12', count: 4 }]);
    expect(all.facets.startYears).toContainEqual({ value: '2018', count: 1 });

    const filtered = await search({ q: MARK, f: { subjects: ['Utbildning'], countyCodes: ['12'] } });
    expect(filtered.keys.sort()).toEqual(['ickefras', 'markup']);
    expect(filtered.totalCount).toBe(2);
    // Subjects: not narrowed by the subject filter, but by the county filter (county 12: kommun, fras, ickefras, markup).
    expect(filtered.facets.subjects).toEqual([{ value: 'Vård och omsorg', count: 3 }, { value: 'Utbildning', count: 2 }]);
    // Counties: narrowed by the subject filter only (Utbildning: jam 01, ickefras 01+12, markup 12).
    expect(filtered.facets.counties).toEqual([{ value: '01', count: 2 }, { value: '12', count: 2 }]);
    expect(filtered.facets.activityAreas).toEqual([{ value: 'Grundskola', count: 1 }, { value: 'Äldreomsorg', count: 1 }]);
  });

  it('filters by origin, organisation and active year', async () => {
    expect((await search({ q: MARK, f: { originKinds: ['REGION'] } })).keys).toEqual(['fras']);
    expect((await search({ q: MARK, f: { organizationCodes: ['1280'] }, s: 'NEWEST' })).keys).toEqual(['kommun', 'ickefras', 'markup']);
    const active = await search({ q: MARK, f: { activeInYear: 2019 }, s: 'NEWEST' });
    expect(active.keys).toEqual(['jam', ...[ids.get('fras')!, ids.get('ickefras')!].sort().map(keyOf), 'extra3', 'extra2', 'extra1']);
    // The active year is not a facet of its own: it narrows the Startår counts too (nothing starting after 2019 is active then).
    expect(active.facets.startYears.map((v: { value: string }) => Number(v.value)).every((year: number) => year <= 2019)).toBe(true);
  });

  it('filters by start year as the Startår facet counts, and that facet ignores its own filter', async () => {
    const all = await search({ q: MARK });
    const counted = all.facets.startYears.find((v: { value: string }) => v.value === '2021');
    expect(counted?.count).toBeGreaterThan(0);
    const byYear = await search({ q: MARK, f: { startYears: [2021] } });
    expect(byYear.totalCount).toBe(counted!.count);
    expect(byYear.facets.startYears).toEqual(all.facets.startYears);
    const two = await search({ q: MARK, f: { startYears: [2018, 2021] } });
    const expected = all.facets.startYears.filter((v: { value: string }) => ['2018', '2021'].includes(v.value)).reduce((n: number, v: { count: number }) => n + v.count, 0);
    expect(two.totalCount).toBe(expected);
    expect(codeOf(await platform.gql(SEARCH, { q: MARK, f: { startYears: [20] } }))).toBe('BAD_USER_INPUT');
  });

  it('combines a text query with every filter at once, the start year and the active year included', async () => {
    const f = { startYears: [2018, 2019], activeInYear: 2019, subjects: ['Utbildning'], countyCodes: ['01'], originKinds: ['MUNICIPALITY'] };
    for (const s of ['RELEVANCE', 'NEWEST']) {
      const result = await search({ q: MARK, f, s });
      expect(result.totalCount).toBe(2);
      expect([...result.keys].sort()).toEqual(['ickefras', 'jam']);
      expect(result.facets.startYears).toEqual([{ value: '2018', count: 1 }, { value: '2019', count: 1 }]);
    }
  });

  it('sorts newest first, and by relevance; an empty query by relevance is newest first', async () => {
    const newest = await search({ q: MARK, s: 'NEWEST', first: 50 });
    expect(newest.keys).toEqual(['kommun', 'jam', ...[ids.get('fras')!, ids.get('ickefras')!].sort().map(keyOf), 'markup', 'extra3', 'extra2', 'extra1']);
    const relevance = await search({ q: MARK, first: 50 });
    const scores = relevance.edges.map((edge: { score: number }) => edge.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const empty = await search({ f: { organizationCodes: ['0180', '1280', '12'] }, first: 50 });
    const ours = empty.keys.filter(Boolean);
    expect(ours).toEqual(newest.keys);
    expect(empty.edges[0].score).toBeNull();
  });

  it.each(['RELEVANCE', 'NEWEST'])('pages through all results (%s) without duplicates or gaps', async (sort) => {
    const whole = await search({ q: MARK, s: sort, first: 50 });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page = await search({ q: MARK, s: sort, first: 2, after });
      expect(page.totalCount).toBe(whole.totalCount);
      seen.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((edge: { node: { id: string } }) => edge.node.id));
    expect(new Set(seen).size).toBe(PUBLISHED);
  });

  it('runs on one pooled connection: with a pool of one it still answers (it never waits for a second)', async () => {
    // A search that took a second connection while holding its transaction's would wait for ever here.
    const single = await new DataSource({ ...platform.dataSource.options, poolSize: 1 } as DataSourceOptions).initialize();
    try {
      const service = new ExampleSearchService(single);
      let timer: NodeJS.Timeout | undefined;
      const results = await Promise.race([
        Promise.all([service.search(null, { query: MARK }), service.search(null, { query: 'jämstäldhet' }), service.search(null, {})]),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('the search waited for a second connection')), 5_000);
        }),
      ]);
      clearTimeout(timer);
      expect(results.map((result) => result.edges.length > 0)).toEqual([true, true, true]);
    } finally {
      await single.destroy();
    }
  });

  it('counts facets from a current copy: a publication, an archiving and a direct change show at once', async () => {
    const before = await search({ q: '' });
    const leader = await platform.loginProcessLeader();
    const CREATE = `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { id version } }`;
    const created = await platform.ok(
      CREATE,
      { i: { title: `Nytt exempel ${MARK}`, summary: 'Om fritid.', organizationCodes: ['2583'], subjects: ['Folkhälsa'], activityAreas: ['Arbetsmarknad'], periodStart: 1999 } },
      leader,
    );
    const id = created.createLearningExample.id;
    // A draft changes nothing public.
    expect((await search({ q: '' })).facets).toEqual(before.facets);
    await platform.ok(`mutation($id: ID!, $v: Int!) { publishLearningExample(id: $id, version: $v) { id } }`, { id, v: created.createLearningExample.version }, leader);
    const published = await search({ q: '' });
    const count = (result: { facets: Record<string, { value: string; count: number }[]> }, facet: string, value: string) =>
      result.facets[facet].find((v) => v.value === value)?.count ?? 0;
    expect(published.totalCount).toBe(before.totalCount + 1);
    expect(count(published, 'startYears', '1999')).toBe(count(before, 'startYears', '1999') + 1);
    expect(count(published, 'counties', '25')).toBe(count(before, 'counties', '25') + 1);
    expect((await search({ q: MARK, f: { startYears: [1999] } })).totalCount).toBe(1);
    // A change made straight in the database (no service involved) is seen too: the trigger raises the version.
    await platform.dataSource.query(`UPDATE learning_examples SET subjects = '{Jämlikhet}' WHERE id = $1`, [id]);
    const changed = await search({ q: '' });
    expect(count(changed, 'subjects', 'Folkhälsa')).toBe(count(before, 'subjects', 'Folkhälsa'));
    expect(count(changed, 'subjects', 'Jämlikhet')).toBe(count(before, 'subjects', 'Jämlikhet') + 1);
    const [{ version: current }] = await platform.dataSource.query('SELECT version FROM learning_examples WHERE id = $1', [id]);
    await platform.ok(`mutation($id: ID!, $v: Int!) { archiveLearningExample(id: $id, version: $v) { id } }`, { id, v: current }, leader);
    const archived = await search({ q: '' });
    expect(archived.totalCount).toBe(before.totalCount);
    expect(archived.facets).toEqual(before.facets);

    // Without the version row every search reads the facets afresh: slower, but never stale.
    await platform.dataSource.query(`DELETE FROM learning_example_library`);
    try {
      await platform.dataSource.query(`UPDATE learning_examples SET status = 'PUBLISHED' WHERE id = $1`, [id]);
      expect((await search({ q: '' })).totalCount).toBe(before.totalCount + 1);
      await platform.dataSource.query(`UPDATE learning_examples SET status = 'ARCHIVED' WHERE id = $1`, [id]);
      expect((await search({ q: '' })).totalCount).toBe(before.totalCount);
    } finally {
      await platform.dataSource.query(`INSERT INTO learning_example_library (id, version) VALUES (true, 1000) ON CONFLICT DO NOTHING`);
    }
  });

  it('keeps learning_example_search, the public search\'s copy, equal to the published examples, whatever changes them', async () => {
    // Every difference between the copy and what it copies, both ways.
    const differences = async () => {
      const [{ count }] = await platform.dataSource.query(
        `WITH expected AS (SELECT search_no, id, coalesce(published_at, updated_at) AS sort_at, subjects, activity_areas, origin_kind::text AS origin_kind,
                                  county_codes, period_start, period_end, rank_vector, search_vector, search_word_pairs(search_vector) AS phrase_vector
                           FROM learning_examples WHERE status = 'PUBLISHED'),
              actual AS (SELECT search_no, id, sort_at, subjects, activity_areas, origin_kind, county_codes, period_start, period_end, rank_vector, search_vector,
                                phrase_vector FROM learning_example_search)
         SELECT count(*)::int AS count FROM ((SELECT * FROM expected EXCEPT SELECT * FROM actual) UNION ALL (SELECT * FROM actual EXCEPT SELECT * FROM expected)) d`,
      );
      return count;
    };
    const rows = async () => Number((await platform.dataSource.query(`SELECT count(*) FROM learning_example_search`))[0].count);
    expect(await rows()).toBeGreaterThan(0);
    expect(await differences()).toBe(0);
    const word = `${MARK}kopia`;
    const leader = await platform.loginProcessLeader();
    const created = await platform.ok(
      `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { id version } }`,
      { i: { title: `Kopian ${word}`, summary: 'Om kopian.', organizationCodes: ['0180'], subjects: ['Folkhälsa'], activityAreas: ['Arbetsmarknad'], periodStart: 2020 } },
      leader,
    );
    const id = created.createLearningExample.id;
    const found = async (q: string) => (await search({ q })).totalCount;
    // Through the app: a draft is not copied, a publication is, with its words.
    expect(await differences()).toBe(0);
    expect(await found(word)).toBe(0);
    await platform.ok(`mutation($id: ID!, $v: Int!) { publishLearningExample(id: $id, version: $v) { id } }`, { id, v: created.createLearningExample.version }, leader);
    expect(await differences()).toBe(0);
    expect(await found(word)).toBe(1);
    // Plain SQL: new text with its vectors recomputed, a status change, a deletion.
    await platform.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE learning_examples SET title = 'Omdöpt ${MARK}omdop', period_start = 2011 WHERE id = $1`, [id]);
      await refreshSearchVectors(manager, [id]);
    });
    expect(await differences()).toBe(0);
    expect(await found(word)).toBe(0);
    expect(await found(`${MARK}omdop`)).toBe(1);
    expect((await search({ q: `${MARK}omdop`, f: { startYears: [2011] } })).totalCount).toBe(1);
    await platform.dataSource.query(`UPDATE learning_examples SET status = 'IN_REVIEW' WHERE id = $1`, [id]);
    expect(await differences()).toBe(0);
    expect(await found(`${MARK}omdop`)).toBe(0);
    await platform.dataSource.query(`UPDATE learning_examples SET status = 'PUBLISHED' WHERE id = $1`, [id]);
    expect(await found(`${MARK}omdop`)).toBe(1);
    await platform.dataSource.query(`DELETE FROM learning_examples WHERE id = $1`, [id]);
    expect(await differences()).toBe(0);
    expect(await found(`${MARK}omdop`)).toBe(0);
    // Emptying the examples empties the copy (in a transaction that is rolled back: the file's later tests need them).
    const runner = platform.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`TRUNCATE learning_examples CASCADE`);
      expect(Number((await runner.query(`SELECT count(*) FROM learning_example_search`))[0].count)).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await differences()).toBe(0);
  });

  it('finds a quoted pair of words through phrase_vector exactly as the full phrase match does', async () => {
    // Phrases taken from the published examples themselves (every one the file has published): each two
    // neighbouring words, and each two words with a stop word between; some inflected, some not present at all.
    const rows: { text: string }[] = await platform.dataSource.query(
      `SELECT concat_ws(' ', title, summary) AS text FROM learning_examples WHERE status = 'PUBLISHED' ORDER BY search_no LIMIT 60`,
    );
    const phrases = new Set<string>(['könsuppdelad statistik', 'våld i nära relationer', 'snabb hjälp', 'hjälp snabb', 'i och', 'kvistrumsa kvistrumsa']);
    for (const { text } of rows) {
      const words = text.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? [];
      for (let i = 0; i + 1 < words.length && phrases.size < 120; i += 3) {
        phrases.add(`${words[i]} ${words[i + 1]}`);
        if (i + 2 < words.length) phrases.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
      }
    }
    // Alone, and beside other terms: a stop word (which PostgreSQL leaves out of the query), a word, another phrase.
    const queries = [...phrases].flatMap((phrase, i) => [`"${phrase}"`, ...(i % 5 === 0 ? [`och "${phrase}"`, `"${phrase}" ${MARK}`, `"${phrase}" "i och" "snabb hjälp"`] : [])]);
    let found = 0;
    for (const q of queries) {
      const [{ count }] = await platform.dataSource.query(
        `SELECT count(*)::int AS count FROM learning_examples WHERE status = 'PUBLISHED' AND search_vector @@ to_tsquery('swedish', $1)`,
        [parseSearchQuery(q).tsquery],
      );
      const result = await search({ q });
      // Nothing found by the phrase: the trigram fallback answers instead (approximate), as it always has.
      if (count === 0) expect({ q, exact: result.totalCount > 0 && !result.approximate }).toEqual({ q, exact: false });
      else expect({ q, total: result.totalCount, approximate: result.approximate }).toEqual({ q, total: count, approximate: false });
      if (count > 0) found += 1;
    }
    expect(found).toBeGreaterThan(20);
  });

  it('refuses a bad cursor and a bad page size', async () => {
    expect(codeOf(await platform.gql(SEARCH, { q: MARK, after: 'skräp' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await platform.gql(SEARCH, { q: MARK, first: 51 }))).toBe('BAD_USER_INPUT');
  });

  it('keeps markup inert in snippets', async () => {
    const result = await search({ q: `${MARK} skolskjuts` });
    expect(result.keys).toEqual(['markup']);
    const snippet: string = result.edges[0].snippet;
    expect(snippet).toContain('&lt;script&gt;');
    expect(snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(snippet).toContain('<mark>skolskjuts</mark>');
  });
});
