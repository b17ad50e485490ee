// Bench data for the impact view (issue 17): Kolada values for every organisation of the reference data
// (290 kommuner + 21 regioner) × 20 key figures × 10 years (2016–2025), one row per key figure, organisation
// and year with women, men and total; and cohorts whose goals link those 20 key figures, so that each has
// participants in several start years.
//
// The lineage: 6 founding kommuner and 2 founding regions mentor first; every year 2016–2024 four kommun
// cohorts (and every other year a region cohort) bring 2–3 organisations in that never took part before
// ("first contact"), mentored by a founder or by an organisation that graduated at least two years earlier —
// about 100 mentees in all. One cohort in six adds an earlier graduate as a further mentee (a second
// cohort: its first start year is the one that counts), and about one further mentee in five withdraws;
// two kommun cohorts (2019, 2021) are CANCELLED, their mentees never reached. Starts 2016–2023 are CONCLUDED (every member's one-year report
// APPROVED, the graduates' mentor_edges written); half of the 2024 starts are CONCLUDED, half in FOLLOW_UP
// (reports SUBMITTED or APPROVED); two cohorts starting in 2025 are ACTIVE (their follow-up year is not
// published yet: "awaiting data"). Each cohort has three shared goals with a focus area of the vocabulary
// (weighted towards six common ones) and one or two Kolada-linked indicators each; a third of the cohorts
// also have an own goal of one mentee. Every approved or submitted report assesses its goals.
// Values come from a seeded PRNG: the same rows every time (only the uuids differ). Inserted with SQL
// (multi-row INSERT … SELECT FROM unnest) in one transaction.

import { randomUUID } from 'node:crypto';

export const BENCH_THEME = 'bench/impact: effektvyn med 20 nyckeltal och 311 organisationer';
export const KPIS = Array.from({ length: 20 }, (_, i) => `N8${String(1001 + i * 37).padStart(4, '0')}`);
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
export const KOMMUN_PROGRAMMES = [
  'Jämställd medborgarservice',
  'Jämställd resursfördelning',
  'Jämställd förskola och skola',
  'Jämställd fritid och kultur',
];
export const REGION_PROGRAMME = 'Jämställd hälso- och sjukvård';

const FOCUS_COMMON = [
  'Äldreomsorg',
  'Socialtjänst',
  'Skola',
  'Styrning och ledning',
  'Brukardelaktighet och återkoppling',
  'Nära och tillgänglig ledning',
];
const FOCUS_RARE = [
  'Introduktion och mentorskap för nyanställda',
  'Regelbunden fortbildning',
  'Medhandläggarskap',
  'Lokaler och arbetsredskap',
  'Systematisk ärendehandledning',
];
const OUTCOMES = ['ACHIEVED', 'ACHIEVED', 'PARTLY_ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'ONGOING'];

/** mulberry32: small, fast, seeded. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const normal = (random) => Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
const shuffle = (random, list) => {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
const pick = (random, list) => list[Math.floor(random() * list.length)];
const isoDate = (d) => d.toISOString().slice(0, 10);
const addMonths = (date, months) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return isoDate(d);
};
const addDays = (date, days) => isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
const round1 = (v) => Math.round(v * 10) / 10;

/**
 * The cohorts, planned in memory: [{ programme, status, startDate, mentor, mentees: [{ id, withdrawn }] }]
 * for one kind, from its organisations ({ id, code, short_name }).
 */
function planKind(random, organizations, { programmes, founders, perYear, years, cancel = new Set() }) {
  const order = shuffle(random, organizations);
  const fresh = order.slice(founders);
  const graduatedIn = new Map(order.slice(0, founders).map((o) => [o.id, 0])); // founders: always eligible
  const cohorts = [];
  for (const year of years) {
    const count = typeof perYear === 'function' ? perYear(year) : perYear;
    for (let k = 0; k < count && fresh.length >= 2; k += 1) {
      const mentors = [...graduatedIn].filter(([, y]) => y <= year - 2).map(([id]) => id);
      const mentorId = pick(random, mentors);
      const mentor = organizations.find((o) => o.id === mentorId);
      const size = 2 + Math.floor(random() * 2);
      const mentees = fresh.splice(0, size).map((o) => ({ id: o.id, withdrawn: false, first: true }));
      // A further round now and then: an earlier graduate joins again, in another programme.
      if (random() < 1 / 6) {
        const again = [...graduatedIn].filter(([id, y]) => y > 0 && y <= year - 1 && id !== mentorId).map(([id]) => id);
        if (again.length) mentees.push({ id: pick(random, again), withdrawn: random() < 0.18, first: false });
      }
      const month = 1 + Math.floor(random() * 11);
      const startDate = `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 27)).padStart(2, '0')}`;
      let status;
      if (year <= 2023) status = 'CONCLUDED';
      else if (year === 2024) status = k % 2 === 0 ? 'CONCLUDED' : 'FOLLOW_UP';
      else status = 'ACTIVE';
      if (cancel.has(`${year}:${k}`)) status = 'CANCELLED';
      cohorts.push({ programme: pick(random, programmes), status, startDate, mentor: mentor.id, mentorName: mentor.short_name, mentees });
      if (status === 'CONCLUDED') for (const m of mentees) if (m.first && !m.withdrawn) graduatedIn.set(m.id, year);
    }
  }
  return cohorts;
}

/** The value model of one key figure: a level and a gap per organisation, trends, and a participants' shift. */
function kpiModel(random, index) {
  return {
    level: 20 + random() * 60,
    levelSpread: 3 + random() * 8,
    gap: (random() - 0.5) * 16,
    gapSpread: 1 + random() * 3,
    gapTrend: (random() - 0.5) * 0.6,
    effect: index % 3 === 0 ? 0.4 + random() * 0.6 : 0,
    noise: 0.3 + random() * 1.2,
  };
}

/** Inserts programmes, cohorts, members, goals, indicators, follow-up and Kolada values; returns timings and counts. */
export async function insertBenchData(client, { leaderEmail, seed = 20261217 }) {
  const random = prng(seed);
  const started = performance.now();
  await client.query('BEGIN');
  try {
    const leader = (await client.query(`SELECT id FROM users WHERE email = $1`, [leaderEmail])).rows[0];
    if (!leader) throw new Error(`the seeded process leader ${leaderEmail} is missing`);
    const organizations = (await client.query(`SELECT id, code, short_name, kind FROM organizations WHERE kind <> 'SKR' ORDER BY code`))
      .rows;
    const kommuner = organizations.filter((o) => o.kind === 'MUNICIPALITY');
    const regioner = organizations.filter((o) => o.kind === 'REGION');
    const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
    const planned = [
      ...planKind(random, kommuner, {
        programmes: KOMMUN_PROGRAMMES,
        founders: 6,
        perYear: (y) => (y === 2025 ? 2 : 4),
        years,
        cancel: new Set(['2019:1', '2021:2']),
      }),
      ...planKind(random, regioner, {
        programmes: [REGION_PROGRAMME],
        founders: 2,
        perYear: (y) => (y % 2 === 0 && y < 2025 ? 1 : 0),
        years,
      }),
    ];

    const programmeIds = new Map();
    for (const [name, kind] of [...KOMMUN_PROGRAMMES.map((p) => [p, 'MUNICIPALITY']), [REGION_PROGRAMME, 'REGION']]) {
      const { rows } = await client.query(
        `INSERT INTO programmes (name, theme, organization_kind, min_mentees, max_mentees, follow_up_months) VALUES ($1, $2, $3, 2, 4, 12) RETURNING id`,
        [name, BENCH_THEME, kind],
      );
      programmeIds.set(name, rows[0].id);
    }
    const eligible = new Set();
    for (const c of planned) {
      eligible.add(c.mentor);
      if (c.status === 'CONCLUDED') for (const m of c.mentees) if (!m.withdrawn) eligible.add(m.id);
    }
    await client.query(`UPDATE organizations SET mentor_eligible = (id = ANY($1::uuid[])) WHERE kind <> 'SKR'`, [[...eligible]]);

    const c = { id: [], programme: [], name: [], status: [], start: [], due: [] };
    const m = { cohort: [], organization: [], role: [], joined: [], withdrawn: [], reason: [] };
    const cp = { id: [], cohort: [], due: [] };
    const g = { id: [], cohort: [], scope: [], organization: [], title: [], focus: [], created: [] };
    const ind = { id: [], goal: [], name: [], kpi: [], title: [], baseline: [], created: [] };
    const r = { id: [], checkpoint: [], organization: [], status: [], submitted: [] };
    const a = { report: [], goal: [], status: [] };
    const e = { cohort: [], mentor: [], mentee: [] };
    const counter = new Map();
    let kpiCursor = 0;
    const nextKpi = () => KPIS[(kpiCursor++ * 7 + Math.floor(random() * 3)) % KPIS.length];
    for (const cohort of planned) {
      const id = randomUUID();
      const n = (counter.get(cohort.programme) ?? 0) + 1;
      counter.set(cohort.programme, n);
      const due = addMonths(cohort.startDate, 12);
      c.id.push(id);
      c.programme.push(programmeIds.get(cohort.programme));
      c.name.push(`Omgång ${n} – ${cohort.mentorName} ${cohort.startDate.slice(0, 4)}`);
      c.status.push(cohort.status);
      c.start.push(cohort.startDate);
      c.due.push(due);
      const members = [{ id: cohort.mentor, withdrawn: false, role: 'MENTOR' }, ...cohort.mentees.map((x) => ({ ...x, role: 'MENTEE' }))];
      for (const member of members) {
        m.cohort.push(id);
        m.organization.push(member.id);
        m.role.push(member.role);
        m.joined.push(`${addDays(cohort.startDate, -30)}T09:00:00+01:00`);
        m.withdrawn.push(member.withdrawn ? `${addDays(cohort.startDate, 60)}T12:00:00+01:00` : null);
        m.reason.push(member.withdrawn ? 'Omorganisation i förvaltningen; vi återkommer i en senare omgång.' : null);
      }
      const checkpointId = randomUUID();
      cp.id.push(checkpointId);
      cp.cohort.push(id);
      cp.due.push(due);
      const startYear = Number(cohort.startDate.slice(0, 4));
      const goalsOf = new Map(); // organisation id → goal ids it reports on
      const current = members.filter((x) => !x.withdrawn);
      const addGoal = (scope, organization, focus, indicators) => {
        const goalId = randomUUID();
        const created = `${cohort.startDate}T10:${String(g.id.length % 60).padStart(2, '0')}:00Z`;
        g.id.push(goalId);
        g.cohort.push(id);
        g.scope.push(scope);
        g.organization.push(organization);
        g.title.push(`${focus}: jämställda insatser (${cohort.mentorName} ${startYear})`);
        g.focus.push(focus);
        g.created.push(created);
        for (let i = 0; i < indicators; i += 1) {
          const kpi = nextKpi();
          ind.id.push(randomUUID());
          ind.goal.push(goalId);
          ind.name.push(`Nyckeltal ${kpi}`);
          ind.kpi.push(kpi);
          ind.title.push(`Benchnyckeltal ${kpi} (påhittat)`);
          ind.baseline.push(String(startYear - 1));
          ind.created.push(created);
        }
        for (const x of current) if (scope === 'SHARED' || x.id === organization) goalsOf.set(x.id, [...(goalsOf.get(x.id) ?? []), goalId]);
      };
      const focusAreas = shuffle(random, FOCUS_COMMON)
        .slice(0, 3)
        .map((f) => (random() < 0.12 ? pick(random, FOCUS_RARE) : f));
      for (const focus of focusAreas) addGoal('SHARED', null, focus, 1 + Math.floor(random() * 2));
      if (random() < 1 / 3) addGoal('OWN', cohort.mentees[0].id, pick(random, FOCUS_COMMON), 1);

      if (cohort.status === 'CONCLUDED' || cohort.status === 'FOLLOW_UP') {
        for (const x of current) {
          const reportId = randomUUID();
          const status = cohort.status === 'CONCLUDED' || random() < 0.5 ? 'APPROVED' : 'SUBMITTED';
          r.id.push(reportId);
          r.checkpoint.push(checkpointId);
          r.organization.push(x.id);
          r.status.push(status);
          r.submitted.push(`${due}T09:00:00Z`);
          for (const goalId of goalsOf.get(x.id) ?? []) {
            a.report.push(reportId);
            a.goal.push(goalId);
            a.status.push(pick(random, OUTCOMES));
          }
        }
      }
      if (cohort.status === 'CONCLUDED') {
        for (const x of cohort.mentees.filter((y) => !y.withdrawn)) {
          e.cohort.push(id);
          e.mentor.push(cohort.mentor);
          e.mentee.push(x.id);
        }
      }
    }
    await client.query(
      `INSERT INTO cohorts (id, programme_id, name, status, start_date, follow_up_due_date, process_leader_id, created_at, updated_at)
       SELECT i, p, n, s, d, f, $7, d::timestamptz - interval '60 days', d::timestamptz - interval '60 days'
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::cohort_status[], $5::date[], $6::date[]) AS x(i, p, n, s, d, f)`,
      [c.id, c.programme, c.name, c.status, c.start, c.due, leader.id],
    );
    await client.query(
      `INSERT INTO cohort_members (cohort_id, organization_id, role, joined_at, withdrawn_at, withdrawal_reason)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::member_role[], $4::timestamptz[], $5::timestamptz[], $6::text[])`,
      [m.cohort, m.organization, m.role, m.joined, m.withdrawn, m.reason],
    );
    await client.query(
      `INSERT INTO checkpoints (id, cohort_id, kind, due_date) SELECT i, c, 'ONE_YEAR', d FROM unnest($1::uuid[], $2::uuid[], $3::date[]) AS x(i, c, d)`,
      [cp.id, cp.cohort, cp.due],
    );
    await client.query(
      `INSERT INTO goals (id, cohort_id, scope, organization_id, title, description, focus_area, created_at, updated_at)
       SELECT i, c, s, o, t, 'Benchmål: påhittad beskrivning.', f, d, d
         FROM unnest($1::uuid[], $2::uuid[], $3::goal_scope[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[]) AS x(i, c, s, o, t, f, d)`,
      [g.id, g.cohort, g.scope, g.organization, g.title, g.focus, g.created],
    );
    await client.query(
      `INSERT INTO indicators (id, goal_id, name, unit, direction, by_gender, kolada_kpi_id, kolada_kpi_title, baseline_period, created_at, updated_at)
       SELECT i, g, n, '%', 'HIGHER_IS_BETTER', true, k, t, b, d, d
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[]) AS x(i, g, n, k, t, b, d)`,
      [ind.id, ind.goal, ind.name, ind.kpi, ind.title, ind.baseline, ind.created],
    );
    await client.query(
      `INSERT INTO follow_up_reports (id, checkpoint_id, organization_id, status, summary, submitted_at, version)
       SELECT i, c, o, s, 'Benchrapport: påhittad sammanfattning.', t, 2
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::report_status[], $5::timestamptz[]) AS x(i, c, o, s, t)`,
      [r.id, r.checkpoint, r.organization, r.status, r.submitted],
    );
    await client.query(
      `INSERT INTO goal_assessments (report_id, goal_id, status) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::goal_assessment_status[])`,
      [a.report, a.goal, a.status],
    );
    await client.query(
      `INSERT INTO mentor_edges (cohort_id, mentor_organization_id, mentee_organization_id) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[])`,
      [e.cohort, e.mentor, e.mentee],
    );

    // Kolada values: every organisation, key figure and year; a participant's gap shifted from its first
    // start year on for every third key figure. Now and then a row is missing or its split withheld.
    const firstStart = new Map();
    for (const cohort of planned) {
      if (cohort.status === 'CANCELLED') continue;
      const y = Number(cohort.startDate.slice(0, 4));
      for (const x of cohort.mentees) if (!x.withdrawn) firstStart.set(x.id, Math.min(firstStart.get(x.id) ?? y, y));
    }
    const v = { kpi: [], id: [], year: [], women: [], men: [], total: [] };
    for (const [index, kpi] of KPIS.entries()) {
      const model = kpiModel(random, index);
      for (const o of organizations) {
        const level = model.level + model.levelSpread * normal(random);
        const gap = model.gap + model.gapSpread * normal(random);
        const start = firstStart.get(o.id);
        const koladaId = o.kind === 'REGION' ? `00${o.code}` : o.code;
        for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
          const u = random();
          const shift = start === undefined ? 0 : model.effect * Math.min(3, Math.max(0, year - start + 1));
          const gapNow = gap + model.gapTrend * (year - FIRST_YEAR) + shift;
          const women = round1(level + gapNow / 2 + model.noise * normal(random));
          const men = round1(level - gapNow / 2 + model.noise * normal(random));
          if (u < 0.005) continue;
          const split = u >= 0.015;
          v.kpi.push(kpi);
          v.id.push(koladaId);
          v.year.push(year);
          v.women.push(split ? women : null);
          v.men.push(split ? men : null);
          v.total.push(round1(0.5 * women + 0.5 * men));
        }
      }
    }
    await client.query(
      `INSERT INTO kolada_values (kpi_id, kolada_id, year, women, men, total, fetched_at)
       SELECT *, now() FROM unnest($1::varchar[], $2::varchar[], $3::smallint[], $4::float8[], $5::float8[], $6::float8[])`,
      [v.kpi, v.id, v.year, v.women, v.men, v.total],
    );
    await client.query('COMMIT');
    const insertMs = performance.now() - started;
    const analyzeStarted = performance.now();
    await client.query('ANALYZE');
    return {
      insertMs,
      analyzeMs: performance.now() - analyzeStarted,
      rows: {
        cohorts: c.id.length,
        members: m.cohort.length,
        goals: g.id.length,
        indicators: ind.id.length,
        reports: r.id.length,
        assessments: a.report.length,
        edges: e.cohort.length,
        koladaValues: v.kpi.length,
      },
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** True when the bench data is there (its programmes and all 20 key figures' values). */
export async function findBenchData(client) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*)::int FROM programmes WHERE theme = $1) AS programmes,
            (SELECT count(DISTINCT kpi_id)::int FROM kolada_values WHERE kpi_id = ANY($2::varchar[])) AS kpis`,
    [BENCH_THEME, KPIS],
  );
  return rows[0].programmes === KOMMUN_PROGRAMMES.length + 1 && rows[0].kpis === KPIS.length;
}

/**
 * What the database holds and what the answer must say, counted in SQL (not by the API's rules): per
 * programme and status; participants (mentees not withdrawn of started cohorts whose goals link a key
 * figure), per key figure; organisations that never took part; organisations behind approved assessments.
 */
export async function describeData(client, programmeId = null) {
  const q = async (sql, params = []) => (await client.query(sql, params)).rows;
  const byProgramme = await q(
    `SELECT p.id, p.name, p.organization_kind AS kind, count(*)::int AS cohorts,
            count(*) FILTER (WHERE c.status = 'CONCLUDED')::int AS concluded, count(*) FILTER (WHERE c.status = 'CANCELLED')::int AS cancelled,
            count(*) FILTER (WHERE c.status = 'FOLLOW_UP')::int AS follow_up, count(*) FILTER (WHERE c.status = 'ACTIVE')::int AS active,
            min(c.start_date)::text AS first, max(c.start_date)::text AS last
       FROM programmes p JOIN cohorts c ON c.programme_id = p.id WHERE p.theme = $1
      GROUP BY p.id, p.name, p.organization_kind ORDER BY p.organization_kind, p.name`,
    [BENCH_THEME],
  );
  const byKpi = await q(
    `SELECT i.kolada_kpi_id AS kpi, count(DISTINCT m.organization_id)::int AS n
       FROM indicators i JOIN goals g ON g.id = i.goal_id
       JOIN cohorts c ON c.id = g.cohort_id AND c.status IN ('ACTIVE', 'FOLLOW_UP', 'CONCLUDED')
       JOIN cohort_members m ON m.cohort_id = c.id AND m.withdrawn_at IS NULL AND m.role = 'MENTEE' AND (g.scope = 'SHARED' OR g.organization_id = m.organization_id)
      WHERE i.kolada_kpi_id IS NOT NULL AND ($1::uuid IS NULL OR c.programme_id = $1)
      GROUP BY 1 ORDER BY 1`,
    [programmeId],
  );
  const [totals] = await q(
    `SELECT (SELECT count(DISTINCT m.organization_id)::int
               FROM indicators i JOIN goals g ON g.id = i.goal_id
               JOIN cohorts c ON c.id = g.cohort_id AND c.status IN ('ACTIVE', 'FOLLOW_UP', 'CONCLUDED')
               JOIN cohort_members m ON m.cohort_id = c.id AND m.withdrawn_at IS NULL AND m.role = 'MENTEE' AND (g.scope = 'SHARED' OR g.organization_id = m.organization_id)
              WHERE i.kolada_kpi_id IS NOT NULL AND ($1::uuid IS NULL OR c.programme_id = $1)) AS participants,
            (SELECT count(*)::int FROM organizations o WHERE o.kind <> 'SKR' AND NOT EXISTS (
               SELECT 1 FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
                WHERE m.organization_id = o.id AND m.withdrawn_at IS NULL AND c.status <> 'CANCELLED')) AS comparison,
            (SELECT count(DISTINCT r.organization_id)::int FROM goal_assessments a
               JOIN follow_up_reports r ON r.id = a.report_id AND r.status = 'APPROVED'
               JOIN goals g ON g.id = a.goal_id JOIN cohorts c ON c.id = g.cohort_id AND c.status <> 'CANCELLED'
              WHERE ($1::uuid IS NULL OR c.programme_id = $1)) AS outcome_organizations,
            (SELECT count(*)::int FROM kolada_values) AS kolada_values,
            (SELECT count(*)::int FROM cohort_members) AS memberships,
            (SELECT count(*)::int FROM goals) AS goals, (SELECT count(*)::int FROM indicators) AS indicators,
            (SELECT count(*)::int FROM goal_assessments) AS assessments`,
    [programmeId],
  );
  return { byProgramme, byKpi, ...totals };
}
