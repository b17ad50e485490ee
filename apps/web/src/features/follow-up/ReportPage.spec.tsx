import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { haningeMember } from '../../test/cohort-fixtures';
import { graphQLError, hedemoraMember, processLeader, renderRoute, type TestUser } from '../../test/render';
import {
  CHECKPOINT_ID,
  report,
  reportAnswer,
  reportCheckpoint,
  reportMocks,
  reportPageAnswer,
  REPORT_ID,
  submittedReport,
} from './follow-up-test-data';
import {
  CreateExampleDraftFromReportMutation,
  ReviewFollowUpReportMutation,
  SaveFollowUpReportMutation,
  SubmitFollowUpReportMutation,
} from './graphql/operations';
import { ReportPage } from './ReportPage';

type Mocks = Parameters<typeof renderRoute>[0]['mocks'];

function renderReport(user: TestUser, code: string, mocks: Mocks) {
  return renderRoute({
    path: '/checkpoints/:checkpointId/reports/:code',
    element: <ReportPage />,
    url: `/checkpoints/${CHECKPOINT_ID}/reports/${code}`,
    user,
    mocks,
  });
}

/** A mutation's mock that records what was sent. */
function recording<T>(query: T, sent: Record<string, unknown>[], result: Record<string, unknown>) {
  return {
    request: {
      query,
      variables: (variables: Record<string, unknown>) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  };
}

const summaryBox = () => screen.getByRole('textbox', { name: /^Sammanfattning/ });

// A whole page with a form of radio groups and tables: more than the default 5 s on a loaded machine.
describe('ReportPage', { timeout: 20_000 }, () => {
  it('lets the organisation write its first report: "Spara utkast" creates it with version 0 and confirms', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    renderReport(haningeMember, '0136', [
      reportPageAnswer('0136', reportCheckpoint()),
      recording(SaveFollowUpReportMutation, sent, {
        data: {
          saveFollowUpReport: {
            __typename: 'FollowUpReport',
            id: REPORT_ID,
            status: 'DRAFT',
            version: 1,
            summary: 'Vi har kartlagt hemtjänsten.',
            whatWorked: null,
            challenges: null,
            nextSteps: null,
            updatedAt: '2027-02-01T10:00:00.000Z',
          },
        },
      }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Uppföljningsrapport – Haninge kommun' })).toBeInTheDocument();
    expect(screen.getByText('Inte påbörjad')).toBeVisible();
    // The goals the report covers: the shared one and Haninge's own, not Huddinge's.
    expect(screen.getByRole('group', { name: 'Bedömning av målet Jämställd hemtjänst' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Bedömning av målet Fler kvinnor i ledningen' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Huddinges eget mål/ })).not.toBeInTheDocument();
    // Where the shared goal's indicator stands, beside its assessment.
    expect(
      screen.getByText('Skillnaden mellan kvinnor och män har minskat med 1,4 procentenheter.', { selector: '.report-goal *' }),
    ).toBeVisible();

    await user.type(summaryBox(), 'Vi har kartlagt hemtjänsten.');
    await user.click(
      within(screen.getByRole('group', { name: 'Bedömning av målet Jämställd hemtjänst' })).getByRole('radio', { name: 'Delvis uppnått' }),
    );
    await user.type(screen.getByRole('textbox', { name: /^Kommentar till målet Jämställd hemtjänst/ }), 'Kvinnorna är mindre nöjda.');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    const confirmation = await screen.findByRole('status', { name: 'Utkastet är sparat.' });
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(sent).toEqual([
      {
        input: {
          checkpointId: CHECKPOINT_ID,
          organizationCode: '0136',
          version: 0,
          summary: 'Vi har kartlagt hemtjänsten.',
          whatWorked: null,
          challenges: null,
          nextSteps: null,
          goalAssessments: [{ goalId: 'g-1', status: 'PARTLY_ACHIEVED', comment: 'Kvinnorna är mindre nöjda.' }],
        },
      },
    ]);
  });

  it('saves over the version read; a CONFLICT keeps the text and offers the newer version', async () => {
    const user = userEvent.setup();
    const stale = 'Rapporten har ändrats sedan du läste den. Ladda om och försök igen.';
    const sent: Record<string, unknown>[] = [];
    renderReport(haningeMember, '0136', [
      ...reportMocks('0136', report()),
      recording(SaveFollowUpReportMutation, sent, { errors: [graphQLError('CONFLICT', stale, { currentVersion: 4 })] }),
    ]);
    const summary = await screen.findByRole('textbox', { name: /^Sammanfattning/ });
    expect(summary).toHaveValue('Hemtjänsten har kartlagt insatserna per kön.');
    await user.clear(summary);
    await user.type(summary, 'Min nya sammanfattning.');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    expect(await screen.findByText(stale)).toBeVisible();
    expect(sent[0]).toMatchObject({ input: { version: 3, summary: 'Min nya sammanfattning.' } });
    // The form's summary takes focus; the text stays; the newer version can be fetched.
    await waitFor(() => expect(document.querySelector('.report-form__summary')).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Hämta den senaste versionen' })).toBeVisible();
    expect(summaryBox()).toHaveValue('Min nya sammanfattning.');
  });

  it('asks before submitting, saying what it means, and submits the version read', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    const complete = report({
      goalAssessments: submittedReport().goalAssessments,
    });
    renderReport(haningeMember, '0136', [
      ...reportMocks('0136', complete),
      recording(SubmitFollowUpReportMutation, sent, {
        data: {
          submitFollowUpReport: {
            __typename: 'FollowUpReport',
            id: REPORT_ID,
            status: 'SUBMITTED',
            version: 4,
            submittedAt: '2027-02-20T10:00:00.000Z',
          },
        },
      }),
    ]);
    const submit = await screen.findByRole('button', { name: 'Lämna in för granskning' });
    await user.click(submit);
    const question = screen.getByRole('group', { name: 'Vill du lämna in rapporten för granskning?' });
    expect(within(question).getByText('Rapporten låses: den kan inte ändras medan den granskas.')).toBeVisible();
    expect(within(question).getByText('Mentorn, Hedemora kommun, granskar den och godkänner den eller begär ändringar.')).toBeVisible();
    const yes = within(question).getByRole('button', { name: 'Ja, lämna in rapporten' });
    expect(yes).toHaveFocus();
    expect(sent).toEqual([]);

    await user.click(yes);
    const confirmation = await screen.findByRole('status', { name: 'Rapporten är inlämnad för granskning.' });
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(confirmation).toHaveTextContent('Mentorn, Hedemora kommun, granskar den nu.');
    expect(sent).toEqual([{ id: REPORT_ID, version: 3 }]);
  });

  it('says what is missing before submitting, in the focused error summary, and sends nothing', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    renderReport(haningeMember, '0136', [
      ...reportMocks('0136', report({ summary: null })),
      recording(SubmitFollowUpReportMutation, sent, { data: null }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Lämna in för granskning' }));
    await user.click(screen.getByRole('button', { name: 'Ja, lämna in rapporten' }));

    const summary = document.querySelector('.report-form__summary') as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Skriv en sammanfattning innan du lämnar in rapporten.' })).toHaveAttribute(
      'href',
      '#report-summary',
    );
    expect(within(summary).getByRole('link', { name: 'Bedöm målet Fler kvinnor i ledningen innan du lämnar in rapporten.' })).toBeVisible();
    expect(summaryBox()).toHaveAccessibleDescription(expect.stringContaining('Skriv en sammanfattning innan du lämnar in rapporten.'));
    expect(sent).toEqual([]);
  });

  it('moves focus to the error summary when the API refuses the submission, with its fields linked', async () => {
    const user = userEvent.setup();
    const missing = 'Bedöm målet "Fler kvinnor i ledningen" innan du lämnar in rapporten.';
    const complete = report({ goalAssessments: submittedReport().goalAssessments });
    renderReport(haningeMember, '0136', [
      ...reportMocks('0136', complete),
      recording(SubmitFollowUpReportMutation, [], {
        errors: [graphQLError('BAD_USER_INPUT', missing, { fields: [{ field: 'goalAssessments', message: missing }] })],
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Lämna in för granskning' }));
    await user.click(screen.getByRole('button', { name: 'Ja, lämna in rapporten' }));

    const summary = document.querySelector('.report-form__summary') as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: missing })).toHaveAttribute('href', '#report-goal-g-1-assessment');
    expect(screen.queryByRole('group', { name: 'Vill du lämna in rapporten för granskning?' })).not.toBeInTheDocument();
  });

  it('shows the mentor a mentee’s submitted report read-only, with the snapshot and the review panel', async () => {
    renderReport(hedemoraMember, '0136', reportMocks('0136', submittedReport()));
    expect(await screen.findByRole('heading', { level: 2, name: 'Rapporten' })).toBeInTheDocument();
    expect(screen.getByText('Hemtjänsten har kartlagt insatserna per kön.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Spara utkast' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Sammanfattning/ })).not.toBeInTheDocument();
    expect(screen.getByText('Delvis uppnått')).toBeVisible();
    expect(screen.getByText('Uppnått')).toBeVisible();

    // The snapshot: periods × Kvinnor/Män with the gap, and the target; the shared result line.
    const table = screen.getByRole('table', { name: 'Andel nöjda brukare (%), värden per period' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Period', 'Kvinnor', 'Män', 'Skillnad kvinnor − män']);
    const row2023 = within(table).getByRole('rowheader', { name: '2023' }).closest('tr') as HTMLElement;
    expect(
      within(row2023)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['80', '82', '−2\u00a0procentenheter']);
    expect(within(table).getByRole('rowheader', { name: 'Mål 2026' })).toBeInTheDocument();
    expect(screen.getByText(/^Andel nöjda brukare: Kvinnor 78 % \(2022\) → 80 % \(2023\)/)).toBeVisible();

    const panel = screen.getByRole('region', { name: 'Granska rapporten' });
    expect(within(panel).getByRole('radio', { name: 'Godkänn rapporten' })).not.toBeChecked();
    expect(within(panel).getByRole('radio', { name: 'Begär ändringar' })).not.toBeChecked();
    // Only an approved report becomes a learning example.
    expect(screen.queryByRole('button', { name: 'Skapa utkast till lärande exempel' })).not.toBeInTheDocument();
  });

  it('asks the reviewer what needs to change, then sends the review and confirms it', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    renderReport(hedemoraMember, '0136', [
      ...reportMocks('0136', submittedReport()),
      recording(ReviewFollowUpReportMutation, sent, {
        data: {
          reviewFollowUpReport: {
            __typename: 'Review',
            id: 'r-1',
            decision: 'REQUEST_CHANGES',
            comment: 'Beskriv insatserna för män.',
            createdAt: '2027-02-22T10:00:00.000Z',
          },
        },
      }),
    ]);
    const panel = await screen.findByRole('region', { name: 'Granska rapporten' });
    await user.click(within(panel).getByRole('radio', { name: 'Begär ändringar' }));
    await user.click(within(panel).getByRole('button', { name: 'Skicka granskningen' }));
    const comment = within(panel).getByRole('textbox', { name: /^Kommentar/ });
    await waitFor(() => expect(comment).toHaveFocus());
    expect(comment).toHaveAccessibleDescription(expect.stringContaining('Skriv vad som behöver ändras.'));
    expect(sent).toEqual([]);

    await user.type(comment, 'Beskriv insatserna för män.');
    await user.click(within(panel).getByRole('button', { name: 'Skicka granskningen' }));
    const confirmation = await screen.findByRole('status', { name: 'Du har begärt ändringar i rapporten.' });
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(sent).toEqual([{ input: { reportId: REPORT_ID, decision: 'REQUEST_CHANGES', comment: 'Beskriv insatserna för män.' } }]);
  });

  it('gives the review panel only to the reviewer: not to the mentee itself, nor to a process leader for a mentee’s report', async () => {
    const { unmount } = renderReport(haningeMember, '0136', reportMocks('0136', submittedReport()));
    expect(await screen.findByText(/Rapporten är inlämnad och granskas nu/)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Granska rapporten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara utkast' })).not.toBeInTheDocument();
    unmount();

    renderReport(processLeader, '0136', reportMocks('0136', submittedReport()));
    expect(await screen.findByRole('heading', { level: 2, name: 'Rapporten' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Granska rapporten' })).not.toBeInTheDocument();
  });

  it('lets a process leader review the mentor’s report', async () => {
    const mentorReport = submittedReport({
      organization: { __typename: 'Organization', id: 'o-2083', code: '2083' } as unknown as ReturnType<
        typeof submittedReport
      >['organization'],
    });
    renderReport(processLeader, '2083', reportMocks('2083', mentorReport));
    expect(await screen.findByRole('region', { name: 'Granska rapporten' })).toBeInTheDocument();
    expect(screen.getByText('Processledaren')).toBeVisible();
  });

  it('shows a mentor’s draft of a mentee read-only, with the values as they stand now and no review panel', async () => {
    renderReport(hedemoraMember, '0136', reportMocks('0136', report()));
    expect(await screen.findByRole('heading', { level: 2, name: 'Rapporten' })).toBeInTheDocument();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'Granska rapporten' })).not.toBeInTheDocument();
    expect(screen.getByText(/^Värdena och utvecklingen som de är nu/)).toBeVisible();
    expect(screen.getByRole('table', { name: 'Andel nöjda brukare (%), värden per period' })).toBeInTheDocument();
  });

  it('offers the example draft for an approved report, and links to its editor', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    const approved = submittedReport({
      status: 'APPROVED',
      version: 5,
      reviews: [
        {
          __typename: 'Review',
          id: 'r-1',
          decision: 'REQUEST_CHANGES',
          comment: 'Beskriv insatserna för män.',
          createdAt: '2027-02-22T10:00:00.000Z',
          reviewer: { __typename: 'User', id: 'u-k', name: 'Karin Lindqvist' },
        },
        {
          __typename: 'Review',
          id: 'r-2',
          decision: 'APPROVE',
          comment: '',
          createdAt: '2027-02-25T10:00:00.000Z',
          reviewer: { __typename: 'User', id: 'u-k', name: 'Karin Lindqvist' },
        },
      ] as unknown as ReturnType<typeof submittedReport>['reviews'],
    });
    renderReport(haningeMember, '0136', [
      ...reportMocks('0136', approved),
      recording(CreateExampleDraftFromReportMutation, sent, {
        data: {
          createExampleDraftFromReport: {
            __typename: 'LearningExample',
            id: 'e-1',
            slug: 'jamstalldhetsarbete-i-haninge',
            title: 'Jämställdhetsarbete i Haninge kommun',
            status: 'DRAFT',
          },
        },
      }),
    ]);
    // The reviews, oldest first.
    const reviews = await screen.findByRole('region', { name: 'Granskningar' });
    expect(
      within(reviews)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('strong')?.textContent),
    ).toEqual(['Ändringar begärda', 'Godkänd']);
    expect(within(reviews).getByText('Ingen kommentar.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Skapa utkast till lärande exempel' }));
    const confirmation = await screen.findByRole('status', { name: 'Utkastet till lärande exempel är skapat.' });
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(within(confirmation).getByRole('link', { name: 'Öppna utkastet Jämställdhetsarbete i Haninge kommun' })).toHaveAttribute(
      'href',
      '/examples/jamstalldhetsarbete-i-haninge/edit',
    );
    expect(sent).toEqual([{ reportId: REPORT_ID }]);
  });

  it('is not found for another mentee of the cohort', async () => {
    renderReport(haningeMember, '0126', [reportPageAnswer('0126', reportCheckpoint()), reportAnswer(null)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
  });

  it('links to the print view', async () => {
    renderReport(haningeMember, '0136', reportMocks('0136', report()));
    expect(await screen.findByRole('link', { name: 'Utskriftsvy' })).toHaveAttribute(
      'href',
      `/checkpoints/${CHECKPOINT_ID}/reports/0136/print`,
    );
  });
});
