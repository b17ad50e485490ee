import type { Gender } from '@modellkommuner/shared';
import type { GoalFieldsFragment, GoalIndicatorFragment, GoalOverviewQuery as GoalOverviewData, GoalsPageQuery as GoalsPageData, IndicatorProgressFieldsFragment, KoladaSyncFieldsFragment } from '../../gql/graphql';
import { GoalOverviewQuery, GoalsPageQuery } from './graphql/operations';

// Answers of the goals pages' queries, for the specs (a cohort with Hedemora as mentor and Haninge and
// Huddinge as mentees, like test/cohort-fixtures.ts).

export const GOALS_COHORT_ID = '20000000-0000-4000-8000-000000000001';
export const COHORT_NAME = 'Modellkommuner 2026 – Dalarna och Stockholm';

function organization(code: string, name: string) {
  return { __typename: 'Organization' as const, id: `o-${code}`, code, name, shortName: name.replace(/ kommun$/, '') };
}

export function goalsMember(code: string, name: string, role: 'MENTOR' | 'MENTEE', withdrawnAt: string | null = null) {
  return { __typename: 'CohortMember' as const, id: `m-${code}`, role, withdrawnAt, organization: organization(code, name) };
}

export const GOALS_MEMBERS = [goalsMember('0136', 'Haninge kommun', 'MENTEE'), goalsMember('2083', 'Hedemora kommun', 'MENTOR'), goalsMember('0126', 'Huddinge kommun', 'MENTEE')];

export function progress(overrides: Partial<IndicatorProgressFieldsFragment> = {}): IndicatorProgressFieldsFragment & { __typename: 'IndicatorProgress' } {
  return {
    __typename: 'IndicatorProgress',
    status: 'NO_DATA',
    baseline: null,
    baselinePeriod: null,
    latest: null,
    latestPeriod: null,
    target: null,
    targetPeriod: null,
    ratio: null,
    genderGap: null,
    genderGapBaseline: null,
    genderGapChange: null,
    derivedTotal: false,
    ...overrides,
  };
}

export function measurement(indicatorId: string, period: string, gender: Gender, value: number, source: 'MANUAL' | 'KOLADA' | 'IMPORT' = 'MANUAL', organizationCode = '0136') {
  return { __typename: 'Measurement' as const, id: `v-${indicatorId}-${organizationCode}-${period}-${gender}`, period, gender, value, source };
}

export function indicator(id: string, overrides: Partial<GoalIndicatorFragment> = {}): GoalIndicatorFragment {
  const measurements = overrides.measurements ?? [];
  return {
    __typename: 'Indicator',
    id,
    name: `Indikator ${id}`,
    unit: '%',
    direction: 'HIGHER_IS_BETTER',
    byGender: true,
    koladaKpiId: null,
    koladaKpiTitle: null,
    baselinePeriod: null,
    version: 1,
    valueCount: measurements.length,
    measurements,
    targets: [],
    progress: progress(),
    ...overrides,
  } as unknown as GoalIndicatorFragment;
}

export function goal(id: string, overrides: Partial<GoalFieldsFragment> = {}): GoalFieldsFragment {
  return {
    __typename: 'Goal',
    id,
    scope: 'SHARED',
    title: `Mål ${id}`,
    description: null,
    focusArea: null,
    version: 1,
    updatedAt: '2026-04-01T10:00:00.000Z',
    organization: null,
    indicators: [],
    ...overrides,
  } as unknown as GoalFieldsFragment;
}

/** The shared goal with a by-gender indicator whose gap has narrowed, Haninge's own goal without values, and Huddinge's own goal. */
export function sampleGoals(): GoalFieldsFragment[] {
  const satisfied = indicator('i-1', {
    name: 'Andel nöjda brukare',
    baselinePeriod: '2022',
    measurements: [
      measurement('i-1', '2022', 'WOMEN', 78),
      measurement('i-1', '2022', 'MEN', 81.4),
      measurement('i-1', '2022', 'TOTAL', 79.7),
      measurement('i-1', '2023', 'WOMEN', 80),
      measurement('i-1', '2023', 'MEN', 82),
    ],
    targets: [{ __typename: 'IndicatorTarget', gender: 'TOTAL', period: '2026', value: 85 }] as unknown as GoalIndicatorFragment['targets'],
    progress: progress({
      status: 'ON_TRACK',
      baseline: 79.7,
      baselinePeriod: '2022',
      latest: 81,
      latestPeriod: '2023',
      target: 85,
      targetPeriod: '2026',
      ratio: 0.245,
      genderGap: -2,
      genderGapBaseline: -3.4,
      genderGapChange: 1.4,
      derivedTotal: true,
    }),
  });
  // Other organisations' values count too in what a removal of the shared goal takes with it.
  satisfied.valueCount += 2;
  return [
    goal('g-1', { title: 'Jämställd hemtjänst', focusArea: 'Vård och omsorg', description: 'Hemtjänsten ska möta kvinnor och män lika väl.', indicators: [satisfied] }),
    goal('g-2', {
      scope: 'OWN',
      title: 'Fler kvinnor i ledningen',
      organization: { __typename: 'Organization', id: 'o-0136', code: '0136', name: 'Haninge kommun' } as GoalFieldsFragment['organization'],
      indicators: [indicator('i-2', { name: 'Andel kvinnor bland chefer', byGender: false })],
    }),
    goal('g-3', {
      scope: 'OWN',
      title: 'Huddinges eget mål',
      organization: { __typename: 'Organization', id: 'o-0126', code: '0126', name: 'Huddinge kommun' } as GoalFieldsFragment['organization'],
    }),
  ];
}

type GoalsCohort = NonNullable<GoalsPageData['cohort']>;

export function goalsCohort(overrides: Partial<GoalsCohort> = {}): GoalsCohort {
  return {
    __typename: 'Cohort',
    id: GOALS_COHORT_ID,
    name: COHORT_NAME,
    status: 'ACTIVE',
    members: GOALS_MEMBERS,
    koladaSync: null,
    goals: sampleGoals(),
    ...overrides,
  } as GoalsCohort;
}

export function koladaSync(overrides: Partial<KoladaSyncFieldsFragment> = {}): KoladaSyncFieldsFragment {
  return {
    __typename: 'KoladaSync',
    id: 'k-1',
    status: 'SUCCEEDED',
    requestedAt: '2026-05-04T08:00:00.000Z',
    finishedAt: '2026-05-04T08:01:00.000Z',
    created: 2,
    updated: 1,
    skipped: 0,
    message: null,
    problems: [],
    ...overrides,
  } as KoladaSyncFieldsFragment;
}

export function goalsPageAnswer(code: string, cohort: GoalsCohort | null, maxUsageCount = 1) {
  return {
    request: { query: GoalsPageQuery, variables: { id: GOALS_COHORT_ID, code } },
    result: { data: { cohort, vocabularies: { __typename: 'Vocabularies' as const, focusAreas: ['Vård och omsorg', 'Arbetsliv'] } } },
    maxUsageCount,
  };
}

type OverviewCohort = NonNullable<GoalOverviewData['cohort']>;
type Overview = OverviewCohort['goalOverview'];

export function overviewCohort(goalOverview: Overview, overrides: Partial<OverviewCohort> = {}): OverviewCohort {
  return {
    __typename: 'Cohort',
    id: GOALS_COHORT_ID,
    name: COHORT_NAME,
    status: 'ACTIVE',
    members: GOALS_MEMBERS.map(({ organization: { shortName: _shortName, ...org }, ...member }) => ({ ...member, organization: org })),
    goalOverview,
    ...overrides,
  } as OverviewCohort;
}

export function overviewAnswer(cohort: OverviewCohort | null) {
  return { request: { query: GoalOverviewQuery, variables: { id: GOALS_COHORT_ID } }, result: { data: { cohort } }, maxUsageCount: 2 };
}
