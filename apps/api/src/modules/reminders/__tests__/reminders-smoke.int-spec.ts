import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { TestPlatform } from '../../../../test/platform';

// The whole path once, through the real worker: a change plans a reminder in PostgreSQL, the relay queues
// it in Redis, the worker mails it and notifies in the app.
describe('reminders: from a change to a mail and a notification', () => {
  let platform: TestPlatform;
  let leader: string;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true, env: { REMINDER_RELAY_INTERVAL_MS: '200', WORKER_PORT: '0' } });
    leader = await platform.loginProcessLeader();
  });
  afterAll(() => platform?.close());

  it('a meeting a day away reminds every member, once; moving it reschedules; a custom reminder goes out now', async () => {
    const programme = await createProgramme(platform, leader);
    await makeEligible(platform, leader, '1880');
    const cohort = await createCohort(platform, leader, programme.id, '1880', ['1881', '1882'], { startDate: '2026-11-01' });
    const mentee = await platform.createUser('1881');
    const planned = await platform.dataSource.query(`SELECT kind, status FROM reminders WHERE cohort_id = $1`, [cohort.id]);
    expect(planned.length).toBeGreaterThan(0);

    const startsAt = new Date(Date.now() + 24 * 3600 * 1000 + 3_000);
    const scheduled = await platform.ok(
      `mutation($id: ID!, $input: MeetingInput!) { scheduleMeeting(cohortId: $id, input: $input) { id version } }`,
      { id: cohort.id, input: { kind: 'EXCHANGE', title: 'Erfarenhetsutbyte', startsAt: startsAt.toISOString(), location: 'Digitalt' } },
      leader,
    );
    const mail = await platform.mail.waitFor((m) => m.to === mentee.email && m.subject.includes('Erfarenhetsutbyte'), 20_000);
    expect(mail.subject).toBe('I morgon: Erfarenhetsutbyte');
    expect(mail.text).toContain(`http://web.test/cohorts/${cohort.id}`);
    const count = await platform.ok(`{ unreadNotificationCount }`, {}, mentee.token);
    expect(count.unreadNotificationCount).toBe(1);
    const list = await platform.ok(`{ notifications { id title link readAt } }`, {}, mentee.token);
    expect(list.notifications[0].title).toBe('I morgon: Erfarenhetsutbyte');

    // Moved a week later: the sent 1-day reminder waits again, in a new round.
    const moved = new Date(startsAt.getTime() + 7 * 24 * 3600 * 1000);
    await platform.ok(
      `mutation($id: ID!, $v: Int!, $input: MeetingInput!) { updateMeeting(id: $id, version: $v, input: $input) { id } }`,
      {
        id: scheduled.scheduleMeeting.id,
        v: scheduled.scheduleMeeting.version,
        input: { kind: 'EXCHANGE', title: 'Erfarenhetsutbyte', startsAt: moved.toISOString(), location: 'Digitalt' },
      },
      leader,
    );
    const [oneDay] = await platform.dataSource.query(`SELECT status, generation, due_at FROM reminders WHERE key = $1`, [
      `meeting:${scheduled.scheduleMeeting.id}:1d`,
    ]);
    expect(oneDay.status).toBe('SCHEDULED');
    expect(oneDay.generation).toBe(2);

    const sent = await platform.ok(
      `mutation($id: ID!, $codes: [String!]!) { sendCustomReminder(cohortId: $id, organizationCodes: $codes, subject: "Glöm inte enkäten", body: "Fyll i enkäten före fredag.") }`,
      { id: cohort.id, codes: ['1881'] },
      leader,
    );
    expect(sent.sendCustomReminder).toBe(1);
    const custom = await platform.mail.waitFor((m) => m.to === mentee.email && m.subject === 'Glöm inte enkäten', 20_000);
    expect(custom.text).toContain('Fyll i enkäten före fredag.');
    // The mail goes out before the reminder is marked SENT: wait for the mark.
    for (let i = 0; i < 100; i++) {
      const [row] = await platform.dataSource.query(`SELECT status FROM reminders WHERE cohort_id = $1 AND kind = 'CUSTOM'`, [cohort.id]);
      if (row?.status === 'SENT') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const upcoming = await platform.ok(
      `query($id: ID!) { cohort(id: $id) { upcomingReminders { kind dueAt sentAt recipients about } } }`,
      { id: cohort.id },
      leader,
    );
    expect(upcoming.cohort.upcomingReminders.some((r: { kind: string; sentAt: string | null }) => r.kind === 'CUSTOM' && r.sentAt)).toBe(
      true,
    );
    expect(platform.mail.mails.filter((m) => m.to === mentee.email && m.subject === 'I morgon: Erfarenhetsutbyte')).toHaveLength(1);
  });
});
