import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { haningeMember } from '../../test/cohort-fixtures';
import { graphQLError, hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { goalsCohort, goalsPageAnswer, GOALS_COHORT_ID, indicator, koladaSync, measurement, sampleGoals } from './goal-test-data';
import { GoalsPage } from './GoalsPage';
import {
  ClearMeasurementsMutation,
  CreateGoalMutation,
  GoalsPageQuery,
  KoladaKpiQuery,
  KoladaSyncQuery,
  RecordMeasurementsMutation,
  RequestKoladaSyncMutation,
  SetTargetsMutation,
  UpdateGoalMutation,
} from './graphql/operations';

type Mocks = Parameters<typeof renderRoute>[0]['mocks'];
type User = Parameters<typeof renderRoute>[0]['user'];

function renderGoals(user: User, code: string, mocks: Mocks) {
  return renderRoute({ path: '/cohorts/:id/goals/:code', element: <GoalsPage />, url: `/cohorts/${GOALS_COHORT_ID}/goals/${code}`, user, mocks });
}

/** The section of an indicator, found by its heading (h3). */
function indicatorSection(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name }).closest('article') as HTMLElement;
}

/** The values part of an indicator: its heading, error summary, confirmation and grid. */
function valuesOf(name: string): HTMLElement {
  return within(indicatorSection(name)).getByRole('heading', { level: 4, name: 'Värden för Haninge kommun' }).closest('.indicator__part') as HTMLElement;
}

// A whole page with a chart and a grid per indicator, typed into by keyboard: more than the default 5 s on a loaded machine.
describe('GoalsPage', { timeout: 20_000 }, () => {
  it('shows a member its own organisation’s goals with the forms it may use: its own goal, values and targets, not the shared goal', async () => {
    renderGoals(haningeMember, '0136', [goalsPageAnswer('0136', goalsCohort())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mål och indikatorer – Haninge kommun' })).toBeInTheDocument();

    // The shared goal and Haninge's own, not Huddinge's (goalConcerns); each with its scope in words.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Jämställd hemtjänst', 'Fler kvinnor i ledningen', 'Nytt mål']);
    expect(screen.queryByText('Huddinges eget mål')).not.toBeInTheDocument();
    expect(screen.getByText('Gemensamt mål')).toBeVisible();
    expect(screen.getByText('Eget mål')).toBeVisible();

    // Only the own goal is the member's to change (mayEditGoal); both goals' values and targets are Haninge's to record.
    const editButtons = screen.getAllByRole('button', { name: /^Ändra målet/ });
    expect(editButtons).toHaveLength(1);
    expect(editButtons[0]).toHaveAccessibleName('Ändra målet Fler kvinnor i ledningen');
    expect(screen.getAllByRole('button', { name: /^Lägg till indikator/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Spara värden' })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Spara målvärden' })).toHaveLength(2);
    expect(within(valuesOf('Andel nöjda brukare')).getByRole('textbox', { name: 'Kvinnor 2022' })).toHaveValue('78');

    // A new goal is an own goal for a member: the form says so instead of asking.
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till mål' }));
    expect(screen.getByText('Målet blir ett eget mål för Haninge kommun.')).toBeVisible();
    expect(screen.queryByRole('radio', { name: /Gemensamt mål/ })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/^Rubrik/)).toHaveFocus());
    expect(screen.getByRole('combobox', { name: 'Fokusområde' })).toBeInTheDocument();

    expect(screen.getByRole('link', { name: /Ladda ner CSV/ })).toHaveAttribute('href', `/exports/cohorts/${GOALS_COHORT_ID}/organizations/0136/measurements.csv`);
    expect(screen.getByRole('link', { name: /Ladda ner CSV/ })).toHaveAttribute('download');
  });

  it('lets the mentor read a mentee’s page without any form', async () => {
    renderGoals(hedemoraMember, '0136', [goalsPageAnswer('0136', goalsCohort())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mål och indikatorer – Haninge kommun' })).toBeInTheDocument();
    expect(screen.getByText(/Du läser Haninge kommuns mål och värden/)).toBeVisible();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(document.querySelectorAll('form')).toHaveLength(0);
    for (const name of [/^Ändra målet/, /^Ta bort målet/, /^Lägg till indikator/, /^Ändra indikatorn/, 'Lägg till mål', 'Spara värden', 'Spara målvärden']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    // The values and targets, read: the grid as text, the target in words.
    expect(within(valuesOf('Andel nöjda brukare')).getByRole('cell', { name: '81,4' })).toBeInTheDocument();
    expect(within(indicatorSection('Andel nöjda brukare')).getByText('85 % till 2026', { exact: false })).toBeVisible();
  });

  it('saves a value typed the Swedish way as a number: "81,2" is sent as 81.2, then the page is read again', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    const after = sampleGoals();
    const satisfied = after[0].indicators[0];
    after[0] = {
      ...after[0],
      indicators: [
        { ...satisfied, measurements: [...satisfied.measurements, measurement('i-1', '2023', 'TOTAL', 81.2)], progress: { ...satisfied.progress, latest: 81.2, derivedTotal: false } },
      ],
    };
    renderGoals(haningeMember, '0136', [
      goalsPageAnswer('0136', goalsCohort()),
      goalsPageAnswer('0136', goalsCohort({ goals: after })),
      {
        request: {
          query: RecordMeasurementsMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { recordMeasurements: [{ __typename: 'Measurement', id: 'v-i-1-0136-2023-TOTAL', period: '2023', gender: 'TOTAL', value: 81.2, source: 'MANUAL' }] } },
      },
    ]);
    await screen.findByRole('heading', { level: 3, name: 'Andel nöjda brukare' });
    const values = valuesOf('Andel nöjda brukare');
    await user.type(within(values).getByRole('textbox', { name: 'Totalt 2023' }), '81,2');
    await user.click(within(values).getByRole('button', { name: 'Spara värden' }));

    const confirmation = await within(values).findByRole('status', { name: 'Värdena för Andel nöjda brukare är sparade.' });
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(sent).toEqual([{ input: { indicatorId: 'i-1', organizationCode: '0136', values: [{ period: '2023', gender: 'TOTAL', value: 81.2 }] } }]);
    // The page is read again: progress shows the value saved.
    const progressPart = within(indicatorSection('Andel nöjda brukare')).getByRole('heading', { level: 4, name: 'Läge för Haninge kommun' }).closest('.indicator__part') as HTMLElement;
    expect(progressPart).toHaveTextContent('79,7 % (2022) → till 81,2 % (2023)');
  });

  it('clears an emptied cell with clearMeasurements (missing again, never 0), and records nothing', async () => {
    const user = userEvent.setup();
    const cleared: Record<string, unknown>[] = [];
    const recorded: Record<string, unknown>[] = [];
    renderGoals(haningeMember, '0136', [
      goalsPageAnswer('0136', goalsCohort(), 2),
      {
        request: {
          query: ClearMeasurementsMutation,
          variables: (variables: Record<string, unknown>) => {
            cleared.push(variables);
            return true;
          },
        },
        result: { data: { clearMeasurements: 1 } },
      },
      {
        request: {
          query: RecordMeasurementsMutation,
          variables: (variables: Record<string, unknown>) => {
            recorded.push(variables);
            return true;
          },
        },
        result: { data: { recordMeasurements: [] } },
      },
    ]);
    await screen.findByRole('heading', { level: 3, name: 'Andel nöjda brukare' });
    const values = valuesOf('Andel nöjda brukare');
    await user.clear(within(values).getByRole('textbox', { name: 'Kvinnor 2022' }));
    await user.click(within(values).getByRole('button', { name: 'Spara värden' }));

    expect(await within(values).findByRole('status', { name: 'Värdena för Andel nöjda brukare är sparade.' })).toBeInTheDocument();
    expect(cleared).toEqual([{ indicatorId: 'i-1', organizationCode: '0136', cells: [{ period: '2022', gender: 'WOMEN' }] }]);
    expect(recorded).toEqual([]);
  });

  it('moves focus to the error summary when the API refuses the values (BAD_USER_INPUT), and marks the cell it names', async () => {
    const user = userEvent.setup();
    const message = 'Värdet måste vara ett tal (högst 10^12 till beloppet).';
    renderGoals(haningeMember, '0136', [
      goalsPageAnswer('0136', goalsCohort()),
      {
        request: { query: RecordMeasurementsMutation, variables: () => true },
        result: { errors: [graphQLError('BAD_USER_INPUT', message, { fields: [{ field: 'values.0.value', message }] })] },
      },
    ]);
    await screen.findByRole('heading', { level: 3, name: 'Andel nöjda brukare' });
    const values = valuesOf('Andel nöjda brukare');
    const cell = within(values).getByRole('textbox', { name: 'Män 2023' });
    await user.clear(cell);
    await user.type(cell, '12');
    await user.click(within(values).getByRole('button', { name: 'Spara värden' }));

    const summary = await waitFor(() => {
      const element = values.querySelector<HTMLElement>('.error-summary');
      expect(element).not.toBeNull();
      return element as HTMLElement;
    });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByText(message)).toBeVisible();
    expect(within(values).getByRole('textbox', { name: 'Män 2023' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(values).getByRole('textbox', { name: 'Män 2023' })).toHaveAccessibleDescription(message);
  });

  it('shows missing progress as "–" with "saknas", never 0', async () => {
    renderGoals(haningeMember, '0136', [goalsPageAnswer('0136', goalsCohort())]);
    await screen.findByRole('heading', { level: 3, name: 'Andel kvinnor bland chefer' });
    const section = within(indicatorSection('Andel kvinnor bland chefer')).getByRole('heading', { level: 4, name: 'Läge för Haninge kommun' }).closest('.indicator__part') as HTMLElement;
    expect(within(section).getByText('Inga värden')).toBeVisible();
    // Baseline, latest, target and the share of the way: each missing, none of them a number.
    expect(within(section).getAllByText('saknas')).toHaveLength(4);
    expect(within(section).getAllByText('–')).toHaveLength(4);
    expect(section.textContent).not.toMatch(/\d/);
  });

  it('says how the gap between women and men has moved, as prominently as the values', async () => {
    renderGoals(haningeMember, '0136', [goalsPageAnswer('0136', goalsCohort())]);
    await screen.findByRole('heading', { level: 3, name: 'Andel nöjda brukare' });
    const section = within(indicatorSection('Andel nöjda brukare')).getByRole('heading', { level: 4, name: 'Läge för Haninge kommun' }).closest('.indicator__part') as HTMLElement;
    expect(within(section).getByText('På väg')).toBeVisible();
    expect(within(section).getByText('Skillnad kvinnor − män').nextElementSibling).toHaveTextContent(
      '−2 procentenheter (basperioden: −3,4 procentenheter), förändring +1,4 procentenheter',
    );
    expect(within(section).getByText('Skillnaden mellan kvinnor och män har minskat med 1,4 procentenheter.')).toBeVisible();
    expect(within(section).getByText('25 %')).toBeVisible();
  });

  it('says when the gap has widened', async () => {
    const goals = sampleGoals();
    const shared = goals[0];
    goals[0] = { ...shared, indicators: [{ ...shared.indicators[0], progress: { ...shared.indicators[0].progress, genderGap: -4, genderGapBaseline: -3.4, genderGapChange: -0.6 } }] };
    renderGoals(haningeMember, '0136', [goalsPageAnswer('0136', goalsCohort({ goals }))]);
    expect(await screen.findByText('Skillnaden mellan kvinnor och män har ökat med 0,6 procentenheter.')).toBeVisible();
  });

  it('asks before removing a goal, saying how many indicators and values go with it', async () => {
    const user = userEvent.setup();
    renderGoals(processLeader, '0136', [goalsPageAnswer('0136', goalsCohort())]);
    await user.click(await screen.findByRole('button', { name: 'Ta bort målet Jämställd hemtjänst' }));
    expect(screen.getByRole('group', { name: /^Vill du ta bort målet Jämställd hemtjänst\?/ })).toHaveAccessibleName(
      'Vill du ta bort målet Jämställd hemtjänst? Dess indikator tas bort med det. 7 värden tas bort (alla organisationers). Det går inte att ångra.',
    );
    expect(screen.getByRole('button', { name: 'Ja, ta bort målet' })).toHaveFocus();
  });

  it('offers the process leader both scopes for a new goal', async () => {
    const user = userEvent.setup();
    renderGoals(processLeader, '0136', [goalsPageAnswer('0136', goalsCohort())]);
    await user.click(await screen.findByRole('button', { name: 'Lägg till mål' }));
    expect(screen.getByRole('radio', { name: /^Gemensamt mål/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Eget mål/ })).not.toBeChecked();
  });

  it('shows the latest fetch from Kolada, its problems behind a disclosure', async () => {
    const goals = sampleGoals();
    goals[1] = { ...goals[1], indicators: [indicator('i-2', { name: 'Andel kvinnor bland chefer', byGender: false, koladaKpiId: 'N00945', koladaKpiTitle: 'Kvinnor bland chefer, andel (%)' })] };
    const sync = koladaSync({ problems: ['2023, kvinnor: det inmatade värdet 81,2 behölls (Kolada har 80).'] });
    renderGoals(haningeMember, '0136', [goalsPageAnswer('0136', goalsCohort({ goals, koladaSync: sync }), 2)]);
    expect(await screen.findByRole('button', { name: 'Hämta från Kolada' })).toBeInTheDocument();
    expect(screen.getByText('Klar: 2 nya, 1 ändrade, 0 överhoppade')).toBeVisible();
    expect(screen.getByText('1 anmärkning')).toBeInTheDocument();
    expect(screen.getByText('N00945', { exact: false })).toHaveTextContent('N00945 – Kvinnor bland chefer, andel (%)');
  });

  it('asks Kolada for the cohort’s values and says the fetch is queued', async () => {
    const user = userEvent.setup();
    const goals = sampleGoals();
    goals[1] = { ...goals[1], indicators: [indicator('i-2', { name: 'Andel kvinnor bland chefer', byGender: false, koladaKpiId: 'N00945' })] };
    const requested: Record<string, unknown>[] = [];
    const syncAnswer = (status: 'QUEUED' | 'RUNNING') => ({
      request: { query: KoladaSyncQuery, variables: { id: GOALS_COHORT_ID } },
      result: { data: { cohort: { __typename: 'Cohort', id: GOALS_COHORT_ID, koladaSync: koladaSync({ id: 'k-2', status, finishedAt: null, created: 0, updated: 0 }) } } },
    });
    renderGoals(haningeMember, '0136', [
      goalsPageAnswer('0136', goalsCohort({ goals })),
      {
        request: {
          query: RequestKoladaSyncMutation,
          variables: (variables: Record<string, unknown>) => {
            requested.push(variables);
            return true;
          },
        },
        result: { data: { requestKoladaSync: true } },
      },
      syncAnswer('QUEUED'),
      // Read again every few seconds while it is under way.
      { ...syncAnswer('RUNNING'), maxUsageCount: 10 },
    ]);
    expect(await screen.findByText('Inget har hämtats från Kolada än.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Hämta från Kolada' }));
    expect(await screen.findByText('Köad')).toBeVisible();
    expect(requested).toEqual([{ cohortId: GOALS_COHORT_ID }]);
    expect(screen.getByRole('button', { name: 'Hämtar från Kolada…' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('has no Kolada button when no indicator is linked', async () => {
    renderGoals(haningeMember, '0136', [goalsPageAnswer('0136', goalsCohort())]);
    await screen.findByRole('heading', { level: 1, name: 'Mål och indikatorer – Haninge kommun' });
    expect(screen.queryByRole('button', { name: 'Hämta från Kolada' })).not.toBeInTheDocument();
  });

  it('asks before leaving with values typed but not saved', async () => {
    const user = userEvent.setup();
    renderGoals(haningeMember, '0136', [goalsPageAnswer('0136', goalsCohort())]);
    await screen.findByRole('heading', { level: 3, name: 'Andel nöjda brukare' });
    await user.type(within(valuesOf('Andel nöjda brukare')).getByRole('textbox', { name: 'Totalt 2023' }), '80');
    await user.click(screen.getByRole('link', { name: 'Till omgången' }));
    expect(await screen.findByText('Du har osparade ändringar. Lämna sidan ändå?')).toBeInTheDocument();
  });

  it('adds an own goal: problems first at the field, then the API, then a confirmation that links to the goal', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    const goals = sampleGoals();
    const added = { ...goals[1], id: 'g-9', title: 'Samverkan med civilsamhället', indicators: [] };
    renderGoals(haningeMember, '0136', [
      goalsPageAnswer('0136', goalsCohort()),
      {
        request: {
          query: CreateGoalMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { createGoal: { __typename: 'Goal', id: 'g-9', title: 'Samverkan med civilsamhället', scope: 'OWN', version: 1 } } },
      },
      goalsPageAnswer('0136', goalsCohort({ goals: [...goals, added] })),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Lägg till mål' }));
    const title = screen.getByLabelText(/^Rubrik/);
    await user.click(screen.getByRole('button', { name: 'Lägg till målet' }));
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Ge målet en rubrik.'));
    expect(sent).toEqual([]);

    await user.type(title, 'Samverkan med civilsamhället');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fokusområde' }), 'Arbetsliv');
    await user.click(screen.getByRole('button', { name: 'Lägg till målet' }));
    const confirmation = await screen.findByRole('status', { name: 'Målet Samverkan med civilsamhället är tillagt.' });
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(within(confirmation).getByRole('link', { name: 'Gå till målet Samverkan med civilsamhället' })).toHaveAttribute('href', '#goal-g-9');
    expect(sent).toEqual([
      { input: { cohortId: GOALS_COHORT_ID, scope: 'OWN', organizationCode: '0136', title: 'Samverkan med civilsamhället', description: null, focusArea: 'Arbetsliv' } },
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Samverkan med civilsamhället' })).toBeInTheDocument();
  });

  it('keeps what was typed when someone else saved the goal first, and offers the newer version', async () => {
    const user = userEvent.setup();
    const stale = 'Målet har ändrats sedan du läste det. Ladda om och försök igen.';
    const sent: Record<string, unknown>[] = [];
    const newer = sampleGoals();
    newer[1] = { ...newer[1], title: 'Fler kvinnor i kommunens ledning', version: 2, updatedAt: '2026-05-02T08:30:00.000Z' };
    renderGoals(haningeMember, '0136', [
      goalsPageAnswer('0136', goalsCohort()),
      {
        request: {
          query: UpdateGoalMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { errors: [graphQLError('CONFLICT', stale, { currentVersion: 2 })] },
      },
      { request: { query: GoalsPageQuery, variables: { id: GOALS_COHORT_ID, code: '0136' } }, result: goalsPageAnswer('0136', goalsCohort({ goals: newer })).result },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Ändra målet Fler kvinnor i ledningen' }));
    const title = screen.getByLabelText(/^Rubrik/);
    await waitFor(() => expect(title).toHaveFocus());
    await user.clear(title);
    await user.type(title, 'Kvinnor och män i ledningen');
    await user.click(screen.getByRole('button', { name: 'Spara målet' }));

    expect(await screen.findByText(stale)).toBeVisible();
    expect(sent[0]).toMatchObject({ id: 'g-2', version: 1, input: { title: 'Kvinnor och män i ledningen' } });
    await user.click(screen.getByRole('button', { name: 'Hämta den senaste versionen' }));
    const notice = await screen.findByRole('region', { name: 'Någon annan har sparat målet' });
    expect(within(notice).getByText('Fler kvinnor i kommunens ledning')).toBeVisible();
    // Fetching the newer goal changes nothing in the form.
    expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('Kvinnor och män i ledningen');
  });

  it('saves the targets typed per gender with setTargets', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    renderGoals(haningeMember, '0136', [
      goalsPageAnswer('0136', goalsCohort(), 2),
      {
        request: {
          query: SetTargetsMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { setTargets: { __typename: 'Indicator', id: 'i-1' } } },
      },
    ]);
    await screen.findByRole('heading', { level: 3, name: 'Andel nöjda brukare' });
    const targets = within(indicatorSection('Andel nöjda brukare')).getByRole('heading', { level: 4, name: 'Målvärden för Haninge kommun' }).closest('.indicator__part') as HTMLElement;
    expect(within(targets).getByLabelText('Målvärde, totalt (%)')).toHaveValue('85');
    await user.type(within(targets).getByLabelText('Målvärde, kvinnor (%)'), '84,5');
    await user.click(within(targets).getByRole('button', { name: 'Spara målvärden' }));
    // A value without its period is asked about before anything is sent.
    const period = within(targets).getByLabelText('Ska nås till, kvinnor');
    await waitFor(() => expect(period).toHaveFocus());
    expect(sent).toEqual([]);
    await user.type(period, '2026');
    await user.click(within(targets).getByRole('button', { name: 'Spara målvärden' }));
    expect(await within(targets).findByRole('status', { name: 'Målvärdena för Andel nöjda brukare är sparade.' })).toBeInTheDocument();
    expect(sent).toEqual([
      {
        indicatorId: 'i-1',
        targets: [
          { organizationCode: '0136', gender: 'WOMEN', value: 84.5, period: '2026' },
          { organizationCode: '0136', gender: 'TOTAL', value: 85, period: '2026' },
        ],
      },
    ]);
  });

  it('looks up a Kolada id’s title once a whole id is typed', async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    renderGoals(haningeMember, '0136', [
      goalsPageAnswer('0136', goalsCohort()),
      {
        request: {
          query: KoladaKpiQuery,
          variables: (variables: Record<string, unknown>) => {
            asked.push(String(variables.id));
            return true;
          },
        },
        result: { data: { koladaKpi: { __typename: 'KoladaKpi', id: 'N00945', title: 'Kvinnor bland chefer, andel (%)' } } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Lägg till indikator under målet Fler kvinnor i ledningen' }));
    await user.type(screen.getByLabelText('Kolada-id'), 'n0094');
    expect(asked).toEqual([]);
    await user.type(screen.getByLabelText('Kolada-id'), '5');
    expect(await screen.findByText('I Kolada: Kvinnor bland chefer, andel (%)')).toBeVisible();
    expect(asked).toEqual(['N00945']);
  });

  it('says why nothing can be changed once the cohort has concluded, while values can still be entered', async () => {
    renderGoals(haningeMember, '0136', [goalsPageAnswer('0136', goalsCohort({ status: 'CONCLUDED' }))]);
    expect(await screen.findByText(/Omgången har avslutats: målen och indikatorerna ändras inte längre/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Ändra målet/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lägg till mål' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Spara värden' })).toHaveLength(2);
  });

  it('is not found for an outsider (the API answers null)', async () => {
    renderGoals(haningeMember, '0136', [goalsPageAnswer('0136', null)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
  });

  it('is not found for an organisation that is not in the cohort', async () => {
    renderGoals(processLeader, '0180', [goalsPageAnswer('0180', goalsCohort())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
  });
});
