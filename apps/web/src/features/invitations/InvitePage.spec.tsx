import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { OrganizationQuery } from '../organizations';
import { InviteUserMutation } from './graphql/operations';
import { InvitePage } from './InvitePage';

const organizationMock = (code: string, name: string, kind: 'MUNICIPALITY' | 'REGION' | 'SKR' = 'MUNICIPALITY') => ({
  request: { query: OrganizationQuery, variables: { code } },
  result: {
    data: {
      organization: { __typename: 'Organization', id: `o-${code}`, code, name, shortName: name, kind, countyCode: kind === 'SKR' ? null : code.slice(0, 2), mentorEligible: false },
    },
  },
});

describe('InvitePage', () => {
  it('lets members invite colleagues as members, without a role to choose', async () => {
    renderRoute({
      path: '/organizations/:code/invite',
      element: <InvitePage />,
      url: '/organizations/2083/invite',
      user: hedemoraMember,
      mocks: [
        organizationMock('2083', 'Hedemora kommun'),
        {
          request: { query: InviteUserMutation, variables: { input: { email: 'ny@hedemora.se', organizationCode: '2083', role: 'MEMBER' } } },
          result: {
            data: { inviteUser: { __typename: 'Invitation', id: 'i-1', email: 'ny@hedemora.se', role: 'MEMBER', expiresAt: '2026-12-06T12:00:00Z', sendCount: 1 } },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bjud in till Hedemora kommun' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Roll/)).not.toBeInTheDocument();
    expect(screen.getByText('Den som bjuds in får rollen Medlem.')).toBeVisible();
    const user = userEvent.setup();
    const email = screen.getByLabelText(/^E-postadress/);
    await user.type(email, 'ny@hedemora.se');
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect(await screen.findByText('Inbjudan har skickats till ny@hedemora.se.')).toBeVisible();
    // Ready for the next colleague: the field is empty and has the focus.
    expect(email).toHaveValue('');
    expect(email).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Tillbaka till Hedemora kommun' })).toHaveAttribute('href', '/organizations/2083');
  });

  it('tells members they cannot invite to another organisation', async () => {
    renderRoute({
      path: '/organizations/:code/invite',
      element: <InvitePage />,
      url: '/organizations/0126/invite',
      user: hedemoraMember,
      mocks: [organizationMock('0126', 'Huddinge kommun')],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeInTheDocument();
    expect(screen.getByText('Du kan bara bjuda in kollegor till din egen organisation.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Skicka inbjudan' })).not.toBeInTheDocument();
  });

  it('offers a process leader no role that can only fail: a kommun gets members only', async () => {
    renderRoute({
      path: '/organizations/:code/invite',
      element: <InvitePage />,
      url: '/organizations/2083/invite',
      user: processLeader,
      mocks: [
        organizationMock('2083', 'Hedemora kommun'),
        {
          request: { query: InviteUserMutation, variables: { input: { email: 'ny@hedemora.se', organizationCode: '2083', role: 'MEMBER' } } },
          result: {
            data: { inviteUser: { __typename: 'Invitation', id: 'i-2', email: 'ny@hedemora.se', role: 'MEMBER', expiresAt: '2026-12-06T12:00:00Z', sendCount: 1 } },
          },
        },
      ],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^E-postadress/), 'ny@hedemora.se');
    expect(screen.queryByLabelText(/^Roll/)).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Processledare' })).not.toBeInTheDocument();
    expect(screen.getByText('Den som bjuds in får rollen Medlem.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect(await screen.findByText('Inbjudan har skickats till ny@hedemora.se.')).toBeVisible();
  });

  it('shows a process leader inviting to SKR the role, and the API’s field error next to it', async () => {
    const message = 'Välj en roll som SKR:s konton kan ha.';
    renderRoute({
      path: '/organizations/:code/invite',
      element: <InvitePage />,
      url: '/organizations/SKR/invite',
      user: processLeader,
      mocks: [
        organizationMock('SKR', 'Sveriges Kommuner och Regioner', 'SKR'),
        {
          request: { query: InviteUserMutation, variables: { input: { email: 'ny@skr.se', organizationCode: 'SKR', role: 'PROCESS_LEADER' } } },
          result: { errors: [graphQLError('BAD_USER_INPUT', message, { fields: [{ field: 'role', message }] })] },
        },
      ],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^E-postadress/), 'ny@skr.se');
    const roles = screen.getByLabelText(/^Roll/);
    // Both roles, the safe one first.
    expect(within(roles).getAllByRole('option').map((option) => option.textContent)).toEqual(['Medlem', 'Processledare']);
    expect(roles).toHaveValue('MEMBER');
    await user.selectOptions(roles, 'PROCESS_LEADER');
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    const role = screen.getByLabelText(/^Roll/);
    await waitFor(() => expect(role).toHaveAttribute('aria-invalid', 'true'));
    expect(role).toHaveAttribute('aria-describedby', expect.stringContaining('invite-role-error'));
    expect(role).toHaveAccessibleDescription(`Processledare bjuds in till SKR. ${message}`);
    expect(role).toHaveFocus();
    expect(screen.getByRole('link', { name: message })).toHaveAttribute('href', '#invite-role');
  });
});
