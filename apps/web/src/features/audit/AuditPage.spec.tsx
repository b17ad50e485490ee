import { fireEvent, screen, waitFor } from '@testing-library/react';
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
    expect(await screen.findByRole('heading', { level: 2, name: 'invitation.revoke' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/^Typ av objekt/).value).toBe('Invitation');
    // 13:05 UTC is 14:05 in Stockholm in November.
    expect(screen.getAllByText('2026-11-22 14:05:09')).toHaveLength(2);
    expect(screen.getByText('Dubblett')).toBeTruthy();
    expect(screen.getAllByText(/"email": "person3@hedemora.se"/)).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    const added = await screen.findByRole('heading', { level: 2, name: 'invitation.create' });
    await waitFor(() => expect(document.activeElement).toBe(added));
    expect(screen.getByText('Visar 3 ändringar.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
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
    expect(await screen.findByText('Inga ändringar matchar filtret.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Typ av objekt/), { target: { value: 'User' } });
    fireEvent.change(screen.getByLabelText(/^Utförd av/), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrera' }));
    await waitFor(() => expect(router.state.location.search).toBe('?entity=User&actorId=abc'));
  });
});
