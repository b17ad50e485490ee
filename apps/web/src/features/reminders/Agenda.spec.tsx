import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stockholmToday } from '../../shared/stockholm-time';
import { haningeMember } from '../../test/cohort-fixtures';
import { graphQLError, processLeader, renderRoute, type TestUser } from '../../test/render';
import { Agenda } from './Agenda';
import { AGENDA_LIMITS } from './agenda';
import { AgendaQuery, MarkNotificationsReadMutation } from './graphql/operations';

const DAY = 24 * 3600 * 1000;
// Relative to now: the agenda looks forward from the moment it is shown.
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const dateInDays = (days: number) => stockholmToday(new Date(Date.now() + days * DAY));
const COHORT = '20000000-0000-4000-8000-000000000001';

function variables(user: TestUser) {
  return { processLeader: user.role === 'PROCESS_LEADER', notifications: AGENDA_LIMITS.notifications, examples: AGENDA_LIMITS.examples };
}

/** The query's answer as the API sends it (with every __typename, which the generated types leave out of lists' items). */
function answer(user: TestUser, data: Record<string, unknown>) {
  return {
    request: { query: AgendaQuery, variables: variables(user) },
    result: { data: { __typename: 'Query', cohorts: [], followUpReports: [], notifications: [], ...data } },
  };
}

const cohortWithMeeting = {
  __typename: 'Cohort' as const,
  id: COHORT,
  name: 'Modellkommuner 2026 – Dalarna och Stockholm',
  status: 'ACTIVE' as const,
  processLeader: { __typename: 'User' as const, id: processLeader.id },
  meetings: [
    { __typename: 'Meeting' as const, id: 'meet-1', title: 'Återsamling', startsAt: inDays(3), cancelledAt: null },
    { __typename: 'Meeting' as const, id: 'meet-0', title: 'Uppstartsmöte', startsAt: inDays(-30), cancelledAt: null },
  ],
};

function reportRow(code: string, name: string, extra: Record<string, unknown>) {
  return {
    __typename: 'FollowUpReportRow' as const,
    dueDate: dateInDays(10),
    daysOverdue: null,
    status: null,
    role: 'MENTEE' as const,
    checkpoint: { __typename: 'Checkpoint' as const, id: 'c-1', kind: 'ONE_YEAR' as const },
    cohort: { __typename: 'Cohort' as const, id: COHORT, name: 'Modellkommuner 2026 – Dalarna och Stockholm' },
    organization: { __typename: 'Organization' as const, id: `o-${code}`, code, name },
    ...extra,
  };
}

const unread = {
  __typename: 'Notification' as const,
  id: 'n-1',
  kind: 'CUSTOM',
  title: 'Glöm inte enkäten',
  body: 'Fyll i enkäten före fredag.',
  link: `/cohorts/${COHORT}`,
  createdAt: inDays(-1),
  readAt: null,
};

function renderAgenda(user: TestUser, mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  return renderRoute({ path: '/', element: <Agenda user={user} />, url: '/', user, mocks });
}

const group = (name: string) => screen.getByRole('region', { name });

describe('Agenda ("Det här väntar på dig")', () => {
  it('gives a member the next meetings, the report to hand in, and the unread notifications, each linking onward', async () => {
    renderAgenda(haningeMember, [
      answer(haningeMember, {
        cohorts: [cohortWithMeeting],
        followUpReports: [reportRow('0136', 'Haninge kommun', { status: 'DRAFT' })],
        notifications: [unread],
      }),
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Det här väntar på dig' })).toBeInTheDocument();
    const notifications = await screen.findByRole('region', { name: 'Olästa notiser' });
    expect(within(notifications).getByRole('link', { name: 'Glöm inte enkäten' })).toHaveAttribute('href', `/cohorts/${COHORT}`);
    expect(within(notifications).getByRole('link', { name: 'Alla notiser' })).toHaveAttribute('href', '/notifications');

    const meetings = group('Nästa möten');
    expect(within(meetings).getAllByRole('link').map((link) => link.textContent)).toEqual(['Återsamling']);
    expect(within(meetings).getByRole('link', { name: 'Återsamling' })).toHaveAttribute('href', `/cohorts/${COHORT}`);
    expect(meetings).toHaveTextContent('Modellkommuner 2026 – Dalarna och Stockholm');

    const reports = group('Uppföljning att lämna in');
    expect(within(reports).getByRole('link', { name: 'Uppföljning efter ett år, Modellkommuner 2026 – Dalarna och Stockholm' })).toHaveAttribute(
      'href',
      '/checkpoints/c-1/reports/0136',
    );
    expect(reports).toHaveTextContent(/Sista dag \d+ \w+ \d{4}/);
    expect(screen.queryByRole('region', { name: 'Uppföljningar att granska' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Lärande exempel hos redaktionen' })).not.toBeInTheDocument();
  });

  it('says how overdue a report is, in words', async () => {
    renderAgenda(haningeMember, [
      answer(haningeMember, { followUpReports: [reportRow('0136', 'Haninge kommun', { dueDate: dateInDays(-12), daysOverdue: 12 })] }),
    ]);
    const reports = await screen.findByRole('region', { name: 'Uppföljning att lämna in' });
    expect(within(reports).getByText(/^12 dagar försenad, sista dag var/)).toBeVisible();
  });

  it('gives a process leader the mentors’ reports to review and the editorial queue', async () => {
    renderAgenda(processLeader, [
      answer(processLeader, {
        followUpReports: [
          reportRow('2083', 'Hedemora kommun', { status: 'SUBMITTED', role: 'MENTOR' }),
          reportRow('0136', 'Haninge kommun', { status: 'SUBMITTED' }),
        ],
        examplesInReview: {
          __typename: 'LearningExampleSearchResult',
          totalCount: 7,
          edges: [
            {
              __typename: 'LearningExampleEdge',
              node: { __typename: 'LearningExample', id: 'e-1', slug: 'jamstalld-hemtjanst', title: 'Jämställd hemtjänst', updatedAt: inDays(-6) },
            },
          ],
        },
      }),
    ]);
    const reviews = await screen.findByRole('region', { name: 'Uppföljningar att granska' });
    expect(within(reviews).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Hedemora kommun: Uppföljning efter ett år, Modellkommuner 2026 – Dalarna och Stockholm',
    ]);
    expect(within(reviews).getByRole('link')).toHaveAttribute('href', '/checkpoints/c-1/reports/2083');
    const examples = group('Lärande exempel hos redaktionen');
    expect(within(examples).getByText('7 exempel väntar på granskning.')).toBeVisible();
    expect(within(examples).getByRole('link', { name: 'Jämställd hemtjänst' })).toHaveAttribute('href', '/examples/jamstalld-hemtjanst');
    expect(within(examples).getByRole('link', { name: 'Till redaktionen' })).toHaveAttribute('href', '/editorial');
  });

  it('says when nothing waits', async () => {
    renderAgenda(haningeMember, [answer(haningeMember, {})]);
    expect(await screen.findByText('Inget väntar på dig just nu.')).toBeVisible();
  });

  it('says why when it cannot be read', async () => {
    renderAgenda(haningeMember, [{ request: { query: AgendaQuery, variables: variables(haningeMember) }, result: { errors: [graphQLError('INTERNAL_SERVER_ERROR', 'x')] } }]);
    expect(await screen.findByRole('alert')).toHaveTextContent(/.+/);
    expect(screen.queryByText('Inget väntar på dig just nu.')).not.toBeInTheDocument();
  });

  it('marks a notification read when it is followed', async () => {
    const sent: unknown[] = [];
    const { router } = renderAgenda(haningeMember, [
      answer(haningeMember, { notifications: [unread] }),
      {
        request: {
          query: MarkNotificationsReadMutation,
          variables: (v: Record<string, unknown>) => {
            sent.push(v);
            return true;
          },
        },
        result: { data: { markNotificationsRead: 1 } },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Glöm inte enkäten' }));
    expect(router.state.location.pathname).toBe(`/cohorts/${COHORT}`);
    expect(sent).toEqual([{ ids: ['n-1'] }]);
  });
});
