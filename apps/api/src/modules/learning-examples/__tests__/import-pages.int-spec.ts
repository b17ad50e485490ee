import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestPlatform } from '../../../../test/platform';

/**
 * importLearningExamples beyond the single full page of learning-examples.int-spec.ts: a list page
 * (docs/domain.md "Import": one example per entry) and unknown vocabulary terms.
 */
const fixture = (name: string) => readFileSync(join(__dirname, '..', 'import', '__fixtures__', name), 'utf8');
const IMPORT = `mutation($t: String!) { importLearningExamples(text: $t) { created updated skipped errors } }`;
const PUBLIC_FIELDS =
  'title summary status publishedAt originKind subjects activityAreas periodStart periodEnd organizations { code } keyConclusions contacts { name email } responsibleEditor';
const BY_SLUG = `query($s: String!) { learningExample(slug: $s) { ${PUBLIC_FIELDS} } }`;
/** The line the import adds for an example of a list page: SKR's list pages name no subjects or activity areas. */
const noTerms = (title: string) =>
  `"${title}" saknar ämnen och verksamhetsområden: lägg till dem i exemplet, annars hittas det inte med filtren Ämne och Verksamhetsområde.`;
const LIST_TITLES = ['Språkcaféer på stadsdelsbiblioteken', 'Tandvårdsdagar för unga vuxna', 'Fritidsbank som turnerar i byarna'];

describe('importLearningExamples: list pages and unknown terms', () => {
  let platform: TestPlatform;
  let leader: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
  });
  afterAll(() => platform.close());

  /** What an anonymous visitor sees of the imported example with this title. */
  async function publicView(title: string) {
    const rows: { slug: string }[] = await platform.dataSource.query('SELECT slug FROM learning_examples WHERE title = $1', [title]);
    expect(rows).toHaveLength(1);
    return (await platform.ok(BY_SLUG, { s: rows[0].slug })).learningExample;
  }

  it('a list page becomes one published example per entry, with the page’s date and each entry’s organisation', async () => {
    const first = (await platform.ok(IMPORT, { t: fixture('listsida-motesplatser.txt') }, leader)).importLearningExamples;
    // Imported and published, each with a line saying what it lacks: the result never reads "no remarks" for them.
    expect(first).toEqual({ created: 3, updated: 0, skipped: 0, errors: LIST_TITLES.map(noTerms) });

    const malmo = await publicView('Språkcaféer på stadsdelsbiblioteken');
    expect(malmo).toMatchObject({
      status: 'PUBLISHED',
      // 9 September 2022, midnight in Stockholm.
      publishedAt: '2022-09-08T22:00:00.000Z',
      organizations: [{ code: '1280' }],
      originKind: 'MUNICIPALITY',
      responsibleEditor: 'Lena Åkesson',
    });
    // Both paragraphs of the entry, and nothing of the next entry.
    expect(malmo.summary).toMatch(/^Malmö stad har öppnat språkcaféer .*delta\.\n\nStaden räknar besökarna per kön .*kvällarna\.$/s);
    expect(malmo.summary).not.toContain('Tandvård');

    const skane = await publicView('Tandvårdsdagar för unga vuxna');
    expect(skane).toMatchObject({
      status: 'PUBLISHED',
      publishedAt: '2022-09-08T22:00:00.000Z',
      organizations: [{ code: '12' }],
      originKind: 'REGION',
    });
    expect(skane.summary).toMatch(/^Region Skåne bjuder in unga vuxna/);

    const hedemora = await publicView('Fritidsbank som turnerar i byarna');
    expect(hedemora).toMatchObject({ status: 'PUBLISHED', organizations: [{ code: '2083' }], originKind: 'MUNICIPALITY' });

    // The page title is not an example of its own.
    expect(await platform.dataSource.query(`SELECT 1 FROM learning_examples WHERE title = 'Mötesplatser som når fler'`)).toEqual([]);

    // The entries are in the public library, found by the organisation's name.
    const search = await platform.ok(
      `query { searchLearningExamples(query: "språkcaféer Malmö", filter: { organizationCodes: ["1280"] }) { totalCount edges { node { title } } } }`,
    );
    expect(search.searchLearningExamples.edges.map((e: { node: { title: string } }) => e.node.title)).toContain(
      'Språkcaféer på stadsdelsbiblioteken',
    );

    // The same page again updates the three examples instead of adding three more.
    const again = (await platform.ok(IMPORT, { t: fixture('listsida-motesplatser.txt') }, leader)).importLearningExamples;
    expect(again).toEqual({ created: 0, updated: 3, skipped: 0, errors: LIST_TITLES.map(noTerms) });
    const [{ n }] = await platform.dataSource.query(
      `SELECT count(*)::int AS n FROM learning_examples WHERE title IN ('Språkcaféer på stadsdelsbiblioteken', 'Tandvårdsdagar för unga vuxna', 'Fritidsbank som turnerar i byarna')`,
    );
    expect(n).toBe(3);
  });

  it('an unknown subject or activity area is left out and reported; the example still imports with the known ones', async () => {
    const result = (await platform.ok(IMPORT, { t: fixture('exempel-okand-term.txt') }, leader)).importLearningExamples;
    const title = 'Barnen ritar sina skolvägar i Huddinge';
    expect(result).toEqual({
      created: 1,
      updated: 0,
      skipped: 0,
      errors: [`Okänt ämne "Trafiksäkerhet" i "${title}" utelämnades.`, `Okänt verksamhetsområde "Rymdfart" i "${title}" utelämnades.`],
    });
    const example = await publicView(title);
    expect(example).toMatchObject({
      status: 'PUBLISHED',
      publishedAt: '2023-11-20T23:00:00.000Z',
      organizations: [{ code: '0126' }],
      subjects: ['Jämställdhet'],
      activityAreas: ['Samhällsbyggnad'],
      periodStart: 2022,
      periodEnd: 2023,
      keyConclusions: ['Fråga barnen själva om deras vägar.', 'Redovisa svaren uppdelat på kön.'],
      contacts: [{ name: 'Elsa Nordin', email: 'elsa.nordin@example.se' }],
    });
    // The known terms count in the facets; the unknown ones appear nowhere.
    const facets = (
      await platform.ok(
        `query { searchLearningExamples(query: "skolvägar", filter: { subjects: ["Jämställdhet"] }) { totalCount facets { subjects { value } activityAreas { value } } } }`,
      )
    ).searchLearningExamples;
    expect(facets.totalCount).toBeGreaterThanOrEqual(1);
    expect(facets.facets.subjects.map((v: { value: string }) => v.value)).toContain('Jämställdhet');
    expect(facets.facets.subjects.map((v: { value: string }) => v.value)).not.toContain('Trafiksäkerhet');
    expect(facets.facets.activityAreas.map((v: { value: string }) => v.value)).not.toContain('Rymdfart');
  });

  it('counts a page that cannot be read as skipped and still imports the others', async () => {
    const text = `Bara en rubrik utan datum\n\nNågon text.\n-----\n${fixture('listsida-motesplatser.txt')}`;
    const result = (await platform.ok(IMPORT, { t: text }, leader)).importLearningExamples;
    expect(result).toEqual({
      created: 0,
      updated: 3,
      skipped: 1,
      errors: ['Sidan "Bara en rubrik utan datum" kunde inte läsas: publiceringsdatum saknas (ingen rad "Publicerad …").', ...LIST_TITLES.map(noTerms)],
    });
  });

  it('importing again does not republish an example an editor archived or returned to draft; its text is updated', async () => {
    const [row] = await platform.dataSource.query(`SELECT id, version FROM learning_examples WHERE title = 'Tandvårdsdagar för unga vuxna'`);
    await platform.ok(`mutation($id: ID!, $v: Int!) { archiveLearningExample(id: $id, version: $v) { status } }`, { id: row.id, v: row.version }, leader);
    const [other] = await platform.dataSource.query(`SELECT id, version FROM learning_examples WHERE title = 'Fritidsbank som turnerar i byarna'`);
    await platform.ok(`mutation($id: ID!, $v: Int!) { returnLearningExample(id: $id, version: $v, comment: "Uppdatera siffrorna") { status } }`, { id: other.id, v: other.version }, leader);
    await platform.dataSource.query(`UPDATE learning_examples SET summary = 'Gammal text' WHERE id = ANY($1::uuid[])`, [[row.id, other.id]]);

    const result = (await platform.ok(IMPORT, { t: fixture('listsida-motesplatser.txt') }, leader)).importLearningExamples;
    expect(result).toMatchObject({ created: 0, updated: 3, skipped: 0 });
    expect(result.errors).toEqual([
      noTerms('Språkcaféer på stadsdelsbiblioteken'),
      '"Tandvårdsdagar för unga vuxna" fanns redan med status arkiverad: texten uppdaterades, men exemplet publicerades inte igen.',
      noTerms('Tandvårdsdagar för unga vuxna'),
      '"Fritidsbank som turnerar i byarna" fanns redan med status utkast: texten uppdaterades, men exemplet publicerades inte igen.',
      noTerms('Fritidsbank som turnerar i byarna'),
    ]);
    const after: { title: string; status: string; summary: string }[] = await platform.dataSource.query(
      `SELECT title, status, summary FROM learning_examples WHERE id = ANY($1::uuid[]) ORDER BY title`,
      [[row.id, other.id]],
    );
    expect(after.map((r) => [r.title, r.status])).toEqual([
      ['Fritidsbank som turnerar i byarna', 'DRAFT'],
      ['Tandvårdsdagar för unga vuxna', 'ARCHIVED'],
    ]);
    expect(after.every((r) => r.summary !== 'Gammal text')).toBe(true);
    expect((await platform.ok(`query { searchLearningExamples(query: "tandvårdsdagar") { totalCount } }`)).searchLearningExamples.totalCount).toBe(0);
  });

  it('answers with the examples it created or updated, in the pages’ order, each once, as saved', async () => {
    const stamp = Date.now().toString(36);
    const page = (title: string, about: string) =>
      [`Publicerad 12 maj 2022`, '', title, '', `Hedemora kommun prövar något nytt (${stamp}).`, '', 'Om exemplet', '', about].join('\n');
    const both = `Cykelbibliotek i Hedemora ${stamp}`;
    const onlySubjects = `Läxhjälp på biblioteket i Hedemora ${stamp}`;
    const onlyAreas = `Öppen förskola i Hedemora ${stamp}`;
    const text = [
      page(both, 'Ämne: Jämställdhet\nVerksamhetsområde: Kultur och fritid'),
      page(onlySubjects, 'Ämne: Jämställdhet'),
      page(onlyAreas, 'Verksamhetsområde: Kultur och fritid'),
      // The first page again, later in the same text: one example, listed where it came first.
      page(both, 'Ämne: Jämställdhet\nVerksamhetsområde: Kultur och fritid'),
    ].join('\n-----\n');
    const WITH_EXAMPLES = `mutation($t: String!) { importLearningExamples(text: $t) { created updated skipped errors examples { id slug title status version subjects activityAreas organizations { code } } } }`;
    const result = (await platform.ok(WITH_EXAMPLES, { t: text }, leader)).importLearningExamples;

    expect(result).toMatchObject({ created: 3, updated: 1, skipped: 0 });
    expect(result.examples.map((e: { title: string }) => e.title)).toEqual([both, onlySubjects, onlyAreas]);
    expect(result.examples[0]).toMatchObject({ status: 'PUBLISHED', version: 2, subjects: ['Jämställdhet'], activityAreas: ['Kultur och fritid'], organizations: [{ code: '2083' }] });
    // What the answer names is what is stored, and what the library serves by its slug.
    for (const example of result.examples as { id: string; slug: string; title: string }[]) {
      const [row] = await platform.dataSource.query('SELECT id, slug FROM learning_examples WHERE title = $1', [example.title]);
      expect(row).toEqual({ id: example.id, slug: example.slug });
      expect((await platform.ok(BY_SLUG, { s: example.slug })).learningExample.title).toBe(example.title);
    }
    // An example without subjects or without activity areas is named in a line; the complete one is not.
    expect(result.errors).toEqual([
      `"${onlySubjects}" saknar verksamhetsområden: lägg till dem i exemplet, annars hittas det inte med filtret Verksamhetsområde.`,
      `"${onlyAreas}" saknar ämnen: lägg till dem i exemplet, annars hittas det inte med filtret Ämne.`,
    ]);
    expect(result.errors.join('\n')).not.toContain(both);
  });

  it('answers with no examples when nothing could be imported', async () => {
    const result = (
      await platform.ok(`mutation($t: String!) { importLearningExamples(text: $t) { created skipped errors examples { id } } }`, { t: 'Bara en rubrik utan datum\n\nNågon text.' }, leader)
    ).importLearningExamples;
    expect(result).toMatchObject({ created: 0, skipped: 1, examples: [] });
    expect(result.errors).toHaveLength(1);
  });
});
