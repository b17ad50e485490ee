import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { haningeMember } from '../../test/cohort-fixtures';
import { processLeader, renderRoute, type TestUser } from '../../test/render';
import { CHECKPOINT_ID, followUpReportsAnswer, followUpRow } from './follow-up-test-data';
import { FollowUpListPage } from './FollowUpListPage';

const OTHER_COHORT = '20000000-0000-4000-8000-000000000002';

const rows = [
  followUpRow('0136', 'Haninge kommun', { status: 'DRAFT', daysOverdue: 12 }),
  followUpRow('2083', 'Hedemora kommun', { status: 'APPROVED', role: 'MENTOR' }),
  followUpRow('0126', 'Huddinge kommun', { daysOverdue: 3 }),
  followUpRow('1980', 'Västerås kommun', {
    dueDate: '2026-09-01',
    status: 'SUBMITTED',
    checkpoint: { __typename: 'Checkpoint', id: 'c-9', kind: 'MIDTERM' },
    cohort: { __typename: 'Cohort', id: OTHER_COHORT, name: 'Modellkommuner 2025 – Västmanland' },
  } as Partial<ReturnType<typeof followUpRow>>),
];

function renderList(user: TestUser, url = '/follow-up') {
  return renderRoute({ path: '/follow-up', element: <FollowUpListPage />, url, user, mocks: [followUpReportsAnswer(rows)] });
}

const organizations = () =>
  within(screen.getByRole('table', { name: 'Uppföljningsrapporter' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('FollowUpListPage', { timeout: 20_000 }, () => {
  it('lists the expected reports by due date, with status, days overdue and a link to each', async () => {
    renderList(processLeader);
    expect(await screen.findByRole('heading', { level: 2, name: '4 rapporter' })).toBeInTheDocument();
    expect(screen.getByText(/^Alla uppföljningsrapporter som väntas/)).toBeVisible();
    expect(organizations()).toEqual(['Västerås kommun', 'Haninge kommun', 'Hedemora kommun', 'Huddinge kommun']);
    const table = screen.getByRole('table', { name: 'Uppföljningsrapporter' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Organisation', 'Omgång', 'Uppföljning', 'Status', 'Sista dag', 'Dagar över tiden', 'Åtgärder']);
    const haninge = within(table).getByRole('rowheader', { name: 'Haninge kommun' }).closest('tr') as HTMLElement;
    expect(within(haninge).getByText('Utkast')).toBeVisible();
    expect(within(haninge).getByText('12')).toBeVisible();
    expect(
      within(haninge).getByRole('link', {
        name: 'Öppna rapporten för Haninge kommun, Uppföljning efter ett år, Modellkommuner 2026 – Dalarna och Stockholm',
      }),
    ).toHaveAttribute('href', `/checkpoints/${CHECKPOINT_ID}/reports/0136`);
    const huddinge = within(table).getByRole('rowheader', { name: 'Huddinge kommun' }).closest('tr') as HTMLElement;
    expect(within(huddinge).getByText('Inte påbörjad')).toBeVisible();
  });

  it('filters by status ("Inte påbörjad" too) and "Bara försenade", keeps it in the URL and focuses the results heading', async () => {
    const user = userEvent.setup();
    const { router } = renderList(processLeader);
    await screen.findByRole('heading', { level: 2, name: '4 rapporter' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Inte påbörjad');
    await user.click(screen.getByRole('button', { name: 'Filtrera' }));
    const heading = await screen.findByRole('heading', { level: 2, name: '1 rapport' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(organizations()).toEqual(['Huddinge kommun']);
    expect(router.state.location.search).toBe('?status=NOT_STARTED');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Alla statusar');
    await user.click(screen.getByRole('checkbox', { name: 'Bara försenade' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortera efter' }), 'Dagar över tiden, flest först');
    await user.click(screen.getByRole('button', { name: 'Filtrera' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: '2 rapporter' })).toHaveFocus());
    expect(organizations()).toEqual(['Haninge kommun', 'Huddinge kommun']);
    expect(router.state.location.search).toBe('?overdue=1&sort=overdue');
  });

  it('reads the filters from the URL: a cohort, sorted by organisation', async () => {
    renderList(processLeader, `/follow-up?cohort=${OTHER_COHORT}&sort=organization`);
    expect(await screen.findByRole('heading', { level: 2, name: '1 rapport' })).toBeInTheDocument();
    expect(organizations()).toEqual(['Västerås kommun']);
    expect(screen.getByRole('combobox', { name: 'Omgång' })).toHaveValue(OTHER_COHORT);
    expect(screen.getByRole('link', { name: 'Rensa filter' })).toHaveAttribute('href', '/follow-up');
  });

  it('tells a member it shows its own organisation’s reports', async () => {
    renderList(haningeMember);
    expect(await screen.findByText(/^Din organisations uppföljningsrapporter/)).toBeVisible();
  });
});
