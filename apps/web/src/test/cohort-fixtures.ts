import type { CohortDetailsFragment, ProgrammeFieldsFragment } from '../gql/graphql';
import type { TestUser } from './render';

export const programme: ProgrammeFieldsFragment & { __typename: 'Programme' } = {
  __typename: 'Programme',
  id: '10000000-0000-4000-8000-000000000001',
  name: 'Jämställdhetsintegrering – modellkommuner',
  theme: 'Jämställdhetsintegrering',
  organizationKind: 'MUNICIPALITY',
  minMentees: 2,
  maxMentees: 3,
  followUpMonths: 12,
};

export function organization(code: string, name: string) {
  return { __typename: 'Organization' as const, id: `o-${code}`, code, name, shortName: name.replace(/ kommun$/, '') };
}

export function member(code: string, name: string, role: 'MENTOR' | 'MENTEE', extra: Record<string, unknown> = {}) {
  return {
    __typename: 'CohortMember' as const,
    id: `m-${code}`,
    role,
    joinedAt: '2026-02-01T09:00:00.000Z',
    withdrawnAt: null,
    withdrawalReason: null,
    organization: organization(code, name),
    workingGroup: [],
    ...extra,
  };
}

export const COHORT_ID = '20000000-0000-4000-8000-000000000001';

export function cohort(overrides: Partial<CohortDetailsFragment> = {}): CohortDetailsFragment & { __typename: 'Cohort' } {
  return {
    __typename: 'Cohort',
    id: COHORT_ID,
    name: 'Modellkommuner 2026 – Dalarna och Stockholm',
    status: 'PLANNED',
    version: 3,
    startDate: '2026-03-02',
    followUpDueDate: '2027-03-02',
    allowedTransitions: [],
    programme,
    processLeader: { __typename: 'User', id: 'u-pl', name: 'Processledare SKR', email: 'processledare@skr.se' },
    members: [
      member('0136', 'Haninge kommun', 'MENTEE', {
        workingGroup: [
          { __typename: 'WorkingGroupMember', id: 'w-1', name: 'Anna Andersson', title: 'Kommunstyrelsens ordförande', role: 'POLITICIAN', email: 'anna@haninge.se' },
        ],
      }),
      member('2083', 'Hedemora kommun', 'MENTOR'),
      member('0126', 'Huddinge kommun', 'MENTEE'),
    ],
    meetings: [
      {
        __typename: 'Meeting',
        id: 'meet-2',
        kind: 'GATHERING',
        title: 'Återsamling',
        startsAt: '2027-03-02T09:00:00.000Z',
        endsAt: '2027-03-02T14:00:00.000Z',
        location: 'SKR, Hornsgatan 20, Stockholm',
        notes: null,
        cancelledAt: null,
        cancelReason: null,
        version: 1,
      },
      {
        __typename: 'Meeting',
        id: 'meet-1',
        kind: 'STARTUP',
        title: 'Uppstartsmöte',
        startsAt: '2026-03-29T08:00:00.000Z',
        endsAt: '2026-03-29T10:00:00.000Z',
        location: 'https://mote.example.se/uppstart',
        notes: null,
        cancelledAt: null,
        cancelReason: null,
        version: 1,
      },
    ],
    followUpComplete: false,
    checkpoints: [{ __typename: 'Checkpoint', id: 'c-1', kind: 'ONE_YEAR', dueDate: '2027-03-02', reports: [] }],
    ...overrides,
  } as CohortDetailsFragment & { __typename: 'Cohort' };
}

export const haningeMember: TestUser = {
  __typename: 'User',
  id: '00000000-0000-4000-8000-000000000003',
  name: 'Hanna Haningesson',
  email: 'hanna@haninge.se',
  role: 'MEMBER',
  active: true,
  organization: { __typename: 'Organization', id: 'o-0136', code: '0136', name: 'Haninge kommun', kind: 'MUNICIPALITY' },
};
