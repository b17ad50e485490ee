/** The indicator chart (a line per gender, targets, a table alternative) and its pure data helpers. */
export { IndicatorChart, type IndicatorChartProps } from './IndicatorChart';
export {
  chartRows,
  chartSeries,
  chartSummary,
  formatNumber,
  formatValue,
  fractionDigits,
  SERIES_STYLE,
  tableGenders,
  targetsSummary,
  type ChartRow,
  type ChartTarget,
  type ChartValue,
  type SeriesStyle,
} from './chart-data';
