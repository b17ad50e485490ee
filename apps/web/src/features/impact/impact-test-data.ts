import type { ImpactOverviewQuery } from '../../gql/graphql';
import { ImpactFilterChoicesQuery, ImpactOverviewQuery as ImpactOverviewDocument } from './graphql/operations';

// Answers of the impact page's queries, for the specs: one key figure of each status, goal outcomes with a
// group held back for too few organisations and one held back so that it cannot be worked out.

type Overview = ImpactOverviewQuery['impactOverview'];
type KeyFigure = Overview['keyFigures'][number];
type Group = Overview['goalOutcomeTotal'];

export const PROGRAMME_SERVICE = {
  __typename: 'Programme' as const,
  id: '10000000-0000-4000-8000-000000000001',
  name: 'Jämställd service',
};
export const PROGRAMME_STEERING = {
  __typename: 'Programme' as const,
  id: '10000000-0000-4000-8000-000000000002',
  name: 'Jämställd styrning',
};
export const FOCUS_AREAS = ['Brukardelaktighet och återkoppling', 'Medhandläggarskap'];

export const choicesMock = {
  request: { query: ImpactFilterChoicesQuery },
  result: {
    data: {
      programmes: [PROGRAMME_SERVICE, PROGRAMME_STEERING],
      vocabularies: { __typename: 'Vocabularies' as const, focusAreas: FOCUS_AREAS },
    },
  },
};

const point = (
  offset: number,
  participantGap: number | null,
  participantCount: number,
  comparisonGap: number | null,
  comparisonCount: number,
) => ({
  __typename: 'ImpactPoint' as const,
  offset,
  participantGap,
  participantCount,
  comparisonGap,
  comparisonCount,
});

export function estimated(overrides: Partial<KeyFigure> = {}): KeyFigure & { __typename: 'ImpactKeyFigure' } {
  return {
    __typename: 'ImpactKeyFigure',
    kpiId: 'N00945',
    title: 'Andel med eftergymnasial utbildning, 25–64 år',
    status: 'ESTIMATED',
    sentence:
      'Skillnaden mellan kvinnor och män förändrades med −3,2 hos deltagarna och +0,1 hos övriga, en skillnad på −3,3 (95 % intervall −4,1 till −2,4). Intervallet utesluter noll: förändringen skiljer sig mellan grupperna.',
    participants: 6,
    comparison: 270,
    awaitingData: 0,
    missingData: 1,
    participantChange: -3.2,
    comparisonChange: 0.1,
    difference: -3.3,
    lower: -4.12,
    upper: -2.41,
    series: [
      point(-3, 10.4, 6, 10.1, 270),
      point(-2, 10.2, 6, 10, 270),
      point(-1, 10.1, 6, 10.2, 270),
      point(0, 8.5, 6, 10.2, 270),
      point(1, 6.9, 6, 10.3, 270),
    ],
    ...overrides,
  };
}

export function tooFew(overrides: Partial<KeyFigure> = {}): KeyFigure & { __typename: 'ImpactKeyFigure' } {
  return {
    __typename: 'ImpactKeyFigure',
    kpiId: 'U00405',
    title: 'Sjukfrånvaro bland anställda',
    status: 'TOO_FEW',
    sentence: 'För få organisationer har värden för att säga något (minst 5 i varje grupp behövs).',
    participants: 2,
    comparison: 264,
    awaitingData: 3,
    missingData: 1,
    participantChange: null,
    comparisonChange: null,
    difference: null,
    lower: null,
    upper: null,
    series: [],
    ...overrides,
  };
}

export function noGenderSplit(): KeyFigure & { __typename: 'ImpactKeyFigure' } {
  return {
    ...tooFew(),
    kpiId: 'N07403',
    title: null,
    status: 'NO_GENDER_SPLIT',
    sentence: 'Kolada redovisar inte nyckeltalet uppdelat på kvinnor och män, så det finns ingen skillnad att följa.',
    participants: 0,
    comparison: 0,
    awaitingData: 0,
    missingData: 0,
  };
}

export function group(
  key: string,
  label: string,
  organizations: number,
  counts: [number, number, number, number] | null,
): Group & { __typename: 'GoalOutcomeGroup' } {
  return {
    __typename: 'GoalOutcomeGroup',
    key,
    label,
    organizations,
    suppressed: counts === null,
    achieved: counts?.[0] ?? null,
    partlyAchieved: counts?.[1] ?? null,
    notAchieved: counts?.[2] ?? null,
    ongoing: counts?.[3] ?? null,
    total: counts ? counts.reduce((a, b) => a + b, 0) : null,
  };
}

export function overview(overrides: Partial<Overview> = {}): Overview & { __typename: 'ImpactOverview' } {
  return {
    __typename: 'ImpactOverview',
    minGroupSize: 5,
    confidenceLevel: 0.95,
    bootstrapReplicates: 1000,
    participantsTotal: 9,
    comparisonTotal: 280,
    generations: [1, 2],
    dataUpdatedAt: '2026-05-04T03:15:00.000Z',
    keyFigures: [estimated(), tooFew(), noGenderSplit()],
    goalOutcomeTotal: group('ALL', 'Alla mål', 14, [12, 5, 2, 1]),
    goalOutcomesByFocusArea: [
      group('Brukardelaktighet och återkoppling', 'Brukardelaktighet och återkoppling', 8, [6, 3, 1, 0]),
      // Too few organisations of its own, and the next smallest held back with it (secondary suppression).
      group('Medhandläggarskap', 'Medhandläggarskap', 2, null),
      group('Systematisk ärendehandledning', 'Systematisk ärendehandledning', 6, null),
    ],
    goalOutcomesByProgramme: [group(PROGRAMME_SERVICE.id, PROGRAMME_SERVICE.name, 14, [12, 5, 2, 1])],
    ...overrides,
  };
}

export const NO_FILTER = { programmeId: null, focusArea: null, generation: null };

export function overviewMock(
  filter: { programmeId: string | null; focusArea: string | null; generation: number | null } = NO_FILTER,
  answer = overview(),
) {
  return {
    request: { query: ImpactOverviewDocument, variables: { filter } },
    result: { data: { impactOverview: answer } },
  };
}
