import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { OrganizationQuery } from '../organizations/graphql/operations';
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
    expect(await screen.findByRole('heading', { level: 1, name: 'Bjud in till Hedemora kommun' })).toBeTruthy();
    expect(screen.queryByLabelText(/^Roll/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/^E-postadress/), { target: { value: 'ny@hedemora.se' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect(await screen.findByText('Inbjudan har skickats till ny@hedemora.se.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tillbaka till Hedemora kommun' }).getAttribute('href')).toBe('/organizations/2083');
  });

  it('tells members they cannot invite to another organisation', async () => {
    renderRoute({
      path: '/organizations/:code/invite',
      element: <InvitePage />,
      url: '/organizations/0126/invite',
      user: hedemoraMember,
      mocks: [organizationMock('0126', 'Huddinge kommun')],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har inte behörighet' })).toBeTruthy();
    expect(screen.getByText('Du kan bara bjuda in kollegor till din egen organisation.')).toBeTruthy();
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
    fireEvent.change(await screen.findByLabelText(/^E-postadress/), { target: { value: 'ny@hedemora.se' } });
    fireEvent.change(screen.getByLabelText(/^Roll/), { target: { value: 'PROCESS_LEADER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    const role = screen.getByLabelText(/^Roll/);
    await waitFor(() => expect(role.getAttribute('aria-invalid')).toBe('true'));
    expect(role.getAttribute('aria-describedby')).toContain('invite-role-error');
    expect(document.getElementById('invite-role-error')?.textContent).toBe(message);
    expect(screen.getByRole('link', { name: message }).getAttribute('href')).toBe('#invite-role');
  });
});
