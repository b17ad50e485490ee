import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeOf, TestPlatform } from '../../../../test/platform';

const FIELDS = 'id slug title status version publishedAt originKind subjects organizations { code } editorComment';
const CREATE = `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { ${FIELDS} } }`;
const BY_SLUG = `query($s: String!) { learningExample(slug: $s) { ${FIELDS} related { slug } } }`;

function input(title: string, codes: string[], extra: Record<string, unknown> = {}) {
  return {
    title,
    summary: 'Kommunen kartlade hur stödet fördelades mellan flickor och pojkar och ändrade arbetssätt.',
    organizationCodes: codes,
    subjects: ['Jämställdhet'],
    activityAreas: ['Kultur och fritid'],
    periodStart: 2021,
    background: 'Bakgrunden var en kartläggning av bidragen.',
    keyConclusions: ['Statistik per kön behövs', 'Politiken måste vara med'],
    furtherReading: [{ title: 'Rapporten', url: 'https://example.se/rapport' }],
    contacts: [{ name: 'Karin Lindqvist', title: 'Strateg', email: 'karin@example.se' }],
    ...extra,
  };
}

describe('learning examples: editorial workflow and import', () => {
  let platform: TestPlatform;
  let leader: string;
  let author: { token: string };
  let colleague: { token: string };
  let outsider: { token: string };

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
    author = await platform.createUser('2083');
    colleague = await platform.createUser('2083');
    outsider = await platform.createUser('1280');
  });
  afterAll(() => platform.close());

  it('a member drafts, submits; a process leader returns with a comment, then publishes; the public sees it only then', async () => {
    const created = await platform.ok(CREATE, { i: input('Hedemora styr mot jämställdhet', ['2083']) }, author.token);
    const example = created.createLearningExample;
    expect(example).toMatchObject({ slug: 'hedemora-styr-mot-jamstalldhet', status: 'DRAFT', version: 1, originKind: 'MUNICIPALITY', organizations: [{ code: '2083' }] });
    const s = { s: example.slug };
    expect((await platform.ok(BY_SLUG, s)).learningExample).toBeNull();
    expect((await platform.ok(BY_SLUG, s, outsider.token)).learningExample).toBeNull();
    expect((await platform.ok(BY_SLUG, s, colleague.token)).learningExample.status).toBe('DRAFT');

    await platform.ok(`mutation($id: ID!) { submitLearningExample(id: $id, version: 1) { status } }`, { id: example.id }, author.token);
    // IN_REVIEW is locked for the authors.
    const locked = await platform.gql(`mutation($id: ID!, $i: LearningExampleInput!) { updateLearningExample(id: $id, version: 2, input: $i) { id } }`, { id: example.id, i: input('Ändrad', ['2083']) }, author.token);
    expect(codeOf(locked)).toBe('FORBIDDEN');
    expect(codeOf(await platform.gql(`mutation($id: ID!) { publishLearningExample(id: $id, version: 2) { id } }`, { id: example.id }, author.token))).toBe('FORBIDDEN');

    const returned = await platform.ok(`mutation($id: ID!) { returnLearningExample(id: $id, version: 2, comment: "Lägg till resultat") { status editorComment version } }`, { id: example.id }, leader);
    expect(returned.returnLearningExample).toEqual({ status: 'DRAFT', editorComment: 'Lägg till resultat', version: 3 });
    expect((await platform.ok(BY_SLUG, s, author.token)).learningExample.editorComment).toBe('Lägg till resultat');

    const published = await platform.ok(`mutation($id: ID!) { publishLearningExample(id: $id, version: 3) { status publishedAt editorComment } }`, { id: example.id }, leader);
    expect(published.publishLearningExample).toMatchObject({ status: 'PUBLISHED', editorComment: null });
    const publicView = (await platform.ok(BY_SLUG, s)).learningExample;
    expect(publicView).toMatchObject({ title: 'Hedemora styr mot jämställdhet', status: 'PUBLISHED', editorComment: null });

    // Returning a published example unpublishes it; archiving takes it out of the public library too.
    await platform.ok(`mutation($id: ID!) { returnLearningExample(id: $id, version: 4, comment: "Uppdatera siffrorna") { status } }`, { id: example.id }, leader);
    expect((await platform.ok(BY_SLUG, s)).learningExample).toBeNull();
    await platform.ok(`mutation($id: ID!) { publishLearningExample(id: $id, version: 5) { status } }`, { id: example.id }, leader);
    await platform.ok(`mutation($id: ID!) { archiveLearningExample(id: $id, version: 6) { status } }`, { id: example.id }, leader);
    expect((await platform.ok(BY_SLUG, s)).learningExample).toBeNull();
  });

  it('slugs are readable, stable and unique', async () => {
    const a = await platform.ok(CREATE, { i: input('Öppna förskolor – Åre & Älvdalen!', ['2083']) }, leader);
    const b = await platform.ok(CREATE, { i: input('Öppna förskolor – Åre & Älvdalen!', ['2083']) }, leader);
    expect(a.createLearningExample.slug).toBe('oppna-forskolor-are-alvdalen');
    expect(b.createLearningExample.slug).toBe('oppna-forskolor-are-alvdalen-2');
    const renamed = await platform.ok(
      `mutation($id: ID!, $i: LearningExampleInput!) { updateLearningExample(id: $id, version: 1, input: $i) { slug title version } }`,
      { id: a.createLearningExample.id, i: input('Ett helt nytt namn', ['2083']) },
      leader,
    );
    expect(renamed.updateLearningExample).toEqual({ slug: 'oppna-forskolor-are-alvdalen', title: 'Ett helt nytt namn', version: 2 });
  });

  it('who may do what', async () => {
    expect(codeOf(await platform.gql(CREATE, { i: input('Anonym', ['2083']) }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await platform.gql(CREATE, { i: input('Någon annans', ['0136']) }, author.token))).toBe('FORBIDDEN');
    // Co-authoring with another organisation is allowed when the own one is among them.
    const co = await platform.ok(CREATE, { i: input('Samarbete över länsgränsen', ['2083', '12']) }, author.token);
    expect(co.createLearningExample.originKind).toBe('OTHER');
    const id = co.createLearningExample.id;
    const update = `mutation($id: ID!, $v: Int!, $i: LearningExampleInput!) { updateLearningExample(id: $id, version: $v, input: $i) { version } }`;
    expect(codeOf(await platform.gql(update, { id, v: 1, i: input('X', ['2083', '12']) }, outsider.token))).toBe('NOT_FOUND');
    expect((await platform.ok(update, { id, v: 1, i: input('Samarbete, ändrat', ['2083', '12']) }, colleague.token)).updateLearningExample.version).toBe(2);
    const stale = await platform.gql(update, { id, v: 1, i: input('Krock', ['2083', '12']) }, author.token);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(codeOf(await platform.gql(`mutation($id: ID!) { submitLearningExample(id: $id, version: 2) { id } }`, { id }, outsider.token))).toBe('NOT_FOUND');
    expect(codeOf(await platform.gql(`mutation($id: ID!) { archiveLearningExample(id: $id, version: 2) { id } }`, { id }, leader))).toBe('CONFLICT');
    expect(codeOf(await platform.gql(`mutation { importLearningExamples(text: "x") { created } }`, {}, author.token))).toBe('FORBIDDEN');
    expect(codeOf(await platform.gql(`mutation($id: ID!) { publishLearningExample(id: $id, version: 1) { id } }`, { id: 'inte-ett-id' }, leader))).toBe('NOT_FOUND');
  });

  it('refuses unknown vocabulary terms and organisations field by field, and writes nothing', async () => {
    const before = await platform.dataSource.query('SELECT count(*)::int AS n FROM learning_examples');
    const result = await platform.gql(CREATE, { i: input('Fel', ['9999'], { subjects: ['Påhittat'], periodStart: 2022, periodEnd: 2020 }) }, leader);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['organizationCodes', 'subjects', 'periodEnd']);
    expect(await platform.dataSource.query('SELECT count(*)::int AS n FROM learning_examples')).toEqual(before);
  });

  it('keeps markup typed into an example as text', async () => {
    const created = await platform.ok(CREATE, { i: input('<script>alert(1)</script> Fritid', ['2083'], { background: '<img src=x onerror=alert(1)>' }) }, leader);
    const back = await platform.ok(`query($s: String!) { learningExample(slug: $s) { title background } }`, { s: created.createLearningExample.slug }, leader);
    expect(back.learningExample).toEqual({ title: '<script>alert(1)</script> Fritid', background: '<img src=x onerror=alert(1)>' });
  });

  it('imports SKR pages: published with the original date, organisation matched by name, twice = update, a bad page reported', async () => {
    const page = readFileSync(join(__dirname, '..', 'import', '__fixtures__', 'exempel-fullstandigt.txt'), 'utf8');
    const broken = 'Bara en rad utan datum eller rubrik\n';
    const text = `${page}\n-----\n${broken}`;
    const IMPORT = `mutation($t: String!) { importLearningExamples(text: $t) { created updated skipped errors } }`;
    const first = (await platform.ok(IMPORT, { t: text }, leader)).importLearningExamples;
    expect(first.created).toBe(1);
    expect(first.errors.some((e: string) => /kunde inte läsas/.test(e))).toBe(true);
    expect(first.errors.some((e: string) => /^Okänt ämne/.test(e))).toBe(true);
    const second = (await platform.ok(IMPORT, { t: text }, leader)).importLearningExamples;
    expect(second).toMatchObject({ created: 0, updated: 1 });
    const [row] = await platform.dataSource.query(`SELECT slug, status, published_at FROM learning_examples WHERE import_key IS NOT NULL AND title LIKE 'Unga formar%'`);
    expect(row.status).toBe('PUBLISHED');
    expect(new Date(row.published_at).toISOString()).toBe('2021-03-02T23:00:00.000Z');
    const example = (await platform.ok(`query($s: String!) { learningExample(slug: $s) { organizations { code } originKind publishedAt } }`, { s: row.slug })).learningExample;
    expect(example).toMatchObject({ organizations: [{ code: '2380' }], originKind: 'MUNICIPALITY' });
  });

  it('the Atom feed lists published examples, newest first, with markup escaped, and never drafts', async () => {
    const draft = await platform.ok(CREATE, { i: input('Hemligt utkast om fritidsbidrag', ['2083']) }, leader);
    const published = await platform.ok(CREATE, { i: input('Fritidsbidrag <b>för alla</b>', ['2083']) }, leader);
    await platform.ok(`mutation($id: ID!) { publishLearningExample(id: $id, version: 1) { id } }`, { id: published.createLearningExample.id }, leader);
    const response = await fetch(`${platform.baseUrl}/feeds/examples.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain(`/examples/${published.createLearningExample.slug}`);
    expect(xml).not.toContain('<b>för alla</b>');
    expect(xml).not.toContain(draft.createLearningExample.slug);
    const titles = [...xml.matchAll(/<entry>\s*<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]);
    // type="html": the plain-text title arrives escaped, so a reader shows the tags instead of running them.
    expect(titles[0]).toBe('Fritidsbidrag &lt;b&gt;för alla&lt;/b&gt;');
  });
});
