// Bench data for the network overview: about 2,000 cohorts over ten generations of the mentor lineage,
// inserted directly with SQL (multi-row INSERT … SELECT FROM unnest, one transaction, about a second).
//
// Every reached organisation gets a level — its generation as docs/domain.md ("The network") defines it —
// before any cohort is made: a few founding mentors are level 0, and each wave w of cohorts brings the
// organisations of level w in as mentees of mentors of level w − 1 ("first contact"). The remaining cohorts
// of a wave are further rounds in the programmes: a mentor of level ≤ w − 1 with mentees of level
// 1 … min(mentor's level + 1, w) — never a founder as a mentee, never a mentee two levels below its mentor —
// so the shortest path from a founder, which is what the API computes, is exactly the planned level, and
// the overview must answer `generations: 10` (levels 0–9). Only the founders and 70 % of the later
// organisations (not the last level) are mentor-eligible, and only they mentor. Waves are two years apart; all but the last are
// CONCLUDED (2 % of the further rounds CANCELLED, 4 % of their mentees withdrawn); the last wave is
// PLANNED / ACTIVE / FOLLOW_UP by start date, with at most one such cohort per organisation and programme
// (docs/domain.md, "Cohorts"). Five kommun programmes; one region programme for the 21 regions (levels
// 0–5). 16 kommuner are never reached. Organisations take part in many cohorts: 2,000 cohorts over 290
// kommuner is about 24 memberships each, more than reality, which is the point of the bench.
// Values come from a seeded PRNG: the same rows every time (only the uuids differ).

import { randomUUID } from 'node:crypto';

export const BENCH_THEME = 'bench/network: nätverksöversikten med 2 000 omgångar';

/** Organisations per level (generation); the rest of the kind is never reached. */
const KOMMUN_LEVELS = [4, 6, 10, 16, 24, 32, 40, 46, 50, 46]; // 274 of 290
const REGION_LEVELS = [1, 2, 3, 4, 5, 6]; // 21 of 21

export const PLAN = {
  MUNICIPALITY: {
    programmes: [
      'Jämställd medborgarservice',
      'Jämställd resursfördelning',
      'Jämställd förskola och skola',
      'Jämställd fritid och kultur',
      'Våld i nära relationer',
    ],
    levels: KOMMUN_LEVELS,
    // Cohorts per wave 1…9 (wave w: mentors of level ≤ w − 1, newcomers of level w). The last wave is the
    // running one: its size is bounded by "one active cohort per organisation and programme".
    waves: [24, 47, 85, 141, 217, 311, 419, 536, 160],
    firstYear: 2009,
  },
  REGION: {
    programmes: ['Jämställd hälso- och sjukvård'],
    levels: REGION_LEVELS,
    waves: [5, 9, 16, 24, 6],
    firstYear: 2017,
  },
};
export const EXPECTED_COHORTS = Object.values(PLAN).reduce((sum, p) => sum + p.waves.reduce((a, b) => a + b, 0), 0);
export const EXPECTED_GENERATIONS = Math.max(...Object.values(PLAN).map((p) => p.levels.length));

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

/**
 * The cohorts of one organisation kind, planned in memory: { cohorts: [{ programme, status, startDate,
 * mentor, mentees: [{ id, withdrawn }] }], level: Map(id → level), eligible: Set(id) }.
 */
export function planKind(random, organizations, plan, today) {
  const order = shuffle(random, organizations);
  const level = new Map();
  const byLevel = [];
  let offset = 0;
  plan.levels.forEach((size, l) => {
    byLevel[l] = order.slice(offset, offset + size);
    for (const o of byLevel[l]) level.set(o.id, l);
    offset += size;
  });
  // Who may mentor: the founders and 70 % of those who come in before the last level; only they mentor
  // (the others stay COMPLETED after their first round).
  const eligible = new Set(
    order.filter((o) => level.get(o.id) === 0 || (level.get(o.id) < plan.levels.length - 1 && random() < 0.7)).map((o) => o.id),
  );
  const cohorts = [];
  const lastWave = plan.waves.length;
  // Active cohorts' members per programme: nobody twice (docs/domain.md, "Cohorts").
  const busy = new Map(plan.programmes.map((p) => [p, new Set()]));
  const startIn = (wave) => {
    const year = plan.firstYear + 2 * (wave - 1);
    if (wave < lastWave)
      return `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    // The running wave: from 15 months ago to 4 months ahead.
    return addDays(today, -456 + Math.floor(random() * 576));
  };
  const statusOf = (wave, startDate, further) => {
    if (further && wave > 1 && random() < 0.02) return 'CANCELLED';
    if (wave < lastWave) return 'CONCLUDED';
    if (startDate > today) return 'PLANNED';
    return addMonths(startDate, 12) > today ? 'ACTIVE' : 'FOLLOW_UP';
  };
  const add = (wave, mentor, mentees, further) => {
    const startDate = startIn(wave);
    const status = statusOf(wave, startDate, further);
    const active = ['PLANNED', 'ACTIVE', 'FOLLOW_UP'].includes(status);
    const programmes = active ? plan.programmes.filter((p) => ![mentor, ...mentees].some((o) => busy.get(p).has(o.id))) : plan.programmes;
    if (programmes.length === 0) return false;
    const programme = pick(random, programmes);
    if (active) for (const o of [mentor, ...mentees]) busy.get(programme).add(o.id);
    cohorts.push({
      programme,
      status,
      startDate,
      wave,
      mentor: mentor.id,
      mentorName: mentor.short_name,
      // A first-contact mentee never withdraws (its generation would change); 4 % of the others do.
      mentees: mentees.map((o) => ({ id: o.id, withdrawn: further && random() < 0.04 })),
    });
    return true;
  };
  for (let wave = 1; wave <= lastWave; wave += 1) {
    const before = cohorts.length;
    // First contact: the newcomers of this level in groups of 2–3, each group with a mentor of the level above.
    const newcomers = shuffle(random, byLevel[wave] ?? []);
    const above = byLevel[wave - 1].filter((o) => eligible.has(o.id));
    const mentors = shuffle(random, above.length ? above : byLevel[wave - 1]);
    let m = 0;
    for (let i = 0; i < newcomers.length;) {
      const size = newcomers.length - i === 4 ? 2 : Math.min(newcomers.length - i, 2 + Math.floor(random() * 2));
      const group = newcomers.slice(i, i + size);
      i += size;
      for (let tries = 0; tries < mentors.length; tries += 1) {
        if (add(wave, mentors[m++ % mentors.length], group, false)) break;
      }
    }
    // Further rounds, up to the wave's number of cohorts.
    const possibleMentors = byLevel
      .slice(0, wave)
      .flat()
      .filter((o) => eligible.has(o.id));
    for (let tries = 0; cohorts.length - before < plan.waves[wave - 1] && tries < 50 * plan.waves[wave - 1]; tries += 1) {
      const mentor = pick(random, possibleMentors);
      const top = Math.min(level.get(mentor.id) + 1, wave);
      const pool = byLevel
        .slice(1, top + 1)
        .flat()
        .filter((o) => o.id !== mentor.id);
      const mentees = shuffle(random, pool).slice(0, 2 + Math.floor(random() * 2));
      if (mentees.length >= 2) add(wave, mentor, mentees, true);
    }
  }
  return { cohorts, level, eligible };
}

/** Inserts the programmes, cohorts and members; marks the planned mentors mentor-eligible (and nobody else). */
export async function insertBenchData(client, { leaderEmail, seed = 20261203, today = new Date().toISOString().slice(0, 10) }) {
  const random = prng(seed);
  const started = performance.now();
  await client.query('BEGIN');
  try {
    const leader = (await client.query(`SELECT id FROM users WHERE email = $1`, [leaderEmail])).rows[0];
    if (!leader) throw new Error(`the seeded process leader ${leaderEmail} is missing`);
    const planned = [];
    for (const [kind, plan] of Object.entries(PLAN)) {
      const organizations = (await client.query(`SELECT id, code, short_name FROM organizations WHERE kind = $1 ORDER BY code`, [kind]))
        .rows;
      const { cohorts, eligible } = planKind(random, organizations, plan, today);
      const programmeIds = new Map();
      for (const name of plan.programmes) {
        const id = (
          await client.query(
            `INSERT INTO programmes (name, theme, organization_kind, min_mentees, max_mentees, follow_up_months) VALUES ($1, $2, $3, 2, 3, 12) RETURNING id`,
            [name, BENCH_THEME, kind],
          )
        ).rows[0].id;
        programmeIds.set(name, id);
      }
      await client.query(`UPDATE organizations SET mentor_eligible = (id = ANY($1::uuid[])) WHERE kind = $2`, [[...eligible], kind]);
      planned.push({ kind, cohorts, programmeIds, eligible: eligible.size });
    }

    const c = { id: [], programme: [], name: [], status: [], start: [], due: [] };
    const m = { cohort: [], organization: [], role: [], joined: [], withdrawn: [], reason: [] };
    for (const { cohorts, programmeIds } of planned) {
      const counter = new Map();
      for (const cohort of cohorts) {
        const id = randomUUID();
        const n = (counter.get(cohort.programme) ?? 0) + 1;
        counter.set(cohort.programme, n);
        c.id.push(id);
        c.programme.push(programmeIds.get(cohort.programme));
        c.name.push(`Omgång ${n} – ${cohort.mentorName} ${cohort.startDate.slice(0, 4)}`);
        c.status.push(cohort.status);
        c.start.push(cohort.startDate);
        c.due.push(addMonths(cohort.startDate, 12));
        const joined = `${addDays(cohort.startDate, -30)}T09:00:00+01:00`;
        [{ id: cohort.mentor, withdrawn: false }, ...cohort.mentees].forEach((member, i) => {
          m.cohort.push(id);
          m.organization.push(member.id);
          m.role.push(i === 0 ? 'MENTOR' : 'MENTEE');
          m.joined.push(joined);
          m.withdrawn.push(member.withdrawn ? `${addDays(cohort.startDate, 60)}T12:00:00+01:00` : null);
          m.reason.push(member.withdrawn ? 'Omorganisation i förvaltningen; vi återkommer i en senare omgång.' : null);
        });
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
    await client.query('COMMIT');
    const insertMs = performance.now() - started;
    const analyzeStarted = performance.now();
    await client.query('ANALYZE');
    return {
      insertMs,
      analyzeMs: performance.now() - analyzeStarted,
      eligible: Object.fromEntries(planned.map((p) => [p.kind, p.eligible])),
    };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** True when the bench data is there (all its cohorts). */
export async function findBenchData(client) {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE p.theme = $1`,
    [BENCH_THEME],
  );
  return rows[0].n === EXPECTED_COHORTS;
}

/** What the database holds, counted (not assumed): per programme and status, members, withdrawn, organisations taking part. */
export async function describeData(client) {
  const byProgramme = (
    await client.query(
      `SELECT p.id, p.name, p.organization_kind AS kind, count(*)::int AS cohorts,
              count(*) FILTER (WHERE c.status = 'CONCLUDED')::int AS concluded,
              count(*) FILTER (WHERE c.status = 'CANCELLED')::int AS cancelled,
              count(*) FILTER (WHERE c.status = 'PLANNED')::int AS planned,
              count(*) FILTER (WHERE c.status = 'ACTIVE')::int AS active,
              count(*) FILTER (WHERE c.status = 'FOLLOW_UP')::int AS follow_up,
              min(c.start_date)::text AS first, max(c.start_date)::text AS last
         FROM programmes p JOIN cohorts c ON c.programme_id = p.id
        WHERE p.theme = $1 GROUP BY p.id, p.name, p.organization_kind ORDER BY p.organization_kind, p.name`,
      [BENCH_THEME],
    )
  ).rows;
  const members = (
    await client.query(
      `SELECT count(*)::int AS memberships, count(*) FILTER (WHERE m.withdrawn_at IS NOT NULL)::int AS withdrawn,
              count(*) FILTER (WHERE m.role = 'MENTOR')::int AS mentors,
              count(DISTINCT m.organization_id)::int AS organizations,
              max(n.k)::int AS most, percentile_disc(0.5) WITHIN GROUP (ORDER BY n.k)::int AS median
         FROM cohort_members m
         JOIN (SELECT organization_id, count(*) AS k FROM cohort_members GROUP BY organization_id) n ON n.organization_id = m.organization_id`,
    )
  ).rows[0];
  const activeTwice = (
    await client.query(
      `SELECT count(*)::int AS n FROM (
         SELECT m.organization_id, c.programme_id FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
          WHERE m.withdrawn_at IS NULL AND c.status IN ('PLANNED', 'ACTIVE', 'FOLLOW_UP')
          GROUP BY 1, 2 HAVING count(*) > 1) t`,
    )
  ).rows[0].n;
  const organizations = (
    await client.query(
      `SELECT kind, count(*)::int AS n, count(*) FILTER (WHERE mentor_eligible)::int AS eligible FROM organizations GROUP BY kind ORDER BY kind`,
    )
  ).rows;
  return { byProgramme, members, activeTwice, organizations };
}
