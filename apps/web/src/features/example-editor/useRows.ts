import { useEffect, useRef } from 'react';
import { removeRow } from './example-form';

/** After the next render, focus the element with this id (a new row's field, or the add button). */
function useFocusAfterRender() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id: string) => {
    pending.current = id;
  };
}

export interface RowsOptions<T> {
  /** The add button's id: focus goes there when the last row is removed. */
  addId: string;
  /** The id of a row's first control: focus goes there when the row is added, or its neighbour removed. */
  focusId: (row: T) => string;
  empty: () => T;
}

/** Changing, adding and removing rows of a repeatable list; focus goes to the new row, the next row or the add button. */
export function useRows<T extends { key: string }>(rows: T[], onChange: (rows: T[]) => void, options: RowsOptions<T>) {
  const focusLater = useFocusAfterRender();
  return {
    update: (key: string, change: Partial<T>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r))),
    remove: (index: number) => {
      const { rows: rest, focus } = removeRow(rows, index);
      focusLater(focus ? options.focusId(focus) : options.addId);
      onChange(rest);
    },
    add: () => {
      const row = options.empty();
      focusLater(options.focusId(row));
      onChange([...rows, row]);
    },
  };
}
