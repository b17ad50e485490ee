import type {
  FollowUpReportDetailsFragment,
  FollowUpReportsQuery,
  IndicatorProgressFieldsFragment,
  ReportPageQuery,
} from '../../gql/graphql';
import { FollowUpReportsQuery as FollowUpReportsDocument, ReportPageQuery as ReportPageDocument, ReportQuery } from './graphql/operations';

// Answers of the follow-up pages' queries, for the specs: a cohort with Hedemora as mentor and Haninge and
// Huddinge as mentees (as test/cohort-fixtures.ts), its one-year checkpoint, a shared goal with an indicator
// by gender and Haninge's own goal without indicators.

export const CHECKPOINT_ID = '30000000-0000-4000-8000-000000000001';
export const COHORT_ID = '20000000-0000-4000-8000-000000000001';
export const COHORT_NAME = 'Modellkommuner 2026 – Dalarna och Stockholm';
export const REPORT_ID = '40000000-0000-4000-8000-000000000001';

type Checkpoint = NonNullable<ReportPageQuery['checkpoint']>;
type Report = FollowUpReportDetailsFragment;

function organization(code: string, name: string) {
  return { __typename: 'Organization' as const, id: `o-${code}`, code, name, shortName: name.replace(/ kommun$/, '') };
}

function member(code: string, name: string, role: 'MENTOR' | 'MENTEE') {
  return { __typename: 'CohortMember' as const, id: `m-${code}`, role, withdrawnAt: null, organization: organization(code, name) };
}

export function progress(
  overrides: Partial<IndicatorProgressFieldsFragment> = {},
): IndicatorProgressFieldsFragment & { __typename: 'IndicatorProgress' } {
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

const satisfiedProgress = progress({
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
});

function measurement(period: string, gender: 'WOMEN' | 'MEN' | 'TOTAL', value: number) {
  return { __typename: 'Measurement' as const, id: `v-i-1-${period}-${gender}`, period, gender, value };
}

export function reportCheckpoint(
  reports: { id: string; status: Report['status']; version: number; code: string }[] = [],
  cohortStatus: Checkpoint['cohort']['status'] = 'FOLLOW_UP',
): Checkpoint {
  return {
    __typename: 'Checkpoint',
    id: CHECKPOINT_ID,
    kind: 'ONE_YEAR',
    dueDate: '2027-03-02',
    cohort: {
      __typename: 'Cohort',
      id: COHORT_ID,
      name: COHORT_NAME,
      status: cohortStatus,
      startDate: '2026-03-02',
      followUpDueDate: '2027-03-02',
      members: [
        member('0136', 'Haninge kommun', 'MENTEE'),
        member('2083', 'Hedemora kommun', 'MENTOR'),
        member('0126', 'Huddinge kommun', 'MENTEE'),
      ],
      goals: [
        {
          __typename: 'Goal',
          id: 'g-1',
          title: 'Jämställd hemtjänst',
          scope: 'SHARED',
          organization: null,
          indicators: [
            {
              __typename: 'Indicator',
              id: 'i-1',
              name: 'Andel nöjda brukare',
              unit: '%',
              direction: 'HIGHER_IS_BETTER',
              byGender: true,
              baselinePeriod: '2022',
              progress: satisfiedProgress,
              measurements: [
                measurement('2022', 'WOMEN', 78),
                measurement('2022', 'MEN', 81.4),
                measurement('2023', 'WOMEN', 80),
                measurement('2023', 'MEN', 82),
              ],
            },
          ],
        },
        {
          __typename: 'Goal',
          id: 'g-2',
          title: 'Fler kvinnor i ledningen',
          scope: 'OWN',
          organization: { __typename: 'Organization', id: 'o-0136', code: '0136' },
          indicators: [],
        },
        {
          __typename: 'Goal',
          id: 'g-3',
          title: 'Huddinges eget mål',
          scope: 'OWN',
          organization: { __typename: 'Organization', id: 'o-0126', code: '0126' },
          indicators: [],
        },
      ],
    },
    reports: reports.map(({ id, status, version, code }) => ({
      __typename: 'FollowUpReport',
      id,
      status,
      version,
      organization: { __typename: 'Organization', id: `o-${code}`, code },
    })),
  } as unknown as Checkpoint;
}

export function reportPageAnswer(code: string, checkpoint: Checkpoint | null, maxUsageCount = 5) {
  return {
    request: { query: ReportPageDocument, variables: { checkpointId: CHECKPOINT_ID, code } },
    result: { data: { checkpoint } },
    maxUsageCount,
  };
}

/** A snapshot as the API stores it at submission: the shared goal's indicator with its values by gender. */
export function snapshot(): NonNullable<Report['snapshot']> {
  return {
    __typename: 'ReportSnapshot',
    takenAt: '2027-02-20T10:00:00.000Z',
    indicators: [
      {
        __typename: 'SnapshotIndicator',
        goalId: 'g-1',
        goalTitle: 'Jämställd hemtjänst',
        name: 'Andel nöjda brukare',
        unit: '%',
        direction: 'HIGHER_IS_BETTER',
        byGender: true,
        baselinePeriod: '2022',
        progress: satisfiedProgress,
        progressByGender: [
          {
            __typename: 'GenderProgress',
            gender: 'WOMEN',
            progress: {
              __typename: 'IndicatorProgress',
              status: 'ON_TRACK',
              baseline: 78,
              baselinePeriod: '2022',
              latest: 80,
              latestPeriod: '2023',
            },
          },
          {
            __typename: 'GenderProgress',
            gender: 'MEN',
            progress: {
              __typename: 'IndicatorProgress',
              status: 'ON_TRACK',
              baseline: 81.4,
              baselinePeriod: '2022',
              latest: 82,
              latestPeriod: '2023',
            },
          },
        ],
        values: [
          { __typename: 'SnapshotValue', period: '2022', gender: 'WOMEN', value: 78 },
          { __typename: 'SnapshotValue', period: '2022', gender: 'MEN', value: 81.4 },
          { __typename: 'SnapshotValue', period: '2023', gender: 'WOMEN', value: 80 },
          { __typename: 'SnapshotValue', period: '2023', gender: 'MEN', value: 82 },
        ],
        targets: [{ __typename: 'SnapshotTarget', gender: 'WOMEN', period: '2026', value: 85 }],
      },
    ],
  } as unknown as NonNullable<Report['snapshot']>;
}

export function report(overrides: Partial<Report> = {}): Report {
  return {
    __typename: 'FollowUpReport',
    id: REPORT_ID,
    status: 'DRAFT',
    version: 3,
    summary: 'Hemtjänsten har kartlagt insatserna per kön.',
    whatWorked: 'Könsuppdelad statistik i varje nämnd.',
    challenges: null,
    nextSteps: null,
    submittedAt: null,
    updatedAt: '2027-02-01T10:00:00.000Z',
    organization: { __typename: 'Organization', id: 'o-0136', code: '0136' },
    goalAssessments: [
      {
        __typename: 'GoalAssessment',
        status: 'PARTLY_ACHIEVED',
        comment: 'Kvinnorna är fortfarande mindre nöjda.',
        goal: { __typename: 'Goal', id: 'g-1' },
      },
    ],
    reviews: [],
    snapshot: null,
    ...overrides,
  } as unknown as Report;
}

/** A report that is handed in, with both goals assessed and its snapshot. */
export function submittedReport(overrides: Partial<Report> = {}): Report {
  return report({
    status: 'SUBMITTED',
    version: 4,
    submittedAt: '2027-02-20T10:00:00.000Z',
    goalAssessments: [
      {
        __typename: 'GoalAssessment',
        status: 'PARTLY_ACHIEVED',
        comment: 'Kvinnorna är fortfarande mindre nöjda.',
        goal: { __typename: 'Goal', id: 'g-1' },
      },
      { __typename: 'GoalAssessment', status: 'ACHIEVED', comment: null, goal: { __typename: 'Goal', id: 'g-2' } },
    ] as unknown as Report['goalAssessments'],
    snapshot: snapshot(),
    ...overrides,
  });
}

export function reportAnswer(details: Report | null, maxUsageCount = 5) {
  return {
    request: { query: ReportQuery, variables: { id: details?.id ?? REPORT_ID } },
    result: { data: { followUpReport: details } },
    maxUsageCount,
  };
}

/** The page's two answers for a report that exists: the checkpoint listing it, and the report itself. */
export function reportMocks(code: string, details: Report, cohortStatus: Checkpoint['cohort']['status'] = 'FOLLOW_UP') {
  return [
    reportPageAnswer(
      code,
      reportCheckpoint(
        [{ id: details.id, status: details.status, version: details.version, code: details.organization.code }],
        cohortStatus,
      ),
    ),
    reportAnswer(details),
  ];
}

type Row = FollowUpReportsQuery['followUpReports'][number];

export function followUpRow(code: string, name: string, overrides: Partial<Row> = {}): Row {
  return {
    __typename: 'FollowUpReportRow',
    dueDate: '2027-03-02',
    daysOverdue: null,
    status: null,
    role: 'MENTEE',
    checkpoint: { __typename: 'Checkpoint', id: CHECKPOINT_ID, kind: 'ONE_YEAR' },
    cohort: { __typename: 'Cohort', id: COHORT_ID, name: COHORT_NAME },
    organization: { __typename: 'Organization', id: `o-${code}`, code, name },
    ...overrides,
  } as unknown as Row;
}

export function followUpReportsAnswer(rows: Row[]) {
  return { request: { query: FollowUpReportsDocument, variables: {} }, result: { data: { followUpReports: rows } }, maxUsageCount: 5 };
}
