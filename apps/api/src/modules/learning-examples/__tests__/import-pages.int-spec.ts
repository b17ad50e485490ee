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
    expect(first).toEqual({ created: 3, updated: 0, skipped: 0, errors: [] });

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
    expect(again).toEqual({ created: 0, updated: 3, skipped: 0, errors: [] });
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
      errors: ['Sidan "Bara en rubrik utan datum" kunde inte läsas: publiceringsdatum saknas (ingen rad "Publicerad …").'],
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
      '"Tandvårdsdagar för unga vuxna" fanns redan med status arkiverad: texten uppdaterades, men exemplet publicerades inte igen.',
      '"Fritidsbank som turnerar i byarna" fanns redan med status utkast: texten uppdaterades, men exemplet publicerades inte igen.',
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
});
