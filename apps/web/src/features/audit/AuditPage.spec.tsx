import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { processLeader, renderRoute } from '../../test/render';
import { AUDIT_PAGE_SIZE, AuditPage } from './AuditPage';
import { AuditLogQuery } from './graphql/operations';

function entry(id: number, action: string) {
  return {
    __typename: 'AuditEntry',
    id: String(id),
    at: '2026-11-22T13:05:09.000Z',
    action,
    entity: 'Invitation',
    entityId: `inv-${id}`,
    reason: id === 3 ? 'Dubblett' : null,
    before: null,
    after: JSON.stringify({ email: `person${id}@hedemora.se` }),
    actor: { __typename: 'User', id: processLeader.id, name: processLeader.name },
  };
}

function page(entries: ReturnType<typeof entry>[], hasNextPage: boolean, endCursor: string | null) {
  return { data: { auditLog: { __typename: 'AuditConnection', edges: entries, pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor } } } };
}

describe('AuditPage', () => {
  it('shows entries in Swedish time, with reason and the change, and loads more with the cursor', async () => {
    renderRoute({
      path: '/audit',
      element: <AuditPage />,
      url: '/audit?entity=Invitation',
      user: processLeader,
      mocks: [
        {
          request: { query: AuditLogQuery, variables: { entity: 'Invitation', first: AUDIT_PAGE_SIZE } },
          result: page([entry(3, 'invitation.revoke'), entry(2, 'invitation.resend')], true, 'cursor-2'),
        },
        {
          request: { query: AuditLogQuery, variables: { entity: 'Invitation', first: AUDIT_PAGE_SIZE, after: 'cursor-2' } },
          result: page([entry(1, 'invitation.create')], false, 'cursor-1'),
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'invitation.revoke' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Typ av objekt/)).toHaveValue('Invitation');
    // 13:05 UTC is 14:05 in Stockholm in November.
    expect(screen.getAllByText('2026-11-22 14:05:09')).toHaveLength(2);
    expect(screen.getByText('Dubblett')).toBeInTheDocument();
    expect(screen.getAllByText(/"email": "person3@hedemora.se"/)).toHaveLength(1);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Visa fler' }));
    const added = await screen.findByRole('heading', { level: 2, name: 'invitation.create' });
    // Focus goes to the first entry that was added, so a keyboard user reads on from there.
    await waitFor(() => expect(added).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Visar 3 ändringar.');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
  });

  it('puts the filters in the URL', async () => {
    const { router } = renderRoute({
      path: '/audit',
      element: <AuditPage />,
      url: '/audit',
      user: processLeader,
      mocks: [
        { request: { query: AuditLogQuery, variables: { first: AUDIT_PAGE_SIZE } }, result: page([], false, null) },
        { request: { query: AuditLogQuery, variables: { entity: 'User', actorId: 'abc', first: AUDIT_PAGE_SIZE } }, result: page([], false, null) },
      ],
    });
    expect(await screen.findByText('Inga ändringar matchar filtret.')).toBeVisible();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Typ av objekt/), 'User');
    await user.type(screen.getByLabelText(/^Utförd av/), 'abc{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?entity=User&actorId=abc'));
  });
});
