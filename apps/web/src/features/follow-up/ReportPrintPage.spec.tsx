import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hedemoraMember, renderRoute } from '../../test/render';
import { CHECKPOINT_ID, reportMocks, submittedReport } from './follow-up-test-data';
import { ReportPrintPage } from './ReportPrintPage';

function renderPrint() {
  const approved = submittedReport({
    status: 'APPROVED',
    reviews: [
      {
        __typename: 'Review',
        id: 'r-1',
        decision: 'APPROVE',
        comment: 'Ett gediget arbete.',
        createdAt: '2027-02-25T10:00:00.000Z',
        reviewer: { __typename: 'User', id: 'u-k', name: 'Karin Lindqvist' },
      },
    ] as unknown as ReturnType<typeof submittedReport>['reviews'],
  });
  return renderRoute({
    path: '/checkpoints/:checkpointId/reports/:code/print',
    element: <ReportPrintPage />,
    url: `/checkpoints/${CHECKPOINT_ID}/reports/0136/print`,
    user: hedemoraMember,
    mocks: reportMocks('0136', approved),
  });
}

describe('ReportPrintPage', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the report as a document: one h1, the facts, the texts, the goals, the indicators by gender with the gap, the reviews', async () => {
    renderPrint();
    expect(await screen.findByRole('heading', { level: 1, name: 'Uppföljningsrapport – Haninge kommun' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    const facts = document.querySelector('.report-facts');
    expect(facts).toHaveTextContent('Haninge kommun');
    expect(facts).toHaveTextContent('Modellkommuner 2026 – Dalarna och Stockholm');
    expect(facts).toHaveTextContent('Uppföljning efter ett år');
    expect(facts).toHaveTextContent('Godkänd');
    expect(facts).toHaveTextContent('20 februari 2027');

    expect(screen.getByRole('heading', { level: 2, name: 'Rapportens texter' })).toBeInTheDocument();
    expect(screen.getByText('Hemtjänsten har kartlagt insatserna per kön.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 4, name: 'Jämställd hemtjänst' })).toBeInTheDocument();
    expect(screen.getByText('Kvinnorna är fortfarande mindre nöjda.')).toBeVisible();

    const table = screen.getByRole('table', { name: 'Andel nöjda brukare (%), värden per period' });
    expect(within(table).getByRole('columnheader', { name: 'Skillnad kvinnor − män' })).toBeInTheDocument();
    expect(screen.getByText(/^Värdena och utvecklingen som de var när rapporten lämnades in/)).toBeVisible();

    const reviews = screen.getByRole('region', { name: 'Granskningar' });
    expect(within(reviews).getByText('Ett gediget arbete.')).toBeVisible();
    expect(within(reviews).getByText(/^Karin Lindqvist, /)).toBeVisible();
    // Nothing to act on in a document: no forms, no review panel.
    expect(document.querySelectorAll('form')).toHaveLength(0);
  });

  it('prints with the browser’s dialog, from a button the print stylesheet hides', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderPrint();
    const button = await screen.findByRole('button', { name: 'Skriv ut / spara som PDF' });
    expect(button.closest('.no-print')).not.toBeNull();
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Tillbaka till rapporten' })).toHaveAttribute(
      'href',
      `/checkpoints/${CHECKPOINT_ID}/reports/0136`,
    );
    vi.unstubAllGlobals();
  });
});
