/** The measurement grid (periods × Kvinnor/Män/Totalt, by keyboard) and its pure draft model. */
export { MeasurementGrid, type MeasurementGridProps } from './MeasurementGrid';
export {
  addPeriod,
  cellKey,
  diff,
  editText,
  isDirty,
  nextRowPeriod,
  type CellKey,
  type CellProblem,
  type GridCell,
  type GridChanges,
  type GridDiff,
  type GridDraft,
  type GridValue,
} from './measurement-grid';
