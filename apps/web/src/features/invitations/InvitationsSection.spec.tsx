import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { hedemoraMember, processLeader, renderRoute, type TestUser } from '../../test/render';
import { OrganizationInvitationsQuery, ResendInvitationMutation, RevokeInvitationMutation } from './graphql/operations';
import { InvitationsSection } from './InvitationsSection';

const open = { __typename: 'Invitation', id: 'i-1', email: 'ny@hedemora.se', role: 'MEMBER', expiresAt: '2099-12-06T12:00:00.000Z', sendCount: 1 };
const expired = { ...open, id: 'i-2', email: 'sen@hedemora.se', expiresAt: '2020-01-01T12:00:00.000Z' };
const leader = { ...open, id: 'i-3', email: 'ledare@skr.se', role: 'PROCESS_LEADER' };

function invitationsMock(invitations: unknown[]) {
  return { request: { query: OrganizationInvitationsQuery, variables: { organizationCode: '2083' } }, result: { data: { invitations } } };
}

function renderInvitations(viewer: TestUser, mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  return renderRoute({
    path: '/x',
    url: '/x',
    user: viewer,
    element: <InvitationsSection organizationCode="2083" organizationName="Hedemora kommun" viewer={viewer} />,
    mocks,
  });
}

describe('InvitationsSection', () => {
  it('lists open invitations in a table named after the organisation, marking the expired ones', async () => {
    renderInvitations(processLeader, [invitationsMock([open, expired])]);
    const table = await screen.findByRole('table', { name: 'Öppna inbjudningar till Hedemora kommun' });
    const expiredRow = within(table).getByRole('rowheader', { name: 'sen@hedemora.se' }).closest('tr');
    expect(expiredRow).toHaveTextContent('(har gått ut)');
    expect(within(table).getByRole('rowheader', { name: 'ny@hedemora.se' }).closest('tr')).not.toHaveTextContent('(har gått ut)');
  });

  it('lets members manage their colleagues’ member invitations only', async () => {
    renderInvitations(hedemoraMember, [invitationsMock([open, leader])]);
    expect(await screen.findByRole('button', { name: 'Skicka igen inbjudan till ny@hedemora.se' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skicka igen inbjudan till ledare@skr.se' })).not.toBeInTheDocument();
  });

  it('sends an invitation again and says so, leaving focus on the button', async () => {
    renderInvitations(processLeader, [
      invitationsMock([open]),
      {
        request: { query: ResendInvitationMutation, variables: { id: open.id } },
        result: { data: { resendInvitation: { __typename: 'Invitation', id: open.id, expiresAt: open.expiresAt, sendCount: 2 } } },
      },
    ]);
    const user = userEvent.setup();
    const resend = await screen.findByRole('button', { name: 'Skicka igen inbjudan till ny@hedemora.se' });
    await user.click(resend);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Inbjudan till ny@hedemora.se har skickats igen.'));
    expect(screen.getByRole('cell', { name: '2' })).toBeInTheDocument();
    expect(resend).toHaveFocus();
  });

  it('revokes an invitation after confirming, and moves focus to the section', async () => {
    renderInvitations(processLeader, [
      invitationsMock([open]),
      {
        request: { query: RevokeInvitationMutation, variables: { id: open.id } },
        result: { data: { revokeInvitation: { __typename: 'Invitation', id: open.id, revokedAt: '2026-11-22T12:00:00.000Z' } } },
      },
      invitationsMock([]),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Återkalla inbjudan till ny@hedemora.se' }));
    expect(screen.getByRole('button', { name: 'Ja, återkalla' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Det finns inga öppna inbjudningar.')).toBeVisible();
    // The list's refetch and the mutation's answer arrive in either order.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Inbjudan till ny@hedemora.se är återkallad.'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Öppna inbjudningar' })).toHaveFocus());
  });
});
