import * as jsonld from 'jsonld';
import { OPEN_DATA_LICENCE, OPEN_DATASETS, OpenDataFormat } from '@modellkommuner/shared';
import { AppConfig } from '../../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../../infrastructure/config/config.module';
import { createCohort, createProgramme, makeEligible, moveCohort } from '../../../../test/cohort-fixtures';
import { TestPlatform } from '../../../../test/platform';

// The open data (docs/api-conventions.md, "Open data"): every dataset as CSV and JSON, the two agreeing; the
// impact figures, goal outcomes, network and learning examples of a fixture; nothing personal and nothing below
// the group minimum in any file or in the catalogue; the DCAT-AP-SE catalogue expanded as JSON-LD (inline
// context only) with the mandatory properties, every file it names answering.
// The file has its own database (apps/api/test/file-database.ts): the fixture is Värmland's (17xx), its key
// figures ids its own (N995xx), as its focus areas; country-wide figures (all kommuner, other programmes) are
// checked for their rules rather than their counts, written when the run's files shared one database.

const KPI = 'N99501'; // six participants with values: estimated
const KPI_FEW = 'N99502'; // three participants: too few
const FOCUS_A = 'Öppna data A'; // six organisations: shown
const FOCUS_B = 'Öppna data B'; // one organisation: held back
const FOCUS_C = 'Öppna data C'; // one organisation: held back (two held back: no secondary suppression of A)
const MENTOR_1 = '1780'; // Karlstad
const MENTOR_2 = '1784'; // Arvika
const COHORT_1 = ['1715', '1730', '1737']; // Kil, Eda, Torsby: programme 1, started 2022-02-01, concluded
const COHORT_2 = ['1760', '1761', '1762']; // Storfors, Hammarö, Munkfors: programme 2, started 2022-03-01, active
const MENTEES = [...COHORT_1, ...COHORT_2];
const NO_2019 = ['1715', '1760']; // no value three years before the start: four participants at that point
const UNREACHED = '1785'; // Säffle

// People who must never appear in a public file.
const CONTACT = { name: 'Astrid Öppendatasson', email: 'astrid.oppendata@kil.example.se', phone: '054-123 45 67' };
const EDITOR = 'Bertil Redaktörsson';
const BODY_PERSON = 'Gunnel Brödtextsson';
const REPORT_PERSON = 'Sigrid Rapportsson';
const GROUP_PERSON = { name: 'Ingrid Öppendatadotter', email: 'ingrid.oppendata@storfors.example.se' };
const CONTACT_EMAIL = 'oppnadata@skr.example.se';

/**
 * Gaps (women − men) by year. Participants (start 2022: baseline 2021, follow-up 2023): 10, 10, 10, 9, then 6 or
 * 8 alternately (change −4 or −2, mean −3). Everyone else: 4 until 2021, 5 from 2022 — a change of +1 over
 * 2021 → 2023 whichever kommuner the comparison holds. Difference-in-differences: −3 − 1 = −4.
 */
function gap(code: string, year: number): number | null {
  const i = MENTEES.indexOf(code);
  if (i < 0) return year >= 2022 ? 5 : 4;
  if (year === 2019 && NO_2019.includes(code)) return null;
  if (year === 2023) return i % 2 === 0 ? 6 : 8;
  return year === 2022 ? 9 : 10;
}

type Json = Record<string, any>;
interface Fetched {
  status: number;
  headers: Headers;
  text: string;
}

/** RFC 4180, strictly: quoted fields may hold commas, quotes (doubled) and line breaks; every line ends in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        if (text[i + 1] !== undefined && text[i + 1] !== ',' && text[i + 1] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      } else field += c;
      continue;
    }
    if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (c === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
    else if (c === ',') {
      row.push(field);
      field = '';
      atStart = true;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atStart = true;
      i++;
    } else if (c === '\r' || c === '\n') throw new Error(`a line break outside quotes that is not CRLF at ${i}`);
    else {
      field += c;
      atStart = false;
    }
  }
  if (quoted || field !== '' || row.length) throw new Error('the last line does not end in CRLF');
  return rows;
}

/** What a JSON value should look like in the CSV (written here again, not taken from the code under test). */
function asCsvText(value: unknown): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return String(value);
  const text = Array.isArray(value) ? value.join('; ') : typeof value === 'string' ? value : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('open data', () => {
  let platform: TestPlatform;
  let pl: string;
  let config: AppConfig;
  const programmes: Record<string, { id: string; name: string }> = {};
  const cohorts: Record<string, { id: string; name: string; version: number }> = {};
  const examples: Record<string, { id: string; slug: string }> = {};
  /** Every file, fetched once after the fixture is in place. */
  const files = new Map<string, { csv: Fetched; json: Fetched; body: Json; table: string[][] }>();

  const get = async (path: string, headers: Record<string, string> = {}): Promise<Fetched> => {
    const response = await fetch(`${platform.baseUrl}${path}`, { headers });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const rowsOf = (id: string): Json[] => files.get(id)?.body.rows as Json[];
  const rowOf = (id: string, pick: (row: Json) => boolean) => rowsOf(id).filter(pick);

  beforeAll(async () => {
    platform = await TestPlatform.start({ env: { OPEN_DATA_CONTACT_EMAIL: CONTACT_EMAIL } });
    config = platform.api.get<AppConfig>(APP_CONFIG);
    pl = await platform.loginProcessLeader();
    programmes.P1 = await createProgramme(platform, pl);
    programmes.P2 = await createProgramme(platform, pl);
    await makeEligible(platform, pl, MENTOR_1);
    await makeEligible(platform, pl, MENTOR_2);
    const c1 = await createCohort(platform, pl, programmes.P1.id, MENTOR_1, COHORT_1, {
      startDate: '2022-02-01',
      name: 'Omgång Värmland 2022',
    });
    await moveCohort(platform, pl, c1, 'ACTIVE', 'FOLLOW_UP', 'CONCLUDED');
    cohorts.c1 = c1;
    const c2 = await createCohort(platform, pl, programmes.P2.id, MENTOR_2, COHORT_2, {
      startDate: '2022-03-01',
      name: 'Omgång Arvika, "Fryksdalen"',
    });
    await moveCohort(platform, pl, c2, 'ACTIVE');
    cohorts.c2 = c2;

    // A working group with a person's name and address, and an account in a participating kommun.
    const [{ version }] = await platform.dataSource.query(
      `SELECT m.working_group_version AS version FROM cohort_members m JOIN organizations o ON o.id = m.organization_id WHERE m.cohort_id = $1 AND o.code = $2`,
      [c2.id, COHORT_2[0]],
    );
    await platform.ok(
      `mutation($c: ID!, $o: String!, $v: Int!, $p: [WorkingGroupMemberInput!]!) { setWorkingGroup(cohortId: $c, organizationCode: $o, version: $v, members: $p) { id } }`,
      { c: c2.id, o: COHORT_2[0], v: version, p: [{ name: GROUP_PERSON.name, role: 'EQUALITY_EXPERT', email: GROUP_PERSON.email }] },
      pl,
    );
    await platform.createUser(COHORT_1[0]);

    const db = platform.dataSource;
    const goal = async (cohortId: string, focusArea: string, organizationCode: string | null, kpis: [string, string][]) => {
      const [{ id }] = await db.query(
        `INSERT INTO goals (cohort_id, scope, organization_id, title, focus_area)
         VALUES ($1, $2, (SELECT id FROM organizations WHERE code = $3 AND kind = 'MUNICIPALITY'), $4, $5) RETURNING id`,
        [cohortId, organizationCode ? 'OWN' : 'SHARED', organizationCode, `Mål ${focusArea}`, focusArea],
      );
      for (const [kpi, title] of kpis) {
        await db.query(
          `INSERT INTO indicators (goal_id, name, unit, direction, by_gender, kolada_kpi_id, kolada_kpi_title, baseline_period)
           VALUES ($1, $2, '%', 'LOWER_IS_BETTER', true, $3, $4, '2021')`,
          [id, `Indikator ${kpi}`, kpi, title],
        );
      }
      return id as string;
    };
    const a1 = await goal(c1.id, FOCUS_A, null, [
      [KPI, 'Påhittat nyckeltal, öppna data'],
      [KPI_FEW, 'Påhittat glest nyckeltal, öppna data'],
    ]);
    const a2 = await goal(c2.id, FOCUS_A, null, [[KPI, 'Påhittat nyckeltal, öppna data']]);
    const b = await goal(c2.id, FOCUS_B, COHORT_2[0], []);
    const c = await goal(c1.id, FOCUS_C, COHORT_1[0], []);

    // Approved one-year reports (a person named in the text, which is never public). Focus A: three achieved,
    // one partly, one not, one ongoing; B and C one organisation each.
    const assessments: Record<string, [string, string][]> = {
      '1715': [
        [a1, 'ACHIEVED'],
        [c, 'NOT_ACHIEVED'],
      ],
      '1730': [[a1, 'ACHIEVED']],
      '1737': [[a1, 'PARTLY_ACHIEVED']],
      '1760': [
        [a2, 'NOT_ACHIEVED'],
        [b, 'ACHIEVED'],
      ],
      '1761': [[a2, 'ONGOING']],
      '1762': [[a2, 'ACHIEVED']],
    };
    await db.transaction(async (m) => {
      for (const [cohort, codes] of [
        [c1, COHORT_1],
        [c2, COHORT_2],
      ] as const) {
        const [{ id: checkpointId }] = await m.query(`SELECT id FROM checkpoints WHERE cohort_id = $1 AND kind = 'ONE_YEAR'`, [cohort.id]);
        for (const code of codes) {
          const [{ id: reportId }] = await m.query(
            `INSERT INTO follow_up_reports (checkpoint_id, organization_id, status, summary)
             SELECT $1, id, 'APPROVED', $3 FROM organizations WHERE code = $2 AND kind = 'MUNICIPALITY' RETURNING id`,
            [checkpointId, code, `Arbetet leddes av ${REPORT_PERSON}, ${code}@example.se.`],
          );
          for (const [goalId, status] of assessments[code]) {
            await m.query(`INSERT INTO goal_assessments (report_id, goal_id, status) VALUES ($1, $2, $3)`, [reportId, goalId, status]);
          }
        }
      }
    });

    // Kolada's values for every kommun (men 40, women 40 + gap), 2019–2023; KPI_FEW for all but cohort 2's (which did not link it).
    const kommuner: { code: string }[] = await db.query(`SELECT code FROM organizations WHERE kind = 'MUNICIPALITY'`);
    const rows: [string, string, number, number, number, number][] = [];
    for (const { code } of kommuner) {
      for (let year = 2019; year <= 2023; year++) {
        const g = gap(code, year);
        if (g === null) continue;
        rows.push([KPI, code, year, 40 + g, 40, 40 + g / 2]);
        if (!COHORT_2.includes(code)) rows.push([KPI_FEW, code, year, 30 + g, 30, 30]);
      }
    }
    await db.query(
      `INSERT INTO kolada_values (kpi_id, kolada_id, year, women, men, total)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::smallint[], $4::float8[], $5::float8[], $6::float8[])`,
      [
        rows.map((r) => r[0]),
        rows.map((r) => r[1]),
        rows.map((r) => r[2]),
        rows.map((r) => r[3]),
        rows.map((r) => r[4]),
        rows.map((r) => r[5]),
      ],
    );

    // Learning examples: one published (text that a spreadsheet would run, a contact person, an editor and a
    // person in the body), and one each of draft, in review, archived and returned from publication.
    const [subject] = await db.query(`SELECT term FROM vocabulary_terms WHERE kind = 'SUBJECT' ORDER BY position LIMIT 1`);
    const [area] = await db.query(`SELECT term FROM vocabulary_terms WHERE kind = 'ACTIVITY_AREA' ORDER BY position LIMIT 1`);
    const create = async (key: string, title: string, summary = 'Kommunen kartlade snöröjningen per kön och ändrade ordningen.') => {
      const data = await platform.ok(
        `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { id slug version } }`,
        {
          i: {
            title,
            summary,
            organizationCodes: ['1715', '1730'],
            subjects: [subject.term],
            activityAreas: [area.term],
            periodStart: 2022,
            periodEnd: 2023,
            background: `${BODY_PERSON}, gatuchef, berättar hur det började.`,
            contacts: [{ name: CONTACT.name, title: 'Strateg', email: CONTACT.email, phone: CONTACT.phone }],
          },
        },
        pl,
      );
      examples[key] = data.createLearningExample;
      return data.createLearningExample as { id: string; version: number };
    };
    const step = async (name: string, example: { id: string; version: number }, extra = '') =>
      (
        await platform.ok(
          `mutation($id: ID!, $v: Int!) { ${name}(id: $id, version: $v${extra}) { version } }`,
          { id: example.id, v: example.version },
          pl,
        )
      )[name] as {
        version: number;
      };

    const published = await create(
      'published',
      'Öppna data: jämställd snöröjning i Kil och Eda',
      '=Kil och Eda, "tillsammans": snöröjningen först där fler går.',
    );
    await step('publishLearningExample', published);
    await db.query(`UPDATE learning_examples SET responsible_editor = $2 WHERE id = $1`, [published.id, EDITOR]);
    await create('draft', 'Öppna data: ett utkast som inte får synas');
    await step('submitLearningExample', await create('review', 'Öppna data: ett exempel under granskning'));
    const archived = await create('archived', 'Öppna data: ett arkiverat exempel');
    await step('archiveLearningExample', await step('publishLearningExample', archived).then((v) => ({ id: archived.id, ...v })));
    const returned = await create('returned', 'Öppna data: ett exempel som togs tillbaka');
    await step(
      'returnLearningExample',
      await step('publishLearningExample', returned).then((v) => ({ id: returned.id, ...v })),
      ', comment: "Behöver en källa"',
    );

    for (const dataset of OPEN_DATASETS) {
      const [csv, json] = await Promise.all([get(`/open-data/${dataset.id}.csv`), get(`/open-data/${dataset.id}.json`)]);
      files.set(dataset.id, {
        csv,
        json,
        body: json.status === 200 ? JSON.parse(json.text) : {},
        table: csv.status === 200 ? parseCsv(csv.text) : [],
      });
    }
  });

  afterAll(async () => {
    await platform?.close();
  });

  it.each(OPEN_DATASETS.map((d) => [d.id]))('answers %s in both formats, without a login, the CSV and the JSON agreeing', (id) => {
    const { csv, json, body, table } = files.get(id)!;
    expect([csv.status, json.status]).toEqual([200, 200]);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="${id}.csv"`);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    for (const response of [csv, json]) {
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('etag')).toBeTruthy();
    }
    expect(csv.text.charCodeAt(0)).not.toBe(0xfeff);

    expect(body).toMatchObject({
      dataset: id,
      licence: { id: 'CC-BY-4.0', url: OPEN_DATA_LICENCE.url },
      attribution: OPEN_DATA_LICENCE.attribution,
      url: `${config.publicApiUrl}/open-data/${id}.json`,
    });
    expect(new Date(body.generatedAt).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    const columns = (body.columns as { name: string; description: string }[]).map((c) => c.name);
    const [header, ...lines] = table;
    expect(header).toEqual(columns);
    expect(lines).toHaveLength(body.rows.length);
    (body.rows as Json[]).forEach((row, i) => {
      expect(Object.keys(row)).toEqual(columns);
      expect(lines[i]).toEqual(columns.map((c) => asCsvText(row[c])));
    });
  });

  it('gives the impact key figures: the estimate of the fixture by hand, and no numbers for a key figure with too few', async () => {
    const [k] = rowOf('impact-key-figures', (r) => r.kpi_id === KPI);
    const [never] = await platform.dataSource.query(
      `SELECT count(*)::int AS n FROM organizations o WHERE o.kind = 'MUNICIPALITY' AND NOT EXISTS (
         SELECT 1 FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id WHERE m.organization_id = o.id AND m.withdrawn_at IS NULL AND c.status <> 'CANCELLED')`,
    );
    expect(k).toMatchObject({
      kpi_title: 'Påhittat nyckeltal, öppna data',
      status: 'ESTIMATED',
      participants: 6,
      comparison: never.n,
      awaiting_data: 0,
      missing_data: 0,
    });
    expect(k.participant_change).toBeCloseTo(-3, 10);
    expect(k.comparison_change).toBeCloseTo(1, 10);
    expect(k.difference).toBeCloseTo(-4, 10);
    // Every replicate lies in [−5, −3]: a mean of −4s and −2s, against +1.
    expect(k.ci_lower).toBeGreaterThanOrEqual(-5);
    expect(k.ci_upper).toBeLessThanOrEqual(-3);
    expect(k.ci_lower).toBeLessThanOrEqual(-4);
    expect(k.ci_upper).toBeGreaterThanOrEqual(-4);
    expect(k.sentence).toContain('−3,0 hos deltagarna och +1,0 hos övriga');

    const [few] = rowOf('impact-key-figures', (r) => r.kpi_id === KPI_FEW);
    expect(few).toMatchObject({
      status: 'TOO_FEW',
      participants: 3,
      participant_change: null,
      comparison_change: null,
      difference: null,
      ci_lower: null,
      ci_upper: null,
    });

    // The same figures as the public GraphQL answer.
    const { impactOverview } = await platform.ok(
      `{ impactOverview { keyFigures { kpiId status participants comparison difference lower upper } } }`,
    );
    for (const figure of impactOverview.keyFigures as Json[]) {
      const [row] = rowOf('impact-key-figures', (r) => r.kpi_id === figure.kpiId);
      expect([row.status, row.participants, row.comparison, row.difference, row.ci_lower, row.ci_upper]).toEqual([
        figure.status,
        figure.participants,
        figure.comparison,
        figure.difference,
        figure.lower,
        figure.upper,
      ]);
    }
    expect(rowsOf('impact-key-figures')).toHaveLength(impactOverview.keyFigures.length);
  });

  it('gives the series of estimated key figures only, leaving a point with too few participants empty', () => {
    const series = rowOf('impact-series', (r) => r.kpi_id === KPI);
    expect(series.map((p) => [p.offset, p.participant_gap, p.participant_count, p.comparison_gap])).toEqual([
      [-3, null, 4, null],
      [-2, 10, 6, 4],
      [-1, 10, 6, 4],
      [0, 9, 6, 5],
      [1, 7, 6, 5],
    ]);
    expect(series[0].comparison_count).toBe(0);
    expect(series[1].comparison_count).toBeGreaterThanOrEqual(5);
    expect(series[4].offset_label).toBe('Uppföljningsåret');
    expect(rowOf('impact-series', (r) => r.kpi_id === KPI_FEW)).toEqual([]);
    const estimated = new Set(rowOf('impact-key-figures', (r) => r.status === 'ESTIMATED').map((r) => r.kpi_id));
    for (const point of rowsOf('impact-series')) expect(estimated.has(point.kpi_id)).toBe(true);
    // In the CSV, the empty point is empty fields, not 0.
    const csvLine = files.get('impact-series')!.table.find((line) => line[0] === KPI && line[1] === '-3');
    expect(csvLine).toEqual([KPI, '-3', 'Tre år före start', '', '4', '', '0']);
  });

  it('gives goal outcomes for groups of five organisations or more, and held-back groups without counts', () => {
    const [a] = rowOf('goal-outcomes', (r) => r.dimension === 'FOCUS_AREA' && r.group_key === FOCUS_A);
    expect(a).toEqual({
      dimension: 'FOCUS_AREA',
      group_key: FOCUS_A,
      group_label: FOCUS_A,
      organizations: 6,
      suppressed: false,
      achieved: 3,
      partly_achieved: 1,
      not_achieved: 1,
      ongoing: 1,
      total: 6,
    });
    const heldBack = [
      ...rowOf('goal-outcomes', (r) => r.dimension === 'FOCUS_AREA' && [FOCUS_B, FOCUS_C].includes(r.group_key)),
      ...rowOf('goal-outcomes', (r) => r.dimension === 'PROGRAMME' && [programmes.P1.id, programmes.P2.id].includes(r.group_key)),
    ];
    expect(heldBack.map((r) => [r.group_label, r.organizations, r.suppressed])).toEqual([
      [FOCUS_B, 1, true],
      [FOCUS_C, 1, true],
      ...[programmes.P1, programmes.P2].sort((x, y) => x.id.localeCompare(y.id, 'sv')).map((p) => [p.name, 3, true]),
    ]);
    const [all] = rowOf('goal-outcomes', (r) => r.dimension === 'ALL');
    expect(all).toMatchObject({ group_key: 'ALL', suppressed: false });
    expect(all.organizations).toBeGreaterThanOrEqual(6);
    // The CSV: a held-back group's counts are empty fields.
    const csvLine = files.get('goal-outcomes')!.table.find((line) => line[1] === FOCUS_B);
    expect(csvLine).toEqual(['FOCUS_AREA', FOCUS_B, FOCUS_B, '1', 'true', '', '', '', '', '']);
  });

  it('gives the network’s reach and lineage as the public network page shows them', () => {
    const reach = Object.fromEntries(
      rowOf('network-reach', (r) => r.kind === 'MUNICIPALITY' && [MENTOR_1, MENTOR_2, ...MENTEES, UNREACHED].includes(r.code)).map((r) => [
        r.code,
        [r.status, r.generation, r.county_code],
      ]),
    );
    expect(reach).toEqual({
      [MENTOR_1]: ['MENTOR', 0, '17'],
      [MENTOR_2]: ['MENTOR', 0, '17'],
      ...Object.fromEntries(COHORT_1.map((code) => [code, ['COMPLETED', 1, '17']])),
      ...Object.fromEntries(COHORT_2.map((code) => [code, ['IN_COHORT', 1, '17']])),
      [UNREACHED]: ['NOT_REACHED', null, '17'],
    });
    expect(rowsOf('network-reach')).toHaveLength(311);
    expect(rowOf('network-reach', (r) => r.code === '1780')[0].name).toBe('Karlstads kommun');

    const lineage = rowOf('network-lineage', (r) => [cohorts.c1.id, cohorts.c2.id].includes(r.cohort_id));
    expect(lineage).toHaveLength(6);
    expect(lineage[0]).toEqual({
      cohort_id: cohorts.c1.id,
      cohort_name: 'Omgång Värmland 2022',
      programme_id: programmes.P1.id,
      programme_name: programmes.P1.name,
      cohort_status: 'CONCLUDED',
      cohort_start_date: '2022-02-01',
      mentor_code: MENTOR_1,
      mentor_name: 'Karlstads kommun',
      mentee_code: expect.stringMatching(/^17(15|30|37)$/),
      mentee_name: expect.stringMatching(/kommun$/),
    });
    expect(lineage.map((e) => `${e.mentor_code}>${e.mentee_code}`).sort()).toEqual(
      [...COHORT_1.map((c) => `${MENTOR_1}>${c}`), ...COHORT_2.map((c) => `${MENTOR_2}>${c}`)].sort(),
    );
    // A name with a comma and quotes is one CSV field.
    expect(files.get('network-lineage')!.table.filter((line) => line[1] === 'Omgång Arvika, "Fryksdalen"')).toHaveLength(3);
  });

  it('gives the published learning examples only, without contacts, editors or body text', () => {
    const slugs = rowsOf('learning-examples').map((r) => r.slug);
    expect(slugs).toContain(examples.published.slug);
    for (const key of ['draft', 'review', 'archived', 'returned']) expect(slugs).not.toContain(examples[key].slug);
    const [published] = rowOf('learning-examples', (r) => r.slug === examples.published.slug);
    expect(published).toMatchObject({
      title: 'Öppna data: jämställd snöröjning i Kil och Eda',
      organization_codes: ['1715', '1730'],
      organization_names: ['Kils kommun', 'Eda kommun'],
      period_start: 2022,
      period_end: 2023,
      summary: '=Kil och Eda, "tillsammans": snöröjningen först där fler går.',
      url: `http://web.test/examples/${examples.published.slug}`,
    });
    expect(published.subjects).toHaveLength(1);
    expect(new Date(published.published_at).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    // The spreadsheet guard in the CSV: the summary begins with an apostrophe there.
    const csvLine = files.get('learning-examples')!.table.find((line) => line[0] === examples.published.slug);
    expect(csvLine?.[9]).toBe(`'=Kil och Eda, "tillsammans": snöröjningen först där fler går.`);
    expect(csvLine?.[2]).toBe('1715; 1730');
    const text = files.get('learning-examples')!.json.text;
    for (const secret of [CONTACT.name, CONTACT.email, CONTACT.phone, EDITOR, BODY_PERSON, 'Behöver en källa'])
      expect(text).not.toContain(secret);
  });

  it('holds nothing personal in any file or in the catalogue', async () => {
    const people: { email: string; name: string }[] = await platform.dataSource.query(`SELECT email, name FROM users`);
    const groups: { email: string | null; name: string }[] = await platform.dataSource.query(
      `SELECT email, name FROM working_group_members`,
    );
    const contacts: { email: string | null; name: string; phone: string | null }[] = await platform.dataSource.query(
      `SELECT c->>'email' AS email, c->>'name' AS name, c->>'phone' AS phone FROM learning_examples, jsonb_array_elements(contacts) c`,
    );
    const editors: { name: string }[] = await platform.dataSource.query(
      `SELECT DISTINCT responsible_editor AS name FROM learning_examples WHERE responsible_editor IS NOT NULL`,
    );
    expect(people.map((p) => p.email)).toContain(config.seedProcessLeaderEmail);
    expect(groups.map((g) => g.name)).toContain(GROUP_PERSON.name);
    expect(contacts.map((c) => c.name)).toContain(CONTACT.name);

    const names = [...people, ...groups, ...contacts, ...editors, { name: REPORT_PERSON }, { name: BODY_PERSON }]
      .map((p) => p.name)
      .filter((name) => name.length > 3);
    const addresses = [...people, ...groups, ...contacts].map((p) => p.email).filter((e): e is string => !!e);
    const phones = contacts.map((c) => c.phone).filter((p): p is string => !!p);
    const catalogue = await get('/dcat.jsonld');
    const documents = [...[...files.values()].flatMap((f) => [f.csv.text, f.json.text]), catalogue.text];
    expect(documents).toHaveLength(OPEN_DATASETS.length * 2 + 1);
    for (const document of documents) {
      for (const name of names) expect(document).not.toContain(name);
      for (const address of addresses) expect(document.toLowerCase()).not.toContain(address.toLowerCase());
      for (const phone of phones) expect(document).not.toContain(phone);
      // No e-mail address at all, but the catalogue's contact point (a mailbox, not a person).
      expect(document.replaceAll(CONTACT_EMAIL, '')).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
    }
  });

  it('holds nothing below the group minimum: estimates, series points and goal outcomes rest on five organisations or more', () => {
    for (const k of rowsOf('impact-key-figures')) {
      if (k.status === 'ESTIMATED') {
        expect(k.participants).toBeGreaterThanOrEqual(5);
        expect(k.comparison).toBeGreaterThanOrEqual(5);
      } else
        expect([k.participant_change, k.comparison_change, k.difference, k.ci_lower, k.ci_upper]).toEqual([null, null, null, null, null]);
    }
    for (const p of rowsOf('impact-series')) {
      if (p.participant_gap !== null) expect(p.participant_count).toBeGreaterThanOrEqual(5);
      if (p.comparison_gap !== null) expect(p.comparison_count).toBeGreaterThanOrEqual(5);
    }
    for (const g of rowsOf('goal-outcomes')) {
      const counts = [g.achieved, g.partly_achieved, g.not_achieved, g.ongoing, g.total];
      if (g.suppressed) expect(counts).toEqual([null, null, null, null, null]);
      else {
        expect(g.organizations).toBeGreaterThanOrEqual(5);
        expect(counts.every((n) => typeof n === 'number')).toBe(true);
      }
    }
    expect(rowsOf('goal-outcomes').some((g) => g.suppressed)).toBe(true);
  });

  it.each([
    ['an unknown dataset', '/open-data/personer.csv'],
    ['an unknown format', '/open-data/impact-series.xml'],
    ['no format', '/open-data/impact-series'],
    ['a dataset in capitals', '/open-data/IMPACT-SERIES.csv'],
    ['a path below a file', '/open-data/impact-series.csv/rows'],
  ])('answers %s with 404 and a Swedish sentence', async (_what, path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    if (path.split('/').length === 3) expect(response.text).toBe('Datamängden finns inte.');
  });

  it('serves the same bytes again until the data changes (ETag, 304), then the new data', async () => {
    const first = await get('/open-data/network-reach.json');
    const again = await get('/open-data/network-reach.json');
    expect(again.text).toBe(first.text);
    const etag = first.headers.get('etag') as string;
    expect(again.headers.get('etag')).toBe(etag);
    // (fetch adds `cache-control: no-cache` to a request with If-None-Match, which no server answers with 304.)
    const revalidate = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    expect((await get('/open-data/network-reach.json', revalidate)).status).toBe(304);

    // Any statement on organizations raises network_state's version (plain SQL, no real change needed).
    await platform.dataSource.query(`UPDATE organizations SET name = name WHERE code = $1 AND kind = 'MUNICIPALITY'`, [UNREACHED]);
    const changed = await get('/open-data/network-reach.json', revalidate);
    expect(changed.status).toBe(200);
    expect(JSON.parse(changed.text).generatedAt).not.toBe(JSON.parse(first.text).generatedAt);
  });

  it('describes every dataset in a DCAT-AP-SE catalogue that expands as JSON-LD with its inline context alone', async () => {
    const response = await get('/dcat.jsonld');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const document = JSON.parse(response.text);
    expect(typeof document['@context']).toBe('object');

    const fetched: string[] = [];
    const documentLoader = (url: string): Promise<never> => {
      fetched.push(url);
      return Promise.reject(new Error(`the catalogue must not need ${url}`));
    };
    const nodes = (await jsonld.flatten(document, undefined, { documentLoader })) as unknown as Json[];
    expect(fetched).toEqual([]);

    const DCAT = 'http://www.w3.org/ns/dcat#';
    const DCT = 'http://purl.org/dc/terms/';
    const FOAF = 'http://xmlns.com/foaf/0.1/';
    const VCARD = 'http://www.w3.org/2006/vcard/ns#';
    const EU = 'http://publications.europa.eu/resource/authority';
    const byId = new Map(nodes.map((n) => [n['@id'] as string, n]));
    const ofType = (type: string) => nodes.filter((n) => (n['@type'] ?? []).includes(type));
    const values = (node: Json, property: string): Json[] => node[property] ?? [];
    const ids = (node: Json, property: string) => values(node, property).map((v) => v['@id'] as string);
    const languages = (node: Json, property: string) => values(node, property).map((v) => v['@language']);
    const linked = (node: Json, property: string) => ids(node, property).map((id) => byId.get(id) as Json);
    /** The mandatory and required properties: present, and IRIs where an IRI is required. */
    const expectProperties = (node: Json, literal: string[], iri: string[]) => {
      for (const p of literal)
        expect([p, values(node, p).length > 0 && values(node, p).every((v) => v['@value'] !== undefined && v['@value'] !== '')]).toEqual([
          p,
          true,
        ]);
      for (const p of iri)
        expect([p, ids(node, p).length > 0 && ids(node, p).every((id) => /^(https?|mailto):/.test(id))]).toEqual([p, true]);
    };

    const [catalogue, ...others] = ofType(`${DCAT}Catalog`);
    expect(others).toEqual([]);
    expect(catalogue['@id']).toBe(`${config.publicApiUrl}/dcat.jsonld#catalog`);
    expectProperties(
      catalogue,
      [`${DCT}title`, `${DCT}description`, `${DCT}issued`, `${DCT}modified`],
      [`${DCT}publisher`, `${DCT}license`, `${DCT}language`, `${FOAF}homepage`, `${DCAT}dataset`],
    );
    expect(languages(catalogue, `${DCT}title`).sort()).toEqual(['en', 'sv']);
    expect(languages(catalogue, `${DCT}description`).sort()).toEqual(['en', 'sv']);
    expect(ids(catalogue, `${DCT}license`)).toEqual([OPEN_DATA_LICENCE.url]);
    expect(ids(catalogue, `${FOAF}homepage`)).toEqual([config.publicWebUrl]);
    const [publisher] = linked(catalogue, `${DCT}publisher`);
    expect(publisher['@type']).toEqual([`${FOAF}Agent`]);
    expect(values(publisher, `${FOAF}name`).map((v) => v['@value'])).toContain('Sveriges Kommuner och Regioner');

    const datasets = linked(catalogue, `${DCAT}dataset`);
    expect(datasets.map((d) => d['@id']).sort()).toEqual(OPEN_DATASETS.map((d) => `${config.publicApiUrl}/dcat.jsonld#${d.id}`).sort());
    expect(ofType(`${DCAT}Dataset`)).toHaveLength(OPEN_DATASETS.length);
    const downloads: { url: string; mediaType: string }[] = [];
    for (const dataset of datasets) {
      const spec = OPEN_DATASETS.find((d) => dataset['@id'].endsWith(`#${d.id}`))!;
      expect(dataset['@type']).toEqual([`${DCAT}Dataset`]);
      expectProperties(
        dataset,
        [`${DCT}title`, `${DCT}description`, `${DCAT}keyword`, `${DCT}modified`],
        [
          `${DCT}publisher`,
          `${DCAT}contactPoint`,
          `${DCAT}theme`,
          `${DCT}accessRights`,
          `${DCT}spatial`,
          `${DCAT}landingPage`,
          `${DCAT}distribution`,
        ],
      );
      expect(values(dataset, `${DCT}title`).find((v) => v['@language'] === 'sv')?.['@value']).toBe(spec.title);
      expect(ids(dataset, `${DCT}publisher`)).toEqual([publisher['@id']]);
      expect(ids(dataset, `${DCAT}theme`).sort()).toEqual(spec.themes.map((t) => `${EU}/data-theme/${t}`).sort());
      expect(ids(dataset, `${DCT}accessRights`)).toEqual([`${EU}/access-right/PUBLIC`]);
      expect(ids(dataset, `${DCAT}landingPage`)[0].startsWith(`${config.publicWebUrl}/`)).toBe(true);
      const [contact] = linked(dataset, `${DCAT}contactPoint`);
      expect(contact['@type']).toEqual([`${VCARD}Organization`]);
      expectProperties(contact, [`${VCARD}fn`], [`${VCARD}hasEmail`]);
      expect(ids(contact, `${VCARD}hasEmail`)).toEqual([`mailto:${CONTACT_EMAIL}`]);

      const distributions = linked(dataset, `${DCAT}distribution`);
      expect(distributions).toHaveLength(spec.formats.length);
      for (const distribution of distributions) {
        expect(distribution['@type']).toEqual([`${DCAT}Distribution`]);
        expectProperties(
          distribution,
          [`${DCT}title`],
          [`${DCAT}accessURL`, `${DCAT}downloadURL`, `${DCT}format`, `${DCAT}mediaType`, `${DCT}license`],
        );
        expect(ids(distribution, `${DCT}license`)).toEqual([OPEN_DATA_LICENCE.url]);
        const [url] = ids(distribution, `${DCAT}downloadURL`);
        const format = url.split('.').pop() as OpenDataFormat;
        expect(spec.formats).toContain(format);
        expect(ids(distribution, `${DCT}format`)).toEqual([`${EU}/file-type/${format.toUpperCase()}`]);
        const [mediaType] = ids(distribution, `${DCAT}mediaType`);
        expect(mediaType).toBe(`https://www.iana.org/assignments/media-types/${format === 'csv' ? 'text/csv' : 'application/json'}`);
        downloads.push({ url, mediaType: mediaType.replace('https://www.iana.org/assignments/media-types/', '') });
      }
    }
    expect(downloads).toHaveLength(OPEN_DATASETS.reduce((n, d) => n + d.formats.length, 0));

    // Every file the catalogue names is there (under PUBLIC_API_URL; here the test's own address).
    for (const { url, mediaType } of downloads) {
      expect(url.startsWith(`${config.publicApiUrl}/open-data/`)).toBe(true);
      const file = await get(url.slice(config.publicApiUrl.length));
      expect([url, file.status, file.headers.get('content-type')]).toEqual([url, 200, `${mediaType}; charset=utf-8`]);
    }
  });
});
