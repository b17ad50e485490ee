import type { ReactNode, Ref } from 'react';
import { Loading } from './Loading';
import { QueryError } from './QueryError';

export interface Column<Row> {
  /** The column's header (and its React key: headers differ within a table). */
  header: string;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row (`<th scope="row">`); a table has one, usually the first. */
  rowHeader?: boolean;
  /** A class for the column's cells, e.g. `break-anywhere` for e-mail addresses. */
  className?: string;
}

interface DataTableProps<Row> {
  /** The caption's id: the scrollable region around the table is named by it. */
  captionId: string;
  caption: string;
  /** A caption shown on the page; by default it is read by screen readers only. */
  visibleCaption?: boolean;
  /** Leave out a column by passing `false` in its place (e.g. actions only some users have). */
  columns: ReadonlyArray<Column<Row> | false>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}

/**
 * A table of rows as the app shows them: named by its caption, in a region that scrolls sideways on a
 * narrow screen and can be reached with the keyboard to do so, with column headers and a row header.
 */
export function DataTable<Row>({ captionId, caption, visibleCaption = false, columns, rows, rowKey }: DataTableProps<Row>) {
  const shown = columns.filter((column): column is Column<Row> => column !== false);
  return (
    <div className="table-wrapper" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className={visibleCaption ? 'table__caption' : 'visually-hidden'}>
          {caption}
        </caption>
        <thead>
          <tr>
            {shown.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {shown.map((column) =>
                column.rowHeader ? (
                  <th key={column.header} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={column.className}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface QueryTableProps<Row> extends Omit<DataTableProps<Row>, 'rows'> {
  /** The rows, or undefined while they have not arrived. */
  rows: readonly Row[] | undefined;
  loading: boolean;
  /** The query's error, shown above whatever rows there are. */
  error: unknown;
  /** Said instead of an empty table. */
  emptyText: string;
}

/** A query's rows: why they could not be read, that they are being read, that there are none, or the table. */
export function QueryTable<Row>({ rows, loading, error, emptyText, ...table }: QueryTableProps<Row>) {
  return (
    <>
      {error ? <QueryError error={error} /> : null}
      {loading && !rows ? <Loading /> : null}
      {rows && rows.length === 0 ? <p>{emptyText}</p> : null}
      {rows && rows.length > 0 ? <DataTable rows={rows} {...table} /> : null}
    </>
  );
}

interface DataTableSectionProps<Row> extends QueryTableProps<Row> {
  headingId: string;
  heading: string;
  /** For a section that takes focus after an action in it (its heading gets `tabIndex` -1). */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Shown under the heading, above the table: e.g. the status and errors of the rows' actions. */
  children?: ReactNode;
}

/** A section of a page that is a query's table: an h2 that names the section, then `QueryTable`. */
export function DataTableSection<Row>({ headingId, heading, headingRef, children, ...table }: DataTableSectionProps<Row>) {
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {heading}
      </h2>
      {children}
      <QueryTable {...table} />
    </section>
  );
}
