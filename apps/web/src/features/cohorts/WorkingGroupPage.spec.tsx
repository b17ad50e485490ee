import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cohort, COHORT_ID, haningeMember } from '../../test/cohort-fixtures';
import { graphQLError, renderRoute } from '../../test/render';
import { SetWorkingGroupMutation, WorkingGroupQuery } from './graphql/operations';
import { WorkingGroupPage } from './WorkingGroupPage';

type Person = { __typename: 'WorkingGroupMember'; id: string; name: string; title: string | null; role: string; email: string | null };

const ANNA: Person = { __typename: 'WorkingGroupMember', id: 'w-1', name: 'Anna Andersson', title: 'Kommunstyrelsens ordförande', role: 'POLITICIAN', email: 'anna@haninge.se' };
const BENGT: Person = { __typename: 'WorkingGroupMember', id: 'w-2', name: 'Bengt Berg', title: null, role: 'EQUALITY_EXPERT', email: null };
const CECILIA: Person = { __typename: 'WorkingGroupMember', id: 'w-3', name: 'Cecilia Ceder', title: 'Socialchef', role: 'MANAGER', email: 'cecilia@haninge.se' };

const STALE = 'Arbetsgruppen har ändrats sedan du läste den. Ladda om och försök igen.';

/** The working-group page's answer: the fixture cohort's members, Haninge's group at `version` with `people`. */
function workingGroupData(version = 4, people: Person[] = [ANNA]) {
  const base = cohort();
  return {
    cohort: {
      __typename: 'Cohort' as const,
      id: base.id,
      name: base.name,
      members: base.members.map((m) => ({
        __typename: 'CohortMember' as const,
        id: m.id,
        role: m.role,
        withdrawnAt: m.withdrawnAt,
        organization: { __typename: 'Organization' as const, id: m.organization.id, code: m.organization.code, name: m.organization.name },
        workingGroupVersion: m.organization.code === '0136' ? version : 1,
        workingGroup: m.organization.code === '0136' ? people : [],
      })),
    },
  };
}

const queryMock = (version = 4, people: Person[] = [ANNA]) => ({
  request: { query: WorkingGroupQuery, variables: { id: COHORT_ID } },
  result: { data: workingGroupData(version, people) },
});

function saveMock(version: number, members: Record<string, unknown>[], answer: Person[] | 'stale') {
  return {
    request: { query: SetWorkingGroupMutation, variables: { cohortId: COHORT_ID, organizationCode: '0136', version, members } },
    result:
      answer === 'stale'
        ? { errors: [graphQLError('CONFLICT', STALE, { currentVersion: version + 1 })] }
        : { data: { setWorkingGroup: { __typename: 'CohortMember', id: 'm-0136', workingGroupVersion: version + 1, workingGroup: answer } } },
  };
}

const annaInput = { name: 'Anna Andersson', title: 'Kommunstyrelsens ordförande', role: 'POLITICIAN', email: 'anna@haninge.se' };
const bengtInput = { name: 'Bengt Berg', title: null, role: 'EQUALITY_EXPERT', email: null };
const ceciliaInput = { name: 'Cecilia Ceder', title: 'Socialchef', role: 'MANAGER', email: 'cecilia@haninge.se' };

function renderPage(code: string, mocks: Parameters<typeof renderRoute>[0]['mocks'] = [queryMock()]) {
  return renderRoute({
    path: '/cohorts/:id/working-group/:code',
    element: <WorkingGroupPage />,
    url: `/cohorts/${COHORT_ID}/working-group/${code}`,
    user: haningeMember,
    mocks,
    routes: [],
  });
}

/** Adds Bengt as person 2 (Anna is person 1) and saves. */
async function addBengtAndSave(user: ReturnType<typeof userEvent.setup>) {
  expect(await screen.findByRole('heading', { level: 1, name: 'Arbetsgrupp – Haninge kommun' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Lägg till en person' }));
  const second = screen.getByRole('group', { name: 'Person 2' });
  await user.type(within(second).getByLabelText(/^Namn/), 'Bengt Berg');
  await user.selectOptions(within(second).getByLabelText(/^Roll/), 'EQUALITY_EXPERT');
  await user.click(screen.getByRole('button', { name: 'Spara arbetsgruppen' }));
}

const nameOf = (person: number) => within(screen.getByRole('group', { name: `Person ${person}` })).getByLabelText(/^Namn/);

describe('WorkingGroupPage', () => {
  it('does not let a member edit another organisation’s working group', async () => {
    renderPage('0126');
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeInTheDocument();
    expect(screen.getByText('Du kan bara ändra din egen organisations arbetsgrupp.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Spara arbetsgruppen' })).not.toBeInTheDocument();
  });

  it('saves the whole list, and goes back to the cohort', async () => {
    const user = userEvent.setup();
    const { router } = renderPage('0136', [queryMock(), saveMock(4, [annaInput, bengtInput], [ANNA, BENGT])]);
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

  describe('when someone else saved the group in between', () => {
    it('keeps what was typed, shows the group as it is saved now, and saves the user’s list on top of it', async () => {
      const user = userEvent.setup();
      const { router } = renderPage('0136', [
        queryMock(4, [ANNA]),
        saveMock(4, [annaInput, bengtInput], 'stale'),
        // A colleague added Cecilia meanwhile.
        queryMock(5, [ANNA, CECILIA]),
        saveMock(5, [annaInput, bengtInput], [ANNA, BENGT]),
      ]);
      await addBengtAndSave(user);

      expect(await screen.findByText(STALE)).toBeVisible();
      // Nothing typed is lost, and nothing is said as if it were saved.
      expect(nameOf(2)).toHaveValue('Bengt Berg');
      expect(router.state.location.pathname).toBe(`/cohorts/${COHORT_ID}/working-group/0136`);

      await user.click(screen.getByRole('button', { name: 'Hämta den senaste versionen' }));
      const notice = await screen.findByRole('region', { name: 'Någon annan har sparat arbetsgruppen' });
      expect(notice).toHaveFocus();
      expect(within(notice).getByText(/Någon annan sparade arbetsgruppen medan du ändrade den/)).toBeVisible();
      // In people's words: who is in the group now, never version numbers.
      const latest = within(notice).getByRole('list', { name: 'Arbetsgruppen som den är sparad nu' });
      expect(within(latest).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'Anna Andersson, Kommunstyrelsens ordförande, Politiker (anna@haninge.se)',
        'Cecilia Ceder, Socialchef, Chef (cecilia@haninge.se)',
      ]);
      expect(notice).not.toHaveTextContent(/version \d|\b[45]\b/);
      // The fetch did not reset the form: the user's rows are still there.
      expect(screen.queryByText(STALE)).not.toBeInTheDocument();
      expect(nameOf(1)).toHaveValue('Anna Andersson');
      expect(nameOf(2)).toHaveValue('Bengt Berg');

      await user.click(within(notice).getByRole('button', { name: 'Behåll min text' }));
      expect(notice).not.toBeInTheDocument();
      expect(screen.getByText('Din text finns kvar. När du sparar ersätter den den senaste versionen.')).toBeInTheDocument();
      expect(nameOf(1)).toHaveFocus();
      expect(nameOf(2)).toHaveValue('Bengt Berg');

      await user.click(screen.getByRole('button', { name: 'Spara arbetsgruppen' }));
      await waitFor(() => expect(router.state.location.pathname).toBe(`/cohorts/${COHORT_ID}`));
    });

    it('shows the latest group in the form instead, only when the user confirms, and saves on top of it', async () => {
      const user = userEvent.setup();
      const { router } = renderPage('0136', [
        queryMock(4, [ANNA]),
        saveMock(4, [annaInput, bengtInput], 'stale'),
        queryMock(5, [CECILIA]),
        saveMock(5, [ceciliaInput], [CECILIA]),
      ]);
      await addBengtAndSave(user);
      await user.click(await screen.findByRole('button', { name: 'Hämta den senaste versionen' }));
      const notice = await screen.findByRole('region', { name: 'Någon annan har sparat arbetsgruppen' });

      await user.click(within(notice).getByRole('button', { name: /^Visa den senaste versionen i stället/ }));
      const question = within(notice).getByRole('group', { name: 'Din osparade text ersätts med den senaste versionen. Vill du det?' });
      // Asking replaces nothing yet.
      expect(nameOf(2)).toHaveValue('Bengt Berg');
      await user.click(within(question).getByRole('button', { name: 'Ja, ersätt min text' }));

      expect(screen.queryByRole('group', { name: 'Person 2' })).not.toBeInTheDocument();
      expect(nameOf(1)).toHaveValue('Cecilia Ceder');
      expect(nameOf(1)).toHaveFocus();
      expect(within(screen.getByRole('group', { name: 'Person 1' })).getByLabelText(/^Roll/)).toHaveValue('MANAGER');
      expect(screen.getByText('Formuläret visar nu den senaste versionen.')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Spara arbetsgruppen' }));
      await waitFor(() => expect(router.state.location.pathname).toBe(`/cohorts/${COHORT_ID}`));
    });
  });
});
