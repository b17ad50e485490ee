import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { gapText, lastPointWithValue, offsetLabel, offsetShortLabel, type ImpactPoint } from './impact-view';

export interface ImpactChartProps {
  /** The key figure's series: the two groups' mean gaps by offset (null where a group is too small). */
  series: readonly ImpactPoint[];
  /** The minimum group, said in the summary (the API's minGroupSize). */
  minGroupSize: number;
}

/** The two lines: told apart by colour, dash pattern and point shape, and each named at its end (no legend). */
export const IMPACT_LINE_STYLE = {
  /** --blue, 10:1 on white; solid with circles. */
  participantGap: { colour: '#00456e', dash: undefined, shape: 'circle' },
  /** --text-muted, 7:1 on white; dashed with squares. */
  comparisonGap: { colour: '#595959', dash: '8 5', shape: 'square' },
} as const;

type LineKey = keyof typeof IMPACT_LINE_STYLE;
const LINES: readonly LineKey[] = ['participantGap', 'comparisonGap'];

const CHART_HEIGHT = 300;
/** Before the container is measured (jsdom always): a drawn chart for the tests too. */
const INITIAL_DIMENSION = { width: 640, height: CHART_HEIGHT };
/** Room on the right for the lines' names beside their last points. */
const MARGIN = { top: 20, right: 92, bottom: 8, left: 4 };
/** The names sit under the lines (recharts' line layer is 400): their white halo never hides a piece of a line. */
const LABEL_LAYER = 300;
const AXIS_TEXT = '#595959';
const GRID_LINE = '#d0d7dd';
const ZERO_LINE = '#1f1f1f';

interface Row {
  offset: number;
  label: string;
  participantGap: number | null;
  comparisonGap: number | null;
}

/**
 * The gender gap (women − men) of participants and of the others, year by year relative to the start: a
 * line each with its name at its end, a zero line ("Ingen skillnad"), and a summary for screen readers.
 * The same values are in the data table beside it (KeyFigureCard). In its own chunk with the chart
 * library (imported lazily), like the indicator charts (docs/web-patterns.md, "Figures").
 *
 * Keyboard: recharts' accessibility layer makes the chart a focusable `application` whose arrow keys move
 * the tooltip from year to year.
 */
export function ImpactChart({ series, minGroupSize }: ImpactChartProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const captionId = `${id}-caption`;
  const summaryId = `${id}-summary`;
  const rows: Row[] = useMemo(
    () =>
      series.map((point) => ({
        offset: point.offset,
        label: offsetShortLabel(point.offset, t),
        participantGap: point.participantGap,
        comparisonGap: point.comparisonGap,
      })),
    [series, t],
  );
  const name: Record<LineKey, string> = { participantGap: t('impact.chart.participants'), comparisonGap: t('impact.chart.comparison') };
  const last = { participantGap: lastPointWithValue(series, 'participantGap'), comparisonGap: lastPointWithValue(series, 'comparisonGap') };
  // Where the two ends are close, the higher line's name goes above its point and the other's below.
  const endValue = (key: LineKey) => (last[key] >= 0 ? (rows[last[key]][key] ?? 0) : 0);
  const participantsHigher = endValue('participantGap') >= endValue('comparisonGap');
  const labelOffset: Record<LineKey, number> = {
    participantGap: participantsHigher ? -8 : 16,
    comparisonGap: participantsHigher ? 16 : -8,
  };
  const value = (v: number | null | undefined) => (typeof v === 'number' ? gapText(v, i18n.language) : '–');
  const at = (offset: number) => series.find((point) => point.offset === offset);
  const summary = t('impact.chart.summary', {
    participantsFrom: value(at(-1)?.participantGap),
    participantsTo: value(at(1)?.participantGap),
    comparisonFrom: value(at(-1)?.comparisonGap),
    comparisonTo: value(at(1)?.comparisonGap),
  });

  return (
    <figure className="impact-chart" aria-labelledby={captionId} aria-describedby={summaryId}>
      <figcaption id={captionId} className="impact-chart__caption">
        {t('impact.chart.caption')}
      </figcaption>
      <p id={summaryId} className="impact-chart__summary">
        {summary} {t('impact.chart.summaryPartial', { min: minGroupSize })}
      </p>
      <div className="impact-chart__plot">
        <ResponsiveContainer width="100%" height={CHART_HEIGHT} initialDimension={INITIAL_DIMENSION}>
          <LineChart data={rows} margin={MARGIN} aria-labelledby={captionId} aria-describedby={summaryId}>
            <CartesianGrid stroke={GRID_LINE} vertical={false} />
            <XAxis dataKey="label" tick={{ fill: AXIS_TEXT, fontSize: 12 }} stroke={AXIS_TEXT} interval="preserveStartEnd" minTickGap={4} />
            <YAxis
              tick={{ fill: AXIS_TEXT, fontSize: 13 }}
              stroke={AXIS_TEXT}
              width={52}
              tickFormatter={(v: number) => gapText(v, i18n.language, Number.isInteger(v) ? 0 : 1)}
            />
            <Tooltip
              filterNull={false}
              labelFormatter={(_label, payload) => {
                const offset = (payload?.[0]?.payload as Row | undefined)?.offset;
                return offset === undefined ? '' : offsetLabel(offset, t);
              }}
              formatter={(v) => (typeof v === 'number' ? gapText(v, i18n.language) : `– (${t('impact.chart.tooFewValues')})`)}
            />
            <ReferenceLine
              y={0}
              stroke={ZERO_LINE}
              strokeWidth={1.5}
              ifOverflow="extendDomain"
              label={{ value: t('impact.chart.zero'), position: 'insideBottomLeft', fill: ZERO_LINE, fontSize: 12, zIndex: LABEL_LAYER }}
            />
            {LINES.map((key) => {
              const style = IMPACT_LINE_STYLE[key];
              return (
                <Line
                  key={key}
                  type="linear"
                  dataKey={key}
                  name={name[key]}
                  stroke={style.colour}
                  strokeWidth={2.5}
                  strokeDasharray={style.dash}
                  strokeLinecap="round"
                  connectNulls={false}
                  isAnimationActive={false}
                  dot={(props: { cx?: number; cy?: number; value?: unknown; index?: number }) =>
                    typeof props.value === 'number' ? (
                      <PointMark key={props.index} cx={props.cx} cy={props.cy} shape={style.shape} colour={style.colour} size={4.5} />
                    ) : null
                  }
                  activeDot={(props: { cx?: number; cy?: number; value?: unknown }) =>
                    typeof props.value === 'number' ? (
                      <PointMark cx={props.cx} cy={props.cy} shape={style.shape} colour={style.colour} size={7} />
                    ) : (
                      <g />
                    )
                  }
                  label={{
                    zIndex: LABEL_LAYER,
                    content: (props: { x?: number | string; y?: number | string; index?: number }) =>
                      props.index === last[key] ? (
                        <text
                          x={Number(props.x) + 10}
                          y={Number(props.y)}
                          dy={labelOffset[key]}
                          fill={style.colour}
                          fontSize={13}
                          fontWeight={700}
                          className="impact-chart__line-label"
                          data-line={key}
                        >
                          {name[key]}
                        </text>
                      ) : null,
                  }}
                />
              );
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

interface PointMarkProps {
  cx: number | undefined;
  cy: number | undefined;
  shape: 'circle' | 'square';
  colour: string;
  size: number;
}

/** A point of a line: a circle or a square, outlined in white so that it stands out on the line. */
function PointMark({ cx, cy, shape, colour, size }: PointMarkProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1.5, className: `impact-chart__point impact-chart__point--${shape}` };
  return shape === 'circle' ? (
    <circle cx={cx} cy={cy} r={size} {...common} />
  ) : (
    <rect x={cx - size * 0.9} y={cy - size * 0.9} width={size * 1.8} height={size * 1.8} {...common} />
  );
}
