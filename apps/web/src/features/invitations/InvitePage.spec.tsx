import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { OrganizationQuery } from '../organizations';
import { InviteUserMutation } from './graphql/operations';
import { InvitePage } from './InvitePage';

const organizationMock = (code: string, name: string) => ({
  request: { query: OrganizationQuery, variables: { code } },
  result: {
    data: {
      organization: { __typename: 'Organization', id: `o-${code}`, code, name, shortName: name, kind: 'MUNICIPALITY', countyCode: code.slice(0, 2), mentorEligible: false },
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

  it('shows a process leader the role, and the API’s field error next to it', async () => {
    const message = 'Processledare bjuds in till SKR, inte till en kommun eller region.';
    renderRoute({
      path: '/organizations/:code/invite',
      element: <InvitePage />,
      url: '/organizations/2083/invite',
      user: processLeader,
      mocks: [
        organizationMock('2083', 'Hedemora kommun'),
        {
          request: { query: InviteUserMutation, variables: { input: { email: 'ny@hedemora.se', organizationCode: '2083', role: 'PROCESS_LEADER' } } },
          result: { errors: [graphQLError('BAD_USER_INPUT', message, { fields: [{ field: 'role', message }] })] },
        },
      ],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^E-postadress/), 'ny@hedemora.se');
    await user.selectOptions(screen.getByLabelText(/^Roll/), 'PROCESS_LEADER');
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    const role = screen.getByLabelText(/^Roll/);
    await waitFor(() => expect(role).toHaveAttribute('aria-invalid', 'true'));
    expect(role).toHaveAttribute('aria-describedby', expect.stringContaining('invite-role-error'));
    expect(role).toHaveAccessibleDescription(`Processledare bjuds in till SKR. ${message}`);
    expect(role).toHaveFocus();
    expect(screen.getByRole('link', { name: message })).toHaveAttribute('href', '#invite-role');
  });
});
