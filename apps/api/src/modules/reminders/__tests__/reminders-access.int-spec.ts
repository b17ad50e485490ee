import { randomUUID } from 'node:crypto';
import { addDaysIso, ReminderKind, stockholmDate } from '@modellkommuner/shared';
import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';
import { ReminderErrors } from '../reminder.errors';

// The authorisation table of reminders (docs/domain.md, "Reminders and notifications", "What users do";
// reminder.policy.ts): every operation × every kind of viewer is one test. Notifications and e-mail
// choices are always the caller's own; a cohort's schedule and custom reminders are the process leaders'.
// A refused case also proves that nothing was written.

type Role = 'processLeader' | 'mentee' | 'mentor' | 'outsider' | 'anonymous';
const ROLES: Role[] = ['processLeader', 'mentee', 'mentor', 'outsider', 'anonymous'];
type Outcome = 'ok' | 'null' | 'empty' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Expected = Record<Role, Outcome>;

// Codes no other test file uses (the run's files share the database).
const MENTOR = '2401'; // Nordmaling
const MENTEE = '2403'; // Bjurholm: the mentee whose member is "mentee"
const SECOND_MENTEE = '2404'; // Vindeln
const OUTSIDER = '2409'; // Robertsfors: in no cohort

/** Every logged-in caller, each for their own. */
const OWN: Expected = { processLeader: 'ok', mentee: 'ok', mentor: 'ok', outsider: 'ok', anonymous: 'UNAUTHENTICATED' };
/** Process leaders only; outsiders do not find the cohort (FORBIDDEN comes before visibility for a mutation). */
const MANAGE: Expected = {
  processLeader: 'ok',
  mentee: 'FORBIDDEN',
  mentor: 'FORBIDDEN',
  outsider: 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
};

const NOTIFICATIONS = `{ notifications(first: 100) { id kind title readAt } }`;
const SEND_CUSTOM = `mutation($id: ID!, $codes: [String!]!) { sendCustomReminder(cohortId: $id, organizationCodes: $codes, subject: "Påminnelse om enkäten", body: "Fyll i den före fredag.") }`;

describe('reminders: who may see and do what', () => {
  let platform: TestPlatform;
  const tokens: Partial<Record<Role, string>> = {};
  const userIds: Partial<Record<Role, string>> = {};
  /** A second account of the mentee organisation: its notifications and choices are not the mentee's. */
  let colleague: { id: string; token: string };
  let leader: string;
  let cohortId: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
    tokens.processLeader = leader;
    userIds.processLeader = (await platform.ok(`{ me { id } }`, {}, leader)).me.id;
    await makeEligible(platform, leader, MENTOR);
    for (const [role, code] of [
      ['mentee', MENTEE],
      ['mentor', MENTOR],
      ['outsider', OUTSIDER],
    ] as const) {
      const user = await platform.createUser(code);
      tokens[role] = user.token;
      userIds[role] = user.id;
    }
    colleague = await platform.createUser(MENTEE);
    // The colleague chose differently from the default (no e-mail for custom reminders), so a leak would show.
    await platform.ok(`mutation { setReminderPreference(kind: CUSTOM, email: false) { kind } }`, {}, colleague.token);
    const programme = await createProgramme(platform, leader);
    // A month ahead: its meetings and follow-up are still to come, so it has reminders waiting.
    const startDate = addDaysIso(stockholmDate(new Date()), 30);
    cohortId = (
      await createCohort(platform, leader, programme.id, MENTOR, [MENTEE, SECOND_MENTEE], {
        startDate,
        startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: `${startDate}T09:00:00Z`, location: 'Nordmaling' },
      })
    ).id;
  });
  afterAll(async () => {
    // The custom reminders sent here wait to go out: a later file's worker must not deliver them.
    await platform?.dataSource.query(
      `UPDATE reminders SET status = 'CANCELLED', cancelled_at = now() WHERE status = 'SCHEDULED' AND cohort_id = $1 AND kind = 'CUSTOM'`,
      [cohortId],
    );
    await platform?.close();
  });

  // ---- helpers ----------------------------------------------------------------------------------

  const call = (role: Role, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<any>> =>
    platform.gql(query, variables, tokens[role]);
  const one = async (sql: string, params: unknown[] = []) => (await platform.dataSource.query(sql, params))[0];

  /** One unread notification for every account of the table (and the colleague), of one stored reminder. */
  async function notificationsForAll(): Promise<Record<Role | 'colleague', string>> {
    const reminder = await one(
      `INSERT INTO reminders (kind, key, due_at, status, sent_at) VALUES ('CUSTOM', $1, now(), 'SENT', now()) RETURNING id`,
      [`test:access:${randomUUID()}`],
    );
    const owners = { ...userIds, colleague: colleague.id } as Record<string, string>;
    const ids = {} as Record<Role | 'colleague', string>;
    for (const [who, userId] of Object.entries(owners) as [Role | 'colleague', string][]) {
      ids[who] = (
        await one(
          `INSERT INTO notifications (user_id, reminder_id, generation, kind, title, body, link, email_wanted)
           VALUES ($1, $2, 1, 'CUSTOM', $3, 'Text', $4, true) RETURNING id`,
          [userId, reminder.id, `Till ${who}`, `/cohorts/${cohortId}`],
        )
      ).id;
    }
    return ids;
  }

  const unreadOf = async (userId: string): Promise<number> =>
    (await one(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId])).n;

  /** Every table a reminders operation writes: counts and a digest of the contents. */
  async function snapshot(): Promise<Record<string, unknown>> {
    const tables = ['reminders', 'notifications', 'reminder_preferences'];
    const parts = tables.map(
      (t) =>
        `(SELECT count(*)::int FROM ${t}) AS "${t}", (SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM ${t} x) AS "${t}_digest"`,
    );
    return one(`SELECT ${parts.join(', ')}, (SELECT count(*)::int FROM audit_log) AS audit_log`);
  }

  // ---- reads ------------------------------------------------------------------------------------

  describe('notifications', () => {
    let ids: Record<Role | 'colleague', string>;
    beforeAll(async () => {
      ids = await notificationsForAll();
    });

    it.each(ROLES)('as %s: only their own', async (role) => {
      const result = await call(role, NOTIFICATIONS);
      if (OWN[role] === 'UNAUTHENTICATED') {
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
        return;
      }
      expect(result.errors).toBeUndefined();
      const listed = result.data?.notifications.map((n: { id: string }) => n.id);
      expect(listed).toContain(ids[role]);
      const others = Object.entries(ids)
        .filter(([who]) => who !== role)
        .map(([, id]) => id);
      expect(listed.filter((id: string) => others.includes(id))).toEqual([]);
      expect(result.data?.notifications.find((n: { id: string }) => n.id === ids[role])).toEqual({
        id: ids[role],
        kind: 'CUSTOM',
        title: `Till ${role}`,
        readAt: null,
      });
    });
  });

  describe('unreadNotificationCount', () => {
    beforeAll(async () => {
      await notificationsForAll();
    });

    it.each(ROLES)('as %s: their own', async (role) => {
      const result = await call(role, `{ unreadNotificationCount }`);
      if (OWN[role] === 'UNAUTHENTICATED') {
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
        return;
      }
      expect(result.errors).toBeUndefined();
      expect(result.data?.unreadNotificationCount).toBe(await unreadOf(userIds[role]!));
      expect(result.data?.unreadNotificationCount).toBeGreaterThanOrEqual(1);
    });
  });

  describe('User.reminderPreferences', () => {
    // `me`: every account reads its own; anonymous has no `me`.
    const ME: Expected = { ...OWN, anonymous: 'null' };
    it.each(ROLES)('of me, as %s', async (role) => {
      const result = await call(role, `{ me { id reminderPreferences { kind email } } }`);
      expect(result.errors).toBeUndefined();
      if (ME[role] === 'null') {
        expect(result.data?.me).toBeNull();
        return;
      }
      expect(result.data?.me.id).toBe(userIds[role]);
      expect(result.data?.me.reminderPreferences.map((p: { kind: string }) => p.kind)).toEqual(Object.values(ReminderKind));
    });

    // Another account through `users`: FORBIDDEN for every caller who can list it; members list only their own organisation.
    const OTHERS: Expected = {
      processLeader: 'FORBIDDEN',
      mentee: 'FORBIDDEN',
      mentor: 'empty',
      outsider: 'empty',
      anonymous: 'UNAUTHENTICATED',
    };
    it.each(ROLES)(`of ${MENTEE}'s accounts (users), as %s`, async (role) => {
      const result = await call(role, `query($c: String!) { users(organizationCode: $c) { id reminderPreferences { kind email } } }`, {
        c: MENTEE,
      });
      const expected = OTHERS[role];
      if (expected === 'empty') {
        expect(result.errors).toBeUndefined();
        expect(result.data?.users).toEqual([]);
        return;
      }
      expect(codeOf(result)).toBe(expected);
      expect(result.data ?? null).toBeNull();
      if (expected === 'FORBIDDEN') {
        expect((result.errors?.[0] as { path?: unknown[] }).path).toEqual(['users', expect.any(Number), 'reminderPreferences']);
      }
    });

    // The cohort's process leader: their own for the process leader; FORBIDDEN for the members who see the cohort.
    const PROCESS_LEADERS: Expected = {
      processLeader: 'ok',
      mentee: 'FORBIDDEN',
      mentor: 'FORBIDDEN',
      outsider: 'null',
      anonymous: 'UNAUTHENTICATED',
    };
    it.each(ROLES)("of the cohort's process leader (cohort.processLeader), as %s", async (role) => {
      const result = await call(role, `query($id: ID!) { cohort(id: $id) { processLeader { id reminderPreferences { kind email } } } }`, {
        id: cohortId,
      });
      const expected = PROCESS_LEADERS[role];
      if (expected === 'ok' || expected === 'null') {
        expect(result.errors).toBeUndefined();
        if (expected === 'null') expect(result.data?.cohort).toBeNull();
        else expect(result.data?.cohort.processLeader).toMatchObject({ id: userIds.processLeader, reminderPreferences: expect.any(Array) });
        return;
      }
      expect(codeOf(result)).toBe(expected);
      expect(result.data?.cohort ?? null).toBeNull();
    });
  });

  describe('Cohort.upcomingReminders', () => {
    // Process leaders only; members of the cohort FORBIDDEN; an outsider does not find the cohort (null).
    const SCHEDULE: Expected = {
      processLeader: 'ok',
      mentee: 'FORBIDDEN',
      mentor: 'FORBIDDEN',
      outsider: 'NOT_FOUND',
      anonymous: 'UNAUTHENTICATED',
    };
    it.each(ROLES)('as %s', async (role) => {
      const result = await call(role, `query($id: ID!) { cohort(id: $id) { id upcomingReminders { kind dueAt recipients about } } }`, {
        id: cohortId,
      });
      const expected = SCHEDULE[role];
      if (expected === 'ok') {
        expect(result.errors).toBeUndefined();
        // Planned at creation: the start-up meeting, the closing gathering and each member's follow-up.
        const kinds = new Set(result.data?.cohort.upcomingReminders.map((r: { kind: string }) => r.kind));
        expect(kinds).toEqual(new Set(['MEETING_UPCOMING', 'FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE']));
        return;
      }
      if (expected === 'NOT_FOUND') {
        // The cohort query answers null both for a cohort that does not exist and for one the caller may not see.
        expect(result.errors).toBeUndefined();
        expect(result.data?.cohort).toBeNull();
        return;
      }
      expect(codeOf(result)).toBe(expected);
      if (expected === 'FORBIDDEN') {
        expect(result.errors?.[0].message).toBe(ReminderErrors.mayNotManage);
        expect((result.errors?.[0] as { path?: unknown[] }).path).toEqual(['cohort', 'upcomingReminders']);
      }
      expect(result.data?.cohort ?? null).toBeNull();
    });
  });

  // ---- mutations --------------------------------------------------------------------------------

  /**
   * One operation: `prepare` makes what the call needs, `call` runs it as the role, `written` proves
   * what an allowed call wrote. A refused call must leave every reminders table as it was.
   */
  interface MutationCase<C = any> {
    name: string;
    expected: Expected;
    prepare: () => Promise<C>;
    call: (role: Role, ctx: C) => Promise<GqlResult<any>>;
    written: (result: GqlResult<any>, ctx: C, role: Role) => Promise<void> | void;
  }

  const readAt = async (id: string) => (await one(`SELECT read_at FROM notifications WHERE id = $1`, [id])).read_at;

  const mutations: MutationCase[] = [
    {
      name: "markNotificationsRead: everyone's ids",
      expected: OWN,
      prepare: notificationsForAll,
      call: (role, ids: Record<string, string>) =>
        call(role, `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: Object.values(ids) }),
      written: async (result, ids: Record<string, string>, role) => {
        expect(result.data?.markNotificationsRead).toBe(1);
        for (const [who, id] of Object.entries(ids)) {
          if (who === role) expect(await readAt(id)).toBeInstanceOf(Date);
          else expect(await readAt(id)).toBeNull();
        }
      },
    },
    {
      name: 'markAllNotificationsRead',
      expected: OWN,
      prepare: async () => {
        const ids = await notificationsForAll();
        const unread: Record<string, number> = {};
        for (const role of ROLES) {
          const userId = userIds[role];
          if (userId) unread[role] = await unreadOf(userId);
        }
        return { ids, unread };
      },
      call: (role) => call(role, `mutation { markAllNotificationsRead }`),
      written: async (result, { ids, unread }: { ids: Record<string, string>; unread: Record<string, number> }, role) => {
        expect(result.data?.markAllNotificationsRead).toBe(unread[role]);
        expect(await unreadOf(userIds[role]!)).toBe(0);
        for (const [who, id] of Object.entries(ids)) if (who !== role) expect(await readAt(id)).toBeNull();
      },
    },
    {
      name: 'setReminderPreference: no e-mail for REVIEW_PENDING',
      expected: OWN,
      prepare: async () => {
        await platform.dataSource.query(`DELETE FROM reminder_preferences WHERE kind = 'REVIEW_PENDING' AND user_id = ANY($1::uuid[])`, [
          [...Object.values(userIds), colleague.id],
        ]);
      },
      call: (role) => call(role, `mutation { setReminderPreference(kind: REVIEW_PENDING, email: false) { kind email } }`),
      written: async (result, _ctx, role) => {
        expect(result.data?.setReminderPreference).toEqual(
          Object.values(ReminderKind).map((kind) => ({ kind, email: kind !== 'REVIEW_PENDING' })),
        );
        const rows = await platform.dataSource.query(
          `SELECT user_id FROM reminder_preferences WHERE kind = 'REVIEW_PENDING' AND user_id = ANY($1::uuid[])`,
          [[...Object.values(userIds), colleague.id]],
        );
        expect(rows).toEqual([{ user_id: userIds[role] }]);
      },
    },
    {
      name: `sendCustomReminder: to ${MENTEE}`,
      expected: MANAGE,
      prepare: () => Promise.resolve(cohortId),
      call: (role, id: string) => call(role, SEND_CUSTOM, { id, codes: [MENTEE] }),
      written: async (result, id: string) => {
        // The mentee organisation's active accounts but the colleague, who turned e-mail for CUSTOM off (beforeAll).
        const { n } = await one(
          `SELECT count(*)::int AS n FROM users u JOIN organizations o ON o.id = u.organization_id
            WHERE o.code = $1 AND u.active AND u.id <> $2`,
          [MENTEE, colleague.id],
        );
        expect(n).toBeGreaterThanOrEqual(1);
        expect(result.data?.sendCustomReminder).toBe(n);
        const [row] = await platform.dataSource.query(
          `SELECT kind, status, subject, created_by_id FROM reminders WHERE cohort_id = $1 AND kind = 'CUSTOM' AND key LIKE 'custom:%' ORDER BY created_at DESC LIMIT 1`,
          [id],
        );
        expect(row).toEqual({
          kind: 'CUSTOM',
          status: 'SCHEDULED',
          subject: 'Påminnelse om enkäten',
          created_by_id: userIds.processLeader,
        });
      },
    },
    {
      name: 'sendCustomReminder: a cohort that does not exist',
      expected: { ...MANAGE, processLeader: 'NOT_FOUND' },
      prepare: () => Promise.resolve(randomUUID()),
      call: (role, id: string) => call(role, SEND_CUSTOM, { id, codes: [MENTEE] }),
      written: () => undefined,
    },
  ];

  describe.each(mutations.map((m) => [m.name, m] as const))('%s', (_name, operation) => {
    it.each(ROLES)('as %s', async (role) => {
      const ctx = await operation.prepare();
      const before = await snapshot();
      const result = await operation.call(role, ctx);
      const outcome = operation.expected[role];
      if (outcome === 'ok') {
        expect(result.errors).toBeUndefined();
        await operation.written(result, ctx, role);
        return;
      }
      expect(codeOf(result)).toBe(outcome);
      if (outcome === 'FORBIDDEN') expect(result.errors?.[0].message).toBe(ReminderErrors.mayNotManage);
      expect(result.data ?? null).toBeNull();
      expect(await snapshot()).toEqual(before);
    });
  });
});
