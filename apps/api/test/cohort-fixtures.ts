import { randomUUID } from 'node:crypto';
import { TestPlatform } from './platform';

export const COHORT_FIELDS = `id name status version startDate followUpDueDate allowedTransitions
  programme { id name } processLeader { email }
  mentor { organization { code } role }
  mentees { organization { code } withdrawnAt withdrawalReason }
  members { id role organization { code shortName } workingGroup { name title role email } }
  meetings { id kind title startsAt endsAt location cancelledAt cancelReason version }
  checkpoints { id kind dueDate }`;

export const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { ${COHORT_FIELDS} } }`;

export async function createProgramme(
  platform: TestPlatform,
  token: string,
  overrides: Partial<{ organizationKind: string; minMentees: number; maxMentees: number; followUpMonths: number }> = {},
): Promise<{ id: string; name: string }> {
  const data = await platform.ok(
    `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id name } }`,
    { input: { name: `Program ${randomUUID().slice(0, 8)}`, theme: 'Jämställdhetsintegrering', organizationKind: 'MUNICIPALITY', ...overrides } },
    token,
  );
  return data.createProgramme;
}

/** Marks mentor-eligible unless it already is (a file's fixtures may mark one twice). */
export async function makeEligible(platform: TestPlatform, token: string, code: string): Promise<void> {
  const result = await platform.gql(`mutation($c: String!) { markMentorEligible(organizationCode: $c, reason: "Grundande modellkommun") { code } }`, { c: code }, token);
  if (result.errors && result.errors[0].extensions?.code !== 'CONFLICT') throw new Error(JSON.stringify(result.errors));
}

export function cohortInput(programmeId: string, mentorCode: string, menteeCodes: string[], extra: Record<string, unknown> = {}) {
  return {
    programmeId,
    name: `Omgång ${mentorCode} ${randomUUID().slice(0, 4)}`,
    mentorCode,
    menteeCodes,
    startDate: '2026-02-10',
    startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: '2026-02-10T09:00:00Z', endsAt: '2026-02-10T15:00:00Z', location: 'SKR, Stockholm' },
    ...extra,
  };
}

export async function createCohort(platform: TestPlatform, token: string, programmeId: string, mentorCode: string, menteeCodes: string[], extra: Record<string, unknown> = {}) {
  const data = await platform.ok(CREATE_COHORT, { input: cohortInput(programmeId, mentorCode, menteeCodes, extra) }, token);
  return data.createCohort;
}

export async function tableCounts(platform: TestPlatform): Promise<Record<string, number>> {
  const [row] = await platform.dataSource.query(
    `SELECT (SELECT count(*) FROM cohorts)::int AS cohorts, (SELECT count(*) FROM cohort_members)::int AS members,
            (SELECT count(*) FROM meetings)::int AS meetings, (SELECT count(*) FROM checkpoints)::int AS checkpoints,
            (SELECT count(*) FROM audit_log)::int AS audit`,
  );
  return row;
}

const TRANSITION = `mutation($id: ID!, $to: CohortStatus!, $v: Int!, $r: String) { transitionCohort(id: $id, to: $to, version: $v, reason: $r) { status version } }`;

/** Moves a cohort through the given states in order (each with a reason, which CONCLUDED and CANCELLED may need). */
export async function moveCohort(platform: TestPlatform, token: string, cohort: { id: string; version: number }, ...states: string[]): Promise<number> {
  let version = cohort.version;
  for (const to of states) {
    const data = await platform.ok(TRANSITION, { id: cohort.id, to, v: version, r: `Testfall: till ${to}` }, token);
    version = data.transitionCohort.version;
  }
  return version;
}
