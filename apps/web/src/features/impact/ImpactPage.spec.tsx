import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, renderRoute } from '../../test/render';
import { ImpactOverviewQuery } from './graphql/operations';
import { ImpactPage } from './ImpactPage';
import { choicesMock, estimated, group, NO_FILTER, overview, overviewMock, PROGRAMME_STEERING, tooFew } from './impact-test-data';

function renderPage(mocks: unknown[] = [choicesMock, overviewMock()], url = '/impact', language: 'sv' | 'en' = 'sv') {
  return renderRoute({ path: '/impact', element: <ImpactPage />, url, mocks: mocks as never, language });
}

const card = (kpi: string) => {
  const article = document.querySelector<HTMLElement>(`article[data-kpi="${kpi}"]`);
  if (!article) throw new Error(`no card for ${kpi}`);
  return article;
};

// The chart library loads with the first chart (its own chunk): the first test that draws one waits for it.
describe('ImpactPage', { timeout: 20_000 }, () => {
  it('shows an estimated key figure: the reading, the difference with its interval and both groups, the chart and its table', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Effekter' })).toBeInTheDocument();
    const article = await screen.findByRole('article', { name: 'Andel med eftergymnasial utbildning, 25–64 år (Kolada N00945)' });
    const own = within(article);
    expect(own.getByText('Skattad')).toBeVisible();
    expect(own.getByText(/^Skillnaden mellan kvinnor och män förändrades med −3,2 hos deltagarna/)).toHaveAttribute('lang', 'sv');
    const figures = article.querySelector('dl.impact-figures') as HTMLElement;
    const value = (term: string) => within(figures).getByText(term).nextElementSibling?.textContent;
    expect(value('Skillnad i förändring')).toBe('−3,3 (95 % intervall −4,1 till −2,4)');
    expect(value('Deltagarnas förändring')).toBe('−3,2');
    expect(value('Övrigas förändring')).toBe('+0,1');
    expect(value('Deltagare')).toBe('6 organisationer');
    expect(value('Jämförelsegrupp')).toBe('270 kommuner och regioner');
    // Participants left out are said, not hidden.
    expect(own.getByText('1 deltagare saknar värde hos Kolada året före start eller uppföljningsåret och räknas inte.')).toBeVisible();

    // The chart (its own chunk): both lines named at their ends, no legend; a zero line.
    const chart = await own.findByRole('figure', { name: 'Skillnaden kvinnor − män år för år, deltagare och övriga' });
    await waitFor(() => expect(chart.querySelectorAll('.impact-chart__line-label')).toHaveLength(2));
    expect([...chart.querySelectorAll('.impact-chart__line-label')].map((label) => label.textContent)).toEqual(['Deltagare', 'Övriga']);
    expect(chart).toHaveAccessibleDescription(
      /^Deltagare: \+10,1 året före start och \+6,9 uppföljningsåret\. Övriga: \+10,2 och \+10,3 samma år\./,
    );
    expect(within(chart).getByText('Ingen skillnad')).toBeInTheDocument();
    // Not by colour alone: one line solid with circles, the other dashed with squares.
    const lines = [...chart.querySelectorAll('.recharts-line-curve')];
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => line.getAttribute('stroke-dasharray') ?? 'none')).toEqual(['none', '8 5']);
    expect(chart.querySelectorAll('.impact-chart__point--circle')).toHaveLength(5);
    expect(chart.querySelectorAll('.impact-chart__point--square')).toHaveLength(5);

    // The table alternative: the same values, the years in words, and how many organisations are behind each.
    const table = own.getByRole('table', { name: 'Skillnaden kvinnor − män år för år: Andel med eftergymnasial utbildning, 25–64 år' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Tre år före start', '+10,4', '6', '+10,1', '270'],
      ['Två år före start', '+10,2', '6', '+10,0', '270'],
      ['Året före start (utgångsläge)', '+10,1', '6', '+10,2', '270'],
      ['Startåret', '+8,5', '6', '+10,2', '270'],
      ['Uppföljningsåret', '+6,9', '6', '+10,3', '270'],
    ]);
  });

  it('says for too few organisations and for a key figure without a split why there is no chart, with the counts', async () => {
    renderPage();
    const few = within(await screen.findByRole('article', { name: 'Sjukfrånvaro bland anställda (Kolada U00405)' }));
    expect(few.getByText('För få organisationer för att säga något')).toBeVisible();
    expect(
      few.getByText(
        'Inget diagram: 2 deltagare har värden både året före start och uppföljningsåret, och jämförelsegruppen har 264 kommuner och regioner med värden samma år. Minst 5 behövs i varje grupp.',
      ),
    ).toBeVisible();
    expect(few.getByText('3 deltagare väntar på uppföljningsårets siffror från Kolada och räknas inte än.')).toBeVisible();
    expect(few.getByText('1 deltagare saknar värde hos Kolada året före start eller uppföljningsåret och räknas inte.')).toBeVisible();
    expect(few.queryByRole('figure')).not.toBeInTheDocument();
    expect(few.queryByRole('table')).not.toBeInTheDocument();

    // A key figure without a title is named by its id; without a split there is nothing to draw.
    const split = within(card('N07403'));
    expect(split.getByRole('heading', { level: 3 })).toHaveTextContent('Nyckeltal N07403 (Kolada N07403)');
    expect(split.getByText('Nyckeltalet är inte uppdelat på kön')).toBeVisible();
    expect(split.getByText('Inget diagram: Kolada redovisar inte nyckeltalet uppdelat på kvinnor och män.')).toBeVisible();
    expect(split.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('leaves a year out of the lines and says so in the table when a group is too small that year', async () => {
    const series = estimated().series.map((point) =>
      point.offset === -3 ? { ...point, participantGap: null, participantCount: 3, comparisonGap: null, comparisonCount: 0 } : point,
    );
    renderPage([choicesMock, overviewMock(NO_FILTER, overview({ keyFigures: [estimated({ series })] }))]);
    const table = await screen.findByRole('table', { name: /^Skillnaden kvinnor − män år för år:/ });
    const first = within(table).getAllByRole('row')[1];
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['–för få värden', '3', '–för få värden', '0']);
    expect(within(first).getAllByText('för få värden')[0]).toHaveClass('visually-hidden');
    // The lines have no point there: a gap, never a value made up.
    const chart = await screen.findByRole('figure', { name: /^Skillnaden kvinnor − män år för år/ });
    await waitFor(() => expect(chart.querySelectorAll('.impact-chart__point--circle')).toHaveLength(4));
    expect(chart.querySelectorAll('.impact-chart__point--square')).toHaveLength(4);
  });

  it('shows goal outcomes by focus area and programme with counts and shares, and holds back small groups in words', async () => {
    renderPage();
    const section = within(await screen.findByRole('region', { name: 'Måluppfyllelse i godkända uppföljningar' }));
    expect(section.getByText('Alla mål: 20 mål från 14 organisationer.')).toBeVisible();
    const focus = section.getByRole('table', { name: 'Måluppfyllelse per fokusområde' });
    expect(
      within(focus)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Fokusområde', 'Organisationer', 'Uppnått', 'Delvis uppnått', 'Inte uppnått', 'Pågår', 'Mål', 'Fördelning']);
    const rowOf = (name: string) => within(focus).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(
      within(rowOf('Brukardelaktighet och återkoppling'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['8', '6 (60 %)', '3 (30 %)', '1 (10 %)', '0 (0 %)', '10', '']);
    // The bar is decoration beside the numbers.
    expect(rowOf('Brukardelaktighet och återkoppling').querySelector('.impact-bar')).toHaveAttribute('aria-hidden', 'true');
    // Held back: the reason, and no number of any outcome.
    const small = rowOf('Medhandläggarskap');
    expect(
      within(small)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['För få organisationer (färre än 5) — visas inte', '', '', '', '', '', '']);
    expect(small.querySelector('.impact-bar')).toBeNull();
    expect(within(rowOf('Systematisk ärendehandledning')).getAllByRole('cell')[0]).toHaveTextContent(
      'Hålls inne så att en mindre grupp inte kan räknas fram — visas inte',
    );
    const programme = section.getByRole('table', { name: 'Måluppfyllelse per program' });
    expect(within(programme).getByRole('rowheader', { name: 'Jämställd service' })).toBeInTheDocument();
  });

  it('says when there is nothing to count yet', async () => {
    renderPage([
      choicesMock,
      overviewMock(
        NO_FILTER,
        overview({
          keyFigures: [],
          participantsTotal: 0,
          dataUpdatedAt: null,
          goalOutcomeTotal: group('ALL', 'Alla mål', 0, null),
          goalOutcomesByFocusArea: [],
          goalOutcomesByProgramme: [],
        }),
      ),
    ]);
    expect(
      await screen.findByText(
        'Inga nyckeltal att visa: ingen omgång inom avgränsningen har kopplat ett Kolada-nyckeltal till sina indikatorer.',
      ),
    ).toBeVisible();
    expect(screen.getByText('Inga godkända uppföljningar med bedömda mål ännu.')).toBeVisible();
    expect(screen.getByText(/Jämförelsedata har ännu inte hämtats från Kolada\./)).toBeVisible();
  });

  it('explains the method with the numbers used, when the data was fetched, and offers the files', async () => {
    renderPage();
    const method = within(await screen.findByRole('region', { name: 'Så räknar vi' }));
    expect(method.getByText(/1 000 gånger/)).toBeVisible();
    expect(method.getByText(/minst 5 organisationer/)).toBeVisible();
    expect(method.getByText(/samband, inte att metoden är orsaken/)).toBeVisible();
    expect(method.getByText(/Källa: Kolada \(RKA\)\. Jämförelsedata hämtades senast .*2026/)).toBeVisible();

    const files = within(screen.getByRole('region', { name: 'Öppna data' }));
    const csv = files.getByRole('link', { name: 'Ladda ner CSV: Effekter: skillnader mellan kvinnor och män hos deltagare och övriga' });
    expect(csv).toHaveAttribute('href', '/open-data/impact-key-figures.csv');
    expect(csv).toHaveAttribute('download');
    expect(files.getByRole('link', { name: 'Ladda ner JSON: Måluppfyllelse i godkända uppföljningar' })).toHaveAttribute(
      'href',
      '/open-data/goal-outcomes.json',
    );
    expect(files.getAllByRole('link', { name: /^Ladda ner/ })).toHaveLength(6);
    expect(files.getByRole('link', { name: 'Alla öppna data, licensen och datakatalogen' })).toHaveAttribute('href', '/oppna-data');
  });

  it('puts each filter into the URL and shows the figures for it', async () => {
    const user = userEvent.setup();
    const steering = overview({ participantsTotal: 4, keyFigures: [tooFew()] });
    const { router } = renderPage([
      choicesMock,
      overviewMock(),
      overviewMock({ ...NO_FILTER, programmeId: PROGRAMME_STEERING.id }, steering),
      overviewMock({ programmeId: PROGRAMME_STEERING.id, focusArea: 'Medhandläggarskap', generation: null }, steering),
      overviewMock({ programmeId: PROGRAMME_STEERING.id, focusArea: 'Medhandläggarskap', generation: 2 }, overview({ keyFigures: [] })),
      overviewMock(),
    ]);
    await screen.findByRole('article', { name: /Kolada N00945/ });
    expect(await screen.findByText('Siffrorna gäller alla program, alla fokusområden och alla generationer.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Program'), 'Jämställd styrning');
    await waitFor(() => expect(router.state.location.search).toBe(`?programme=${PROGRAMME_STEERING.id}`));
    expect(await screen.findByText('Siffrorna gäller Jämställd styrning, alla fokusområden och alla generationer.')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /Kolada N00945/ })).not.toBeInTheDocument();
    expect(screen.getByText(/^Deltagare med kopplade nyckeltal: 4\./)).toBeVisible();

    await user.selectOptions(screen.getByLabelText('Fokusområde'), 'Medhandläggarskap');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('focusArea')).toBe('Medhandläggarskap'));
    await screen.findByText('Siffrorna gäller Jämställd styrning, Medhandläggarskap och alla generationer.');

    await user.selectOptions(screen.getByLabelText(/^Generation/), 'Generation 2');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('generation')).toBe('2'));
    expect(await screen.findByText(/^Inga nyckeltal att visa/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Visa alla igen' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('article', { name: /Kolada N00945/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Visa alla igen' })).not.toBeInTheDocument();
  });

  it('keeps the first of two choices made in quick succession', async () => {
    const { router } = renderPage([
      choicesMock,
      overviewMock(),
      overviewMock({ ...NO_FILTER, programmeId: PROGRAMME_STEERING.id }),
      overviewMock({ programmeId: PROGRAMME_STEERING.id, focusArea: 'Medhandläggarskap', generation: null }),
    ]);
    await screen.findByRole('article', { name: /Kolada N00945/ });
    await screen.findByRole('option', { name: 'Jämställd styrning' });
    // The second change comes before the first one's navigation has rendered (one act: no render between).
    act(() => {
      fireEvent.change(screen.getByLabelText('Program'), { target: { value: PROGRAMME_STEERING.id } });
      fireEvent.change(screen.getByLabelText('Fokusområde'), { target: { value: 'Medhandläggarskap' } });
    });
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        programme: PROGRAMME_STEERING.id,
        focusArea: 'Medhandläggarskap',
      }),
    );
    expect(await screen.findByText('Siffrorna gäller Jämställd styrning, Medhandläggarskap och alla generationer.')).toBeInTheDocument();
  });

  it('reads the filters from a shared link', async () => {
    renderPage(
      [
        choicesMock,
        overviewMock(
          { programmeId: PROGRAMME_STEERING.id, focusArea: 'Medhandläggarskap', generation: 1 },
          overview({ keyFigures: [tooFew()] }),
        ),
      ],
      `/impact?programme=${PROGRAMME_STEERING.id}&focusArea=Medhandl%C3%A4ggarskap&generation=1`,
    );
    await screen.findByRole('article', { name: /Kolada U00405/ });
    expect(screen.getByLabelText('Program')).toHaveValue(PROGRAMME_STEERING.id);
    expect(screen.getByLabelText('Fokusområde')).toHaveValue('Medhandläggarskap');
    expect(screen.getByLabelText(/^Generation/)).toHaveValue('1');
  });

  it('says what went wrong when the figures cannot be read, and keeps the filters', async () => {
    const failing = {
      request: { query: ImpactOverviewQuery, variables: { filter: { ...NO_FILTER, generation: 7 } } },
      result: { errors: [graphQLError('BAD_USER_INPUT', 'Generationen finns inte.')] },
    };
    renderPage([choicesMock, failing], '/impact?generation=7');
    expect(await screen.findByRole('alert')).toHaveTextContent('Generationen finns inte.');
    expect(screen.getByLabelText(/^Generation/)).toHaveValue('7');
    expect(screen.queryByRole('region', { name: 'Nyckeltal från Kolada' })).not.toBeInTheDocument();
  });

  it('reads Swedish content as Swedish in the English interface', async () => {
    renderPage([choicesMock, overviewMock()], '/impact', 'en');
    const article = await screen.findByRole('article', { name: /Kolada N00945/ });
    expect(within(article).getByText('Estimated')).toBeVisible();
    expect(within(article).getByText('Andel med eftergymnasial utbildning, 25–64 år')).toHaveAttribute('lang', 'sv');
    expect(within(article).getByText(/^Skillnaden mellan kvinnor och män/)).toHaveAttribute('lang', 'sv');
    const figures = within(article).getByText('Difference in change').closest('div') as HTMLElement;
    expect(figures).toHaveTextContent('−3.3 (95 % interval −4.1 to −2.4)');
  });
});
