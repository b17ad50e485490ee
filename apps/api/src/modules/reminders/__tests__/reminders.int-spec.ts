import { randomUUID } from 'node:crypto';
import { addDaysIso, CUSTOM_REMINDER_LIMITS, ReminderKind, stockholmClock, stockholmDate, stockholmTime } from '@modellkommuner/shared';
import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { FakeKolada, startFakeKolada } from '../../../../test/kolada-server';
import { CaughtMail } from '../../../../test/mail-catcher';
import { codeOf, TestPlatform } from '../../../../test/platform';
import { ReminderDeliveryService } from '../jobs/reminder-delivery.service';
import { ReminderRelay } from '../jobs/reminder-relay.service';
import { ReminderErrors } from '../reminder.errors';

// What reminders do (docs/domain.md, "Reminders and notifications"), through the API and the worker's own
// services against real PostgreSQL and Redis: each kind is planned by the change that causes it (the
// `reminders` rows), delivered once to exactly its recipients (mail at the SMTP catcher and notification
// rows) with a link the web routes, moved when its date moves and cancelled when its reason goes away.
// Time is controlled by calling the worker's delivery with the instant a reminder falls due: the relay's
// timer is off (REMINDER_RELAY_INTERVAL_MS=0), so nothing goes out unless a test sends it.

// Codes no other test file uses (the run's files share the database); only this file makes their accounts.
const MENTOR = '2303'; // Ragunda
const A = '2305'; // Bräcke
const B = '2309'; // Krokom
const C = '2313'; // Strömsund
const OUTSIDER = '2321'; // Åre: in none of these cohorts

const WEB = 'http://web.test';
const DAY = 24 * 3600 * 1000;

const TRANSITION = `mutation($id: ID!, $to: CohortStatus!, $v: Int!, $r: String) { transitionCohort(id: $id, to: $to, version: $v, reason: $r) { status version } }`;
const SCHEDULE = `mutation($id: ID!, $input: MeetingInput!) { scheduleMeeting(cohortId: $id, input: $input) { id version startsAt } }`;
const UPDATE_MEETING = `mutation($id: ID!, $v: Int!, $input: MeetingInput!) { updateMeeting(id: $id, version: $v, input: $input) { id version } }`;
const CANCEL_MEETING = `mutation($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v, reason: "Flyttas till nästa termin") { id } }`;
const UPDATE_COHORT = `mutation($id: ID!, $v: Int!, $i: UpdateCohortInput!) { updateCohort(id: $id, version: $v, input: $i) { version followUpDueDate } }`;
const WITHDRAW = `mutation($id: ID!, $c: String!) { withdrawMember(cohortId: $id, organizationCode: $c, reason: "Kommunen prioriterar om") { version } }`;
const SAVE = `mutation($i: SaveFollowUpReportInput!) { saveFollowUpReport(input: $i) { id version } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitFollowUpReport(id: $id, version: $v) { id status version } }`;
const REVIEW = `mutation($i: ReviewInput!) { reviewFollowUpReport(input: $i) { id decision } }`;
const CREATE_GOAL = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`;
const ADD_INDICATOR = `mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }`;
const RECORD = `mutation($i: RecordMeasurementsInput!) { recordMeasurements(input: $i) { id } }`;
const CREATE_EXAMPLE = `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { id version slug } }`;
const SUBMIT_EXAMPLE = `mutation($id: ID!, $v: Int!) { submitLearningExample(id: $id, version: $v) { version status } }`;
const PUBLISH_EXAMPLE = `mutation($id: ID!, $v: Int!) { publishLearningExample(id: $id, version: $v) { version status } }`;
const RETURN_EXAMPLE = `mutation($id: ID!, $v: Int!) { returnLearningExample(id: $id, version: $v, comment: "Komplettera resultaten") { version status } }`;
const SEND_CUSTOM = `mutation($id: ID!, $codes: [String!]!, $s: String!, $b: String!) { sendCustomReminder(cohortId: $id, organizationCodes: $codes, subject: $s, body: $b) }`;
const SET_PREFERENCE = `mutation($k: ReminderKind!, $e: Boolean!) { setReminderPreference(kind: $k, email: $e) { kind email } }`;
const NOTIFICATIONS = `query($u: Boolean, $f: Int) { notifications(unreadOnly: $u, first: $f) { id kind title body link createdAt readAt } }`;
const MARK_READ = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;

/** 08:00 Stockholm on a date: when date-based reminders go out. */
const morning = (isoDate: string) => stockholmTime(isoDate, '08:00');
/** The same Stockholm clock time `days` calendar days later (seconds and milliseconds kept). */
function sameClock(instant: Date, days: number): Date {
  const withinMinute = instant.getTime() % 60_000;
  return new Date(stockholmTime(addDaysIso(stockholmDate(instant), days), stockholmClock(instant)).getTime() + withinMinute);
}

interface Account {
  id: string;
  email: string;
  token: string;
  code: string;
  active: boolean;
}

interface ReminderRow {
  id: string;
  key: string;
  kind: string;
  status: string;
  occurrence: number;
  generation: number;
  due_at: Date;
  sent_at: Date | null;
  cancelled_at: Date | null;
  recipient_count: number | null;
  organization_id: string | null;
  subject_id: string | null;
  period: string | null;
  repeat_days: number | null;
}

interface Cohort {
  id: string;
  name: string;
  version: number;
  checkpointId: string;
  startDate: string;
  followUpDueDate: string;
}

interface Delivery {
  outcome: string;
  /** The mails this delivery sent (those with the reminder's link). */
  mails: CaughtMail[];
  /** Every notification of the reminder's round, by recipient e-mail. */
  notes: { email: string; title: string; body: string; link: string; email_wanted: boolean }[];
}

describe('reminders: planned with each change, delivered once to the right people', () => {
  let platform: TestPlatform;
  let kolada: FakeKolada;
  let leader: string;
  let delivery: ReminderDeliveryService;
  const accounts: Account[] = [];
  const cohortIds: string[] = [];
  const orgIds: Record<string, string> = {};
  const orgNames: Record<string, string> = {};
  let today: string;
  let vocab: { subjects: string[]; activityAreas: string[] };

  beforeAll(async () => {
    kolada = await startFakeKolada();
    platform = await TestPlatform.start({
      worker: true,
      // The relay's timer is off: a test hands reminders to the worker (or calls its delivery) itself.
      env: { REMINDER_RELAY_INTERVAL_MS: '0', KOLADA_BASE_URL: kolada.baseUrl, KOLADA_TIMEOUT_MS: '1000' },
    });
    leader = await platform.loginProcessLeader();
    delivery = platform.worker!.get(ReminderDeliveryService);
    await makeEligible(platform, leader, MENTOR);
    for (const code of [MENTOR, A, A, B, C, OUTSIDER]) await account(code);
    const orgs = await platform.dataSource.query(`SELECT id, code, name FROM organizations WHERE code = ANY($1)`, [
      [MENTOR, A, B, C, OUTSIDER],
    ]);
    for (const o of orgs) {
      orgIds[o.code] = o.id;
      orgNames[o.code] = o.name;
    }
    today = stockholmDate(new Date());
    vocab = (await platform.ok(`{ vocabularies { subjects activityAreas } }`)).vocabularies;
  });
  afterAll(async () => {
    // Leave nothing of this file waiting to go out (custom reminders sent only for their answer): a later
    // file's worker would deliver it into that file's mail server.
    await platform?.dataSource.query(
      `UPDATE reminders SET status = 'CANCELLED', cancelled_at = now()
        WHERE status = 'SCHEDULED' AND cohort_id = ANY($1::uuid[]) AND due_at < now() + interval '1 day'`,
      [cohortIds],
    );
    await platform?.close();
    await kolada?.close();
  });

  // ---- helpers ----------------------------------------------------------------------------------

  async function account(code: string): Promise<Account> {
    const user = await platform.createUser(code);
    const created = { ...user, code, active: true };
    accounts.push(created);
    return created;
  }

  /**
   * Every active account of these organisations now: who "the organisation's accounts" are when a reminder
   * goes out. Read from the table rather than listed, so that the file's fixtures can add accounts freely.
   */
  async function emailsOf(...codes: string[]): Promise<string[]> {
    const found = await platform.dataSource.query(`SELECT email FROM users WHERE active AND organization_id = ANY($1::uuid[])`, [
      codes.map((code) => orgIds[code]),
    ]);
    return found.map((r: { email: string }) => r.email).sort();
  }

  /** Those of `emails` who have not turned e-mail off for `kind`. */
  async function wantingMail(kind: string, emails: string[]): Promise<string[]> {
    const off = await platform.dataSource.query(
      `SELECT u.email FROM reminder_preferences p JOIN users u ON u.id = p.user_id WHERE p.kind = $1 AND NOT p.email`,
      [kind],
    );
    const quiet = new Set(off.map((r: { email: string }) => r.email));
    return emails.filter((email) => !quiet.has(email));
  }

  async function processLeaderEmails(): Promise<string[]> {
    const rows = await platform.dataSource.query(`SELECT email FROM users WHERE role = 'PROCESS_LEADER' AND active ORDER BY email`);
    return rows.map((r: { email: string }) => r.email).sort();
  }

  /** A new programme and cohort of MENTOR and the mentees, started `startIn` days from today. */
  async function newCohort(options: { mentees?: string[]; startIn?: number; followUpIn?: number; active?: boolean } = {}): Promise<Cohort> {
    const { mentees = [A, B], startIn = 10, followUpIn, active = false } = options;
    const programme = await createProgramme(platform, leader, { maxMentees: 4 });
    const startDate = addDaysIso(today, startIn);
    const created = await createCohort(platform, leader, programme.id, MENTOR, mentees, {
      name: `Påminnelseomgång ${randomUUID().slice(0, 8)}`,
      startDate,
      ...(followUpIn ? { followUpDueDate: addDaysIso(today, followUpIn) } : {}),
      startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: `${startDate}T09:00:00Z`, location: 'SKR' },
    });
    cohortIds.push(created.id);
    let version = created.version;
    if (active) version = (await platform.ok(TRANSITION, { id: created.id, to: 'ACTIVE', v: version }, leader)).transitionCohort.version;
    return {
      id: created.id,
      name: created.name,
      version,
      checkpointId: created.checkpoints.find((c: { kind: string }) => c.kind === 'ONE_YEAR').id,
      startDate,
      followUpDueDate: created.followUpDueDate,
    };
  }

  async function rows(where: string, params: unknown[]): Promise<ReminderRow[]> {
    return platform.dataSource.query(`SELECT * FROM reminders WHERE ${where} ORDER BY due_at, key, occurrence`, params);
  }
  async function row(key: string, occurrence = 1): Promise<ReminderRow> {
    const [found] = await rows('key = $1 AND occurrence = $2', [key, occurrence]);
    if (!found) throw new Error(`no reminder ${key} #${occurrence}`);
    return found;
  }

  /** Delivers one round of a reminder as the worker would at `now` (by default the moment it falls due). */
  async function deliver(
    reminder: Pick<ReminderRow, 'id' | 'generation' | 'due_at'>,
    link: string,
    now = reminder.due_at,
  ): Promise<Delivery> {
    const before = platform.mail.mails.length;
    const outcome = await delivery.deliver(reminder.id, reminder.generation, now);
    const mails = platform.mail.mails.slice(before).filter((m) => m.text.includes(`${WEB}${link}`));
    const notes = await platform.dataSource.query(
      `SELECT u.email, n.title, n.body, n.link, n.email_wanted FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.reminder_id = $1 AND n.generation = $2 ORDER BY u.email`,
      [reminder.id, reminder.generation],
    );
    return { outcome, mails, notes };
  }

  /** Sent once to exactly `recipients` (a notification each; a mail each unless they turned it off), titled and linked so. */
  async function expectSent(
    result: Delivery,
    expected: { recipients: string[]; kind: string; title: string; link: string },
  ): Promise<void> {
    expect(result.outcome).toBe('sent');
    const recipients = [...expected.recipients].sort();
    expect(result.notes.map((n) => n.email).sort()).toEqual(recipients);
    for (const note of result.notes) expect(note).toMatchObject({ title: expected.title, link: expected.link });
    expect(result.mails.map((m) => m.to).sort()).toEqual(await wantingMail(expected.kind, recipients));
    for (const mail of result.mails) {
      expect(mail.subject).toBe(expected.title);
      expect(mail.text).toContain(`${WEB}${expected.link}`);
    }
  }

  async function submitReport(cohort: Cohort, code: string, token: string): Promise<{ id: string; version: number }> {
    const saved = (
      await platform.ok(
        SAVE,
        { i: { checkpointId: cohort.checkpointId, organizationCode: code, version: 0, summary: 'Vi kartlade stödet.' } },
        token,
      )
    ).saveFollowUpReport;
    return (await platform.ok(SUBMIT, { id: saved.id, v: saved.version }, token)).submitFollowUpReport;
  }

  const tokenOf = (code: string) => accounts.find((a) => a.code === code && a.active)!.token;

  async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  // ---- each kind --------------------------------------------------------------------------------

  describe('MEETING_UPCOMING', () => {
    it('is planned 7 days and 1 day before, reaches every member, moves with the meeting and goes with its cancellation', async () => {
      const cohort = await newCohort();
      const title = `Erfarenhetsutbyte ${randomUUID().slice(0, 6)}`;
      const startsAt = new Date(`${addDaysIso(today, 30)}T10:00:00Z`);
      const meeting = (
        await platform.ok(
          SCHEDULE,
          { id: cohort.id, input: { kind: 'EXCHANGE', title, startsAt: startsAt.toISOString(), location: 'Bräcke' } },
          leader,
        )
      ).scheduleMeeting;

      const planned = await rows('subject_id = $1', [meeting.id]);
      expect(planned.map((r) => [r.key, r.kind, r.status, r.due_at.toISOString(), r.organization_id, r.generation, r.repeat_days])).toEqual(
        [
          [`meeting:${meeting.id}:7d`, 'MEETING_UPCOMING', 'SCHEDULED', sameClock(startsAt, -7).toISOString(), null, 1, null],
          [`meeting:${meeting.id}:1d`, 'MEETING_UPCOMING', 'SCHEDULED', sameClock(startsAt, -1).toISOString(), null, 1, null],
        ],
      );

      const members = await emailsOf(MENTOR, A, B);
      const link = `/cohorts/${cohort.id}`;
      const week = await deliver(planned[0], link);
      await expectSent(week, { recipients: members, kind: 'MEETING_UPCOMING', title: `Om 7 dagar: ${title}`, link });
      expect(week.notes[0].body).toContain(`${cohort.name}: ${title}`);
      expect(week.notes[0].body).toContain(`kl. ${stockholmClock(startsAt)}, Bräcke.`);
      expect(await row(`meeting:${meeting.id}:7d`)).toMatchObject({
        status: 'SENT',
        recipient_count: members.length,
        sent_at: planned[0].due_at,
      });
      // Neither the process leader nor an outsider is told.
      const outsiders = await emailsOf(OUTSIDER);
      expect(outsiders).not.toEqual([]);
      for (const email of [...outsiders, ...(await processLeaderEmails())]) expect(week.notes.map((n) => n.email)).not.toContain(email);

      // The process leader's schedule shows the waiting one (to as many as are members now) and the sent one.
      const upcoming = (
        await platform.ok(
          `query($id: ID!) { cohort(id: $id) { upcomingReminders { id kind dueAt sentAt recipients about } } }`,
          { id: cohort.id },
          leader,
        )
      ).cohort.upcomingReminders;
      expect(upcoming).toEqual(
        expect.arrayContaining([
          {
            id: planned[1].id,
            kind: 'MEETING_UPCOMING',
            dueAt: planned[1].due_at.toISOString(),
            sentAt: null,
            recipients: members.length,
            about: `Möte: ${title}`,
          },
          {
            id: planned[0].id,
            kind: 'MEETING_UPCOMING',
            dueAt: planned[0].due_at.toISOString(),
            sentAt: planned[0].due_at.toISOString(),
            recipients: members.length,
            about: `Möte: ${title}`,
          },
        ]),
      );

      // Moved three days later: the sent 7-day reminder waits again in a new round, the 1-day one moves.
      const moved = new Date(startsAt.getTime() + 3 * DAY);
      await platform.ok(
        UPDATE_MEETING,
        { id: meeting.id, v: meeting.version, input: { kind: 'EXCHANGE', title, startsAt: moved.toISOString(), location: 'Bräcke' } },
        leader,
      );
      const after = await rows('subject_id = $1', [meeting.id]);
      expect(after.map((r) => [r.key, r.status, r.due_at.toISOString(), r.generation, r.sent_at])).toEqual([
        [`meeting:${meeting.id}:7d`, 'SCHEDULED', sameClock(moved, -7).toISOString(), 2, null],
        [`meeting:${meeting.id}:1d`, 'SCHEDULED', sameClock(moved, -1).toISOString(), 2, null],
      ]);
      const tomorrow = await deliver(after[1], link);
      await expectSent(tomorrow, { recipients: members, kind: 'MEETING_UPCOMING', title: `I morgon: ${title}`, link });

      // Cancelled: the waiting reminder is cancelled, the one that went out stays sent.
      await platform.ok(CANCEL_MEETING, { id: meeting.id, v: meeting.version + 1 }, leader);
      const cancelled = await rows('subject_id = $1', [meeting.id]);
      expect(cancelled.map((r) => [r.key, r.status, r.cancelled_at !== null])).toEqual([
        [`meeting:${meeting.id}:7d`, 'CANCELLED', true],
        [`meeting:${meeting.id}:1d`, 'SENT', false],
      ]);
      const late = await deliver(after[0], link);
      expect(late).toEqual({ outcome: 'stale', mails: [], notes: [] });
    });
  });

  describe('brought forward past its time', () => {
    it('a meeting moved to 3 days from now: the 7-day reminder is not sent, the 1-day one moves', async () => {
      const cohort = await newCohort();
      const title = `Avstämning ${randomUUID().slice(0, 6)}`;
      const meeting = (
        await platform.ok(
          SCHEDULE,
          { id: cohort.id, input: { kind: 'EXCHANGE', title, startsAt: new Date(`${addDaysIso(today, 20)}T10:00:00Z`).toISOString() } },
          leader,
        )
      ).scheduleMeeting;
      const week = await row(`meeting:${meeting.id}:7d`);
      const soon = new Date(Date.now() + 3 * DAY + 3600_000);
      await platform.ok(
        UPDATE_MEETING,
        { id: meeting.id, v: meeting.version, input: { kind: 'EXCHANGE', title, startsAt: soon.toISOString() } },
        leader,
      );
      expect(await row(week.key)).toMatchObject({ status: 'CANCELLED', due_at: week.due_at, generation: 1 });
      const day = await row(`meeting:${meeting.id}:1d`);
      expect(day).toMatchObject({ status: 'SCHEDULED', generation: 2 });
      expect(day.due_at.toISOString()).toBe(sameClock(soon, -1).toISOString());
      // A job queued for it before the move finds nothing to send.
      expect(await deliver(week, `/cohorts/${cohort.id}`, new Date())).toEqual({ outcome: 'stale', mails: [], notes: [] });

      // Moved back out: it waits again, in a new round.
      const later = new Date(`${addDaysIso(today, 30)}T10:00:00Z`);
      await platform.ok(
        UPDATE_MEETING,
        { id: meeting.id, v: meeting.version + 1, input: { kind: 'EXCHANGE', title, startsAt: later.toISOString() } },
        leader,
      );
      const back = await row(week.key);
      expect(back).toMatchObject({ status: 'SCHEDULED', generation: 2, cancelled_at: null });
      expect(back.due_at.toISOString()).toBe(sameClock(later, -7).toISOString());
    });

    it('a follow-up date brought forward: the reminders whose time has passed are not sent, the others move', async () => {
      const cohort = await newCohort({ followUpIn: 45 });
      const cp = cohort.checkpointId;
      const earlier = addDaysIso(today, 20);
      await platform.ok(UPDATE_COHORT, { id: cohort.id, v: cohort.version, i: { followUpDueDate: earlier } }, leader);
      const ofA = await rows(`subject_id = $1 AND organization_id = $2 AND kind = 'FOLLOW_UP_DUE'`, [cp, orgIds[A]]);
      expect(ofA.map((r) => [r.key, r.status, r.due_at.toISOString()])).toEqual([
        [`checkpoint:${cp}:${orgIds[A]}:due-7`, 'SCHEDULED', morning(addDaysIso(earlier, -7)).toISOString()],
        // Due 30 days before a date 20 days away, 10 days ago: cancelled where it stood.
        [`checkpoint:${cp}:${orgIds[A]}:due-30`, 'CANCELLED', morning(addDaysIso(cohort.followUpDueDate, -30)).toISOString()],
        [`checkpoint:${cp}:${orgIds[A]}:due-0`, 'SCHEDULED', morning(earlier).toISOString()],
      ]);
    });
  });

  describe('FOLLOW_UP_DUE', () => {
    it("is planned 30 and 7 days before and on the day at 08:00 for each member's report, moves with the due date, ends with the submission", async () => {
      const cohort = await newCohort({ followUpIn: 45, active: true });
      const due = cohort.followUpDueDate;
      expect(due).toBe(addDaysIso(today, 45));
      const cp = cohort.checkpointId;
      const planned = await rows(`subject_id = $1 AND kind = 'FOLLOW_UP_DUE'`, [cp]);
      const expected = (date: string, codes = [MENTOR, A, B]) =>
        [30, 7, 0].flatMap((days) =>
          codes.map((code) => [
            `checkpoint:${cp}:${orgIds[code]}:due-${days}`,
            morning(addDaysIso(date, -days)).toISOString(),
            orgIds[code],
          ]),
        );
      const sortKey = (r: (string | null)[]) => `${r[1]}|${r[0]}`;
      expect(
        planned.map((r) => [r.key, r.due_at.toISOString(), r.organization_id]).sort((x, y) => sortKey(x).localeCompare(sortKey(y))),
      ).toEqual(expected(due).sort((x, y) => sortKey(x).localeCompare(sortKey(y))));
      expect(planned.every((r) => r.status === 'SCHEDULED' && r.repeat_days === null && r.generation === 1)).toBe(true);

      const link = `/checkpoints/${cp}/reports/${A}`;
      const month = await deliver(await row(`checkpoint:${cp}:${orgIds[A]}:due-30`), link);
      await expectSent(month, {
        recipients: await emailsOf(A),
        kind: 'FOLLOW_UP_DUE',
        title: 'Uppföljningen ska lämnas in om 30 dagar',
        link,
      });
      expect(month.notes[0].body).toContain(`${orgNames[A]}: rapporten för uppföljning efter ett år i ${cohort.name} ska lämnas in senast`);
      const onTheDay = await deliver(await row(`checkpoint:${cp}:${orgIds[A]}:due-0`), link);
      await expectSent(onTheDay, {
        recipients: await emailsOf(A),
        kind: 'FOLLOW_UP_DUE',
        title: 'Uppföljningen ska lämnas in i dag',
        link,
      });

      // The follow-up moves two weeks: every one moves (the sent ones wait again, in a new round), and
      // the overdue series of the old date makes way for one of the new.
      const moved = addDaysIso(due, 14);
      await platform.ok(UPDATE_COHORT, { id: cohort.id, v: cohort.version, i: { followUpDueDate: moved } }, leader);
      const after = await rows(`subject_id = $1 AND organization_id = $2`, [cp, orgIds[A]]);
      expect(after.map((r) => [r.key, r.status, r.due_at.toISOString(), r.generation])).toEqual([
        [`checkpoint:${cp}:${orgIds[A]}:due-30`, 'SCHEDULED', morning(addDaysIso(moved, -30)).toISOString(), 2],
        // The old series' first occurrence fell on the same morning as the new 7-day reminder.
        [`checkpoint:${cp}:${orgIds[A]}:due-7`, 'SCHEDULED', morning(addDaysIso(moved, -7)).toISOString(), 2],
        [`checkpoint:${cp}:${orgIds[A]}:overdue:${due}`, 'CANCELLED', morning(addDaysIso(due, 7)).toISOString(), 1],
        [`checkpoint:${cp}:${orgIds[A]}:due-0`, 'SCHEDULED', morning(moved).toISOString(), 2],
        [`checkpoint:${cp}:${orgIds[A]}:overdue:${moved}`, 'SCHEDULED', morning(addDaysIso(moved, 7)).toISOString(), 1],
      ]);

      // A hands in its report: its reminders are cancelled; B's still wait.
      await submitReport(cohort, A, tokenOf(A));
      const ofA = await rows(`subject_id = $1 AND organization_id = $2 AND kind <> 'REVIEW_PENDING'`, [cp, orgIds[A]]);
      expect(ofA.map((r) => r.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']);
      const ofB = await rows(`subject_id = $1 AND organization_id = $2 AND status = 'SCHEDULED'`, [cp, orgIds[B]]);
      expect(ofB).toHaveLength(4);
    });
  });

  describe('FOLLOW_UP_OVERDUE', () => {
    it('goes out weekly after the due date, to the process leaders too from 14 days, until the report is handed in', async () => {
      const cohort = await newCohort({ followUpIn: 20, active: true });
      const due = cohort.followUpDueDate;
      const cp = cohort.checkpointId;
      const key = `checkpoint:${cp}:${orgIds[A]}:overdue:${due}`;
      const first = await row(key);
      expect(first).toMatchObject({
        kind: 'FOLLOW_UP_OVERDUE',
        status: 'SCHEDULED',
        occurrence: 1,
        repeat_days: 7,
        organization_id: orgIds[A],
      });
      expect(first.due_at.toISOString()).toBe(morning(addDaysIso(due, 7)).toISOString());

      const link = `/checkpoints/${cp}/reports/${A}`;
      const week = await deliver(first, link);
      await expectSent(week, {
        recipients: await emailsOf(A),
        kind: 'FOLLOW_UP_OVERDUE',
        title: `Uppföljningen är 7 dagar försenad: ${orgNames[A]}`,
        link,
      });

      // The next occurrence is planned a week later, at 08:00 again.
      const second = await row(key, 2);
      expect(second).toMatchObject({ status: 'SCHEDULED', generation: 1 });
      expect(second.due_at.toISOString()).toBe(morning(addDaysIso(due, 14)).toISOString());
      const fortnight = await deliver(second, link);
      await expectSent(fortnight, {
        recipients: [...(await emailsOf(A)), ...(await processLeaderEmails())],
        kind: 'FOLLOW_UP_OVERDUE',
        title: `Uppföljningen är 14 dagar försenad: ${orgNames[A]}`,
        link,
      });
      expect(await row(key, 1)).toMatchObject({ status: 'SENT', recipient_count: (await emailsOf(A)).length });

      const third = await row(key, 3);
      expect(third.due_at.toISOString()).toBe(morning(addDaysIso(due, 21)).toISOString());
      await submitReport(cohort, A, tokenOf(A));
      expect(await row(key, 3)).toMatchObject({ status: 'CANCELLED' });
      expect((await rows('key = $1', [key])).map((r) => [r.occurrence, r.status])).toEqual([
        [1, 'SENT'],
        [2, 'SENT'],
        [3, 'CANCELLED'],
      ]);
    });
  });

  describe('REVIEW_PENDING', () => {
    it("waits 3 days after a mentee's submission, then weekly, for the mentor organisation; the review ends it", async () => {
      const cohort = await newCohort({ followUpIn: 60, active: true });
      const report = await submitReport(cohort, A, tokenOf(A));
      const [{ submitted_at: submittedAt }] = await platform.dataSource.query(`SELECT submitted_at FROM follow_up_reports WHERE id = $1`, [
        report.id,
      ]);
      const key = `report:${report.id}:review:${submittedAt.getTime()}`;
      const first = await row(key);
      expect(first).toMatchObject({
        kind: 'REVIEW_PENDING',
        status: 'SCHEDULED',
        organization_id: orgIds[A],
        subject_id: report.id,
        repeat_days: 7,
      });
      expect(first.due_at.toISOString()).toBe(sameClock(submittedAt, 3).toISOString());

      const link = `/checkpoints/${cohort.checkpointId}/reports/${A}`;
      const sent = await deliver(first, link);
      await expectSent(sent, {
        recipients: await emailsOf(MENTOR),
        kind: 'REVIEW_PENDING',
        title: `Uppföljning att granska: ${orgNames[A]}`,
        link,
      });
      expect(sent.notes[0].body).toContain(`${orgNames[A]} lämnade in sin uppföljning i ${cohort.name}`);
      const second = await row(key, 2);
      expect(second).toMatchObject({ status: 'SCHEDULED' });
      expect(second.due_at.toISOString()).toBe(sameClock(submittedAt, 10).toISOString());

      await platform.ok(REVIEW, { i: { reportId: report.id, decision: 'APPROVE', comment: '' } }, tokenOf(MENTOR));
      expect(await row(key, 2)).toMatchObject({ status: 'CANCELLED' });
    });

    it("goes to the process leaders for the mentor's own report; changes requested bring its due reminders back", async () => {
      const cohort = await newCohort({ followUpIn: 60, active: true });
      const cp = cohort.checkpointId;
      const dueKey = `checkpoint:${cp}:${orgIds[MENTOR]}:due-30`;
      const report = await submitReport(cohort, MENTOR, tokenOf(MENTOR));
      expect(await row(dueKey)).toMatchObject({ status: 'CANCELLED', generation: 1 });
      const [{ submitted_at: submittedAt }] = await platform.dataSource.query(`SELECT submitted_at FROM follow_up_reports WHERE id = $1`, [
        report.id,
      ]);
      const first = await row(`report:${report.id}:review:${submittedAt.getTime()}`);
      expect(first.organization_id).toBe(orgIds[MENTOR]);

      const link = `/checkpoints/${cp}/reports/${MENTOR}`;
      const sent = await deliver(first, link);
      await expectSent(sent, {
        recipients: await processLeaderEmails(),
        kind: 'REVIEW_PENDING',
        title: `Uppföljning att granska: ${orgNames[MENTOR]}`,
        link,
      });

      await platform.ok(REVIEW, { i: { reportId: report.id, decision: 'REQUEST_CHANGES', comment: 'Beskriv resultaten.' } }, leader);
      expect(await row(first.key, 2)).toMatchObject({ status: 'CANCELLED' });
      // The report is outstanding again: its reminders still in the future wait again, in a new round.
      const back = await row(dueKey);
      expect(back).toMatchObject({ status: 'SCHEDULED', generation: 2, cancelled_at: null });
      expect(back.due_at.toISOString()).toBe(morning(addDaysIso(cohort.followUpDueDate, -30)).toISOString());
    });
  });

  describe('MEASUREMENT_DUE', () => {
    it('asks for values 30 days after an expected period ends, per organisation of the goal, not for Kolada indicators; values end it', async () => {
      const cohort = await newCohort();
      // Years (no baseline) that end between the start and the one-year follow-up: the start's year.
      const period = cohort.startDate.slice(0, 4);
      const dueAt = morning(addDaysIso(`${period}-12-31`, 30)).toISOString();
      const goal = async (scope: 'OWN' | 'SHARED', organizationCode?: string) =>
        (
          await platform.ok(
            CREATE_GOAL,
            { i: { cohortId: cohort.id, scope, organizationCode, title: `Mål ${randomUUID().slice(0, 6)}` } },
            leader,
          )
        ).createGoal.id;
      const indicator = async (goalId: string, name: string, koladaKpiId?: string) =>
        (
          await platform.ok(
            ADD_INDICATOR,
            { i: { goalId, name, unit: '%', direction: 'HIGHER_IS_BETTER', byGender: false, koladaKpiId } },
            leader,
          )
        ).addIndicator.id;
      const own = await indicator(await goal('OWN', A), 'Andel flickor i föreningslivet');
      const shared = await indicator(await goal('SHARED'), 'Andel heltider');
      const fromKolada = await indicator(await goal('SHARED'), 'Nöjda brukare', 'N15419');

      const planned = await rows(`cohort_id = $1 AND kind = 'MEASUREMENT_DUE'`, [cohort.id]);
      expect(planned.map((r) => [r.key, r.due_at.toISOString(), r.organization_id, r.period]).sort()).toEqual(
        [
          [`measurement:${own}:${orgIds[A]}:${period}`, dueAt, orgIds[A], period],
          ...[MENTOR, A, B].map((code) => [`measurement:${shared}:${orgIds[code]}:${period}`, dueAt, orgIds[code], period]),
        ].sort(),
      );
      expect(planned.some((r) => r.subject_id === fromKolada)).toBe(false);

      const link = `/cohorts/${cohort.id}/goals/${A}`;
      const sent = await deliver(await row(`measurement:${own}:${orgIds[A]}:${period}`), link);
      await expectSent(sent, {
        recipients: await emailsOf(A),
        kind: 'MEASUREMENT_DUE',
        title: `Värden saknas för ${period}: Andel flickor i föreningslivet`,
        link,
      });

      // B records its value for the period: only B's reminder goes.
      await platform.ok(
        RECORD,
        { i: { indicatorId: shared, organizationCode: B, values: [{ period, gender: 'TOTAL', value: 42 }] } },
        leader,
      );
      const after = await rows(`subject_id = $1`, [shared]);
      expect(Object.fromEntries(after.map((r) => [r.organization_id, r.status]))).toEqual({
        [orgIds[MENTOR]]: 'SCHEDULED',
        [orgIds[A]]: 'SCHEDULED',
        [orgIds[B]]: 'CANCELLED',
      });
    });
  });

  describe('EXAMPLE_IN_REVIEW', () => {
    async function example(): Promise<{ id: string; version: number; slug: string; title: string }> {
      const title = `Föreningsbidrag ${randomUUID().slice(0, 8)}`;
      const created = (
        await platform.ok(
          CREATE_EXAMPLE,
          {
            i: {
              title,
              summary: 'Kommunen följde upp hur bidragen fördelades mellan flickor och pojkar.',
              organizationCodes: [A],
              subjects: vocab.subjects.slice(0, 1),
              activityAreas: vocab.activityAreas.slice(0, 1),
            },
          },
          tokenOf(A),
        )
      ).createLearningExample;
      return { ...created, title };
    }
    async function submitted(): Promise<{ id: string; version: number; slug: string; title: string; from: number; to: number }> {
      const made = await example();
      const from = Date.now();
      const done = (await platform.ok(SUBMIT_EXAMPLE, { id: made.id, v: made.version }, tokenOf(A))).submitLearningExample;
      return { ...made, version: done.version, from, to: Date.now() };
    }

    it('reminds the process leaders 5 days after an example went to the editors; publishing or returning it ends it', async () => {
      const waiting = await submitted();
      const first = await row(`example:${waiting.id}:review`);
      expect(first).toMatchObject({ kind: 'EXAMPLE_IN_REVIEW', status: 'SCHEDULED', cohort_id: null, subject_id: waiting.id });
      // Planned in the submitting transaction: 5 days after it, at the same clock time.
      expect(first.due_at.getTime()).toBeGreaterThanOrEqual(sameClock(new Date(waiting.from), 5).getTime() - 1000);
      expect(first.due_at.getTime()).toBeLessThanOrEqual(sameClock(new Date(waiting.to), 5).getTime() + 1000);

      const link = `/examples/${waiting.slug}`;
      const sent = await deliver(first, link);
      await expectSent(sent, {
        recipients: await processLeaderEmails(),
        kind: 'EXAMPLE_IN_REVIEW',
        title: `Lärande exempel väntar på granskning: ${waiting.title}`,
        link,
      });

      const published = await submitted();
      await platform.ok(PUBLISH_EXAMPLE, { id: published.id, v: published.version }, leader);
      expect(await row(`example:${published.id}:review`)).toMatchObject({ status: 'CANCELLED' });

      const returned = await submitted();
      const back = (await platform.ok(RETURN_EXAMPLE, { id: returned.id, v: returned.version }, leader)).returnLearningExample;
      expect(await row(`example:${returned.id}:review`)).toMatchObject({ status: 'CANCELLED', generation: 1 });
      // Sent again: the same reminder waits again, in a new round.
      await platform.ok(SUBMIT_EXAMPLE, { id: returned.id, v: back.version }, tokenOf(A));
      expect(await row(`example:${returned.id}:review`)).toMatchObject({ status: 'SCHEDULED', generation: 2, cancelled_at: null });
    });
  });

  describe('CUSTOM', () => {
    it('goes out now through the relay and the worker to the chosen organisations only', async () => {
      const cohort = await newCohort();
      const subject = `Enkät ${randomUUID().slice(0, 6)}`;
      const before = Date.now();
      const answer = await platform.ok(
        SEND_CUSTOM,
        { id: cohort.id, codes: [A, ` ${B} `, A], s: `  ${subject} `, b: 'Fyll i enkäten före fredag.\n\nTack!' },
        leader,
      );
      expect(answer.sendCustomReminder).toBe((await wantingMail('CUSTOM', await emailsOf(A, B))).length);
      const [stored] = await rows(`cohort_id = $1 AND kind = 'CUSTOM'`, [cohort.id]);
      expect(stored).toMatchObject({ status: 'SCHEDULED', subject, body: 'Fyll i enkäten före fredag.\n\nTack!' });
      expect([...(stored as unknown as { organization_ids: string[] }).organization_ids].sort()).toEqual([orgIds[A], orgIds[B]].sort());
      expect(stored.due_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
      const [audit] = await platform.dataSource.query(
        `SELECT action, after FROM audit_log WHERE entity_id = $1 AND action = 'reminder.custom'`,
        [cohort.id],
      );
      expect(audit.after).toMatchObject({ reminderId: stored.id, subject, organizationCodes: `${A}, ${B}` });

      // The relay hands it to BullMQ; the in-process worker delivers it.
      expect(await platform.worker!.get(ReminderRelay).relay(new Date())).toBeGreaterThanOrEqual(1);
      await until(async () => (await row(stored.key)).status === 'SENT', 'the custom reminder to be sent');
      const recipients = await emailsOf(A, B);
      const mails = platform.mail.mails.filter((m) => m.subject === subject);
      expect(mails.map((m) => m.to).sort()).toEqual(recipients);
      for (const mail of mails) {
        expect(mail.text).toContain('Fyll i enkäten före fredag.');
        expect(mail.text).toContain(`${WEB}/cohorts/${cohort.id}`);
      }
      const notes = await platform.dataSource.query(
        `SELECT u.email, n.title, n.body, n.link, n.kind FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.reminder_id = $1 ORDER BY u.email`,
        [stored.id],
      );
      expect(notes).toEqual(
        recipients.map((email) => ({
          email,
          title: subject,
          body: 'Fyll i enkäten före fredag.\n\nTack!',
          link: `/cohorts/${cohort.id}`,
          kind: 'CUSTOM',
        })),
      );
      expect(await row(stored.key)).toMatchObject({ recipient_count: recipients.length });
    });

    it('two messages sent in the same millisecond are two reminders', async () => {
      const cohort = await newCohort();
      const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.now());
      try {
        for (const s of ['Första', 'Andra']) await platform.ok(SEND_CUSTOM, { id: cohort.id, codes: [A], s, b: 'Text.' }, leader);
      } finally {
        clock.mockRestore();
      }
      expect(
        (await rows(`cohort_id = $1 AND kind = 'CUSTOM'`, [cohort.id])).map((r) => (r as unknown as { subject: string }).subject).sort(),
      ).toEqual(['Andra', 'Första']);
    });
  });

  describe('the reason goes away', () => {
    it("a withdrawn member's reminders are cancelled; a cancelled cohort has none left", async () => {
      const cohort = await newCohort({ mentees: [A, B, C], followUpIn: 60 });
      const waiting = async (code?: string) =>
        (
          await rows(
            `cohort_id = $1 AND status = 'SCHEDULED'${code ? ' AND organization_id = $2' : ''}`,
            code ? [cohort.id, orgIds[code]] : [cohort.id],
          )
        ).length;
      expect(await waiting(C)).toBe(4);
      await platform.ok(WITHDRAW, { id: cohort.id, c: C }, leader);
      expect(await waiting(C)).toBe(0);
      expect((await rows(`cohort_id = $1 AND organization_id = $2`, [cohort.id, orgIds[C]])).every((r) => r.status === 'CANCELLED')).toBe(
        true,
      );
      expect(await waiting(B)).toBe(4);

      const { version } = (await platform.ok(`query($id: ID!) { cohort(id: $id) { version } }`, { id: cohort.id }, leader)).cohort;
      expect(await waiting()).toBeGreaterThan(8);
      await platform.ok(TRANSITION, { id: cohort.id, to: 'CANCELLED', v: version, r: 'Finansieringen uteblev' }, leader);
      expect(await waiting()).toBe(0);
      // A meeting reminder's round that was already queued finds nothing to send.
      const [meeting] = await rows(`cohort_id = $1 AND kind = 'MEETING_UPCOMING'`, [cohort.id]);
      expect(meeting.status).toBe('CANCELLED');
      expect(await deliver(meeting, `/cohorts/${cohort.id}`)).toEqual({ outcome: 'stale', mails: [], notes: [] });
    });
  });

  // ---- recipients, preferences, idempotency -------------------------------------------------------

  describe('recipients are resolved when it is sent', () => {
    it('a colleague added after the start gets it; a deactivated account and a withdrawn organisation do not', async () => {
      const cohort = await newCohort({ mentees: [A, B, C] });
      const title = `Nätverksträff ${randomUUID().slice(0, 6)}`;
      const startsAt = new Date(`${addDaysIso(today, 40)}T08:30:00Z`);
      const meeting = (
        await platform.ok(SCHEDULE, { id: cohort.id, input: { kind: 'EXCHANGE', title, startsAt: startsAt.toISOString() } }, leader)
      ).scheduleMeeting;
      const colleague = await account(A);
      const leaving = await account(B);
      await platform.ok(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id: leaving.id }, leader);
      leaving.active = false;
      await platform.ok(WITHDRAW, { id: cohort.id, c: C }, leader);

      const link = `/cohorts/${cohort.id}`;
      const sent = await deliver(await row(`meeting:${meeting.id}:7d`), link);
      const recipients = await emailsOf(MENTOR, A, B);
      expect(recipients).toContain(colleague.email);
      expect(recipients).not.toContain(leaving.email);
      await expectSent(sent, { recipients, kind: 'MEETING_UPCOMING', title: `Om 7 dagar: ${title}`, link });
      const withdrawn = await emailsOf(C);
      expect(withdrawn).not.toEqual([]);
      for (const email of withdrawn) expect(sent.notes.map((n) => n.email)).not.toContain(email);
    });
  });

  describe('preferences', () => {
    it('e-mail off for a kind: the notification still comes, no mail; other kinds still mail', async () => {
      const quiet = await account(A);
      const chosen = (await platform.ok(SET_PREFERENCE, { k: 'MEETING_UPCOMING', e: false }, quiet.token)).setReminderPreference;
      expect(chosen).toEqual(Object.values(ReminderKind).map((kind) => ({ kind, email: kind !== 'MEETING_UPCOMING' })));
      expect((await platform.ok(`{ me { reminderPreferences { kind email } } }`, {}, quiet.token)).me.reminderPreferences).toEqual(chosen);

      const cohort = await newCohort({ followUpIn: 45 });
      const title = `Studiebesök ${randomUUID().slice(0, 6)}`;
      const startsAt = new Date(`${addDaysIso(today, 35)}T12:00:00Z`);
      const meeting = (
        await platform.ok(SCHEDULE, { id: cohort.id, input: { kind: 'EXCHANGE', title, startsAt: startsAt.toISOString() } }, leader)
      ).scheduleMeeting;
      const link = `/cohorts/${cohort.id}`;
      const sent = await deliver(await row(`meeting:${meeting.id}:7d`), link);
      await expectSent(sent, { recipients: await emailsOf(MENTOR, A, B), kind: 'MEETING_UPCOMING', title: `Om 7 dagar: ${title}`, link });
      expect(sent.notes.find((n) => n.email === quiet.email)).toMatchObject({ email_wanted: false });
      expect(sent.mails.map((m) => m.to)).not.toContain(quiet.email);
      expect((await platform.ok(NOTIFICATIONS, {}, quiet.token)).notifications[0]).toMatchObject({ title: `Om 7 dagar: ${title}`, link });

      // Another kind: mailed as usual.
      const reportLink = `/checkpoints/${cohort.checkpointId}/reports/${A}`;
      const due = await deliver(await row(`checkpoint:${cohort.checkpointId}:${orgIds[A]}:due-30`), reportLink);
      expect(due.mails.map((m) => m.to)).toContain(quiet.email);
      await expectSent(due, {
        recipients: await emailsOf(A),
        kind: 'FOLLOW_UP_DUE',
        title: 'Uppföljningen ska lämnas in om 30 dagar',
        link: reportLink,
      });

      // A custom reminder's answer counts the e-mails: not the account that turned them off.
      await platform.ok(SET_PREFERENCE, { k: 'CUSTOM', e: false }, quiet.token);
      const answer = await platform.ok(SEND_CUSTOM, { id: cohort.id, codes: [A], s: 'Påminnelse', b: 'Text.' }, leader);
      const mailed = await wantingMail('CUSTOM', await emailsOf(A));
      expect(mailed).not.toContain(quiet.email);
      expect(answer.sendCustomReminder).toBe(mailed.length);
      // Turned on again: the stored choice changes, not a second row.
      await platform.ok(SET_PREFERENCE, { k: 'CUSTOM', e: true }, quiet.token);
      expect(
        await platform.dataSource.query(`SELECT kind, email FROM reminder_preferences WHERE user_id = $1 ORDER BY kind`, [quiet.id]),
      ).toEqual([
        { kind: 'MEETING_UPCOMING', email: false },
        { kind: 'CUSTOM', email: true },
      ]);
    });
  });

  describe('delivered once', () => {
    it('the same round twice: one mail and one notification per recipient; a re-run after a crash mails no one again', async () => {
      const cohort = await newCohort();
      const title = `Workshop ${randomUUID().slice(0, 6)}`;
      const meeting = (
        await platform.ok(
          SCHEDULE,
          { id: cohort.id, input: { kind: 'EXCHANGE', title, startsAt: new Date(`${addDaysIso(today, 25)}T13:00:00Z`).toISOString() } },
          leader,
        )
      ).scheduleMeeting;
      const link = `/cohorts/${cohort.id}`;
      const reminder = await row(`meeting:${meeting.id}:7d`);
      const recipients = await emailsOf(MENTOR, A, B);
      await expectSent(await deliver(reminder, link), { recipients, kind: 'MEETING_UPCOMING', title: `Om 7 dagar: ${title}`, link });
      const again = await deliver(reminder, link);
      expect(again.outcome).toBe('stale');
      expect(again.mails).toEqual([]);
      expect(again.notes.map((n) => n.email)).toEqual(recipients);

      // The worker died after mailing, before it marked the reminder sent: the job runs again.
      await platform.dataSource.query(`UPDATE reminders SET status = 'SCHEDULED', sent_at = NULL WHERE id = $1`, [reminder.id]);
      const rerun = await deliver(reminder, link);
      expect(rerun.outcome).toBe('sent');
      expect(rerun.mails).toEqual([]);
      expect(rerun.notes.map((n) => n.email)).toEqual(recipients);
      const mailed = await wantingMail('MEETING_UPCOMING', recipients);
      expect(
        platform.mail.mails
          .filter((m) => m.subject === `Om 7 dagar: ${title}`)
          .map((m) => m.to)
          .sort(),
      ).toEqual(mailed);
      const [{ count }] = await platform.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE reminder_id = $1`, [
        reminder.id,
      ]);
      expect(count).toBe(recipients.length);
    });

    it('a stale round does nothing; the current one goes out; a reminder not yet due is refused', async () => {
      const cohort = await newCohort();
      const title = `Seminarium ${randomUUID().slice(0, 6)}`;
      const startsAt = new Date(`${addDaysIso(today, 25)}T13:00:00Z`);
      const meeting = (
        await platform.ok(SCHEDULE, { id: cohort.id, input: { kind: 'EXCHANGE', title, startsAt: startsAt.toISOString() } }, leader)
      ).scheduleMeeting;
      const link = `/cohorts/${cohort.id}`;
      const old = await row(`meeting:${meeting.id}:1d`);
      await platform.ok(
        UPDATE_MEETING,
        {
          id: meeting.id,
          v: meeting.version,
          input: { kind: 'EXCHANGE', title, startsAt: new Date(startsAt.getTime() + DAY).toISOString() },
        },
        leader,
      );
      const current = await row(`meeting:${meeting.id}:1d`);
      expect(current.generation).toBe(old.generation + 1);
      expect(await deliver(old, link, current.due_at)).toEqual({ outcome: 'stale', mails: [], notes: [] });
      expect(await deliver(current, link, new Date(current.due_at.getTime() - 60_000))).toEqual({ outcome: 'early', mails: [], notes: [] });
      expect(await row(current.key)).toMatchObject({ status: 'SCHEDULED', generation: current.generation });
      await expectSent(await deliver(current, link), {
        recipients: await emailsOf(MENTOR, A, B),
        kind: 'MEETING_UPCOMING',
        title: `I morgon: ${title}`,
        link,
      });
    });
  });

  // ---- the notifications API ----------------------------------------------------------------------

  describe('notifications', () => {
    let reader: Account;
    let other: Account;
    let otherNote: string;
    /** The reader's notifications, newest first. */
    let ids: string[];

    beforeAll(async () => {
      reader = await account(B);
      other = await account(B);
      // 105 notifications of one stored reminder (one per round), a minute apart, straight into the tables.
      const [reminder] = await platform.dataSource.query(
        `INSERT INTO reminders (kind, key, due_at, status, sent_at) VALUES ('CUSTOM', $1, now(), 'SENT', now()) RETURNING id`,
        [`test:notifications:${randomUUID()}`],
      );
      const inserted = await platform.dataSource.query(
        `INSERT INTO notifications (user_id, reminder_id, generation, kind, title, body, link, email_wanted, created_at)
         SELECT $1, $2, g, 'CUSTOM', 'Meddelande ' || g, 'Text ' || g, '/cohorts', true, now() - (200 - g) * interval '1 minute'
           FROM generate_series(1, 105) g RETURNING id, generation`,
        [reader.id, reminder.id],
      );
      ids = inserted
        .sort((x: { generation: number }, y: { generation: number }) => y.generation - x.generation)
        .map((n: { id: string }) => n.id);
      [{ id: otherNote }] = await platform.dataSource.query(
        `INSERT INTO notifications (user_id, reminder_id, generation, kind, title, body, link, email_wanted)
         VALUES ($1, $2, 1, 'CUSTOM', 'Till någon annan', 'Text', NULL, true) RETURNING id`,
        [other.id, reminder.id],
      );
    });

    const list = async (variables: Record<string, unknown>, token = reader.token) =>
      (await platform.ok(NOTIFICATIONS, variables, token)).notifications as { id: string; title: string; readAt: string | null }[];
    const unread = async (token = reader.token) => (await platform.ok(`{ unreadNotificationCount }`, {}, token)).unreadNotificationCount;

    it('lists the newest first, 50 by default, at most 100, none for first ≤ 0', async () => {
      const page = await list({});
      expect(page.map((n) => n.id)).toEqual(ids.slice(0, 50));
      expect(page[0]).toMatchObject({ title: 'Meddelande 105', readAt: null });
      expect((await platform.ok(NOTIFICATIONS, { f: 1 }, reader.token)).notifications).toEqual([
        {
          id: ids[0],
          kind: 'CUSTOM',
          title: 'Meddelande 105',
          body: 'Text 105',
          link: '/cohorts',
          createdAt: expect.any(String),
          readAt: null,
        },
      ]);
      expect((await list({ f: 100 })).map((n) => n.id)).toEqual(ids.slice(0, 100));
      expect((await list({ f: 5000 })).map((n) => n.id)).toEqual(ids.slice(0, 100));
      expect(await list({ f: 0 })).toEqual([]);
      expect(await list({ f: -3 })).toEqual([]);
      expect(await unread()).toBe(105);
    });

    it("marks only the caller's own as read: another's id and unknown ids are passed over", async () => {
      expect(
        (await platform.ok(MARK_READ, { ids: [ids[0], ids[2], ids[2], otherNote, randomUUID(), 'inte-ett-id'] }, reader.token))
          .markNotificationsRead,
      ).toBe(2);
      expect((await platform.ok(MARK_READ, { ids: [otherNote] }, reader.token)).markNotificationsRead).toBe(0);
      // Already read: not counted again.
      expect((await platform.ok(MARK_READ, { ids: [ids[0]] }, reader.token)).markNotificationsRead).toBe(0);
      expect(await unread()).toBe(103);
      expect(await unread(other.token)).toBe(1);
      const [{ read_at: otherRead }] = await platform.dataSource.query(`SELECT read_at FROM notifications WHERE id = $1`, [otherNote]);
      expect(otherRead).toBeNull();

      const unreadOnly = await list({ u: true, f: 100 });
      expect(unreadOnly.map((n) => n.id)).toEqual([ids[1], ...ids.slice(3, 102)]);
      const all = await list({ f: 3 });
      expect(all.map((n) => n.readAt !== null)).toEqual([true, false, true]);

      const tooMany = await platform.gql(MARK_READ, { ids: Array.from({ length: 201 }, () => randomUUID()) }, reader.token);
      expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
      expect(tooMany.errors?.[0].extensions?.fields).toEqual([{ field: 'ids', message: ReminderErrors.tooManyIds }]);
    });

    it("marks all of the caller's own as read, and no one else's", async () => {
      expect((await platform.ok(`mutation { markAllNotificationsRead }`, {}, reader.token)).markAllNotificationsRead).toBe(103);
      expect(await unread()).toBe(0);
      expect(await list({ u: true })).toEqual([]);
      expect((await platform.ok(`mutation { markAllNotificationsRead }`, {}, reader.token)).markAllNotificationsRead).toBe(0);
      expect(await unread(other.token)).toBe(1);
    });
  });

  // ---- sendCustomReminder's refusals -------------------------------------------------------------

  describe('sendCustomReminder refuses', () => {
    let cohort: Cohort;

    beforeAll(async () => {
      cohort = await newCohort({ mentees: [A, B, C] });
      await platform.ok(WITHDRAW, { id: cohort.id, c: C }, leader);
    });

    const counts = async () =>
      (
        await platform.dataSource.query(
          `SELECT (SELECT count(*)::int FROM reminders) AS reminders, (SELECT count(*)::int FROM audit_log WHERE action = 'reminder.custom') AS audit`,
        )
      )[0];

    const long = (n: number) => 'å'.repeat(n);
    const valid = { codes: [A], s: 'Rubrik', b: 'Text' };

    it.each<[string, Partial<typeof valid>, { field: string; message: string }[]]>([
      ['an empty subject', { s: '' }, [{ field: 'subject', message: ReminderErrors.subjectMissing }]],
      ['a blank subject', { s: '   ' }, [{ field: 'subject', message: ReminderErrors.subjectMissing }]],
      [
        'a subject over 150 characters',
        { s: long(CUSTOM_REMINDER_LIMITS.subject + 1) },
        [{ field: 'subject', message: ReminderErrors.subjectTooLong }],
      ],
      ['an empty text', { b: '' }, [{ field: 'body', message: ReminderErrors.bodyMissing }]],
      [
        'a text over 4,000 characters',
        { b: long(CUSTOM_REMINDER_LIMITS.body + 1) },
        [{ field: 'body', message: ReminderErrors.bodyTooLong }],
      ],
      ['no organisations', { codes: [] }, [{ field: 'organizationCodes', message: ReminderErrors.noOrganizations }]],
      ['only blank codes', { codes: [' ', ''] }, [{ field: 'organizationCodes', message: ReminderErrors.noOrganizations }]],
      [
        'an organisation outside the cohort',
        { codes: [A, OUTSIDER] },
        [{ field: 'organizationCodes', message: ReminderErrors.notAMember(OUTSIDER) }],
      ],
      ['a withdrawn organisation', { codes: [C] }, [{ field: 'organizationCodes', message: ReminderErrors.notAMember(C) }]],
      ['an unknown code', { codes: ['okänd'] }, [{ field: 'organizationCodes', message: ReminderErrors.notAMember('okänd') }]],
      [
        'more than 20 organisations',
        { codes: Array.from({ length: 21 }, (_, i) => String(2400 + i)) },
        [{ field: 'organizationCodes', message: ReminderErrors.tooManyOrganizations }],
      ],
      [
        'everything at once',
        { s: '', b: '', codes: [] },
        [
          { field: 'subject', message: ReminderErrors.subjectMissing },
          { field: 'body', message: ReminderErrors.bodyMissing },
          { field: 'organizationCodes', message: ReminderErrors.noOrganizations },
        ],
      ],
    ])('%s: BAD_USER_INPUT naming the field, nothing written', async (_name, change, fields) => {
      const before = await counts();
      const input = { ...valid, ...change };
      const result = await platform.gql(SEND_CUSTOM, { id: cohort.id, codes: input.codes, s: input.s, b: input.b }, leader);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual(fields);
      expect(result.data ?? null).toBeNull();
      expect(await counts()).toEqual(before);
    });

    it('takes the longest subject and text allowed', async () => {
      const before = await counts();
      const result = await platform.ok(
        SEND_CUSTOM,
        { id: cohort.id, codes: [B], s: long(CUSTOM_REMINDER_LIMITS.subject), b: long(CUSTOM_REMINDER_LIMITS.body) },
        leader,
      );
      expect(result.sendCustomReminder).toBe((await wantingMail('CUSTOM', await emailsOf(B))).length);
      expect(await counts()).toEqual({ reminders: before.reminders + 1, audit: before.audit + 1 });
    });

    it.each([
      ['concluded', 'CONCLUDED'],
      ['cancelled', 'CANCELLED'],
    ])('a %s cohort: CONFLICT, nothing written', async (_name, status) => {
      const ended = await newCohort();
      let version = ended.version;
      const path = status === 'CONCLUDED' ? ['ACTIVE', 'FOLLOW_UP', 'CONCLUDED'] : ['CANCELLED'];
      for (const to of path)
        version = (await platform.ok(TRANSITION, { id: ended.id, to, v: version, r: 'Avslutas i förtid' }, leader)).transitionCohort
          .version;
      // An ended cohort has no reminders left waiting.
      expect(await rows(`cohort_id = $1 AND status = 'SCHEDULED'`, [ended.id])).toEqual([]);
      const before = await counts();
      const result = await platform.gql(SEND_CUSTOM, { id: ended.id, codes: [A], s: 'Rubrik', b: 'Text' }, leader);
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0].message).toBe(ReminderErrors.cohortEnded(status as 'CONCLUDED' | 'CANCELLED'));
      expect(await counts()).toEqual(before);
    });

    it('an unknown cohort: NOT_FOUND, nothing written', async () => {
      const before = await counts();
      for (const id of [randomUUID(), 'inte-ett-id']) {
        const result = await platform.gql(SEND_CUSTOM, { id, codes: [A], s: 'Rubrik', b: 'Text' }, leader);
        expect(codeOf(result)).toBe('NOT_FOUND');
      }
      expect(await counts()).toEqual(before);
    });
  });
});
