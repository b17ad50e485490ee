import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { haningeMember } from '../../test/cohort-fixtures';
import { hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { GOALS_COHORT_ID, overviewAnswer, overviewCohort, progress } from './goal-test-data';
import { GoalOverviewPage } from './GoalOverviewPage';

type User = Parameters<typeof renderRoute>[0]['user'];

const INDICATORS = [
  {
    __typename: 'Indicator' as const,
    id: 'i-1',
    name: 'Andel nöjda brukare',
    unit: '%',
    direction: 'HIGHER_IS_BETTER' as const,
    byGender: true,
    goal: { __typename: 'Goal' as const, id: 'g-1', title: 'Jämställd hemtjänst' },
  },
  {
    __typename: 'Indicator' as const,
    id: 'i-3',
    name: 'Väntetid till hemtjänst',
    unit: 'dagar',
    direction: 'LOWER_IS_BETTER' as const,
    byGender: false,
    goal: { __typename: 'Goal' as const, id: 'g-1', title: 'Jämställd hemtjänst' },
  },
];

function row(code: string, name: string, role: 'MENTOR' | 'MENTEE', cells: [ReturnType<typeof progress>, ReturnType<typeof progress>]) {
  return {
    __typename: 'OverviewRow' as const,
    role,
    organization: { __typename: 'Organization' as const, id: `o-${code}`, code, name },
    cells: cells.map((cell, index) => ({ __typename: 'OverviewCell' as const, indicatorId: INDICATORS[index].id, progress: cell })),
  };
}

/** No shared indicators yet. */
const EMPTY = { __typename: 'GoalOverview', indicators: [], rows: [] } as unknown as Parameters<typeof overviewCohort>[0];

const OVERVIEW = {
  __typename: 'GoalOverview' as const,
  indicators: INDICATORS,
  rows: [
    row('2083', 'Hedemora kommun', 'MENTOR', [
      progress({ status: 'ACHIEVED', latest: 90.5, latestPeriod: '2024', genderGap: -2.1, genderGapBaseline: -3.4, genderGapChange: 1.3 }),
      progress({ status: 'ON_TRACK', latest: 12, latestPeriod: '2024-H1' }),
    ]),
    row('0136', 'Haninge kommun', 'MENTEE', [
      progress({ status: 'AT_RISK', latest: 81, latestPeriod: '2023', genderGap: 3, genderGapBaseline: 2.5, genderGapChange: 0.5 }),
      progress(),
    ]),
  ],
};

function renderOverview(user: User, cohort: ReturnType<typeof overviewCohort> | null) {
  return renderRoute({ path: '/cohorts/:id/overview', element: <GoalOverviewPage />, url: `/cohorts/${GOALS_COHORT_ID}/overview`, user, mocks: [overviewAnswer(cohort)] });
}

describe('GoalOverviewPage', { timeout: 20_000 }, () => {
  it('shows every member (the mentor first, marked) × the shared indicators: status, latest value and the gap with its change', async () => {
    renderOverview(haningeMember, overviewCohort(OVERVIEW));
    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt: mål och indikatorer' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Läget på de gemensamma indikatorerna/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Organisation', 'Andel nöjda brukare (%)', 'Väntetid till hemtjänst (dagar)']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Hedemora kommun (mentor)', 'Haninge kommun']);

    const [mentor, haninge] = rows.map((r) => within(r).getAllByRole('cell')) as [HTMLElement[], HTMLElement[]];
    expect(mentor[0]).toHaveTextContent('Uppnått');
    expect(mentor[0]).toHaveTextContent('90,5 % (2024)');
    // The arrow is decoration (aria-hidden): the words say which way the gap went.
    expect(mentor[0]).toHaveTextContent('Kvinnor − män: −2,1 (↓ minskat med 1,3)');
    expect(within(mentor[0]).getByText('↓', { exact: false })).toHaveAttribute('aria-hidden', 'true');
    expect(mentor[1]).toHaveTextContent('På väg');
    expect(mentor[1]).toHaveTextContent('12 dagar (2024 halvår 1)');
    // Not by gender: no gap at all.
    expect(mentor[1]).not.toHaveTextContent('Kvinnor − män');
    expect(haninge[0]).toHaveTextContent('Riskerar att inte nås');
    expect(haninge[0]).toHaveTextContent('Kvinnor − män: 3 (↑ ökat med 0,5)');
    // Missing stays missing: a dash, "saknas" to screen readers, never 0.
    expect(haninge[1]).toHaveTextContent('Inga värden');
    expect(within(haninge[1]).getByText('saknas')).toBeInTheDocument();
    expect(haninge[1].textContent).not.toMatch(/\d/);
  });

  it('links each organisation to its goals page, and to the cohort’s CSV', async () => {
    renderOverview(haningeMember, overviewCohort(OVERVIEW));
    expect(await screen.findByRole('link', { name: 'Hedemora kommun' })).toHaveAttribute('href', `/cohorts/${GOALS_COHORT_ID}/goals/2083`);
    expect(screen.getByRole('link', { name: 'Haninge kommun' })).toHaveAttribute('href', `/cohorts/${GOALS_COHORT_ID}/goals/0136`);
    const csv = screen.getByRole('link', { name: /Ladda ner CSV/ });
    expect(csv).toHaveAttribute('href', `/exports/cohorts/${GOALS_COHORT_ID}/measurements.csv`);
    expect(csv).toHaveAttribute('download');
    expect(screen.getByRole('link', { name: 'Till omgången' })).toHaveAttribute('href', `/cohorts/${GOALS_COHORT_ID}`);
  });

  it('labels each cell with its indicator, for the card each organisation becomes on a phone (DataTable.css)', async () => {
    renderOverview(haningeMember, overviewCohort(OVERVIEW));
    const table = await screen.findByRole('table');
    const cells = within(within(table).getAllByRole('row')[1]).getAllByRole('cell');
    expect(cells.map((cell) => cell.getAttribute('data-label'))).toEqual(['Andel nöjda brukare (%)', 'Väntetid till hemtjänst (dagar)']);
  });

  it('says when there are no shared indicators, and links the mentor to its page to set them', async () => {
    renderOverview(hedemoraMember, overviewCohort(EMPTY));
    expect(await screen.findByText('Omgången har inga gemensamma indikatorer än.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sätt omgångens gemensamma mål' })).toHaveAttribute('href', `/cohorts/${GOALS_COHORT_ID}/goals/2083`);
  });

  it('links a process leader to the mentor’s page to set shared goals, and a mentee nowhere', async () => {
    const empty = overviewCohort(EMPTY);
    const { unmount } = renderOverview(processLeader, empty);
    expect(await screen.findByRole('link', { name: 'Sätt omgångens gemensamma mål' })).toHaveAttribute('href', `/cohorts/${GOALS_COHORT_ID}/goals/2083`);
    unmount();
    renderOverview(haningeMember, empty);
    expect(await screen.findByText('Omgången har inga gemensamma indikatorer än.')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Sätt omgångens gemensamma mål' })).not.toBeInTheDocument();
  });

  it('is not found when the API answers null', async () => {
    renderOverview(haningeMember, null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
  });
});
