import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cohort, COHORT_ID, haningeMember } from '../../test/cohort-fixtures';
import { renderRoute } from '../../test/render';
import { CohortQuery, SetWorkingGroupMutation } from './graphql/operations';
import { WorkingGroupPage } from './WorkingGroupPage';

const cohortMock = { request: { query: CohortQuery, variables: { id: COHORT_ID } }, result: { data: { cohort: cohort() } }, maxUsageCount: 5 };

function renderPage(code: string, mocks: Parameters<typeof renderRoute>[0]['mocks'] = [cohortMock]) {
  return renderRoute({
    path: '/cohorts/:id/working-group/:code',
    element: <WorkingGroupPage />,
    url: `/cohorts/${COHORT_ID}/working-group/${code}`,
    user: haningeMember,
    mocks,
    routes: [],
  });
}

describe('WorkingGroupPage', () => {
  it('does not let a member edit another organisation’s working group', async () => {
    renderPage('0126');
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeInTheDocument();
    expect(screen.getByText('Du kan bara ändra din egen organisations arbetsgrupp.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Spara arbetsgruppen' })).not.toBeInTheDocument();
  });

  it('saves the whole list, and goes back to the cohort', async () => {
    const user = userEvent.setup();
    const { router } = renderPage('0136', [
      cohortMock,
      {
        request: {
          query: SetWorkingGroupMutation,
          variables: {
            cohortId: COHORT_ID,
            organizationCode: '0136',
            members: [
              { name: 'Anna Andersson', title: 'Kommunstyrelsens ordförande', role: 'POLITICIAN', email: 'anna@haninge.se' },
              { name: 'Bengt Berg', title: null, role: 'EQUALITY_EXPERT', email: null },
            ],
          },
        },
        result: {
          data: {
            setWorkingGroup: {
              __typename: 'CohortMember',
              id: 'm-0136',
              workingGroup: [
                { __typename: 'WorkingGroupMember', id: 'w-1', name: 'Anna Andersson', title: 'Kommunstyrelsens ordförande', role: 'POLITICIAN', email: 'anna@haninge.se' },
                { __typename: 'WorkingGroupMember', id: 'w-2', name: 'Bengt Berg', title: null, role: 'EQUALITY_EXPERT', email: null },
              ],
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Arbetsgrupp – Haninge kommun' })).toBeInTheDocument();
    const first = screen.getByRole('group', { name: 'Person 1' });
    expect(within(first).getByLabelText(/^Namn/)).toHaveValue('Anna Andersson');

    await user.click(screen.getByRole('button', { name: 'Lägg till en person' }));
    const second = screen.getByRole('group', { name: 'Person 2' });
    await waitFor(() => expect(within(second).getByLabelText(/^Namn/)).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Spara arbetsgruppen' }));
    const missing = await screen.findByRole('link', { name: 'Ange namnet på person 2.' });
    expect(missing).toHaveAttribute('href', `#${within(second).getByLabelText(/^Namn/).id}`);

    await user.type(within(second).getByLabelText(/^Namn/), 'Bengt Berg');
    await user.selectOptions(within(second).getByLabelText(/^Roll/), 'EQUALITY_EXPERT');
    await user.click(screen.getByRole('button', { name: 'Spara arbetsgruppen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cohorts/${COHORT_ID}`));
  });
});
