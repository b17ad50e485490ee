import type { ReactNode, Ref } from 'react';
import { DataTable, type DataTableProps } from './DataTable';
import { Loading } from './Loading';
import { QueryError } from './QueryError';

// The table itself (a card per row on a phone) is DataTable.tsx; pages may import it from here too.
export { DataTable, type Column, type DataTableProps } from './DataTable';

export interface QueryTableProps<Row> extends Omit<DataTableProps<Row>, 'rows'> {
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
