/**
 * The indicator chart's pure data helpers. The chart itself (a line per gender, targets, a table
 * alternative) is imported lazily from './IndicatorChart' (GoalSection): it carries the chart library.
 */
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
