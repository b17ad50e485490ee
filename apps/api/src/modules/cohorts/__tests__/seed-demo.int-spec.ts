import { ExampleStatus } from '@modellkommuner/shared';
import { seedDemo } from '../../../cli/seed-demo';
import { DEMO_EXAMPLES } from '../../../cli/seed-demo-examples';
import { loadConfig } from '../../../infrastructure/config/app-config';
import { tableCounts } from '../../../../test/cohort-fixtures';
import { TestPlatform } from '../../../../test/platform';

describe('npm run seed:demo', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    // Counts what the first run adds: the file's database is its own (apps/api/test/file-database.ts).
    platform = await TestPlatform.start();
  });
  afterAll(() => platform.close());

  it('adds the two programmes with cohorts in every state, once', async () => {
    const config = loadConfig(process.env);
    const first = await seedDemo(platform.dataSource, config);
    expect(first).toMatchObject({ programmes: 2, cohorts: 6, goals: 4, measurements: 64, reports: 5, examples: 14 });
    const counts = await tableCounts(platform);
    const examples = () => platform.dataSource.query('SELECT id, slug, status, version, updated_at FROM learning_examples ORDER BY id');
    const examplesBefore = await examples();
    expect(await seedDemo(platform.dataSource, config)).toEqual({ users: 0, invitations: 0, programmes: 0, cohorts: 0, goals: 0, measurements: 0, reports: 0, examples: 0, impactCohorts: 0, koladaValues: 0 });
    expect(await tableCounts(platform)).toEqual(counts);
    expect(await examples()).toEqual(examplesBefore);

    const leader = await platform.loginProcessLeader();
    const data = await platform.ok('{ programmes { name organizationKind cohorts { status mentor { organization { shortName } } } } }', {}, leader);
    const byName = Object.fromEntries(data.programmes.map((p: { name: string }) => [p.name, p]));
    const kommuner = byName['Jämställdhetsintegrering – modellkommuner'];
    expect(kommuner.organizationKind).toBe('MUNICIPALITY');
    expect(new Set(kommuner.cohorts.map((c: { status: string }) => c.status))).toEqual(new Set(['PLANNED', 'ACTIVE', 'FOLLOW_UP', 'CONCLUDED', 'CANCELLED']));
    const regioner = byName['Modellregioner: folkhälsa och social hållbarhet'];
    expect(regioner.cohorts[0].mentor.organization.shortName).toBe('Region Gotland');

    // A demo member sees its own demo cohort, not the others.
    const member = await platform.login('kontakt.haninge@example.se', config.seedProcessLeaderPassword);
    const mine = await platform.ok('{ cohorts { name programme { name } } }', {}, member);
    const demoProgrammes = new Set(['Jämställdhetsintegrering – modellkommuner', 'Modellregioner: folkhälsa och social hållbarhet']);
    const demoCohorts = mine.cohorts.filter((c: { programme: { name: string } }) => demoProgrammes.has(c.programme.name));
    expect(demoCohorts.map((c: { name: string }) => c.name)).toEqual(['Omgång 2025 – Botkyrka']);

    // Its goals: one shared, by gender, with three years of values for every member and a target.
    const goals = await platform.ok(
      `query($id: ID!) { cohort(id: $id) { goals { scope indicators { byGender measurements(organizationCode: "0136") { period gender value }
         progress(organizationCode: "0136", gender: WOMEN) { status baseline latest target genderGap genderGapBaseline } } }
         goalOverview { indicators { name } rows { organization { code } cells { progress { status } } } } } }`,
      { id: (await platform.ok('{ cohorts { id name } }', {}, member)).cohorts.find((c: { name: string }) => c.name === 'Omgång 2025 – Botkyrka').id },
      member,
    );
    const indicator = goals.cohort.goals[0].indicators[0];
    expect(goals.cohort.goals.map((g: { scope: string }) => g.scope)).toEqual(['SHARED']);
    expect(indicator.measurements).toHaveLength(6);
    expect(indicator.progress.target).toBe(45);
    expect(indicator.progress.genderGap).not.toBeNull();
    // The mentor first; the mentees joined at the same moment (seeded together), so their order is not asserted.
    const rowCodes = goals.cohort.goalOverview.rows.map((r: { organization: { code: string } }) => r.organization.code);
    expect(rowCodes[0]).toBe('0127');
    expect([...rowCodes].sort()).toEqual(['0126', '0127', '0136']);

    // Its follow-up: Haninge's report waits for the mentor's review with its snapshot; Huddinge's is a draft it does not share.
    const followUp = await platform.ok('{ followUpReports { organization { code } cohort { name } status report { id } } }', {}, member);
    const botkyrka = followUp.followUpReports.filter((r: { cohort: { name: string } }) => r.cohort.name === 'Omgång 2025 – Botkyrka');
    expect(botkyrka.map((r: { organization: { code: string }; status: string }) => [r.organization.code, r.status])).toEqual([['0136', 'SUBMITTED']]);
    const submitted = await platform.ok('query($id: ID!) { followUpReport(id: $id) { snapshot { indicators { name values { value } } } } }', { id: botkyrka[0].report.id }, member);
    expect(submitted.followUpReport.snapshot.indicators[0].values).toHaveLength(6);

    // The concluded 2024 cohort: every report approved, its two mentees graduated under Hedemora.
    const reports = await platform.dataSource.query(
      `SELECT o.code, r.status, (SELECT count(*)::int FROM reviews v WHERE v.report_id = r.id) AS reviews
         FROM follow_up_reports r JOIN organizations o ON o.id = r.organization_id JOIN checkpoints c ON c.id = r.checkpoint_id
         JOIN cohorts co ON co.id = c.cohort_id WHERE co.name = 'Omgång 2024 – Hedemora' ORDER BY o.code`,
    );
    expect(reports).toEqual([
      { code: '0127', status: 'APPROVED', reviews: 2 },
      { code: '0181', status: 'APPROVED', reviews: 1 },
      { code: '2083', status: 'APPROVED', reviews: 1 },
    ]);
    const edges = await platform.dataSource.query(
      `SELECT m.code AS mentor, e.code AS mentee FROM mentor_edges x JOIN organizations m ON m.id = x.mentor_organization_id
         JOIN organizations e ON e.id = x.mentee_organization_id JOIN cohorts co ON co.id = x.cohort_id WHERE co.name = 'Omgång 2024 – Hedemora' ORDER BY e.code`,
    );
    expect(edges).toEqual([
      { mentor: '2083', mentee: '0127' },
      { mentor: '2083', mentee: '0181' },
    ]);
  });

  it('adds invented learning examples: mostly published with distinct dates and publicly searchable, one draft and one in review for the editorial queue', async () => {
    const config = loadConfig(process.env);
    await seedDemo(platform.dataSource, config);
    const rows: { title: string; slug: string; status: string; published_at: Date | null; codes: string[]; created_by: string }[] = await platform.dataSource.query(
      `SELECT e.title, e.slug, e.status, e.published_at, u.email AS created_by,
              ARRAY(SELECT o.code FROM learning_example_organizations l JOIN organizations o ON o.id = l.organization_id WHERE l.example_id = e.id ORDER BY l.position) AS codes
         FROM learning_examples e JOIN users u ON u.id = e.created_by_id WHERE e.title = ANY($1)`,
      [DEMO_EXAMPLES.map((d) => d.input.title)],
    );
    expect(rows).toHaveLength(DEMO_EXAMPLES.length);
    expect(DEMO_EXAMPLES.length).toBeGreaterThanOrEqual(12);
    const published = rows.filter((r) => r.status === 'PUBLISHED');
    expect(published.length).toBe(DEMO_EXAMPLES.length - 2);
    expect(new Set(published.map((r) => new Date(r.published_at!).toISOString().slice(0, 10))).size).toBe(published.length);
    expect(published.every((r) => new Date(r.published_at!).getTime() < Date.now())).toBe(true);
    // Every organisation with a demo account has a published example.
    for (const code of ['2083', '0136', '0126', '1280', '12']) expect(published.some((r) => r.codes.includes(code))).toBe(true);
    const unpublished = rows.filter((r) => r.status !== 'PUBLISHED').map((r) => [r.status, r.codes, r.created_by]);
    expect(unpublished.sort()).toEqual([
      ['DRAFT', ['2083'], 'kontakt.hedemora@example.se'],
      ['IN_REVIEW', ['0136'], 'kontakt.haninge@example.se'],
    ]);

    // The public library: found by words of the text and by facets; the unpublished ones are not there.
    const SEARCH = `query($q: String, $f: ExampleFilter) { searchLearningExamples(query: $q, filter: $f) { totalCount edges { node { slug title status } }
      facets { subjects { value count } counties { value count } } } }`;
    const hemtjanst = (await platform.ok(SEARCH, { q: 'biståndsbedömning hemtjänsten' })).searchLearningExamples;
    expect(hemtjanst.edges[0].node).toEqual({ slug: 'jamstalld-bistandsbedomning-i-hedemoras-hemtjanst', title: 'Jämställd biståndsbedömning i Hedemoras hemtjänst', status: 'PUBLISHED' });
    // Each published one is found by the words of its title.
    for (const row of published) {
      const found = (await platform.ok(SEARCH, { q: row.title })).searchLearningExamples;
      expect(found.edges.map((e: { node: { slug: string } }) => e.node.slug)).toContain(row.slug);
    }
    for (const row of rows.filter((r) => r.status !== 'PUBLISHED')) {
      const found = (await platform.ok(SEARCH, { q: row.title })).searchLearningExamples;
      expect(found.edges.map((e: { node: { slug: string } }) => e.node.slug)).not.toContain(row.slug);
      expect((await platform.ok('query($s: String!) { learningExample(slug: $s) { id } }', { s: row.slug })).learningExample).toBeNull();
    }
    const withSubject = DEMO_EXAMPLES.filter((d) => d.status === ExampleStatus.PUBLISHED && d.input.subjects.includes('Jämställdhet')).length;
    expect(withSubject).toBeGreaterThanOrEqual(5);
    const all = (await platform.ok(SEARCH, { f: { organizationCodes: [...new Set(DEMO_EXAMPLES.flatMap((d) => d.input.organizationCodes))] } })).searchLearningExamples;
    expect(all.totalCount).toBeGreaterThanOrEqual(published.length);
    expect(all.facets.subjects.find((v: { value: string }) => v.value === 'Jämställdhet').count).toBeGreaterThanOrEqual(withSubject);
    expect(all.facets.counties.map((v: { value: string }) => v.value)).toEqual(expect.arrayContaining(['01', '12', '20', '24', '09', '17']));
    const draftTitle = rows.find((r) => r.status === 'DRAFT')!.title;

    // The editorial queue: the process leader sees the example in review; Haninge's member sees its own.
    const leader = await platform.loginProcessLeader();
    const queue = (await platform.ok(SEARCH, { q: 'simskolan', f: { statuses: ['IN_REVIEW'] } }, leader)).searchLearningExamples;
    expect(queue.edges.map((e: { node: { title: string } }) => e.node.title)).toContain('Simskolan i Haninge når fler flickor');
    const hedemora = await platform.login('kontakt.hedemora@example.se', config.seedProcessLeaderPassword);
    const drafts = (await platform.ok(SEARCH, { q: 'väntetider', f: { statuses: ['DRAFT'] } }, hedemora)).searchLearningExamples;
    expect(drafts.edges.map((e: { node: { title: string } }) => e.node.title)).toContain(draftTitle);

    // A full example page, as a visitor reads it.
    const page = (
      await platform.ok(
        `query { learningExample(slug: "gemensam-vag-till-arbete-for-utrikes-fodda-kvinnor-i-malmo") { originKind organizations { code } subjects activityAreas periodStart periodEnd
          background implementation successFactors results keyConclusions furtherReading { url } contacts { email } related { slug } } }`,
      )
    ).learningExample;
    expect(page).toMatchObject({ originKind: 'OTHER', organizations: [{ code: '1280' }, { code: '12' }], periodStart: 2021, periodEnd: 2024 });
    for (const section of ['background', 'implementation', 'successFactors', 'results']) expect(page[section]).toMatch(/\S{3,}/);
    expect(page.keyConclusions.length).toBeGreaterThanOrEqual(2);
    expect(page.furtherReading.every((l: { url: string }) => l.url.startsWith('https://www.example.se/'))).toBe(true);
    expect(page.contacts.every((c: { email: string }) => c.email.endsWith('@example.se'))).toBe(true);
    expect(page.related.length).toBeGreaterThan(0);
    // Some examples are still running.
    expect(DEMO_EXAMPLES.filter((d) => d.status === ExampleStatus.PUBLISHED && d.input.periodEnd === null).length).toBeGreaterThanOrEqual(2);
  });
});
