import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { codeOf, TestPlatform } from '../../../../test/platform';

const EXCHANGE = { kind: 'EXCHANGE', title: 'Erfarenhetsutbyte', startsAt: '2027-09-01T08:00:00Z', endsAt: '2027-09-01T10:00:00Z', location: 'https://meet.example.se/abc' };
const SCHEDULE = `mutation($c: ID!, $i: MeetingInput!) { scheduleMeeting(cohortId: $c, input: $i) { id version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: MeetingInput!) { updateMeeting(id: $id, version: $v, input: $i) { id title version } }`;
const CANCEL = `mutation($id: ID!, $v: Int!, $r: String!) { cancelMeeting(id: $id, version: $v, reason: $r) { id version cancelledAt cancelReason } }`;
const TRANSITION = `mutation($id: ID!, $to: CohortStatus!, $v: Int!, $r: String) { transitionCohort(id: $id, to: $to, version: $v, reason: $r) { version } }`;
const STALE = 'Mötet har ändrats sedan du läste det. Ladda om och försök igen.';

describe('meetings carry a version', () => {
  let platform: TestPlatform;
  let leader: string;
  let mentor: string;
  let mentee: string;
  let outsider: string;

  /** What a refused change must leave as it was: the row and its audit entries. */
  async function snapshot(meetingId: string) {
    const [row] = await platform.dataSource.query(
      `SELECT title, starts_at, ends_at, location, sequence, version, cancelled_at, cancel_reason, updated_at FROM meetings WHERE id = $1`,
      [meetingId],
    );
    const [{ count }] = await platform.dataSource.query(`SELECT count(*)::int AS count FROM audit_log WHERE entity_id = $1`, [meetingId]);
    return { row, audit: count };
  }

  async function newCohort(): Promise<{ id: string; version: number; meetings: { id: string; kind: string; version: number }[] }> {
    const programme = await createProgramme(platform, leader);
    return createCohort(platform, leader, programme.id, '2083', ['0136', '0126'], { startDate: '2027-02-10', startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: '2027-02-10T09:00:00Z' } });
  }

  async function newExchange(): Promise<{ cohortId: string; id: string; version: number }> {
    const cohort = await newCohort();
    const meeting = (await platform.ok(SCHEDULE, { c: cohort.id, i: EXCHANGE }, leader)).scheduleMeeting;
    return { cohortId: cohort.id, ...meeting };
  }

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
    await makeEligible(platform, leader, '2083');
    mentor = (await platform.createUser('2083')).token;
    mentee = (await platform.createUser('0136')).token;
    outsider = (await platform.createUser('1280')).token;
  });
  afterAll(() => platform.close());

  it('a new meeting starts at version 1; a save with the version read succeeds and bumps it, a stale one is CONFLICT and changes nothing', async () => {
    const meeting = await newExchange();
    expect(meeting.version).toBe(1);
    const moved = await platform.ok(UPDATE, { id: meeting.id, v: 1, i: { ...EXCHANGE, title: 'Utbyte om budget', startsAt: '2027-09-02T08:00:00Z', endsAt: '2027-09-02T10:00:00Z' } }, mentor);
    expect(moved.updateMeeting).toEqual({ id: meeting.id, title: 'Utbyte om budget', version: 2 });
    const before = await snapshot(meeting.id);
    expect(before.row).toMatchObject({ sequence: 1, version: 2 });

    const stale = await platform.gql(UPDATE, { id: meeting.id, v: 1, i: { ...EXCHANGE, title: 'Krock' } }, leader);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toBe(STALE);
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
    expect(await snapshot(meeting.id)).toEqual(before);

    // An unchanged save still names the version and bumps it, but calendars need not learn of it.
    const same = await platform.ok(UPDATE, { id: meeting.id, v: 2, i: { ...EXCHANGE, title: 'Utbyte om budget', startsAt: '2027-09-02T08:00:00Z', endsAt: '2027-09-02T10:00:00Z' } }, leader);
    expect(same.updateMeeting.version).toBe(3);
    expect((await snapshot(meeting.id)).row).toMatchObject({ sequence: 1, version: 3 });
  });

  it('a stale cancelMeeting is CONFLICT and changes nothing; the fresh one cancels and bumps the version and SEQUENCE', async () => {
    const meeting = await newExchange();
    await platform.ok(UPDATE, { id: meeting.id, v: 1, i: { ...EXCHANGE, title: 'Flyttat utbyte' } }, leader);
    const before = await snapshot(meeting.id);
    const stale = await platform.gql(CANCEL, { id: meeting.id, v: 1, r: 'Krockar med budgetmöte' }, mentor);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/ändrats sedan du läste det/);
    expect(await snapshot(meeting.id)).toEqual(before);
    expect(before.row).toMatchObject({ cancelled_at: null, version: 2, sequence: 1 });

    const cancelled = await platform.ok(CANCEL, { id: meeting.id, v: 2, r: 'Krockar med budgetmöte' }, mentor);
    expect(cancelled.cancelMeeting).toMatchObject({ version: 3, cancelledAt: expect.any(String), cancelReason: 'Krockar med budgetmöte' });
    const after = await snapshot(meeting.id);
    expect(after.row).toMatchObject({ version: 3, sequence: 2 });
    expect(after.audit).toBe(before.audit + 1);
  });

  it('checks in order: visible (NOT_FOUND), allowed (FORBIDDEN), version (CONFLICT), then the state', async () => {
    const meeting = await newExchange();
    // Whatever version is sent, a meeting one may not see is not found, and one may not change is forbidden.
    expect(codeOf(await platform.gql(UPDATE, { id: meeting.id, v: 99, i: EXCHANGE }, outsider))).toBe('NOT_FOUND');
    expect(codeOf(await platform.gql(CANCEL, { id: meeting.id, v: 99, r: 'x' }, outsider))).toBe('NOT_FOUND');
    expect(codeOf(await platform.gql(UPDATE, { id: meeting.id, v: 99, i: EXCHANGE }, mentee))).toBe('FORBIDDEN');
    expect(codeOf(await platform.gql(CANCEL, { id: meeting.id, v: 99, r: 'x' }, mentee))).toBe('FORBIDDEN');
    expect(codeOf(await platform.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', v: 1, i: EXCHANGE }, leader))).toBe('NOT_FOUND');
    // A stale version is named before the state: a cancelled meeting read before it was cancelled.
    await platform.ok(CANCEL, { id: meeting.id, v: 1, r: 'Inställt' }, leader);
    const stale = await platform.gql(UPDATE, { id: meeting.id, v: 1, i: EXCHANGE }, leader);
    expect(stale.errors?.[0].message).toBe(STALE);
    const current = await platform.gql(UPDATE, { id: meeting.id, v: 2, i: EXCHANGE }, leader);
    expect(codeOf(current)).toBe('CONFLICT');
    expect(current.errors?.[0].message).toBe('Mötet är inställt och kan inte ändras.');
    expect((await platform.gql(CANCEL, { id: meeting.id, v: 2, r: 'igen' }, leader)).errors?.[0].message).toBe('Mötet är redan inställt.');
  });

  it('cancelling the cohort bumps the version of each meeting it cancels; the ones left alone keep theirs', async () => {
    const cohort = await newCohort();
    const exchange = (await platform.ok(SCHEDULE, { c: cohort.id, i: EXCHANGE }, leader)).scheduleMeeting;
    const past = (await platform.ok(SCHEDULE, { c: cohort.id, i: { ...EXCHANGE, startsAt: '2026-01-01T08:00:00Z', endsAt: '2026-01-01T10:00:00Z' } }, leader)).scheduleMeeting;
    await platform.ok(TRANSITION, { id: cohort.id, to: 'CANCELLED', v: cohort.version, r: 'Mentorn kan inte fortsätta' }, leader);
    const versions = async (id: string) => (await snapshot(id)).row;
    expect(await versions(exchange.id)).toMatchObject({ version: 2, sequence: 1, cancel_reason: 'Omgången avbröts: Mentorn kan inte fortsätta' });
    for (const m of cohort.meetings) expect(await versions(m.id)).toMatchObject({ version: 2, sequence: 1, cancelled_at: expect.any(Date) });
    expect(await versions(past.id)).toMatchObject({ version: 1, sequence: 0, cancelled_at: null });
    // A form opened before the cancellation is told so.
    expect((await platform.gql(UPDATE, { id: exchange.id, v: 1, i: EXCHANGE }, leader)).errors?.[0].message).toBe(STALE);
  });

  it('moving the follow-up date moves the gathering and bumps its version', async () => {
    const cohort = await newCohort();
    const gathering = cohort.meetings.find((m) => m.kind === 'GATHERING')!;
    expect(gathering.version).toBe(1);
    await platform.ok(`mutation($id: ID!, $v: Int!) { updateCohort(id: $id, version: $v, input: { followUpDueDate: "2028-03-01" }) { version } }`, { id: cohort.id, v: cohort.version }, leader);
    expect((await snapshot(gathering.id)).row).toMatchObject({ version: 2, sequence: 1 });
    const stale = await platform.gql(UPDATE, { id: gathering.id, v: 1, i: { kind: 'GATHERING', title: 'Återsamling', startsAt: '2028-03-01T09:00:00Z' } }, leader);
    expect(stale.errors?.[0].message).toBe(STALE);
    const fresh = await platform.ok(UPDATE, { id: gathering.id, v: 2, i: { kind: 'GATHERING', title: 'Återsamling', startsAt: '2028-03-01T09:00:00Z' } }, leader);
    expect(fresh.updateMeeting.version).toBe(3);
  });
});
