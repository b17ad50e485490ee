import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { DeactivateUserMutation, OrganizationUsersQuery } from './graphql/operations';
import { UsersSection } from './UsersSection';

const karin = { __typename: 'User', id: hedemoraMember.id, name: 'Karin Lindqvist', email: 'kontakt.hedemora@example.se', role: 'MEMBER', active: true };
const usersMock = { request: { query: OrganizationUsersQuery, variables: { organizationCode: '2083' } }, result: { data: { users: [karin] } }, maxUsageCount: 3 };

describe('UsersSection', () => {
  it('lets a process leader deactivate an account after confirming', async () => {
    renderRoute({
      path: '/x',
      url: '/x',
      user: processLeader,
      element: <UsersSection organizationCode="2083" organizationName="Hedemora kommun" viewer={processLeader} />,
      mocks: [
        usersMock,
        {
          request: { query: DeactivateUserMutation, variables: { id: karin.id } },
          result: { data: { deactivateUser: { __typename: 'User', id: karin.id, active: false } } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Inaktivera kontot för Karin Lindqvist' }));
    expect(screen.getByRole('group', { name: /Vill du inaktivera kontot för Karin Lindqvist/ })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ja, inaktivera' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, inaktivera' }));
    expect(await screen.findByText('Kontot för Karin Lindqvist är inaktiverat.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('cell', { name: 'Inaktiverat' })).toBeTruthy());
    expect(screen.queryByRole('button', { name: /Inaktivera/ })).toBeNull();
  });

  it('can be cancelled, returning focus to the button', async () => {
    renderRoute({
      path: '/x',
      url: '/x',
      user: processLeader,
      element: <UsersSection organizationCode="2083" organizationName="Hedemora kommun" viewer={processLeader} />,
      mocks: [usersMock],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Inaktivera kontot för Karin Lindqvist' }));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Inaktivera kontot för Karin Lindqvist' })));
  });

  it('offers members no deactivation, and marks their own account', async () => {
    renderRoute({
      path: '/x',
      url: '/x',
      user: hedemoraMember,
      element: <UsersSection organizationCode="2083" organizationName="Hedemora kommun" viewer={hedemoraMember} />,
      mocks: [usersMock],
    });
    expect(await screen.findByRole('rowheader', { name: 'Karin Lindqvist (du)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Inaktivera/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Åtgärder' })).toBeNull();
  });
});
