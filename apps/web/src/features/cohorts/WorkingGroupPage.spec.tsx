import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeTruthy();
    expect(screen.getByText('Du kan bara ändra din egen organisations arbetsgrupp.')).toBeTruthy();
  });

  it('saves the whole list, and goes back to the cohort', async () => {
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
    expect(await screen.findByRole('heading', { level: 1, name: 'Arbetsgrupp – Haninge kommun' })).toBeTruthy();
    const first = screen.getByRole('group', { name: 'Person 1' });
    expect(within(first).getByLabelText<HTMLInputElement>(/^Namn/).value).toBe('Anna Andersson');

    fireEvent.click(screen.getByRole('button', { name: 'Lägg till en person' }));
    const second = screen.getByRole('group', { name: 'Person 2' });
    await waitFor(() => expect(document.activeElement).toBe(within(second).getByLabelText(/^Namn/)));
    fireEvent.click(screen.getByRole('button', { name: 'Spara arbetsgruppen' }));
    expect(await screen.findByRole('link', { name: 'Ange namnet på person 2.' })).toBeTruthy();

    fireEvent.change(within(second).getByLabelText(/^Namn/), { target: { value: 'Bengt Berg' } });
    fireEvent.change(within(second).getByLabelText(/^Roll/), { target: { value: 'EQUALITY_EXPERT' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara arbetsgruppen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cohorts/${COHORT_ID}`));
  });
});
