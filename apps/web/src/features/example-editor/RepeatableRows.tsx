import type { ReactNode } from 'react';
import { useRows, type RowsOptions } from './useRows';

/** What the form hands each list editor: its rows, how to change them, and the messages per field. */
export interface RowEditorProps<T> {
  rows: T[];
  onChange: (rows: T[]) => void;
  fieldErrors: Record<string, string>;
}

interface RepeatableRowsProps<T extends { key: string }> extends RowsOptions<T> {
  /** The group's id: the error summary links a message about the whole list here. */
  id: string;
  legend: string;
  hint: string;
  /** A message about the list as a whole (too many rows, or a row that was not sent). */
  error: string | undefined;
  rows: T[];
  onChange: (rows: T[]) => void;
  addLabel: string;
  /** "Ta bort slutsats 2": each remove button names its row. */
  removeLabel: (number: number) => string;
  /** Rows of one control are a numbered list; rows of several controls are each a group with this legend. */
  rowLegend?: (number: number) => string;
  /** No add button once there are this many rows. */
  max?: number;
  /** A row's controls; `change` updates this row. */
  renderFields: (row: T, number: number, change: (change: Partial<T>) => void) => ReactNode;
}

/**
 * A list the user grows and shrinks (key conclusions, links, contacts): a group with its legend and
 * hint, a remove button per row and an add button. Focus follows: to a new row's first control, to
 * the next row after a removal, or to the add button when no row is left.
 */
export function RepeatableRows<T extends { key: string }>({
  id,
  legend,
  hint,
  error,
  rows,
  onChange,
  addId,
  focusId,
  empty,
  addLabel,
  removeLabel,
  rowLegend,
  max,
  renderFields,
}: RepeatableRowsProps<T>) {
  const list = useRows(rows, onChange, { addId, focusId, empty });
  const renderRow = (row: T, index: number) => {
    const number = index + 1;
    const fields = renderFields(row, number, (change) => list.update(row.key, change));
    const remove = (
      <button type="button" className="button button--secondary button--small" onClick={() => list.remove(index)}>
        {removeLabel(number)}
      </button>
    );
    return rowLegend ? (
      <fieldset key={row.key} className="fieldset person">
        <legend className="fieldset__legend">{rowLegend(number)}</legend>
        {fields}
        {remove}
      </fieldset>
    ) : (
      <li key={row.key} className="example-editor__row">
        {fields}
        {remove}
      </li>
    );
  };
  return (
    <fieldset id={id} tabIndex={-1} className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      <p className="field__hint">{hint}</p>
      {error ? <p className="field__error">{error}</p> : null}
      {rowLegend ? rows.map(renderRow) : <ol className="example-editor__rows">{rows.map(renderRow)}</ol>}
      {max === undefined || rows.length < max ? (
        <button id={addId} type="button" className="button button--secondary" onClick={list.add}>
          {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
