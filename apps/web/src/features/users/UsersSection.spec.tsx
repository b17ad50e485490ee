import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, hedemoraMember, processLeader, renderRoute, type TestUser } from '../../test/render';
import { DeactivateUserMutation, OrganizationUsersQuery } from './graphql/operations';
import { UsersSection } from './UsersSection';

const karin = { __typename: 'User', id: hedemoraMember.id, name: 'Karin Lindqvist', email: 'kontakt.hedemora@example.se', role: 'MEMBER', active: true };
const usersMock = { request: { query: OrganizationUsersQuery, variables: { organizationCode: '2083' } }, result: { data: { users: [karin] } }, maxUsageCount: 3 };

function renderUsers(viewer: TestUser, mocks: Parameters<typeof renderRoute>[0]['mocks'] = [usersMock]) {
  return renderRoute({
    path: '/x',
    url: '/x',
    user: viewer,
    element: <UsersSection organizationCode="2083" organizationName="Hedemora kommun" viewer={viewer} />,
    mocks,
  });
}

describe('UsersSection', () => {
  it('lists the accounts in a table named after the organisation', async () => {
    renderUsers(processLeader);
    const table = await screen.findByRole('table', { name: 'Konton i Hedemora kommun' });
    expect(table).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Konton i Hedemora kommun' })).toContainElement(table);
    expect(screen.getByRole('rowheader', { name: 'Karin Lindqvist' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'kontakt.hedemora@example.se' })).toHaveClass('break-anywhere');
    expect(screen.getByRole('columnheader', { name: 'Åtgärder' })).toBeInTheDocument();
  });

  it('lets a process leader deactivate an account after confirming', async () => {
    renderUsers(processLeader, [
      usersMock,
      {
        request: { query: DeactivateUserMutation, variables: { id: karin.id } },
        result: { data: { deactivateUser: { __typename: 'User', id: karin.id, active: false } } },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Inaktivera kontot för Karin Lindqvist' }));
    expect(screen.getByRole('group', { name: /Vill du inaktivera kontot för Karin Lindqvist/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ja, inaktivera' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Kontot för Karin Lindqvist är inaktiverat.')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('cell', { name: 'Inaktiverat' })).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Inaktivera/ })).not.toBeInTheDocument();
    // The buttons went with the answer: focus is on the section's heading, not lost at the page's top.
    expect(screen.getByRole('heading', { level: 2, name: 'Konton' })).toHaveFocus();
  });

  it('says why a deactivation failed', async () => {
    const message = 'Du kan inte inaktivera ditt eget konto.';
    renderUsers(processLeader, [
      usersMock,
      { request: { query: DeactivateUserMutation, variables: { id: karin.id } }, result: { errors: [graphQLError('FORBIDDEN', message)] } },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Inaktivera kontot för Karin Lindqvist' }));
    await user.click(screen.getByRole('button', { name: 'Ja, inaktivera' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
    expect(screen.getByRole('cell', { name: 'Aktivt' })).toBeInTheDocument();
  });

  it('can be cancelled, returning focus to the button', async () => {
    renderUsers(processLeader);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Inaktivera kontot för Karin Lindqvist' }));
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('button', { name: 'Inaktivera kontot för Karin Lindqvist' })).toHaveFocus();
  });

  it('offers members no deactivation, and marks their own account', async () => {
    renderUsers(hedemoraMember);
    expect(await screen.findByRole('rowheader', { name: 'Karin Lindqvist (du)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Inaktivera/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Åtgärder' })).not.toBeInTheDocument();
  });

  it('says so when the organisation has no accounts', async () => {
    renderUsers(processLeader, [{ ...usersMock, result: { data: { users: [] } } }]);
    expect(await screen.findByText('Organisationen har inga konton ännu.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
