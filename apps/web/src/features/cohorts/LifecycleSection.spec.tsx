import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cohort, COHORT_ID } from '../../test/cohort-fixtures';
import { graphQLError, processLeader, renderRoute } from '../../test/render';
import { CohortPage } from './CohortPage';
import { CandidateOrganizationsQuery, CohortQuery, TransitionCohortMutation } from './graphql/operations';

const planned = cohort({ allowedTransitions: ['ACTIVE', 'CANCELLED'] });
const candidates = { request: { query: CandidateOrganizationsQuery, variables: { kind: 'MUNICIPALITY' } }, result: { data: { organizations: [] } }, maxUsageCount: 5 };

function renderPlanned(mocks: Parameters<typeof renderRoute>[0]['mocks'] = []) {
  return renderRoute({
    path: '/cohorts/:id',
    element: <CohortPage />,
    url: `/cohorts/${COHORT_ID}`,
    user: processLeader,
    mocks: [{ request: { query: CohortQuery, variables: { id: COHORT_ID } }, result: { data: { cohort: planned } }, maxUsageCount: 5 }, candidates, ...mocks],
  });
}

describe('LifecycleSection: starting a cohort asks first', () => {
  it('says what starting means before anything is sent; "Avbryt" goes back to the button', async () => {
    const user = userEvent.setup();
    renderPlanned();
    const start = await screen.findByRole('button', { name: 'Starta omgången' });
    expect(start).toHaveAttribute('aria-expanded', 'false');
    await user.click(start);

    expect(start).toHaveAttribute('aria-expanded', 'true');
    const question = screen.getByRole('group', { name: 'Vill du starta omgången nu?' });
    expect(within(question).getByText('Omgångens år börjar: den blir pågående fram till uppföljningen 2 mars 2027.')).toBeVisible();
    expect(within(question).getByText(/^Medlemmarna får inget meddelande nu/)).toBeVisible();
    expect(within(question).getByText('Omgången kan inte flyttas tillbaka till planerad.')).toBeVisible();
    // Focus is on the answer, which reads what the step means.
    const yes = within(question).getByRole('button', { name: 'Ja, starta omgången' });
    expect(yes).toHaveFocus();
    expect(yes).toHaveAccessibleDescription(expect.stringContaining('Omgången kan inte flyttas tillbaka till planerad.'));

    await user.click(within(question).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('group', { name: 'Vill du starta omgången nu?' })).not.toBeInTheDocument();
    expect(start).toHaveFocus();
  });

  it('starts the cohort once confirmed, and says so', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    renderPlanned([
      {
        request: {
          query: TransitionCohortMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { transitionCohort: { ...planned, status: 'ACTIVE', version: 4, allowedTransitions: ['FOLLOW_UP', 'CANCELLED'] } } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Starta omgången' }));
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Ja, starta omgången' }));
    expect(await screen.findByText('Omgången har nu status Pågående.')).toBeVisible();
    expect(sent).toEqual([{ id: COHORT_ID, to: 'ACTIVE', version: 3, reason: null }]);
    expect(screen.getByRole('heading', { level: 2, name: 'Status' })).toHaveFocus();
  });

  it('moves focus to the section’s error summary, with a reload, when the API refuses', async () => {
    const user = userEvent.setup();
    const stale = 'Omgången har ändrats sedan du läste den. Ladda om och försök igen.';
    renderPlanned([{ request: { query: TransitionCohortMutation, variables: () => true }, result: { errors: [graphQLError('CONFLICT', stale, { currentVersion: 4 })] } }]);
    await user.click(await screen.findByRole('button', { name: 'Starta omgången' }));
    await user.click(screen.getByRole('button', { name: 'Ja, starta omgången' }));
    const message = await screen.findByText(stale);
    await waitFor(() => expect(message.closest('.error-summary')).toHaveFocus());
    expect(within(message.closest('.error-summary') as HTMLElement).getByRole('button', { name: 'Ladda om omgången' })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Vill du starta omgången nu?' })).not.toBeInTheDocument();
  });
});

describe('LifecycleSection: concluding', () => {
  const following = (followUpComplete: boolean) =>
    cohort({ status: 'FOLLOW_UP', allowedTransitions: ['CONCLUDED', 'CANCELLED'], followUpComplete });

  function renderFollowUp(followUpComplete: boolean, mocks: Parameters<typeof renderRoute>[0]['mocks'] = []) {
    return renderRoute({
      path: '/cohorts/:id',
      element: <CohortPage />,
      url: `/cohorts/${COHORT_ID}`,
      user: processLeader,
      mocks: [
        {
          request: { query: CohortQuery, variables: { id: COHORT_ID } },
          result: { data: { cohort: following(followUpComplete) } },
          maxUsageCount: 5,
        },
        candidates,
        ...mocks,
      ],
    });
  }

  it('needs a reason while not every one-year report is approved', async () => {
    const user = userEvent.setup();
    renderFollowUp(false);
    await user.click(await screen.findByRole('button', { name: 'Avsluta omgången' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Skäl/ })).toHaveFocus());
    expect(screen.queryByRole('group', { name: 'Vill du avsluta omgången nu?' })).not.toBeInTheDocument();
  });

  it('asks without a reason once every one-year report is approved, saying the mentees become mentors, and sends no reason', async () => {
    const user = userEvent.setup();
    const sent: Record<string, unknown>[] = [];
    renderFollowUp(true, [
      {
        request: {
          query: TransitionCohortMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { transitionCohort: { ...following(true), status: 'CONCLUDED', version: 4, allowedTransitions: [] } } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Avsluta omgången' }));
    expect(screen.queryByRole('textbox', { name: /^Skäl/ })).not.toBeInTheDocument();
    const question = screen.getByRole('group', { name: 'Vill du avsluta omgången nu?' });
    expect(within(question).getByText('Alla uppföljningsrapporter efter ett år är godkända, så inget skäl behövs.')).toBeVisible();
    expect(within(question).getByText(/^De nya kommuner som har en godkänd rapport efter ett år blir mentorer/)).toBeVisible();
    const yes = within(question).getByRole('button', { name: 'Ja, avsluta omgången' });
    expect(yes).toHaveFocus();

    await user.click(yes);
    expect(await screen.findByText('Omgången har nu status Avslutad.')).toBeVisible();
    expect(sent).toEqual([{ id: COHORT_ID, to: 'CONCLUDED', version: 3, reason: null }]);
  });
});
