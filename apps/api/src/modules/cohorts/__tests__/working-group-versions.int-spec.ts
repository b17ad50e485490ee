import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { codeOf, TestPlatform } from '../../../../test/platform';

const SET = `mutation($id: ID!, $c: String!, $v: Int!, $m: [WorkingGroupMemberInput!]!) {
  setWorkingGroup(cohortId: $id, organizationCode: $c, version: $v, members: $m) { id workingGroupVersion workingGroup { name role } }
}`;
const READ = `query($id: ID!) { cohort(id: $id) { version members { organization { code } workingGroupVersion workingGroup { name } } } }`;
const STALE = 'Arbetsgruppen har ändrats sedan du läste den. Ladda om och försök igen.';

const ANNA = [{ name: 'Anna Andersson', role: 'POLITICIAN' }];
const BENGT = [{ name: 'Bengt Berg', role: 'EQUALITY_EXPERT' }];

/** docs/api-conventions.md, "Versions": two people saving one working group no longer overwrite each other silently. */
describe('working groups carry a version', () => {
  let platform: TestPlatform;
  let leader: string;
  let haninge: string;
  let otherHaninge: string;
  let hedemora: string;
  let outsider: string;

  /** What a refused save must leave as it was: the people, the versions and the audit entries. */
  async function snapshot(cohortId: string) {
    const people = await platform.dataSource.query(
      `SELECT w.name, w.role, w.position, m.working_group_version FROM cohort_members m
         JOIN organizations o ON o.id = m.organization_id LEFT JOIN working_group_members w ON w.cohort_member_id = m.id
        WHERE m.cohort_id = $1 AND o.code = '0136' ORDER BY w.position`,
      [cohortId],
    );
    const [{ count }] = await platform.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'cohort.set_working_group' AND entity_id IN (SELECT id::text FROM cohort_members WHERE cohort_id = $1)`,
      [cohortId],
    );
    const [cohort] = await platform.dataSource.query(`SELECT version FROM cohorts WHERE id = $1`, [cohortId]);
    return { people, audit: count, cohortVersion: cohort.version };
  }

  async function newCohort(): Promise<string> {
    const programme = await createProgramme(platform, leader);
    return (await createCohort(platform, leader, programme.id, '2083', ['0136', '0126'])).id;
  }

  const versionOf = async (cohortId: string, code: string, token = leader): Promise<number> =>
    (await platform.ok(READ, { id: cohortId }, token)).cohort.members.find((m: { organization: { code: string } }) => m.organization.code === code)
      .workingGroupVersion;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
    await makeEligible(platform, leader, '2083');
    haninge = (await platform.createUser('0136')).token;
    otherHaninge = (await platform.createUser('0136')).token;
    hedemora = (await platform.createUser('2083')).token;
    outsider = (await platform.createUser('1280')).token;
  });
  afterAll(() => platform.close());

  it('starts at 1; a save with the version read is saved and raises it by one', async () => {
    const cohortId = await newCohort();
    expect(await versionOf(cohortId, '0136', haninge)).toBe(1);
    const saved = await platform.ok(SET, { id: cohortId, c: '0136', v: 1, m: ANNA }, haninge);
    expect(saved.setWorkingGroup).toMatchObject({ workingGroupVersion: 2, workingGroup: [{ name: 'Anna Andersson', role: 'POLITICIAN' }] });
    expect(await versionOf(cohortId, '0136')).toBe(2);
    // Each organisation's group has its own version, and the cohort's is untouched.
    expect(await versionOf(cohortId, '2083')).toBe(1);
    expect((await platform.ok(READ, { id: cohortId }, leader)).cohort.version).toBe(1);
    const again = await platform.ok(SET, { id: cohortId, c: '0136', v: 2, m: [...ANNA, ...BENGT] }, otherHaninge);
    expect(again.setWorkingGroup.workingGroupVersion).toBe(3);
  });

  it('the second of two people who read the same version gets CONFLICT, and nothing changes', async () => {
    const cohortId = await newCohort();
    // Both opened the form at version 1; the first saves.
    await platform.ok(SET, { id: cohortId, c: '0136', v: 1, m: ANNA }, haninge);
    const before = await snapshot(cohortId);
    expect(before.people).toEqual([{ name: 'Anna Andersson', role: 'POLITICIAN', position: 0, working_group_version: 2 }]);

    const stale = await platform.gql(SET, { id: cohortId, c: '0136', v: 1, m: BENGT }, otherHaninge);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toBe(STALE);
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
    expect(stale.data).toBeNull();
    expect(await snapshot(cohortId)).toEqual(before);

    // With the version now stored, the same save goes through.
    const fresh = await platform.ok(SET, { id: cohortId, c: '0136', v: 2, m: BENGT }, otherHaninge);
    expect(fresh.setWorkingGroup).toMatchObject({ workingGroupVersion: 3, workingGroup: [{ name: 'Bengt Berg', role: 'EQUALITY_EXPERT' }] });
    expect((await snapshot(cohortId)).audit).toBe(before.audit + 1);
  });

  it('two saves at the same moment with the same version: one is saved, the other is CONFLICT', async () => {
    const cohortId = await newCohort();
    const results = await Promise.all([
      platform.gql(SET, { id: cohortId, c: '0136', v: 1, m: ANNA }, haninge),
      platform.gql(SET, { id: cohortId, c: '0136', v: 1, m: BENGT }, otherHaninge),
    ]);
    expect(results.map((r) => codeOf(r) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    const winner = results.find((r) => !r.errors);
    const after = await platform.ok(READ, { id: cohortId }, leader);
    const group = after.cohort.members.find((m: { organization: { code: string } }) => m.organization.code === '0136');
    expect(group.workingGroupVersion).toBe(2);
    expect(group.workingGroup).toEqual(winner?.data?.setWorkingGroup.workingGroup.map((p: { name: string }) => ({ name: p.name })));
  });

  it('checks in order: visible (NOT_FOUND), allowed (FORBIDDEN), then the version (CONFLICT)', async () => {
    const cohortId = await newCohort();
    await platform.ok(SET, { id: cohortId, c: '0136', v: 1, m: ANNA }, haninge);
    const before = await snapshot(cohortId);
    // Whatever version is sent, a cohort one may not see is not found, and another organisation's group is forbidden.
    expect(codeOf(await platform.gql(SET, { id: cohortId, c: '0136', v: 1, m: BENGT }, outsider))).toBe('NOT_FOUND');
    expect(codeOf(await platform.gql(SET, { id: cohortId, c: '0136', v: 2, m: BENGT }, outsider))).toBe('NOT_FOUND');
    expect(codeOf(await platform.gql(SET, { id: cohortId, c: '0136', v: 1, m: BENGT }, hedemora))).toBe('FORBIDDEN');
    expect(codeOf(await platform.gql(SET, { id: cohortId, c: '0136', v: 2, m: BENGT }, hedemora))).toBe('FORBIDDEN');
    expect(await snapshot(cohortId)).toEqual(before);
    // The version is required.
    expect(codeOf(await platform.gql(`mutation($id: ID!) { setWorkingGroup(cohortId: $id, organizationCode: "0136", members: []) { id } }`, { id: cohortId }, leader))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
