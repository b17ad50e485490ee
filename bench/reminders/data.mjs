// The reminders benchmark's data, by SQL in bulk (one transaction each): an account in every one of the 290
// kommuner, the kommuner in cohorts of four (one MENTOR, three MENTEE; the API's 2–3 mentees rule does not
// apply to rows inserted directly), and per round a batch of reminders due at once — one meeting tomorrow in
// every cohort (its "1 day before" reminder goes to the four members' accounts) and CUSTOM reminders to one
// kommun each (one account) for the rest. The mail subjects are ASCII and unique per reminder, so that the SMTP
// sink can tell every (recipient, subject) — one reminder's mail to one account — without decoding MIME.

/** Accounts, programme and cohorts; returns the cohorts (id, member organisation ids). */
export async function insertPeople(client) {
  await client.query('BEGIN');
  try {
    const { rows: leader } = await client.query(`SELECT id FROM users WHERE role = 'PROCESS_LEADER' ORDER BY created_at LIMIT 1`);
    if (!leader.length) throw new Error('the seed made no process leader');
    await client.query(
      `INSERT INTO users (email, name, password_hash, role, organization_id)
       SELECT 'bench-' || code || '@example.se', 'Benchperson ' || code, 'inget-lösenord', 'MEMBER', id
         FROM organizations WHERE kind = 'MUNICIPALITY'`,
    );
    const { rows: programme } = await client.query(
      `INSERT INTO programmes (name, theme, organization_kind) VALUES ('Benchprogram påminnelser', 'Bench', 'MUNICIPALITY') RETURNING id`,
    );
    const { rows: orgs } = await client.query(`SELECT id FROM organizations WHERE kind = 'MUNICIPALITY' ORDER BY code`);
    const cohorts = [];
    for (let i = 0; i < orgs.length; i += 4) {
      const members = orgs.slice(i, i + 4).map((o) => o.id);
      const { rows } = await client.query(
        `INSERT INTO cohorts (programme_id, name, status, start_date, follow_up_due_date, process_leader_id)
         VALUES ($1, $2, 'ACTIVE', current_date - 30, current_date + 335, $3) RETURNING id`,
        [programme[0].id, `Benchomgång ${i / 4 + 1}`, leader[0].id],
      );
      await client.query(
        `INSERT INTO cohort_members (cohort_id, organization_id, role)
         SELECT $1, o, CASE WHEN n = 1 THEN 'MENTOR'::member_role ELSE 'MENTEE'::member_role END
           FROM unnest($2::uuid[]) WITH ORDINALITY AS t(o, n)`,
        [rows[0].id, members],
      );
      cohorts.push({ id: rows[0].id, members });
    }
    await client.query('COMMIT');
    return { leaderId: leader[0].id, cohorts, organizations: orgs.length };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * `total` reminders due at `dueAt` for round `round`: a meeting reminder per cohort, CUSTOM for the rest,
 * spread over the kommuner in turn. Returns how many of each and the mails expected as "to|subject" keys.
 */
export async function insertRound(client, { round, total, dueAt, cohorts, leaderId }) {
  await client.query('BEGIN');
  try {
    const due = dueAt.toISOString();
    // A meeting 24 h after dueAt: exactly when the scheduler plans its "1 day before" reminder, so the
    // delivery's re-planning of the cohort keeps it as it is.
    const { rows: meetings } = await client.query(
      `INSERT INTO meetings (cohort_id, kind, title, starts_at)
       SELECT c, 'EXCHANGE', 'Erfarenhetsutbyte ' || $2 || '-' || n, $3::timestamptz + interval '1 day'
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(c, n)
       RETURNING id, cohort_id AS "cohortId", title`,
      [cohorts.map((c) => c.id), round, due],
    );
    await client.query(
      `INSERT INTO reminders (kind, key, cohort_id, subject_id, due_at)
       SELECT 'MEETING_UPCOMING', 'meeting:' || m || ':1d', c, m, $3 FROM unnest($1::uuid[], $2::uuid[]) AS t(m, c)`,
      [meetings.map((m) => m.id), meetings.map((m) => m.cohortId), due],
    );
    const custom = total - meetings.length;
    const members = cohorts.flatMap((c) => c.members.map((organizationId) => ({ organizationId, cohortId: c.id })));
    await client.query(
      `INSERT INTO reminders (kind, key, cohort_id, organization_ids, subject, body, due_at, created_by_id)
       SELECT 'CUSTOM', 'custom:' || gen_random_uuid(), ($1::uuid[])[1 + (g - 1) % $3], ARRAY[($2::uuid[])[1 + (g - 1) % $3]],
              'Bench ' || $4 || ' nr ' || g, 'Glöm inte att fylla i enkäten före fredag. Den tar fem minuter.', $5, $6
         FROM generate_series(1, $7::int) AS g`,
      [members.map((m) => m.cohortId), members.map((m) => m.organizationId), members.length, round, due, leaderId, custom],
    );
    const { rows: expected } = await client.query(
      `SELECT u.email || '|' || 'Bench ' || $1 || ' nr ' || g AS key
         FROM generate_series(1, $2::int) AS g
         JOIN users u ON u.organization_id = ($3::uuid[])[1 + (g - 1) % $4] AND u.active
       UNION ALL
       SELECT u.email || '|I morgon: ' || m.title FROM meetings m
         JOIN cohort_members cm ON cm.cohort_id = m.cohort_id AND cm.withdrawn_at IS NULL
         JOIN users u ON u.organization_id = cm.organization_id AND u.active
        WHERE m.id = ANY($5::uuid[])`,
      [round, custom, members.map((m) => m.organizationId), members.length, meetings.map((m) => m.id)],
    );
    await client.query('COMMIT');
    return { meetings: meetings.length, custom, expected: expected.map((r) => r.key) };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
