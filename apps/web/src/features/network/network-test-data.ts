import municipalitiesCsv from '../../../../../libs/reference-data/src/data/municipalities.csv?raw';
import regionsCsv from '../../../../../libs/reference-data/src/data/regions.csv?raw';
import type { NetworkOverviewQuery, ReachStatus } from '../../gql/graphql';
import { NetworkOverviewQuery as NetworkOverviewDocument, NetworkProgrammesQuery } from './graphql/operations';

// Answers of the network page's queries, for the specs: every kommun and region of the reference data
// (libs/reference-data), and a small lineage —
//   Omgång Södertörn 2025 (concluded): Botkyrka → Huddinge, Haninge
//   Omgång Södertörn 2026: Huddinge → Nynäshamn
//   Omgång Dalarna 2026: Hedemora → Falun, Borlänge
//   Regioner i Mitt 2026: Region Dalarna → Region Gävleborg
// so kommuner: 3 mentors (Botkyrka, Huddinge, Hedemora), 1 completed (Haninge), 3 in a cohort, 283 not reached.

type Overview = NetworkOverviewQuery['networkOverview'];
type Reach = Overview['organizations'][number];
type Edge = Overview['lineage'][number];

export const PROGRAMME_ALL = { id: '10000000-0000-4000-8000-000000000001', name: 'Jämställd service' };
export const PROGRAMME_DALARNA = { id: '10000000-0000-4000-8000-000000000002', name: 'Jämställd styrning' };

const rows = (csv: string) =>
  csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));

export function organization(code: string) {
  const municipality = rows(municipalitiesCsv).find((r) => r[0] === code);
  const region = rows(regionsCsv).find((r) => r[0] === code);
  if (!municipality && !region) throw new Error(`no organisation ${code}`);
  return {
    __typename: 'Organization' as const,
    id: `o-${code}`,
    code,
    name: municipality ? municipality[1] : (region?.[1] ?? code),
    shortName: municipality ? municipality[2] : (region?.[1] ?? code),
    kind: municipality ? ('MUNICIPALITY' as const) : ('REGION' as const),
    countyCode: municipality ? municipality[3] : code,
  };
}

const cohort = (id: string, name: string, status: 'ACTIVE' | 'CONCLUDED' | 'PLANNED') => ({
  __typename: 'Cohort' as const,
  id: `20000000-0000-4000-8000-00000000000${id}`,
  name,
  status,
  startDate: '2025-09-01',
});

const SODERTORN_2025 = cohort('1', 'Omgång Södertörn 2025', 'CONCLUDED');
const SODERTORN_2026 = cohort('2', 'Omgång Södertörn 2026', 'ACTIVE');
const DALARNA_2026 = cohort('3', 'Omgång Dalarna 2026', 'ACTIVE');
const MITT_2026 = cohort('4', 'Regioner i Mitt 2026', 'PLANNED');

/** An organisation as a lineage edge names it: by id only (the page looks it up in the organisations). */
const byId = (code: string) => ({ __typename: 'Organization' as const, id: organization(code).id });

const edge = (mentor: string, mentee: string, c: ReturnType<typeof cohort>): Edge & { __typename: 'MentorEdge' } => ({
  __typename: 'MentorEdge',
  mentor: byId(mentor),
  mentee: byId(mentee),
  cohort: c,
});

/** Every kommun and region, with the statuses and generations given (the rest not reached). */
export function reach(statuses: Record<string, [ReachStatus, number]>): (Reach & { __typename: 'OrganizationReach' })[] {
  const codes = [...rows(municipalitiesCsv).map((r) => r[0]), ...rows(regionsCsv).map((r) => r[0])].sort();
  return codes.map((code) => ({
    __typename: 'OrganizationReach',
    status: statuses[code]?.[0] ?? 'NOT_REACHED',
    generation: statuses[code]?.[1] ?? null,
    organization: organization(code),
  }));
}

/** All programmes. */
export const OVERVIEW: Overview & { __typename: 'NetworkOverview' } = {
  __typename: 'NetworkOverview',
  municipalitiesTotal: 290,
  municipalitiesReached: 7,
  regionsTotal: 21,
  regionsReached: 2,
  mentorsEligible: 12,
  activeCohorts: 3,
  generations: 3,
  organizations: reach({
    '0127': ['MENTOR', 0],
    '0126': ['MENTOR', 1],
    '0136': ['COMPLETED', 1],
    '0192': ['IN_COHORT', 2],
    '2083': ['MENTOR', 0],
    '2080': ['IN_COHORT', 1],
    '2081': ['IN_COHORT', 1],
    '20': ['MENTOR', 0],
    '21': ['IN_COHORT', 1],
  }),
  lineage: [
    edge('0127', '0126', SODERTORN_2025),
    edge('0127', '0136', SODERTORN_2025),
    edge('0126', '0192', SODERTORN_2026),
    edge('2083', '2080', DALARNA_2026),
    edge('2083', '2081', DALARNA_2026),
    edge('20', '21', MITT_2026),
  ],
};

/** Only the Dalarna programme: Hedemora and its two mentees. */
export const OVERVIEW_DALARNA: Overview & { __typename: 'NetworkOverview' } = {
  ...OVERVIEW,
  municipalitiesReached: 3,
  regionsReached: 0,
  activeCohorts: 1,
  generations: 2,
  organizations: reach({ '2083': ['MENTOR', 0], '2080': ['IN_COHORT', 1], '2081': ['IN_COHORT', 1] }),
  lineage: [edge('2083', '2080', DALARNA_2026), edge('2083', '2081', DALARNA_2026)],
};

export const programmesMock = {
  request: { query: NetworkProgrammesQuery },
  result: {
    data: {
      programmes: [PROGRAMME_ALL, PROGRAMME_DALARNA].map((p) => ({ __typename: 'Programme' as const, ...p })),
    },
  },
};

export function overviewMock(programmeId: string | null, overview: Overview = programmeId ? OVERVIEW_DALARNA : OVERVIEW) {
  return { request: { query: NetworkOverviewDocument, variables: { programmeId } }, result: { data: { networkOverview: overview } } };
}
