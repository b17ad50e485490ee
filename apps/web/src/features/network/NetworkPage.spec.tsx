import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render';
import { setViewportWidth } from '../../test/viewport';
import { NetworkPage } from './NetworkPage';
import { overviewMock, PROGRAMME_DALARNA, programmesMock } from './network-test-data';
import outlines from './outlines.generated.json';
import { forgetOutlines, type Outlines } from './outlines';

// The outlines are a separate asset the page fetches: each test answers that fetch itself.
let answerOutlines: (ok: boolean) => void = () => undefined;
const fetchMock = vi.fn(
  (url: string) =>
    new Promise<{ ok: boolean; status: number; json: () => Promise<Outlines> }>((resolve) => {
      answerOutlines = (ok) => resolve({ ok, status: ok ? 200 : 503, json: () => Promise.resolve(outlines as unknown as Outlines) });
      void url;
    }),
);

beforeEach(() => {
  forgetOutlines();
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPage(mocks = [programmesMock, overviewMock(null)], url = '/network') {
  return renderRoute({ path: '/network', element: <NetworkPage />, url, mocks });
}

async function outlinesArrive(ok = true) {
  await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
  await act(async () => {
    answerOutlines(ok);
    await Promise.resolve();
  });
}

const mapSvg = () => screen.getByRole('group', { name: /^Sveriges (kommuner|regioner) efter/ });
const shapes = () => mapSvg().querySelectorAll('path[data-code]');
const currentLine = () => screen.getByTestId('reach-map-current');
const legendCount = (status: string) =>
  within(screen.getByRole('list', { name: /^Teckenförklaring/ }))
    .getByText(status, { selector: 'strong' })
    .closest('li')
    ?.querySelector('.reach-legend__count')?.textContent;
const table = () => screen.getByRole('table', { name: 'Kommuner och regioner: län, status och generation' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);

describe('NetworkPage', () => {
  it('shows the figures and the table at once, and the map when its outlines arrive', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Nätverket' })).toBeInTheDocument();
    expect(await screen.findByText('7 av 290 kommuner')).toBeVisible();
    expect(screen.getByText('2 av 21 regioner')).toBeVisible();
    expect(screen.getByText('(2 %)')).toBeVisible();
    const figures = screen.getByRole('region', { name: 'Så långt har metoden nått' });
    expect(within(figures).getByText('Möjliga mentorer').nextElementSibling).toHaveTextContent('12');
    expect(within(figures).getByText('Pågående omgångar').nextElementSibling).toHaveTextContent('3');
    expect(within(figures).getByText('Generationer i mentorskedjan').nextElementSibling).toHaveTextContent('3');
    // The table is there before the map: every kommun and region, the first 50 of them drawn.
    expect(screen.getByRole('heading', { level: 3, name: '311 organisationer' })).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByText('Kartan laddas …')).toBeVisible();
    expect(screen.queryByRole('group', { name: /^Sveriges kommuner/ })).not.toBeInTheDocument();
    // One fetch, of the hashed asset's URL.
    expect(String(fetchMock.mock.calls[0]?.[0])).toMatch(/outlines\.generated.*\.json/);

    await outlinesArrive();
    expect(shapes()).toHaveLength(290);
    for (const shape of shapes()) expect(shape.getAttribute('d')).toMatch(/^M\d/);
    expect(screen.queryByText('Kartan laddas …')).not.toBeInTheDocument();
    const botkyrka = mapSvg().querySelector('path[data-code="0127"]');
    expect(botkyrka).toHaveAccessibleName('Botkyrka kommun — Mentor (generation 0)');
    expect(botkyrka).toHaveAttribute('data-status', 'MENTOR');
  });

  it('says when the outlines could not be read; the table still holds everything', async () => {
    renderPage();
    await outlinesArrive(false);
    expect(await screen.findByText('Kartan kunde inte laddas. Samma uppgifter finns i tabellen nedan.')).toBeVisible();
    expect(bodyRows()).toHaveLength(50);
  });

  it('counts each status in the legend as the table does, in words and patterns', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByText('7 av 290 kommuner');
    expect(legendCount('Mentor')).toBe('3 kommuner');
    expect(legendCount('Har genomfört')).toBe('1 kommun');
    expect(legendCount('I en omgång')).toBe('3 kommuner');
    expect(legendCount('Inte nådd')).toBe('283 kommuner');
    // Each swatch is drawn with its status's pattern.
    const patterns = [...document.querySelectorAll('.reach-legend__swatch pattern')].map((p) => p.innerHTML);
    expect(new Set(patterns).size).toBe(4);

    // The form is drawn afresh from the URL after each "Filtrera".
    const form = () => screen.getByRole('search', { name: 'Filtrera tabellen' });
    await user.selectOptions(within(form()).getByLabelText('Typ'), 'Kommuner');
    for (const [value, label] of [
      ['MENTOR', 'Mentor'],
      ['COMPLETED', 'Har genomfört'],
      ['IN_COHORT', 'I en omgång'],
    ] as const) {
      await user.selectOptions(within(form()).getByLabelText('Status'), value);
      await user.click(within(form()).getByRole('button', { name: 'Filtrera' }));
      await waitFor(() => expect(`${bodyRows().length} ${bodyRows().length === 1 ? 'kommun' : 'kommuner'}`).toBe(legendCount(label)));
      expect(bodyRows().every((row) => within(row).getAllByRole('cell')[1].textContent === label)).toBe(true);
    }
    // After "Filtrera" focus is on the results heading, which says the count.
    expect(screen.getByRole('heading', { level: 3, name: '3 organisationer' })).toHaveFocus();
  });

  it('is read by keyboard: one tab stop into the map, the arrow keys in name order, the line below says what is focused', async () => {
    const user = userEvent.setup();
    renderPage();
    await outlinesArrive();
    expect(currentLine()).toHaveTextContent('Peka på eller tabba till en kommun eller region');
    // One tab stop: the first kommun by name.
    const tabbable = [...shapes()].filter((shape) => shape.getAttribute('tabindex') === '0');
    expect(tabbable.map((shape) => shape.getAttribute('data-code'))).toEqual(['1440']);

    screen.getByLabelText('Visa län').focus();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Ale kommun — Inte nådd');
    expect(currentLine()).toHaveTextContent('Ale kommun — Inte nådd');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Alingsås kommun — Inte nådd');
    expect(currentLine()).toHaveTextContent('Alingsås kommun — Inte nådd');
    await user.keyboard('{End}');
    expect(currentLine()).toHaveTextContent('Övertorneå kommun — Inte nådd');
    await user.keyboard('{ArrowDown}');
    expect(currentLine()).toHaveTextContent('Övertorneå kommun — Inte nådd');
    await user.keyboard('{Home}{ArrowUp}');
    expect(currentLine()).toHaveTextContent('Ale kommun — Inte nådd');
    // The focused shape is drawn again on top, highlighted.
    expect(mapSvg().querySelector('.reach-map__highlight path')?.getAttribute('d')).toBe(document.activeElement?.getAttribute('d'));
    // Leaving the map and coming back returns to the same kommun: still one tab stop.
    await user.keyboard('{ArrowRight}');
    await user.tab();
    await user.tab({ shift: true });
    expect(document.activeElement).toHaveAccessibleName('Alingsås kommun — Inte nådd');
  });

  it('zooms to a län: the view fits it, the arrow keys stay in it, the legend counts it', async () => {
    const user = userEvent.setup();
    renderPage();
    await outlinesArrive();
    const whole = mapSvg().getAttribute('viewBox');
    await user.selectOptions(screen.getByLabelText('Visa län'), 'Dalarnas län');
    const [x, y, width, height] = (mapSvg().getAttribute('viewBox') ?? '').split(' ').map(Number);
    const [x0, y0, x1, y1] = outlines.counties.find((c) => c.code === '20')?.bbox ?? [];
    // The län's box, with a little room around it.
    expect(x).toBeLessThanOrEqual(x0);
    expect(y).toBeLessThanOrEqual(y0);
    expect(x + width).toBeGreaterThanOrEqual(x1);
    expect(y + height).toBeGreaterThanOrEqual(y1);
    expect(width).toBeLessThan((x1 - x0) * 1.2);
    expect(screen.getByRole('heading', { name: 'Teckenförklaring, Dalarnas län' })).toBeInTheDocument();
    expect(legendCount('Mentor')).toBe('1 kommun');
    expect(legendCount('I en omgång')).toBe('2 kommuner');
    expect(legendCount('Inte nådd')).toBe('12 kommuner');
    // Only Dalarna's 15 kommuner are named and reachable; the rest are faded context.
    const named = [...shapes()].filter((shape) => shape.getAttribute('role') === 'img');
    expect(named).toHaveLength(15);
    expect(shapes()).toHaveLength(290);
    screen.getByLabelText('Visa län').focus();
    await user.tab();
    expect(currentLine()).toHaveTextContent('Avesta kommun — Inte nådd');
    await user.keyboard('{End}');
    expect(currentLine()).toHaveTextContent('Älvdalens kommun — Inte nådd');
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}');
    expect(currentLine()).toHaveTextContent('Falu kommun — I en omgång (generation 1)');

    await user.selectOptions(screen.getByLabelText('Visa län'), 'Hela Sverige');
    expect(mapSvg().getAttribute('viewBox')).toBe(whole);
  });

  it('draws the 21 regions on the other map', async () => {
    const user = userEvent.setup();
    renderPage();
    await outlinesArrive();
    await user.click(screen.getByRole('radio', { name: 'Regioner' }));
    expect(screen.getByRole('group', { name: 'Sveriges regioner efter hur långt metoden har nått' })).toBeInTheDocument();
    expect(shapes()).toHaveLength(21);
    expect(mapSvg().querySelector('path[data-code="20"]')).toHaveAccessibleName('Region Dalarna — Mentor (generation 0)');
    expect(legendCount('Mentor')).toBe('1 region');
    expect(legendCount('Inte nådd')).toBe('19 regioner');
  });

  it('narrows the figures to a programme, and says so', async () => {
    const user = userEvent.setup();
    const { router } = renderPage([programmesMock, overviewMock(null), overviewMock(PROGRAMME_DALARNA.id)]);
    await screen.findByText('7 av 290 kommuner');
    expect(await screen.findByText('Siffrorna gäller alla program.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Program'), PROGRAMME_DALARNA.name);
    expect(await screen.findByText('3 av 290 kommuner')).toBeVisible();
    expect(screen.getByText('0 av 21 regioner')).toBeVisible();
    expect(await screen.findByText(`Siffrorna gäller ${PROGRAMME_DALARNA.name}.`)).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?programme=${PROGRAMME_DALARNA.id}`);
    expect(legendCount('Mentor')).toBe('1 kommun');
  });

  it('sorts by a column with the header’s button; aria-sort says the order', async () => {
    const user = userEvent.setup();
    const { router } = renderPage();
    await screen.findByText('7 av 290 kommuner');
    const header = (name: string) => within(table()).getByRole('columnheader', { name });
    expect(header('Organisation')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Status')).toHaveAttribute('aria-sort', 'none');
    expect(within(bodyRows()[0]).getByRole('rowheader')).toHaveTextContent('Ale kommun');

    const button = within(header('Status')).getByRole('button', { name: 'Status' });
    await user.click(button);
    await user.click(within(header('Status')).getByRole('button', { name: 'Status' }));
    expect(header('Status')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Organisation')).toHaveAttribute('aria-sort', 'none');
    expect(
      bodyRows()
        .slice(0, 4)
        .map((row) => within(row).getByRole('rowheader').textContent),
    ).toEqual(['Botkyrka kommun', 'Hedemora kommun', 'Huddinge kommun', 'Region Dalarna']);
    expect(within(header('Status')).getByRole('button')).toHaveFocus();
    expect(router.state.location.search).toBe('?sort=status&order=desc');
  });

  it('on a phone, where the headers are hidden, sorts from the filters instead', async () => {
    const viewport = setViewportWidth(390);
    try {
      const user = userEvent.setup();
      renderPage();
      await screen.findByText('7 av 290 kommuner');
      expect(within(table()).queryAllByRole('button')).toHaveLength(0);
      const form = screen.getByRole('search', { name: 'Filtrera tabellen' });
      await user.selectOptions(within(form).getByLabelText('Sortera efter'), 'Generation, stigande');
      await user.click(within(form).getByRole('button', { name: 'Filtrera' }));
      await waitFor(() => expect(within(bodyRows()[0]).getByRole('rowheader')).toHaveTextContent('Botkyrka kommun'));
    } finally {
      viewport.restore();
    }
  });

  it('shows the lineage as a graph the keyboard can read, and as a list by generation', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByText('7 av 290 kommuner');
    const lineage = screen.getByRole('region', { name: 'Mentorskedjan' });
    const graph = within(lineage).getByRole('group', { name: /^Mentorskedjan som graf/ });
    const nodes = within(graph).getAllByRole('img');
    expect(nodes).toHaveLength(9);
    expect(
      within(graph).getByRole('img', { name: 'Huddinge kommun, generation 1, mentor: Botkyrka kommun (Omgång Södertörn 2025)' }),
    ).toBeInTheDocument();
    expect(within(graph).getByRole('img', { name: 'Botkyrka kommun, generation 0, grundande mentor' })).toHaveAttribute('tabindex', '0');
    expect(graph.querySelectorAll('.lineage-graph__link')).toHaveLength(6);

    within(graph)
      .getByRole('img', { name: /^Botkyrka kommun/ })
      .focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Haninge kommun, generation 1, mentor: Botkyrka kommun (Omgång Södertörn 2025)');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/^Huddinge kommun, generation 1/);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Nynäshamns kommun, generation 2, mentor: Huddinge kommun (Omgång Södertörn 2026)');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toHaveAccessibleName(/^Botkyrka kommun/);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^Region Dalarna/);

    const items = within(lineage)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toContain('Huddinge kommun — mentor: Botkyrka kommun i omgången Omgång Södertörn 2025');
    expect(items).toContain('Botkyrka kommun — grundande mentor');
    expect(within(lineage).getByRole('heading', { level: 4, name: 'Generation 2 (1 organisation)' })).toBeInTheDocument();
    expect(
      within(lineage).getByRole('heading', { level: 4, name: 'Generation 0 (grundande mentor) (3 organisationer)' }),
    ).toBeInTheDocument();
  });

  it('draws the first 50 rows, and all of them on request, with focus on the first one added; new filters start over', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByText('7 av 290 kommuner');
    expect(screen.getByText('Visar de 50 första av 311.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Visa alla 311' }));
    expect(bodyRows()).toHaveLength(311);
    expect(within(bodyRows()[50]).getByRole('rowheader')).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Visa alla/ })).not.toBeInTheDocument();
    // Another order keeps them all; other filters start from the first 50 again.
    await user.click(within(table()).getByRole('button', { name: 'Län' }));
    expect(bodyRows()).toHaveLength(311);
    const form = screen.getByRole('search', { name: 'Filtrera tabellen' });
    await user.selectOptions(within(form).getByLabelText('Typ'), 'Kommuner');
    await user.click(within(form).getByRole('button', { name: 'Filtrera' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    expect(screen.getByRole('button', { name: 'Visa alla 290' })).toBeInTheDocument();
  });

  it('moves focus to the table with the skip link before the map', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByText('7 av 290 kommuner');
    await user.click(screen.getByRole('link', { name: 'Hoppa till tabellen' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Kommuner och regioner i en tabell' })).toHaveFocus();
  });

  it('keeps the lineage’s cohort names Swedish in the English interface', async () => {
    renderRoute({
      path: '/network',
      element: <NetworkPage />,
      url: '/network',
      mocks: [programmesMock, overviewMock(null)],
      language: 'en',
    });
    expect(await screen.findByText('7 of 290 municipalities')).toBeVisible();
    const item = screen.getAllByRole('listitem').find((li) => li.textContent?.startsWith('Huddinge kommun'));
    expect(item).toHaveTextContent('Huddinge kommun — mentored by Botkyrka kommun in the cohort Omgång Södertörn 2025');
    expect(within(item as HTMLElement).getByText('Omgång Södertörn 2025')).toHaveAttribute('lang', 'sv');
  });
});
