import { CohortsService } from '../cohorts.service';
import { cohortInput, COHORT_FIELDS, CREATE_COHORT, createCohort, createProgramme, makeEligible, tableCounts } from '../../../../test/cohort-fixtures';
import { codeOf, TestPlatform } from '../../../../test/platform';

const TRANSITION = `mutation($id: ID!, $to: CohortStatus!, $v: Int!, $r: String) { transitionCohort(id: $id, to: $to, version: $v, reason: $r) { status version allowedTransitions } }`;

describe('cohorts', () => {
  let platform: TestPlatform;
  let leader: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
    for (const code of ['2083', '1280', '0180', '12']) await makeEligible(platform, leader, code);
  });
  afterAll(() => platform.close());

  describe('creating a cohort', () => {
    it('creates members, the start-up meeting, the one-year checkpoint and the gathering at 10:00 Stockholm, in one go', async () => {
      const programme = await createProgramme(platform, leader);
      const cohort = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126']);
      expect(cohort).toMatchObject({
        status: 'PLANNED',
        version: 1,
        startDate: '2026-02-10',
        followUpDueDate: '2027-02-10',
        allowedTransitions: ['ACTIVE', 'CANCELLED'],
        processLeader: { email: 'processledare@skr.se' },
        mentor: { organization: { code: '2083' }, role: 'MENTOR' },
      });
      // Mentees created together share a join time: compare as a set.
      expect(cohort.mentees.map((m: { organization: { code: string } }) => m.organization.code).sort()).toEqual(['0126', '0136']);
      expect(cohort.checkpoints).toEqual([{ id: expect.any(String), kind: 'ONE_YEAR', dueDate: '2027-02-10' }]);
      expect(cohort.meetings.map((m: { kind: string; startsAt: string; endsAt: string }) => [m.kind, m.startsAt, m.endsAt])).toEqual([
        ['STARTUP', '2026-02-10T09:00:00.000Z', '2026-02-10T15:00:00.000Z'],
        // 10:00–15:00 in Stockholm on 10 February (winter time, UTC+1).
        ['GATHERING', '2027-02-10T09:00:00.000Z', '2027-02-10T14:00:00.000Z'],
      ]);
      const audit = await platform.ok(`query($id: String!) { auditLog(entityId: $id) { edges { action after } } }`, { id: cohort.id }, leader);
      expect(audit.auditLog.edges[0].action).toBe('cohort.create');
      expect(JSON.parse(audit.auditLog.edges[0].after)).toMatchObject({ mentor: '2083', mentees: '0136, 0126' });
    });

    it('uses a given follow-up date, the programme’s months, and allows a start in the past; summer time is respected', async () => {
      const programme = await createProgramme(platform, leader, { followUpMonths: 6 });
      const six = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126'], { startDate: '2025-12-31' });
      expect(six.followUpDueDate).toBe('2026-06-30');
      expect(six.meetings.find((m: { kind: string }) => m.kind === 'GATHERING').startsAt).toBe('2026-06-30T08:00:00.000Z');
      const other = await createProgramme(platform, leader);
      const given = await createCohort(platform, leader, other.id, '2083', ['0136', '0126'], { followUpDueDate: '2026-12-01' });
      expect(given.checkpoints[0].dueDate).toBe('2026-12-01');
    });

    it('a programme may allow more mentees', async () => {
      const programme = await createProgramme(platform, leader, { minMentees: 2, maxMentees: 5 });
      const cohort = await createCohort(platform, leader, programme.id, '2083', ['0114', '0115', '0117', '0120', '0123']);
      expect(cohort.mentees).toHaveLength(5);
    });

    describe('refuses a broken rule with a Swedish message, and creates nothing', () => {
      let programme: { id: string; name: string };
      beforeAll(async () => {
        programme = await createProgramme(platform, leader);
      });

      const cases: [string, () => Record<string, unknown>, string, string, RegExp][] = [
        ['one mentee (min 2)', () => cohortInput(programme.id, '2083', ['0136']), 'BAD_USER_INPUT', 'menteeCodes', /ska ha 2–3 nya kommuner; 1 valdes/],
        ['four mentees (max 3)', () => cohortInput(programme.id, '2083', ['0136', '0126', '0114', '0115']), 'BAD_USER_INPUT', 'menteeCodes', /ska ha 2–3 nya kommuner; 4 valdes/],
        ['the same mentee twice', () => cohortInput(programme.id, '2083', ['0136', '0136', '0126']), 'BAD_USER_INPUT', 'menteeCodes', /Haninge finns med två gånger/],
        ['mentor also a mentee', () => cohortInput(programme.id, '2083', ['2083', '0126']), 'BAD_USER_INPUT', 'mentorCode', /Hedemora kan inte vara både mentor och ny/],
        ['a region in a kommun programme', () => cohortInput(programme.id, '2083', ['0136', '12']), 'BAD_USER_INPUT', 'menteeCodes', /Region Skåne är en region, men .* är för kommuner/],
        ['a region as mentor of kommuner', () => cohortInput(programme.id, '12', ['0136', '0126']), 'BAD_USER_INPUT', 'mentorCode', /är en region/],
        ['an ineligible mentor', () => cohortInput(programme.id, '0136', ['0126', '0114']), 'BAD_USER_INPUT', 'mentorCode', /Haninge kan inte vara mentor ännu/],
        ['an unknown code', () => cohortInput(programme.id, '2083', ['0136', '9999']), 'BAD_USER_INPUT', 'menteeCodes', /ingen kommun eller region med koden "9999"/],
        ['a start-up meeting that ends before it starts', () => cohortInput(programme.id, '2083', ['0136', '0126'], { startupMeeting: { kind: 'STARTUP', title: 'Uppstart', startsAt: '2026-02-10T12:00:00Z', endsAt: '2026-02-10T11:00:00Z' } }), 'BAD_USER_INPUT', 'startupMeeting.endsAt', /sluta efter/],
        ['a follow-up before the start', () => cohortInput(programme.id, '2083', ['0136', '0126'], { followUpDueDate: '2026-01-01' }), 'BAD_USER_INPUT', 'followUpDueDate', /efter startdatumet/],
      ];

      it.each(cases)('%s', async (_name, input, code, field, message) => {
        const before = await tableCounts(platform);
        const result = await platform.gql(CREATE_COHORT, { input: input() }, leader);
        expect(codeOf(result)).toBe(code);
        const problem = result.errors?.[0].extensions?.fields?.find((f) => f.field === field);
        expect(problem?.message).toMatch(message);
        expect(await tableCounts(platform)).toEqual(before);
      });

      it('names nested fields by their path, and a blank working-group entry is refused field by field', async () => {
        const nested = await platform.gql(
          CREATE_COHORT,
          { input: cohortInput(programme.id, '2083', ['0136', '0126'], { startupMeeting: { kind: 'STARTUP', title: ' ', startsAt: '2026-02-10T09:00:00Z' } }) },
          leader,
        );
        expect(nested.errors?.[0].extensions?.fields).toEqual([{ field: 'startupMeeting.title', message: 'Ge mötet en rubrik.' }]);
        const cohort = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126']);
        const SET = `mutation($id: ID!, $v: Int!, $m: [WorkingGroupMemberInput!]!) { setWorkingGroup(cohortId: $id, organizationCode: "0136", version: $v, members: $m) { workingGroup { name title email } } }`;
        const bad = await platform.gql(SET, { id: cohort.id, v: 1, m: [{ name: 'Ok Person', role: 'OTHER' }, { name: '   ', title: '  ', role: 'OTHER', email: 'inte-en-adress' }] }, leader);
        expect(codeOf(bad)).toBe('BAD_USER_INPUT');
        expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['members.1.name', 'members.1.email']);
        const saved = await platform.ok(SET, { id: cohort.id, v: 1, m: [{ name: '  Sara Wik ', title: ' ', role: 'EQUALITY_EXPERT', email: ' Sara.Wik@Haninge.example.se ' }] }, leader);
        expect(saved.setWorkingGroup.workingGroup).toEqual([{ name: 'Sara Wik', title: null, email: 'sara.wik@haninge.example.se' }]);
        // A refused save changes nothing: the earlier group is intact.
        expect(codeOf(await platform.gql(SET, { id: cohort.id, v: 2, m: [{ name: '', role: 'OTHER' }] }, leader))).toBe('BAD_USER_INPUT');
        const after = await platform.ok(`query($id: ID!) { cohort(id: $id) { members { organization { code } workingGroup { name } } } }`, { id: cohort.id }, leader);
        expect(after.cohort.members.find((m: any) => m.organization.code === '0136').workingGroup).toEqual([{ name: 'Sara Wik' }]);
      });

      it('a malformed date is BAD_USER_INPUT, not an internal error', async () => {
        const result = await platform.gql(CREATE_COHORT, { input: cohortInput(programme.id, '2083', ['0136', '0126'], { startDate: '2026-02-30' }) }, leader);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
      });

      it('an unknown programme is NOT_FOUND', async () => {
        expect(codeOf(await platform.gql(CREATE_COHORT, { input: cohortInput('00000000-0000-4000-8000-000000000000', '2083', ['0136', '0126']) }, leader))).toBe('NOT_FOUND');
        expect(codeOf(await platform.gql(CREATE_COHORT, { input: cohortInput('nope', '2083', ['0136', '0126']) }, leader))).toBe('NOT_FOUND');
      });
    });

    it('an organisation is in at most one active cohort of a programme: CONFLICT naming it; free again once that cohort is cancelled', async () => {
      const programme = await createProgramme(platform, leader);
      const first = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126']);
      const before = await tableCounts(platform);
      const clash = await platform.gql(CREATE_COHORT, { input: cohortInput(programme.id, '1280', ['0136', '0114']) }, leader);
      expect(codeOf(clash)).toBe('CONFLICT');
      expect(clash.errors?.[0].message).toMatch(/^Haninge deltar redan i en pågående omgång i detta program/);
      expect(await tableCounts(platform)).toEqual(before);
      // Another programme is no obstacle.
      const other = await createProgramme(platform, leader);
      await expect(createCohort(platform, leader, other.id, '1280', ['0136', '0114'])).resolves.toMatchObject({ status: 'PLANNED' });
      await platform.ok(TRANSITION, { id: first.id, to: 'CANCELLED', v: first.version, r: 'Kommunerna prioriterar om' }, leader);
      await expect(createCohort(platform, leader, programme.id, '1280', ['0136', '0114'])).resolves.toMatchObject({ status: 'PLANNED' });
    });

    it('two concurrent creations cannot both take the same organisation', async () => {
      const programme = await createProgramme(platform, leader);
      const results = await Promise.all([
        platform.gql(CREATE_COHORT, { input: cohortInput(programme.id, '2083', ['0136', '0126']) }, leader),
        platform.gql(CREATE_COHORT, { input: cohortInput(programme.id, '1280', ['0136', '0114']) }, leader),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
    });
  });

  describe('lifecycle', () => {
    it('moves PLANNED → ACTIVE → FOLLOW_UP → CONCLUDED with versions, and keeps the reasons', async () => {
      const programme = await createProgramme(platform, leader);
      const cohort = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126']);
      const active = await platform.ok(TRANSITION, { id: cohort.id, to: 'ACTIVE', v: 1 }, leader);
      expect(active.transitionCohort).toEqual({ status: 'ACTIVE', version: 2, allowedTransitions: ['FOLLOW_UP', 'CANCELLED'] });
      const followUp = await platform.ok(TRANSITION, { id: cohort.id, to: 'FOLLOW_UP', v: 2 }, leader);
      expect(followUp.transitionCohort.status).toBe('FOLLOW_UP');
      const noReason = await platform.gql(TRANSITION, { id: cohort.id, to: 'CONCLUDED', v: 3 }, leader);
      expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
      expect(noReason.errors?.[0].extensions?.fields?.[0].field).toBe('reason');
      const concluded = await platform.ok(TRANSITION, { id: cohort.id, to: 'CONCLUDED', v: 3, r: 'Uppföljningen redovisad muntligt på återsamlingen' }, leader);
      expect(concluded.transitionCohort).toEqual({ status: 'CONCLUDED', version: 4, allowedTransitions: [] });
      const audit = await platform.ok(`query($id: String!) { auditLog(entity: "Cohort", entityId: $id) { edges { action reason } } }`, { id: cohort.id }, leader);
      expect(audit.auditLog.edges[0]).toEqual({ action: 'cohort.transition', reason: 'Uppföljningen redovisad muntligt på återsamlingen' });
    });

    it.each([
      ['PLANNED', 'FOLLOW_UP'],
      ['PLANNED', 'CONCLUDED'],
      ['ACTIVE', 'PLANNED'],
      ['ACTIVE', 'CONCLUDED'],
      ['CANCELLED', 'ACTIVE'],
      ['CONCLUDED', 'CANCELLED'],
    ])('refuses %s → %s with CONFLICT', async (from, to) => {
      const programme = await createProgramme(platform, leader);
      const cohort = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126']);
      let version = 1;
      const path: Record<string, string[]> = { PLANNED: [], ACTIVE: ['ACTIVE'], CANCELLED: ['CANCELLED'], CONCLUDED: ['ACTIVE', 'FOLLOW_UP', 'CONCLUDED'] };
      for (const step of path[from]) {
        version = (await platform.ok(TRANSITION, { id: cohort.id, to: step, v: version, r: 'steg' }, leader)).transitionCohort.version;
      }
      const result = await platform.gql(TRANSITION, { id: cohort.id, to, v: version, r: 'försök' }, leader);
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0].message).toMatch(/^En omgång kan inte gå från/);
    });

    it('refuses a stale version with CONFLICT and changes nothing', async () => {
      const programme = await createProgramme(platform, leader);
      const cohort = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126']);
      await platform.ok(`mutation($id: ID!) { updateCohort(id: $id, version: 1, input: { name: "Nytt namn" }) { version } }`, { id: cohort.id }, leader);
      const stale = await platform.gql(`mutation($id: ID!) { updateCohort(id: $id, version: 1, input: { name: "Krock" }) { version } }`, { id: cohort.id }, leader);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors?.[0].message).toMatch(/ändrats sedan du läste den/);
      expect(codeOf(await platform.gql(TRANSITION, { id: cohort.id, to: 'ACTIVE', v: 1 }, leader))).toBe('CONFLICT');
      const now = await platform.ok(`query($id: ID!) { cohort(id: $id) { name version status } }`, { id: cohort.id }, leader);
      expect(now.cohort).toEqual({ name: 'Nytt namn', version: 2, status: 'PLANNED' });
    });

    it('cancelling needs a reason and cancels the meetings still to come', async () => {
      const programme = await createProgramme(platform, leader);
      const cohort = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126']);
      expect(codeOf(await platform.gql(TRANSITION, { id: cohort.id, to: 'CANCELLED', v: 1, r: '  ' }, leader))).toBe('BAD_USER_INPUT');
      await platform.ok(TRANSITION, { id: cohort.id, to: 'CANCELLED', v: 1, r: 'Mentorn kan inte fortsätta' }, leader);
      const after = await platform.ok(`query($id: ID!) { cohort(id: $id) { meetings { kind cancelledAt cancelReason } } }`, { id: cohort.id }, leader);
      // The start-up meeting (February 2026) has passed and stays; the gathering (2027) is cancelled.
      expect(after.cohort.meetings).toEqual([
        { kind: 'STARTUP', cancelledAt: null, cancelReason: null },
        { kind: 'GATHERING', cancelledAt: expect.any(String), cancelReason: 'Omgången avbröts: Mentorn kan inte fortsätta' },
      ]);
    });

    it('moving the follow-up date moves the checkpoint and the gathering with it', async () => {
      const programme = await createProgramme(platform, leader);
      const cohort = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126']);
      const moved = await platform.ok(
        `mutation($id: ID!) { updateCohort(id: $id, version: 1, input: { followUpDueDate: "2027-06-15" }) { ${COHORT_FIELDS} } }`,
        { id: cohort.id },
        leader,
      );
      expect(moved.updateCohort.checkpoints[0].dueDate).toBe('2027-06-15');
      expect(moved.updateCohort.meetings.find((m: { kind: string }) => m.kind === 'GATHERING').startsAt).toBe('2027-06-15T08:00:00.000Z');
    });

    it('the scheduled job moves ACTIVE cohorts past their follow-up date to FOLLOW_UP, once', async () => {
      const programme = await createProgramme(platform, leader);
      const due = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126'], { startDate: '2025-01-10', followUpDueDate: '2026-01-10' });
      const other = await createProgramme(platform, leader);
      const notDue = await createCohort(platform, leader, other.id, '2083', ['0136', '0126']);
      await platform.ok(TRANSITION, { id: due.id, to: 'ACTIVE', v: 1 }, leader);
      await platform.ok(TRANSITION, { id: notDue.id, to: 'ACTIVE', v: 1 }, leader);
      const service = platform.api.get(CohortsService);
      const moved = await service.advanceDueCohorts(new Date('2026-11-23T12:00:00Z'));
      expect(moved).toContain(due.id);
      expect(moved).not.toContain(notDue.id);
      expect(await service.advanceDueCohorts(new Date('2026-11-23T12:00:00Z'))).not.toContain(due.id);
      const state = await platform.ok(`query($a: ID!, $b: ID!) { a: cohort(id: $a) { status version } b: cohort(id: $b) { status } }`, { a: due.id, b: notDue.id }, leader);
      expect(state).toEqual({ a: { status: 'FOLLOW_UP', version: 3 }, b: { status: 'ACTIVE' } });
    });
  });

  describe('mentees join and leave within the bounds', () => {
    const ADD = `mutation($id: ID!, $c: String!) { addMentee(cohortId: $id, organizationCode: $c) { version mentees { organization { code } withdrawnAt } } }`;
    const WITHDRAW = `mutation($id: ID!, $c: String!, $r: String!) { withdrawMember(cohortId: $id, organizationCode: $c, reason: $r) { version mentees { organization { code } withdrawnAt withdrawalReason } } }`;

    it('adds up to the maximum, withdraws down to the minimum, with reasons', async () => {
      const programme = await createProgramme(platform, leader);
      const cohort = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126']);
      const added = await platform.ok(ADD, { id: cohort.id, c: '0114' }, leader);
      expect(added.addMentee.mentees).toHaveLength(3);
      const full = await platform.gql(ADD, { id: cohort.id, c: '0115' }, leader);
      expect(codeOf(full)).toBe('CONFLICT');
      expect(codeOf(await platform.gql(ADD, { id: cohort.id, c: '0136' }, leader))).toBe('CONFLICT');
      expect(codeOf(await platform.gql(ADD, { id: cohort.id, c: '12' }, leader))).toBe('BAD_USER_INPUT');
      const withdrawn = await platform.ok(WITHDRAW, { id: cohort.id, c: '0114', r: 'Byte av kommunledning' }, leader);
      expect(withdrawn.withdrawMember.mentees.find((m: { organization: { code: string } }) => m.organization.code === '0114')).toMatchObject({
        withdrawnAt: expect.any(String),
        withdrawalReason: 'Byte av kommunledning',
      });
      const tooFew = await platform.gql(WITHDRAW, { id: cohort.id, c: '0136', r: 'x' }, leader);
      expect(codeOf(tooFew)).toBe('CONFLICT');
      expect(tooFew.errors?.[0].message).toMatch(/minst 2 nya/);
      expect(codeOf(await platform.gql(WITHDRAW, { id: cohort.id, c: '2083', r: 'x' }, leader))).toBe('CONFLICT');
      expect(codeOf(await platform.gql(WITHDRAW, { id: cohort.id, c: '0126', r: ' ' }, leader))).toBe('BAD_USER_INPUT');
      // A withdrawn mentee may come back.
      await expect(platform.ok(ADD, { id: cohort.id, c: '0114' }, leader)).resolves.toBeTruthy();
    });

    it('is closed once the cohort is in follow-up', async () => {
      const programme = await createProgramme(platform, leader);
      const cohort = await createCohort(platform, leader, programme.id, '2083', ['0136', '0126']);
      await platform.ok(TRANSITION, { id: cohort.id, to: 'ACTIVE', v: 1 }, leader);
      await platform.ok(TRANSITION, { id: cohort.id, to: 'FOLLOW_UP', v: 2 }, leader);
      expect(codeOf(await platform.gql(ADD, { id: cohort.id, c: '0114' }, leader))).toBe('CONFLICT');
    });
  });

  describe('programmes and mentor eligibility', () => {
    it('refuses bad programme input field by field, and duplicate names', async () => {
      const bad = await platform.gql(
        `mutation { createProgramme(input: { name: " ", theme: "T", organizationKind: MUNICIPALITY, minMentees: 4, maxMentees: 3 }) { id } }`,
        {},
        leader,
      );
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain('name');
      const mixed = await platform.gql(`mutation { createProgramme(input: { name: "Blandat", theme: "T", organizationKind: MUNICIPALITY, minMentees: 4, maxMentees: 3 }) { id } }`, {}, leader);
      expect(mixed.errors?.[0].extensions?.fields).toEqual([{ field: 'maxMentees', message: expect.stringMatching(/kan inte vara mindre än minsta/) }]);
      const programme = await createProgramme(platform, leader);
      const dup = await platform.gql(`mutation($n: String!) { createProgramme(input: { name: $n, theme: "T", organizationKind: REGION }) { id } }`, { n: programme.name.toUpperCase() }, leader);
      expect(codeOf(dup)).toBe('CONFLICT');
    });

    it('marking a mentor keeps the reason in the audit log', async () => {
      const result = await platform.ok(`mutation { markMentorEligible(organizationCode: "2480", reason: "Deltog i SKR:s första omgång 2012") { code mentorEligible } }`, {}, leader);
      expect(result.markMentorEligible).toEqual({ code: '2480', mentorEligible: true });
      const [row] = await platform.dataSource.query(`SELECT reason FROM audit_log WHERE action = 'organization.mark_mentor_eligible' AND after->>'code' = '2480'`);
      expect(row.reason).toBe('Deltog i SKR:s första omgång 2012');
      expect(codeOf(await platform.gql(`mutation { markMentorEligible(organizationCode: "2480", reason: "igen") { code } }`, {}, leader))).toBe('CONFLICT');
      expect(codeOf(await platform.gql(`mutation { markMentorEligible(organizationCode: "0136", reason: " ") { code } }`, {}, leader))).toBe('BAD_USER_INPUT');
      const eligible = await platform.ok(`{ organizations(kind: MUNICIPALITY, mentorEligible: true) { code } }`, {}, leader);
      expect(eligible.organizations.map((o: { code: string }) => o.code)).toContain('2480');
    });
  });
});
