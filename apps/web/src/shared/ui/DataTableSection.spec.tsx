import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { DataTableSection, type Column } from './DataTableSection';

interface Person {
  id: string;
  name: string;
  email: string;
}

const columns: Column<Person>[] = [
  { header: 'Namn', rowHeader: true, cell: (person) => person.name },
  { header: 'E-postadress', className: 'break-anywhere', cell: (person) => person.email },
];

function renderSection(props: { rows: Person[] | undefined; loading?: boolean; error?: unknown; actions?: boolean }) {
  return renderRoute({
    path: '/',
    url: '/',
    element: (
      <DataTableSection
        headingId="people-heading"
        heading="Personer"
        captionId="people-caption"
        caption="Personer i Hedemora kommun"
        emptyText="Inga personer."
        rows={props.rows}
        loading={props.loading ?? false}
        error={props.error}
        rowKey={(person) => person.id}
        columns={[...columns, props.actions === true && { header: 'Åtgärder', cell: (person: Person) => <button type="button">Ta bort {person.name}</button> }]}
      />
    ),
  });
}

describe('DataTableSection', () => {
  it('is a region named by its heading, with a table named by its caption in a scrollable region of its own', () => {
    renderSection({ rows: [{ id: '1', name: 'Karin', email: 'karin@hedemora.se' }] });
    const section = screen.getByRole('region', { name: 'Personer' });
    const table = within(section).getByRole('table', { name: 'Personer i Hedemora kommun' });
    const scroller = within(section).getByRole('region', { name: 'Personer i Hedemora kommun' });
    expect(scroller).toContainElement(table);
    // Reachable with the keyboard, to scroll it sideways on a narrow screen.
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Namn', 'E-postadress']);
    expect(within(table).getByRole('rowheader', { name: 'Karin' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'karin@hedemora.se' })).toHaveClass('break-anywhere');
  });

  it('labels every cell with its column header, for the card each row becomes on a phone', () => {
    renderSection({ rows: [{ id: '1', name: 'Karin', email: 'karin@hedemora.se' }, { id: '2', name: 'Olle', email: '' }], actions: true });
    const table = screen.getByRole('table', { name: 'Personer i Hedemora kommun' });
    // The caption is in the table, and names it, also when the cards make CSS drop its table semantics.
    expect(table.querySelector('caption')).toHaveTextContent('Personer i Hedemora kommun');
    expect(table).toHaveAttribute('role', 'table');
    const [, karin, olle] = within(table).getAllByRole('row');
    // The row header is the card's heading: it needs no label.
    expect(within(karin).getByRole('rowheader', { name: 'Karin' })).not.toHaveAttribute('data-label');
    const cells = within(karin).getAllByRole('cell');
    expect(cells.map((cell) => cell.getAttribute('data-label'))).toEqual(['E-postadress', 'Åtgärder']);
    expect(cells.map((cell) => cell.textContent)).toEqual(['karin@hedemora.se', 'Ta bort Karin']);
    // A cell with nothing in it is left out of the card (it stays an empty cell of the table).
    const [olleEmail] = within(olle).getAllByRole('cell');
    expect(olleEmail).toHaveClass('data-table__cell--empty');
    expect(cells[0]).not.toHaveClass('data-table__cell--empty');
  });

  it('leaves out a column passed as false', () => {
    renderSection({ rows: [{ id: '1', name: 'Karin', email: 'karin@hedemora.se' }], actions: true });
    expect(screen.getByRole('columnheader', { name: 'Åtgärder' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ta bort Karin' })).toBeInTheDocument();
  });

  it('says it is loading until the rows arrive', () => {
    renderSection({ rows: undefined, loading: true });
    expect(screen.getByRole('status')).toHaveTextContent('Laddar…');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so when there are no rows, instead of an empty table', () => {
    renderSection({ rows: [] });
    expect(screen.getByText('Inga personer.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains a failed query', () => {
    renderSection({ rows: undefined, error: new TypeError('Failed to fetch') });
    expect(screen.getByRole('alert')).toHaveTextContent('Det gick inte att nå tjänsten');
  });
});
