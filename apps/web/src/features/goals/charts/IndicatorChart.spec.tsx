import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Direction, Gender } from '@modellkommuner/shared';
import { createI18n, type Language } from '../../../i18n/i18n';
import type { ChartTarget, ChartValue } from './chart-data';
import { IndicatorChart, type IndicatorChartProps } from './IndicatorChart';

const NBSP = '\u00a0';

const values: ChartValue[] = [
  { period: '2023', gender: Gender.WOMEN, value: 81.2 },
  { period: '2024', gender: Gender.WOMEN, value: 84 },
  { period: '2025', gender: Gender.WOMEN, value: 0 },
  { period: '2023', gender: Gender.MEN, value: 70 },
  // No value for men in 2024: a gap, never 0.
  { period: '2025', gender: Gender.MEN, value: 75.5 },
];
const targets: ChartTarget[] = [{ gender: Gender.WOMEN, value: 90, period: '2026' }];

function renderChart(props: Partial<IndicatorChartProps> = {}, language: Language = 'sv') {
  return render(
    <I18nextProvider i18n={createI18n({ language })}>
      <IndicatorChart name="Andel som får hemtjänst" unit="%" byGender direction={Direction.HIGHER_IS_BETTER} values={values} targets={targets} {...props} />
    </I18nextProvider>,
  );
}

/** The chart's svg (recharts' surface), drawn at the initial size: jsdom measures nothing. */
function chartSurface(container: HTMLElement): SVGSVGElement {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) throw new Error('no chart drawn');
  return svg;
}

/** The drawn line of a series (recharts names the path after the series). */
function linePath(container: HTMLElement, name: string): SVGPathElement {
  const path = container.querySelector<SVGPathElement>(`path.recharts-line-curve[name="${name}"]`);
  if (!path) throw new Error(`no line ${name}`);
  return path;
}

// With "reduce motion" recharts draws the finished chart at once (no animation): its dash patterns and labels.
beforeEach(() => {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      media: query,
      matches: query.includes('prefers-reduced-motion: reduce'),
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => true,
    }),
  });
});
afterEach(() => {
  delete (window as Partial<Window>).matchMedia;
});

describe('IndicatorChart: the figure', () => {
  it('is a figure named by the indicator and its unit, described by the text summary and the direction', () => {
    renderChart();
    const figure = screen.getByRole('figure', { name: 'Andel som får hemtjänst (%)' });
    expect(figure).toHaveAccessibleDescription(
      `Kvinnor: 81,2${NBSP}% 2023 → 0,0${NBSP}% 2025; Män: 70,0${NBSP}% 2023 → 75,5${NBSP}% 2025; Mål 2026: Kvinnor 90${NBSP}% Högre är bättre`,
    );
    // The indicator's name is Swedish text, whatever the interface language.
    expect(within(figure).getByText('Andel som får hemtjänst (%)')).toHaveAttribute('lang', 'sv');
  });

  it('draws an svg chart when sized, keeping recharts’ keyboard layer: a focusable application named by the caption', () => {
    const { container } = renderChart();
    const svg = chartSurface(container);
    expect(svg).toHaveAttribute('width', '640');
    expect(svg).toHaveAttribute('role', 'application');
    expect(svg).toHaveAttribute('tabindex', '0');
    expect(svg).toHaveAccessibleName('Andel som får hemtjänst (%)');
  });

  it('moves the tooltip from point to point with the arrow keys', async () => {
    const { container } = renderChart();
    const svg = chartSurface(container);
    act(() => svg.focus());
    const tooltip = await screen.findByRole('status');
    // Focus shows the first period; the arrows move on and back.
    expect(within(tooltip).getByText('2023')).toBeInTheDocument();
    expect(within(tooltip).getByText('81,2 %')).toBeInTheDocument();
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(await within(tooltip).findByText('2024')).toBeInTheDocument();
    expect(within(tooltip).getByText('84,0 %')).toBeInTheDocument();
    // Men have no value in 2024: said to be missing, not shown as 0.
    const men = within(tooltip).getByText('Män').closest('li') as HTMLElement;
    expect(men).toHaveTextContent('Män : – (saknas)');
    expect(men.textContent).not.toMatch(/\d/);
    fireEvent.keyDown(svg, { key: 'ArrowLeft' });
    expect(await within(tooltip).findByText('2023')).toBeInTheDocument();
  });

  it('leaves a gap where a value is missing (connectNulls off), but draws a real 0', () => {
    const { container } = renderChart();
    const men = linePath(container, 'Män').getAttribute('d') ?? '';
    // Two separate points (2023 and 2025), each its own subpath: no segment drawn across 2024.
    expect(men.match(/M/g)).toHaveLength(2);
    expect(men).not.toContain('L');
    const women = linePath(container, 'Kvinnor').getAttribute('d') ?? '';
    expect(women.match(/L/g)).toHaveLength(2);
  });

  it('tells the genders apart without colour: dash pattern, point shape and a name at each line’s last point', () => {
    const { container } = renderChart({ values: [...values, { period: '2024', gender: Gender.TOTAL, value: 79 }] });
    expect(linePath(container, 'Kvinnor')).not.toHaveAttribute('stroke-dasharray', '8 4');
    expect(linePath(container, 'Män')).toHaveAttribute('stroke-dasharray', '8 4');
    expect(linePath(container, 'Totalt')).toHaveAttribute('stroke-dasharray', '2 4');
    expect(container.querySelectorAll('.recharts-line-dots circle.indicator-chart__point')).toHaveLength(3);
    expect(container.querySelectorAll('.recharts-line-dots rect.indicator-chart__point')).toHaveLength(2);
    expect(container.querySelectorAll('.recharts-line-dots polygon.indicator-chart__point')).toHaveLength(1);
    const labels = [...container.querySelectorAll('.indicator-chart__line-label')];
    expect(labels.map((label) => label.textContent).sort()).toEqual(['Kvinnor', 'Män', 'Totalt']);
    // Each name sits just right of its line's last point (men: the square of 2025, not the one of 2023).
    const menSquares = [...container.querySelectorAll('.recharts-line-dots rect.indicator-chart__point')];
    const lastSquare = menSquares[menSquares.length - 1];
    const lastMenX = Number(lastSquare.getAttribute('x')) + Number(lastSquare.getAttribute('width')) / 2;
    const menLabel = labels.find((label) => label.textContent === 'Män') as Element;
    expect(Number(menLabel.getAttribute('x'))).toBeCloseTo(lastMenX + 10);
    const legend = screen.getByRole('list', { name: 'Linjerna i diagrammet' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Kvinnor', 'Män', 'Totalt']);
  });

  it('draws each target as a reference line labelled with its period and value, in the gender’s dash pattern', () => {
    const { container } = renderChart({ targets: [...targets, { gender: Gender.MEN, value: 80, period: '2026' }] });
    const svg = chartSurface(container);
    expect(within(svg as unknown as HTMLElement).getByText('Mål 2026, Kvinnor: 90 %')).toBeInTheDocument();
    expect(within(svg as unknown as HTMLElement).getByText('Mål 2026, Män: 80 %')).toBeInTheDocument();
    const lines = [...container.querySelectorAll('line.recharts-reference-line-line')];
    expect(lines.map((line) => line.getAttribute('stroke-dasharray'))).toEqual([null, '8 4']);
  });

  it('says "Mål 2026: 85 %" without the gender when the indicator is not by gender, and draws Totalt only', () => {
    const { container } = renderChart({
      byGender: false,
      values: [{ period: '2023', gender: Gender.TOTAL, value: 78 }, { period: '2024', gender: Gender.TOTAL, value: 80 }, ...values],
      targets: [{ gender: Gender.TOTAL, value: 85, period: '2026' }],
    });
    expect(within(chartSurface(container) as unknown as HTMLElement).getByText('Mål 2026: 85 %')).toBeInTheDocument();
    expect(container.querySelectorAll('path.recharts-line-curve')).toHaveLength(1);
    expect(linePath(container, 'Totalt')).toBeInTheDocument();
  });
});

describe('IndicatorChart: the table alternative', () => {
  it('switches between chart and table with two buttons that say which is shown', () => {
    const { container } = renderChart();
    const asChart = screen.getByRole('button', { name: 'Visa som diagram' });
    const asTable = screen.getByRole('button', { name: 'Visa som tabell' });
    expect(asChart).toHaveAttribute('aria-pressed', 'true');
    expect(asTable).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    fireEvent.click(asTable);
    expect(asTable).toHaveAttribute('aria-pressed', 'true');
    expect(asChart).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('table', { name: 'Andel som får hemtjänst (%) per period' })).toBeInTheDocument();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();

    fireEvent.click(asChart);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(chartSurface(container)).toBeInTheDocument();
  });

  it('has a row per period and a column per gender; a missing value is "–" read as "saknas", never 0', () => {
    renderChart({ periods: ['2022'] });
    fireEvent.click(screen.getByRole('button', { name: 'Visa som tabell' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Period', 'Kvinnor', 'Män']);
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['2022', '2023', '2024', '2025', 'Mål']);

    const row = (period: string) => within(within(table).getByRole('rowheader', { name: period }).closest('tr') as HTMLElement).getAllByRole('cell');
    expect(row('2023').map((cell) => cell.textContent)).toEqual(['81,2', '70,0']);
    const [women2024, men2024] = row('2024');
    expect(women2024).toHaveTextContent('84,0');
    expect(men2024).toHaveTextContent(/^–\s*saknas$/);
    expect(men2024.textContent).not.toMatch(/0/);
    expect(within(men2024).getByText('saknas')).toHaveClass('visually-hidden');
    expect(within(men2024).getByText('–')).toHaveAttribute('aria-hidden', 'true');
    // A real zero is shown as zero.
    expect(row('2025').map((cell) => cell.textContent)).toEqual(['0,0', '75,5']);
    // The extra period has no values at all.
    expect(row('2022').map((cell) => cell.textContent)).toEqual(['–saknas', '–saknas']);
    // The targets: the period after the value; a gender without one is missing.
    expect(row('Mål').map((cell) => cell.textContent)).toEqual(['90 (2026)', '–saknas']);
  });

  it('scrolls inside its own region (a phone never scrolls sideways), which a keyboard can reach', () => {
    renderChart();
    fireEvent.click(screen.getByRole('button', { name: 'Visa som tabell' }));
    const region = screen.getByRole('region', { name: 'Andel som får hemtjänst (%) per period' });
    expect(region).toHaveClass('indicator-chart__table-wrapper');
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table')).toBeInTheDocument();
  });

  it('has only Totalt when the indicator is not by gender', () => {
    renderChart({ byGender: false, values: [{ period: '2024', gender: Gender.TOTAL, value: 12500 }, ...values], targets: [], unit: 'kr' });
    fireEvent.click(screen.getByRole('button', { name: 'Visa som tabell' }));
    const table = screen.getByRole('table', { name: 'Andel som får hemtjänst (kr) per period' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Period', 'Totalt']);
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([`12${NBSP}500`]);
  });

  it('writes numbers in the interface’s language', () => {
    renderChart({}, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Andel som får hemtjänst (%) by period' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Period', 'Women', 'Men']);
    expect(within(table).getByText('81.2')).toBeInTheDocument();
  });
});

describe('IndicatorChart: no values', () => {
  it('says so instead of drawing an empty chart, and still gives the target', () => {
    const { container } = renderChart({ values: [] });
    const figure = screen.getByRole('figure', { name: 'Andel som får hemtjänst (%)' });
    expect(within(figure).getByText('Inga värden än.')).toBeVisible();
    expect(within(figure).getByText('Mål 2026: Kvinnor 90 %')).toBeVisible();
    expect(figure).toHaveAccessibleDescription('Inga värden än. Högre är bättre');
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Visa som tabell' })).not.toBeInTheDocument();
  });

  it('counts only the genders the indicator has: a stray WOMEN value of a not-by-gender indicator is not drawn', () => {
    const { container } = renderChart({ byGender: false, values: [{ period: '2024', gender: Gender.WOMEN, value: 3 }], targets: [] });
    expect(screen.getByText('Inga värden än.')).toBeInTheDocument();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
  });
});
