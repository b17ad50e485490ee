import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cohort, programme } from '../../test/cohort-fixtures';
import { processLeader, renderRoute } from '../../test/render';
import { CohortsPage } from './CohortsPage';
import { CohortsQuery, ProgrammeOptionsQuery } from './graphql/operations';

function renderList() {
  return renderRoute({
    path: '/cohorts',
    element: <CohortsPage />,
    url: '/cohorts',
    user: processLeader,
    mocks: [
      { request: { query: CohortsQuery, variables: {} }, result: { data: { cohorts: [cohort()] } } },
      { request: { query: ProgrammeOptionsQuery }, result: { data: { programmes: [programme] } } },
    ],
  });
}

describe('CohortsPage', () => {
  it('lists the cohorts in a table named by its caption, each cell labelled by its column for the cards on a phone', async () => {
    renderList();
    const table = await screen.findByRole('table', { name: 'Omgångar' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Omgång',
      'Program',
      'Status',
      'Mentor',
      'Nya',
      'Start',
      'Uppföljning',
      'Nästa möte',
    ]);
    const name = within(table).getByRole('rowheader', { name: 'Modellkommuner 2026 – Dalarna och Stockholm' });
    expect(within(name).getByRole('link')).toHaveAttribute('href', '/cohorts/20000000-0000-4000-8000-000000000001');
    const row = name.closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((cell) => cell.getAttribute('data-label'))).toEqual(['Program', 'Status', 'Mentor', 'Nya', 'Start', 'Uppföljning', 'Nästa möte']);
    expect(cells[1]).toHaveTextContent('Planerad');
    expect(cells[2]).toHaveTextContent('Hedemora kommun');
    expect(within(cells[3]).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Haninge kommun', 'Huddinge kommun']);
    expect(cells[4]).toHaveTextContent('2 mars 2026');
  });
});
