import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Gender, periodLabel, sortPeriods, type Direction } from '@modellkommuner/shared';
import { localeOf } from '../../../i18n/i18n';
import {
  chartRows,
  chartSeries,
  chartSummary,
  fractionDigits,
  GENDER_ORDER,
  formatNumber,
  formatValue,
  lastIndexWithValue,
  SERIES_STYLE,
  tableGenders,
  targetsSummary,
  valuesFor,
  type ChartRow,
  type ChartTarget,
  type ChartValue,
  type PointShape,
  type SummaryTexts,
} from './chart-data';
import './IndicatorChart.css';

export interface IndicatorChartProps {
  /** The indicator's name: the figure's caption. */
  name: string;
  unit: string;
  byGender: boolean;
  direction: Direction;
  /** One organisation's measurements; a value that is absent is missing (never 0). */
  values: ChartValue[];
  targets: ChartTarget[];
  /** Extra periods to show even without values (e.g. the baseline period). */
  periods?: string[];
}

/** The chart's height; its width follows the container (100 %, a 390 px phone included). */
const CHART_HEIGHT = 320;
/**
 * The size the chart has before the container is measured: in a browser only for the first render
 * (measured at once on mount), in jsdom (no ResizeObserver) always, so tests see a drawn chart.
 */
const INITIAL_DIMENSION = { width: 640, height: CHART_HEIGHT };
/** Room on the right for each line's name beside its last point. */
const MARGIN = { top: 24, right: 76, bottom: 8, left: 4 };
/**
 * The names on the chart sit under the lines and points (recharts' bar layer, below its line layer 400):
 * their white halo never hides a piece of a line, which would look like a missing value.
 */
const LABEL_LAYER = 300;
const AXIS_TEXT = '#595959'; // --text-muted, 7:1 on white
const GRID_LINE = '#d0d7dd'; // --border-light
/**
 * Where a target's label goes, by the target's rank from the highest: the highest above its line, the
 * next below its own (so that two close targets' labels part), a third above its line on the right.
 * (On a horizontal line recharts' "insideBottom…" sits above the line, "insideTop…" below it.)
 */
const TARGET_LABEL_POSITIONS = ['insideBottomLeft', 'insideTopLeft', 'insideBottomRight', 'insideTopRight'] as const;

type View = 'chart' | 'table';
const NO_PERIODS: string[] = [];

/**
 * One indicator over time for one organisation: a line per gender (told apart by colour, dash pattern
 * and point shape, each named at its last point), the targets as reference lines, and the same values
 * as a table behind "Visa som tabell". Missing values stay missing: a gap in the line, "–" in the table.
 *
 * Keyboard: recharts' accessibility layer (on by default in recharts 3) makes the chart a focusable
 * `application` whose arrow keys move the tooltip from point to point. Screen readers get the figure's
 * caption, a text summary (its description) and the table.
 */
export function IndicatorChart({ name, unit, byGender, direction, values, targets, periods = NO_PERIODS }: IndicatorChartProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const [view, setView] = useState<View>('chart');
  const id = useId();
  const captionId = `${id}-caption`;
  const summaryId = `${id}-summary`;
  const directionId = `${id}-direction`;
  const tableCaptionId = `${id}-table-caption`;

  const texts: SummaryTexts = {
    gender: { WOMEN: t('goalsCharts.gender.WOMEN'), MEN: t('goalsCharts.gender.MEN'), TOTAL: t('goalsCharts.gender.TOTAL') },
    noValues: t('goalsCharts.chart.summaryNoValues'),
    target: t('goalsCharts.chart.target'),
  };
  const shown = useMemo(() => valuesFor(byGender, values), [byGender, values]);
  const rows = useMemo(() => chartRows(shown, periods), [shown, periods]);
  const shownTargets = useMemo(() => {
    const genders = byGender ? GENDER_ORDER : [Gender.TOTAL];
    return targets.filter((target) => genders.includes(target.gender) && Number.isFinite(target.value));
  }, [byGender, targets]);
  const series = chartSeries(byGender, shown);
  const digits = fractionDigits(shown);
  const summary = chartSummary({ byGender, unit, values: shown, targets: shownTargets }, { locale, texts });
  const caption = unit.trim() ? t('goalsCharts.chart.caption', { name, unit: unit.trim() }) : name;

  const formatTarget = (target: ChartTarget) => formatValue(target.value, unit, { locale });
  const byHeight = [...shownTargets].sort((a, b) => b.value - a.value);
  const labelPosition = (target: ChartTarget) => TARGET_LABEL_POSITIONS[byHeight.indexOf(target) % TARGET_LABEL_POSITIONS.length];
  const targetLabel = (target: ChartTarget) => {
    const period = periodLabel(target.period);
    const value = formatTarget(target);
    return byGender ? t('goalsCharts.chart.targetLineGender', { period, gender: texts.gender[target.gender], value }) : t('goalsCharts.chart.targetLine', { period, value });
  };

  return (
    <figure className="indicator-chart" aria-labelledby={captionId} aria-describedby={`${summaryId} ${directionId}`}>
      {/* The name is what people wrote, in Swedish: read in Swedish in the English interface too (WCAG 3.1.2). */}
      <figcaption id={captionId} className="indicator-chart__caption" lang="sv">
        {caption}
      </figcaption>
      <p id={directionId} className="indicator-chart__direction">
        {t(`goalsCharts.direction.${direction}`)}
      </p>
      {shown.length === 0 ? (
        <div className="indicator-chart__empty">
          <p id={summaryId}>{t('goalsCharts.chart.noValues')}</p>
          {shownTargets.length > 0 ? <p>{targetsSummary(byGender, unit, shownTargets, { locale, texts })}</p> : null}
        </div>
      ) : (
        <>
          <p id={summaryId} className="visually-hidden">
            {summary}
          </p>
          <div className="indicator-chart__views" role="group" aria-label={t('goalsCharts.chart.views')}>
            <button type="button" className="button button--secondary button--small" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              {t('goalsCharts.chart.showChart')}
            </button>
            <button type="button" className="button button--secondary button--small" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              {t('goalsCharts.chart.showTable')}
            </button>
          </div>
          {view === 'chart' ? (
            <>
              <div className="indicator-chart__plot">
                <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={INITIAL_DIMENSION}>
                  <LineChart data={rows} margin={MARGIN} aria-labelledby={captionId} aria-describedby={summaryId}>
                    <CartesianGrid stroke={GRID_LINE} vertical={false} />
                    <XAxis dataKey="label" tick={{ fill: AXIS_TEXT, fontSize: 13 }} stroke={AXIS_TEXT} />
                    <YAxis tick={{ fill: AXIS_TEXT, fontSize: 13 }} stroke={AXIS_TEXT} width={56} tickFormatter={(value: number) => formatNumber(value, { locale })} />
                    {/* A missing value is listed as missing ("– (saknas)"), never left to look like 0. */}
                    <Tooltip
                      filterNull={false}
                      formatter={(value) =>
                        typeof value === 'number' ? formatValue(value, unit, { locale, digits }) : `– (${t('goalsCharts.missing')})`
                      }
                    />
                    {shownTargets.map((target) => {
                      const style = SERIES_STYLE[target.gender];
                      return (
                        <ReferenceLine
                          key={`${target.gender}|${target.period}`}
                          y={target.value}
                          stroke={style.colour}
                          strokeDasharray={style.dash}
                          strokeWidth={1.5}
                          ifOverflow="extendDomain"
                          label={{ value: targetLabel(target), position: labelPosition(target), fill: style.colour, fontSize: 13, zIndex: LABEL_LAYER }}
                        />
                      );
                    })}
                    {series.map((gender) => {
                      const style = SERIES_STYLE[gender];
                      const last = lastIndexWithValue(rows, gender);
                      return (
                        <Line
                          key={gender}
                          type="linear"
                          dataKey={gender}
                          name={texts.gender[gender]}
                          stroke={style.colour}
                          strokeWidth={2.5}
                          strokeDasharray={style.dash}
                          strokeLinecap="round"
                          connectNulls={false}
                          dot={(props: { cx?: number; cy?: number; value?: unknown }) =>
                            typeof props.value === 'number' ? <PointMark cx={props.cx} cy={props.cy} shape={style.shape} colour={style.colour} size={4.5} /> : null
                          }
                          activeDot={(props: { cx?: number; cy?: number; value?: unknown }) =>
                            typeof props.value === 'number' ? <PointMark cx={props.cx} cy={props.cy} shape={style.shape} colour={style.colour} size={7} /> : <g />
                          }
                          label={{
                            zIndex: LABEL_LAYER,
                            content: (props: { x?: number | string; y?: number | string; index?: number }) =>
                              props.index === last ? (
                                <text x={Number(props.x) + 10} y={Number(props.y)} dy={4} fill={style.colour} fontSize={13} fontWeight={700} className="indicator-chart__line-label">
                                  {texts.gender[gender]}
                                </text>
                              ) : null,
                          }}
                        />
                      );
                    })}
                  </LineChart>
                </ResponsiveContainer>
              </div>
              <ul className="indicator-chart__legend" aria-label={t('goalsCharts.chart.legend')}>
                {series.map((gender) => (
                  <li key={gender}>
                    <LegendSwatch gender={gender} />
                    {texts.gender[gender]}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <ValuesTable
              captionId={tableCaptionId}
              caption={caption}
              rows={rows}
              genders={tableGenders(byGender, shown, shownTargets)}
              targets={shownTargets}
              genderLabel={texts.gender}
              formatCell={(value) => formatNumber(value, { locale, digits })}
              formatTarget={(target) => t('goalsCharts.chart.targetCell', { value: formatNumber(target.value, { locale }), period: periodLabel(target.period) })}
            />
          )}
        </>
      )}
    </figure>
  );
}

interface PointMarkProps {
  cx: number | undefined;
  cy: number | undefined;
  shape: PointShape;
  colour: string;
  size: number;
}

/** A point of a line: circle, square or triangle, outlined in white so that it stands out on the line. */
function PointMark({ cx, cy, shape, colour, size }: PointMarkProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1.5, className: `indicator-chart__point indicator-chart__point--${shape}` };
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={size} {...common} />;
    case 'square':
      return <rect x={cx - size * 0.9} y={cy - size * 0.9} width={size * 1.8} height={size * 1.8} {...common} />;
    case 'triangle': {
      const h = size * 1.2;
      return <polygon points={`${cx},${cy - h} ${cx + h},${cy + h * 0.8} ${cx - h},${cy + h * 0.8}`} {...common} />;
    }
  }
}

/** The legend's picture of a line: its dash pattern and point shape, in its colour (decorative: the text names it). */
function LegendSwatch({ gender }: { gender: Gender }) {
  const style = SERIES_STYLE[gender];
  return (
    <svg className="indicator-chart__swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
      <line x1="2" y1="8" x2="38" y2="8" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash} strokeLinecap="round" />
      <PointMark cx={20} cy={8} shape={style.shape} colour={style.colour} size={4.5} />
    </svg>
  );
}

/** A missing value: a dash to see, "saknas" to hear. Never 0. */
function Missing() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('goalsCharts.missing')}</span>
    </>
  );
}

interface ValuesTableProps {
  captionId: string;
  caption: string;
  rows: readonly ChartRow[];
  genders: readonly Gender[];
  targets: readonly ChartTarget[];
  genderLabel: Record<Gender, string>;
  formatCell: (value: number) => string;
  formatTarget: (target: ChartTarget) => string;
}

/** The chart's values as a table: a row per period, a column per gender, and the targets last. */
function ValuesTable({ captionId, caption, rows, genders, targets, genderLabel, formatCell, formatTarget }: ValuesTableProps) {
  const { t } = useTranslation();
  const targetCell = (gender: Gender): ReactNode => {
    const own = targets.filter((target) => target.gender === gender);
    if (own.length === 0) return <Missing />;
    return sortPeriods(own.map((target) => target.period))
      .flatMap((period) => own.filter((target) => target.period === period))
      .map(formatTarget)
      .join(', ');
  };
  return (
    // Scrolls sideways inside itself if it is wider than the screen (never the page); focusable so that a keyboard can scroll it.
    <div className="indicator-chart__table-wrapper" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="indicator-chart__table">
        <caption id={captionId}>
          <span lang="sv">{caption}</span> {t('goalsCharts.chart.tableCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('goalsCharts.chart.period')}</th>
            {genders.map((gender) => (
              <th key={gender} scope="col" className="indicator-chart__number">
                {genderLabel[gender]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period}>
              <th scope="row">{row.label}</th>
              {genders.map((gender) => {
                const value = row[gender];
                return (
                  <td key={gender} className="indicator-chart__number">
                    {value === null ? <Missing /> : formatCell(value)}
                  </td>
                );
              })}
            </tr>
          ))}
          {targets.length > 0 ? (
            <tr className="indicator-chart__target-row">
              <th scope="row">{t('goalsCharts.chart.target')}</th>
              {genders.map((gender) => (
                <td key={gender} className="indicator-chart__number">
                  {targetCell(gender)}
                </td>
              ))}
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
