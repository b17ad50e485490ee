import type { ReactNode } from 'react';
import './DataTable.css';

export interface Column<Row> {
  /** The column's header (and its React key: headers differ within a table); on a phone, each cell's label. */
  header: string;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row (`<th scope="row">`), on a phone the card's heading; a table has one, the first. */
  rowHeader?: boolean;
  /** A class for the column's cells, e.g. `break-anywhere` for e-mail addresses. */
  className?: string;
  /**
   * A column the rows can be sorted by: its header is a button, and `aria-sort` says the order now
   * ("none" while another column sorts). Leave it out on a phone, where the headers are hidden: offer
   * the order as a field of the page's filters instead (docs/web-patterns.md, "The network page").
   */
  sort?: { order: 'ascending' | 'descending' | 'none'; onSort: () => void };
}

export interface DataTableProps<Row> {
  /** The caption's id: the table and the region around it are named by it. */
  captionId: string;
  caption: string;
  /** A caption shown on the page; by default it is read by screen readers only. */
  visibleCaption?: boolean;
  /** Leave out a column by passing `false` in its place (e.g. actions only some users have). */
  columns: ReadonlyArray<Column<Row> | false>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

const isEmpty = (content: ReactNode) => content === null || content === undefined || content === false || content === '';

/**
 * A table of rows as the app shows them, on every screen without sideways scrolling of the page
 * (docs/web-patterns.md, "Phones"):
 *
 * - on a wider screen a table named by its caption, with column headers and a row header, in a region
 *   that scrolls sideways if the table is still too wide (reachable with the keyboard to do so);
 * - on a phone (DataTable.css, below 40em) each row is a card: the row header is its heading and every
 *   other cell shows its column's header as a label (`data-label`, drawn by CSS and hidden from
 *   screen readers, which hear the real header). The cards are the same `<table>` with `display: block`,
 *   which makes browsers drop table semantics, so the roles are given explicitly: screen readers still
 *   read a table with its caption, headers and cells.
 */
export function DataTable<Row>({ captionId, caption, visibleCaption = false, columns, rows, rowKey }: DataTableProps<Row>) {
  const shown = columns.filter((column): column is Column<Row> => column !== false);
  return (
    <div className="table-wrapper data-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table" role="table" aria-labelledby={captionId}>
        <caption id={captionId} className={visibleCaption ? 'table__caption' : 'visually-hidden'}>
          {caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            {shown.map((column) => (
              <th key={column.header} scope="col" role="columnheader" aria-sort={column.sort?.order}>
                {column.sort ? (
                  <button type="button" className="data-table__sort" onClick={column.sort.onSort}>
                    {column.header}
                    <SortMark order={column.sort.order} />
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={rowKey(row)} role="row">
              {shown.map((column) => {
                const content = column.cell(row);
                if (column.rowHeader) {
                  return (
                    <th key={column.header} scope="row" role="rowheader" className={column.className}>
                      {content}
                    </th>
                  );
                }
                const classes = [column.className, isEmpty(content) ? 'data-table__cell--empty' : undefined].filter(Boolean).join(' ');
                return (
                  <td key={column.header} role="cell" data-label={column.header} className={classes || undefined}>
                    <div className="data-table__value">{content}</div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An arrow for the order of a sortable column (the header's aria-sort says it in words). */
function SortMark({ order }: { order: 'ascending' | 'descending' | 'none' }) {
  const d = order === 'ascending' ? 'M2 9 6 4 10 9Z' : order === 'descending' ? 'M2 4 6 9 10 4Z' : 'M3 5 6 2 9 5ZM3 8 6 11 9 8Z';
  return (
    <svg className="data-table__sort-mark" aria-hidden="true" focusable="false" width="12" height="13" viewBox="0 0 12 13">
      <path d={d} fill="currentColor" />
    </svg>
  );
}
