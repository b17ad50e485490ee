// Bench data for the cohort overview: one programme and two cohorts, inserted directly with SQL
// (multi-row INSERT … SELECT FROM unnest, so 44,000 measurements take about a second).
//
//   cohort A:  4 organisations (1 MENTOR + 3 MENTEE)
//   cohort B: 40 organisations (1 MENTOR + 39 MENTEE) — the API's rule of 2–3 mentees is not applied to
//             bench data: the rows are inserted, not created through the API.
// Each cohort: 10 SHARED goals × 5 indicators (25 of the 50 by gender, alternating), and for every member
// 10 yearly periods (2015–2024) of values — WOMEN, MEN and TOTAL for the by-gender indicators, TOTAL only
// for the others (an indicator that is not by gender takes no gendered values: indicatorGenders in
// libs/shared) — and a target (period 2026) per member, indicator and gender it takes.
// Values come from a seeded PRNG: the same database every time.

export const COHORTS = [
  { key: 'A', name: 'Bänkomgång A – 4 organisationer', members: 4 },
  { key: 'B', name: 'Bänkomgång B – 40 organisationer', members: 40 },
];
export const GOALS_PER_COHORT = 10;
export const INDICATORS_PER_GOAL = 5;
export const PERIODS = Array.from({ length: 10 }, (_, i) => String(2015 + i));
export const TARGET_PERIOD = '2026';
const PROGRAMME = 'Bänkprogram – mål och indikatorer';

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
const one = (n) => Math.round(n * 10) / 10;

async function insertChunked(client, sql, columns, chunk = 5000) {
  const length = columns[0].length;
  for (let start = 0; start < length; start += chunk) {
    await client.query(
      sql,
      columns.map((column) => column.slice(start, start + chunk)),
    );
  }
}

/** Inserts the programme, both cohorts and their goals, indicators, values and targets; returns the cohorts' ids. */
export async function insertBenchData(client, { leaderEmail, seed = 20261202 }) {
  const random = prng(seed);
  const started = performance.now();
  await client.query('BEGIN');
  const leader = (await client.query(`SELECT id FROM users WHERE email = $1`, [leaderEmail])).rows[0];
  if (!leader) throw new Error(`the seeded process leader ${leaderEmail} is missing`);
  const total = COHORTS.reduce((sum, c) => sum + c.members, 0);
  // Kommuner in code order: A takes the first 4, B the next 40 (no organisation is in both).
  const organizations = (
    await client.query(`SELECT id, code FROM organizations WHERE kind = 'MUNICIPALITY' ORDER BY code LIMIT $1`, [total])
  ).rows;
  if (organizations.length < total) throw new Error(`only ${organizations.length} kommuner seeded`);
  const programmeId = (
    await client.query(
      `INSERT INTO programmes (name, theme, organization_kind, min_mentees, max_mentees) VALUES ($1, $2, 'MUNICIPALITY', 2, 3) RETURNING id`,
      [PROGRAMME, 'Jämställdhetsintegrering – bänkdata för översikten över mål'],
    )
  ).rows[0].id;

  const ids = {};
  let offset = 0;
  for (const cohort of COHORTS) {
    const cohortId = (
      await client.query(
        `INSERT INTO cohorts (programme_id, name, status, start_date, follow_up_due_date, process_leader_id)
         VALUES ($1, $2, 'ACTIVE', '2025-01-15', '2026-06-30', $3) RETURNING id`,
        [programmeId, cohort.name, leader.id],
      )
    ).rows[0].id;
    ids[cohort.key] = cohortId;
    const members = organizations.slice(offset, offset + cohort.members);
    offset += cohort.members;
    // The mentor first; the mentees joined a minute apart (the overview's row order).
    await client.query(
      `INSERT INTO cohort_members (cohort_id, organization_id, role, joined_at)
       SELECT $1, o, r, timestamptz '2025-01-15 09:00+01' + (n - 1) * interval '1 minute'
         FROM unnest($2::uuid[], $3::member_role[]) WITH ORDINALITY AS x(o, r, n)`,
      [cohortId, members.map((m) => m.id), members.map((_, i) => (i === 0 ? 'MENTOR' : 'MENTEE'))],
    );
    const goals = (
      await client.query(
        `INSERT INTO goals (cohort_id, scope, title, description, focus_area, created_at, updated_at)
         SELECT $1, 'SHARED', t, 'Gemensamt mål för bänken', 'Jämställd service', c, c
           FROM unnest($2::text[]) WITH ORDINALITY AS x(t, n), LATERAL (SELECT timestamptz '2025-02-01 10:00+01' + n * interval '1 hour' AS c) AS at
         RETURNING id, created_at`,
        [cohortId, Array.from({ length: GOALS_PER_COHORT }, (_, g) => `Mål ${g + 1}: jämställd verksamhet`)],
      )
    ).rows.sort((a, b) => a.created_at - b.created_at);
    const indicatorSpecs = [];
    goals.forEach((goal, g) => {
      for (let i = 0; i < INDICATORS_PER_GOAL; i += 1) {
        const n = g * INDICATORS_PER_GOAL + i;
        indicatorSpecs.push({
          goalId: goal.id,
          name: `Indikator ${g + 1}.${i + 1}: andel nöjda invånare`,
          unit: '%',
          direction: n % 3 === 2 ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER',
          byGender: n % 2 === 0,
          baseline: PERIODS[0],
          kpi: n % 4 === 0 ? `N${String(10000 + n).padStart(5, '0')}` : null,
          created: new Date(Date.parse('2025-02-02T10:00:00Z') + n * 60_000).toISOString(),
        });
      }
    });
    const indicators = (
      await client.query(
        `INSERT INTO indicators (goal_id, name, unit, direction, by_gender, baseline_period, kolada_kpi_id, created_at, updated_at)
         SELECT g, n, u, d, b, p, k, c, c
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::indicator_direction[], $5::bool[], $6::text[], $7::text[], $8::timestamptz[]) AS x(g, n, u, d, b, p, k, c)
         RETURNING id, by_gender, direction, created_at`,
        ['goalId', 'name', 'unit', 'direction', 'byGender', 'baseline', 'kpi', 'created'].map((key) => indicatorSpecs.map((s) => s[key])),
      )
    ).rows.sort((a, b) => a.created_at - b.created_at);

    const values = { indicator: [], organization: [], period: [], gender: [], value: [] };
    const targets = { indicator: [], organization: [], gender: [], value: [] };
    for (const member of members) {
      for (const indicator of indicators) {
        const sign = indicator.direction === 'HIGHER_IS_BETTER' ? 1 : -1;
        const base = 30 + random() * 40;
        const slope = (random() - 0.35) * 1.6; // mostly improving, some getting worse
        const gap0 = (random() - 0.5) * 12;
        PERIODS.forEach((period, t) => {
          const totalValue = base + sign * slope * t + (random() - 0.5) * 2;
          const gap = gap0 * (1 - 0.06 * t);
          const cells = indicator.by_gender
            ? [
                ['WOMEN', totalValue + gap / 2],
                ['MEN', totalValue - gap / 2],
                ['TOTAL', totalValue],
              ]
            : [['TOTAL', totalValue]];
          for (const [gender, value] of cells) {
            values.indicator.push(indicator.id);
            values.organization.push(member.id);
            values.period.push(period);
            values.gender.push(gender);
            values.value.push(one(value));
          }
        });
        const goal = base + sign * (4 + random() * 14);
        for (const gender of indicator.by_gender ? ['WOMEN', 'MEN', 'TOTAL'] : ['TOTAL']) {
          targets.indicator.push(indicator.id);
          targets.organization.push(member.id);
          targets.gender.push(gender);
          targets.value.push(one(goal));
        }
      }
    }
    await insertChunked(
      client,
      `INSERT INTO measurements (indicator_id, organization_id, period, gender, value, source)
       SELECT * , 'MANUAL'::measurement_source FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::gender[], $5::float8[])`,
      [values.indicator, values.organization, values.period, values.gender, values.value],
    );
    await insertChunked(
      client,
      `INSERT INTO indicator_targets (indicator_id, organization_id, gender, value, period)
       SELECT *, '${TARGET_PERIOD}' FROM unnest($1::uuid[], $2::uuid[], $3::gender[], $4::float8[])`,
      [targets.indicator, targets.organization, targets.gender, targets.value],
    );
  }
  await client.query('COMMIT');
  const insertMs = performance.now() - started;
  const analyzeStarted = performance.now();
  await client.query('ANALYZE');
  return { ids, insertMs, analyzeMs: performance.now() - analyzeStarted };
}

/** The bench cohorts' ids when they are there with all their rows, else null. */
export async function findBenchData(client) {
  const rows = (await client.query(`SELECT id, name FROM cohorts WHERE name = ANY($1)`, [COHORTS.map((c) => c.name)])).rows;
  if (rows.length !== COHORTS.length) return null;
  const ids = Object.fromEntries(COHORTS.map((c) => [c.key, rows.find((r) => r.name === c.name).id]));
  const counts = await countRows(client, ids);
  const ok = COHORTS.every(
    (c) => counts[c.key].measurements === expected(c.members).measurements && counts[c.key].targets === expected(c.members).targets,
  );
  return ok ? ids : null;
}

/** What a cohort of `members` organisations must hold. */
export function expected(members) {
  const indicators = GOALS_PER_COHORT * INDICATORS_PER_GOAL;
  const byGender = Math.ceil(indicators / 2);
  const perMember = byGender * PERIODS.length * 3 + (indicators - byGender) * PERIODS.length;
  return {
    goals: GOALS_PER_COHORT,
    indicators,
    measurements: members * perMember,
    targets: members * (byGender * 3 + (indicators - byGender)),
  };
}

/** Rows per cohort, counted in the database (not assumed). */
export async function countRows(client, ids) {
  const out = {};
  for (const [key, id] of Object.entries(ids)) {
    out[key] = (
      await client.query(
        `SELECT (SELECT count(*)::int FROM cohort_members WHERE cohort_id = $1) AS members,
                (SELECT count(*)::int FROM goals WHERE cohort_id = $1) AS goals,
                (SELECT count(*)::int FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.cohort_id = $1) AS indicators,
                (SELECT count(*)::int FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.cohort_id = $1 AND i.by_gender) AS by_gender,
                (SELECT count(*)::int FROM measurements m JOIN indicators i ON i.id = m.indicator_id JOIN goals g ON g.id = i.goal_id WHERE g.cohort_id = $1) AS measurements,
                (SELECT count(*)::int FROM indicator_targets t JOIN indicators i ON i.id = t.indicator_id JOIN goals g ON g.id = i.goal_id WHERE g.cohort_id = $1) AS targets`,
        [id],
      )
    ).rows[0];
  }
  return out;
}
