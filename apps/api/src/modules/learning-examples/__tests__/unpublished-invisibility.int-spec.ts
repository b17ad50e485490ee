import { TestPlatform } from '../../../../test/platform';

/**
 * "Only PUBLISHED is public" (docs/domain.md), through every public path: search results (full text and
 * the trigram fallback), every facet, `related`, the slug query and the Atom feed.
 *
 * A published example P (Malmö, county 12, from 2021) and a published sibling Q sharing one subject
 * with it; then unpublished examples by Hedemora (county 20, from 1997) that share all of P's
 * subjects and activity areas, so each would rank first among P's related examples and show up in
 * counties and start years nobody else in this suite uses, were it to leak.
 */
const SHARED = 'lyktvandringar';
const HIDDEN = 'mörkerpromenad';
const HIDDEN_STATES = ['DRAFT', 'IN_REVIEW', 'ARCHIVED', 'DRAFT (returned after publication)'] as const;
type HiddenState = (typeof HIDDEN_STATES)[number];

const CREATE = `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { id slug } }`;
const SEARCH = `query($q: String, $f: ExampleFilter) { searchLearningExamples(query: $q, filter: $f) {
  totalCount edges { node { id slug title } }
  facets { subjects { value count } activityAreas { value count } originKinds { value count } counties { value count } startYears { value count } } } }`;

function input(title: string, organizationCodes: string[], subjects: string[], activityAreas: string[], periodStart: number) {
  return {
    title,
    summary: `Kommunen ordnade ${SHARED} för att kartlägga otrygga platser tillsammans med invånarna.`,
    organizationCodes,
    subjects,
    activityAreas,
    periodStart,
    background: 'Trygghetsundersökningen visade att kvinnor undvek vissa gångvägar efter mörkrets inbrott.',
  };
}

describe('unpublished learning examples are invisible to the public through every path', () => {
  let platform: TestPlatform;
  let leader: string;
  let outsider: string;
  let p: { id: string; slug: string };
  let q: { id: string; slug: string };
  const hidden = new Map<HiddenState, { id: string; slug: string }>();
  let publicFacetsBefore: unknown;

  /** A workflow step by the process leader, with the version the example has now. */
  const mutate = async (name: string, id: string) => {
    const [{ version }] = await platform.dataSource.query('SELECT version FROM learning_examples WHERE id = $1', [id]);
    return platform.ok(
      `mutation($id: ID!, $v: Int!) { ${name}(id: $id, version: $v${name === 'returnLearningExample' ? ', comment: "Uppdatera siffrorna"' : ''}) { status } }`,
      { id, v: version },
      leader,
    );
  };

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
    outsider = (await platform.createUser('1280')).token;
    p = (
      await platform.ok(
        CREATE,
        { i: input('Trygga stråk i Malmö', ['1280'], ['Folkhälsa', 'Social hållbarhet'], ['Samhällsbyggnad', 'Demokrati'], 2021) },
        leader,
      )
    ).createLearningExample;
    q = (
      await platform.ok(
        CREATE,
        { i: input('Belysning efter dialog i Malmö', ['1280'], ['Folkhälsa'], ['Kultur och fritid'], 2021) },
        leader,
      )
    ).createLearningExample;
    await mutate('publishLearningExample', p.id);
    await mutate('publishLearningExample', q.id);
    publicFacetsBefore = (await platform.ok(SEARCH, {})).searchLearningExamples;

    for (const state of HIDDEN_STATES) {
      const created = (
        await platform.ok(
          CREATE,
          { i: input(`Hemlig ${HIDDEN} ${state}`, ['2083'], ['Folkhälsa', 'Social hållbarhet'], ['Samhällsbyggnad', 'Demokrati'], 1997) },
          leader,
        )
      ).createLearningExample;
      if (state === 'IN_REVIEW') await mutate('submitLearningExample', created.id);
      if (state === 'ARCHIVED') {
        await mutate('publishLearningExample', created.id);
        await mutate('archiveLearningExample', created.id);
      }
      if (state === 'DRAFT (returned after publication)') {
        await mutate('publishLearningExample', created.id);
        await mutate('returnLearningExample', created.id);
      }
      hidden.set(state, created);
    }
  });
  afterAll(() => platform.close());

  const hiddenIds = () => [...hidden.values()].map((h) => h.id);
  const hiddenSlugs = () => [...hidden.values()].map((h) => h.slug);

  it('the hidden examples exist and match the queries below (the process leader finds them)', async () => {
    const all = { statuses: ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] };
    const byWord = (await platform.ok(SEARCH, { q: HIDDEN, f: all }, leader)).searchLearningExamples;
    expect(byWord.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(hiddenIds().sort());
    // The trigram fallback would find them by a misspelt word.
    const misspelt = (await platform.ok(SEARCH, { q: 'mörkerpromenda', f: all }, leader)).searchLearningExamples;
    expect(misspelt.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(hiddenIds().sort());
    const shared = (await platform.ok(SEARCH, { q: SHARED, f: all }, leader)).searchLearningExamples;
    expect(shared.totalCount).toBe(2 + HIDDEN_STATES.length);
    expect(shared.facets.counties).toContainEqual({ value: '20', count: HIDDEN_STATES.length });
  });

  it.each([
    ['anonymous', false],
    ['a member of another organisation', true],
  ])('not in search results for %s: neither by full text nor by the trigram fallback', async (_who, asOutsider) => {
    const token = asOutsider ? outsider : undefined;
    for (const query of [HIDDEN, 'mörkerpromenader', 'mörkerpromenda', `Hemlig ${HIDDEN}`]) {
      const result = (await platform.ok(SEARCH, { q: query }, token)).searchLearningExamples;
      const ids: string[] = result.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids.filter((id) => hiddenIds().includes(id))).toEqual([]);
      // Not counted either: the total is what is listed.
      expect(result.totalCount).toBe(ids.length);
    }
    const shared = (await platform.ok(SEARCH, { q: SHARED }, token)).searchLearningExamples;
    expect(shared.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([p.id, q.id].sort());
  });

  it('not counted in any facet', async () => {
    const shared = (await platform.ok(SEARCH, { q: SHARED })).searchLearningExamples;
    expect(shared.totalCount).toBe(2);
    expect(shared.facets).toEqual({
      subjects: [
        { value: 'Folkhälsa', count: 2 },
        { value: 'Social hållbarhet', count: 1 },
      ],
      activityAreas: [
        { value: 'Demokrati', count: 1 },
        { value: 'Kultur och fritid', count: 1 },
        { value: 'Samhällsbyggnad', count: 1 },
      ],
      originKinds: [{ value: 'MUNICIPALITY', count: 2 }],
      counties: [{ value: '12', count: 2 }],
      startYears: [{ value: '2021', count: 2 }],
    });
    // Filtering on the hidden examples' county finds nothing, and the other facets count nothing.
    const county = (await platform.ok(SEARCH, { q: SHARED, f: { countyCodes: ['20'] } })).searchLearningExamples;
    expect(county.totalCount).toBe(0);
    expect(
      [...county.facets.subjects, ...county.facets.activityAreas, ...county.facets.startYears].filter(
        (v: { count: number }) => v.count > 0,
      ),
    ).toEqual([]);
    // The whole public library, no query: exactly as before the hidden examples were made.
    expect((await platform.ok(SEARCH, {})).searchLearningExamples).toEqual(publicFacetsBefore);
  });

  it('not among the related examples of a published example that shares all their subjects and areas', async () => {
    const RELATED = `query($s: String!) { learningExample(slug: $s) { related(first: 10) { id status } } }`;
    for (const token of [undefined, outsider, leader]) {
      const related: { id: string; status: string }[] = (await platform.ok(RELATED, { s: p.slug }, token)).learningExample.related;
      expect(related.map((r) => r.id)).toContain(q.id);
      expect(related.filter((r) => hiddenIds().includes(r.id))).toEqual([]);
      expect(related.every((r) => r.status === 'PUBLISHED')).toBe(true);
    }
  });

  it.each(HIDDEN_STATES)('%s: not readable by slug for anonymous callers or other organisations', async (state) => {
    const BY_SLUG = `query($s: String!) { learningExample(slug: $s) { id status } }`;
    const { id, slug } = hidden.get(state)!;
    expect((await platform.ok(BY_SLUG, { s: slug })).learningExample).toBeNull();
    expect((await platform.ok(BY_SLUG, { s: slug.toUpperCase() })).learningExample).toBeNull();
    expect((await platform.ok(BY_SLUG, { s: slug }, outsider)).learningExample).toBeNull();
    expect((await platform.ok(BY_SLUG, { s: slug }, leader)).learningExample.id).toBe(id);
  });

  it('not in GET /feeds/examples.atom', async () => {
    const response = await fetch(`${platform.baseUrl}/feeds/examples.atom`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain(`/examples/${p.slug}<`);
    expect(xml).toContain(`/examples/${q.slug}<`);
    for (const slug of hiddenSlugs()) expect(xml).not.toContain(`/examples/${slug}`);
    expect(xml).not.toContain(HIDDEN);
  });
});
