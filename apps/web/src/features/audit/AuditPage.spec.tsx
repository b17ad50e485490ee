import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { AUDIT_PAGE_SIZE, AuditPage } from './AuditPage';
import { AuditActorsQuery, AuditLogQuery } from './graphql/operations';

const actor = { __typename: 'User', id: processLeader.id, name: processLeader.name } as const;

function entry(id: number, action: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AuditEntry',
    id: String(id),
    at: '2026-11-22T13:05:09.000Z',
    action,
    entity: 'Invitation',
    entityId: `inv-${id}`,
    reason: id === 3 ? 'Dubblett' : null,
    before: null,
    after: JSON.stringify({ email: `person${id}@hedemora.se`, role: 'MEMBER', organizationId: 'org-1' }),
    subject: `person${id}@hedemora.se`,
    subjectContext: 'Hedemora kommun',
    subjectPath: '/organizations/2083',
    actor,
    ...overrides,
  };
}

function page(entries: ReturnType<typeof entry>[], hasNextPage: boolean, endCursor: string | null, totalCount = entries.length) {
  return {
    data: {
      auditLog: { __typename: 'AuditConnection', edges: entries, totalCount, pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor } },
    },
  };
}

const actors = {
  request: { query: AuditActorsQuery },
  result: {
    data: {
      auditActors: [
        {
          __typename: 'User',
          id: hedemoraMember.id,
          name: hedemoraMember.name,
          organization: { __typename: 'Organization', id: 'org-2083', name: 'Hedemora kommun' },
        },
        { ...actor, organization: { __typename: 'Organization', id: 'org-skr', name: 'Sveriges Kommuner och Regioner' } },
      ],
    },
  },
  maxUsageCount: 5,
};

describe('AuditPage', () => {
  it('tells each change as a sentence in Swedish time, with the reason, the changes behind a disclosure, and loads more with the cursor', async () => {
    renderRoute({
      path: '/audit',
      element: <AuditPage />,
      url: '/audit?entity=Invitation',
      user: processLeader,
      mocks: [
        actors,
        {
          request: { query: AuditLogQuery, variables: { entity: 'Invitation', first: AUDIT_PAGE_SIZE } },
          result: page([entry(3, 'invitation.revoke'), entry(2, 'invitation.resend')], true, 'cursor-2', 3),
        },
        {
          request: { query: AuditLogQuery, variables: { entity: 'Invitation', first: AUDIT_PAGE_SIZE, after: 'cursor-2' } },
          result: page([entry(1, 'invitation.create')], false, 'cursor-1', 3),
        },
      ],
    });
    const revoked = await screen.findByRole('heading', {
      level: 3,
      name: 'Pia Processledare drog tillbaka inbjudan till person3@hedemora.se (Hedemora kommun)',
    });
    expect(within(revoked).getByRole('link', { name: 'Hedemora kommun' })).toHaveAttribute('href', '/organizations/2083');
    expect(screen.getByRole('heading', { level: 2, name: '3 ändringar' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Typ av objekt/)).toHaveValue('Invitation');
    expect(screen.getByRole('option', { name: 'Inbjudningar', selected: true })).toBeInTheDocument();
    // 13:05 UTC is 14:05 in Stockholm in November.
    expect(screen.getAllByText('2026-11-22 14:05:09')).toHaveLength(2);
    expect(screen.getByText('Dubblett')).toHaveAttribute('lang', 'sv');
    // No raw JSON, codes or ids: the change is told field by field, behind "Visa ändringarna".
    expect(screen.queryByText(/"email"/)).not.toBeInTheDocument();
    expect(screen.queryByText('invitation.revoke')).not.toBeInTheDocument();
    const user = userEvent.setup();
    const revokedEntry = within(revoked.closest('li') as HTMLElement);
    const email = revokedEntry.getByText('person3@hedemora.se', { selector: 'dd span' });
    expect(email).not.toBeVisible();
    await user.click(revokedEntry.getByText('Visa ändringarna'));
    expect(email).toBeVisible();
    expect(revokedEntry.getByText('Medlem')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Visa fler' }));
    const added = await screen.findByRole('heading', {
      level: 3,
      name: 'Pia Processledare bjöd in person1@hedemora.se till Hedemora kommun',
    });
    // Focus goes to the first entry that was added, so a keyboard user reads on from there.
    await waitFor(() => expect(added).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Visar 3 ändringar.');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
  });

  it('filters by kind of object and by person chosen from lists, puts the filters in the URL and moves focus to the results', async () => {
    const { router } = renderRoute({
      path: '/audit',
      element: <AuditPage />,
      url: '/audit',
      user: processLeader,
      mocks: [
        actors,
        { request: { query: AuditLogQuery, variables: { first: AUDIT_PAGE_SIZE } }, result: page([], false, null) },
        {
          request: { query: AuditLogQuery, variables: { entity: 'CohortMember', actorId: hedemoraMember.id, first: AUDIT_PAGE_SIZE } },
          result: page(
            [
              entry(7, 'cohort.set_working_group', {
                entity: 'CohortMember',
                entityId: 'member-7',
                actor: { __typename: 'User', id: hedemoraMember.id, name: hedemoraMember.name },
                subject: 'Hedemora kommun',
                subjectContext: 'Dalarna 2026',
                subjectPath: '/cohorts/cohort-1',
                before: JSON.stringify({ people: 'Anna (MANAGER)' }),
                after: JSON.stringify({ people: 'Anna (MANAGER); Bo (POLITICIAN)' }),
              }),
            ],
            false,
            'c',
          ),
        },
      ],
    });
    expect(await screen.findByText('Inga ändringar matchar filtret.')).toBeVisible();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText(/^Typ av objekt/), 'Arbetsgrupper');
    await screen.findByRole('option', { name: 'Karin Lindqvist, Hedemora kommun' });
    await user.selectOptions(screen.getByLabelText(/^Utförd av/), 'Karin Lindqvist, Hedemora kommun');
    await user.click(screen.getByRole('button', { name: 'Filtrera' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?entity=CohortMember&actorId=${hedemoraMember.id}`));
    const results = await screen.findByRole('heading', { level: 2, name: '1 ändring' });
    await waitFor(() => expect(results).toHaveFocus());
    const sentence = screen.getByRole('heading', {
      level: 3,
      name: 'Karin Lindqvist ändrade arbetsgruppen för Hedemora kommun i omgången ”Dalarna 2026”',
    });
    const cohort = within(sentence).getByRole('link', { name: 'Dalarna 2026' });
    expect(cohort).toHaveAttribute('href', '/cohorts/cohort-1');
    expect(cohort).toHaveAttribute('lang', 'sv');
  });

  it('in English, tells the change in English and marks the Swedish names and values lang="sv"', async () => {
    renderRoute({
      path: '/audit',
      element: <AuditPage />,
      url: '/audit',
      user: processLeader,
      language: 'en',
      mocks: [
        actors,
        {
          request: { query: AuditLogQuery, variables: { first: AUDIT_PAGE_SIZE } },
          result: page(
            [
              entry(9, 'meeting.cancel', {
                entity: 'Meeting',
                entityId: 'meeting-9',
                reason: 'Krock med budgetmötet',
                subject: 'Erfarenhetsutbyte 2',
                subjectContext: 'Dalarna 2026',
                subjectPath: '/cohorts/cohort-1',
                before: JSON.stringify({ title: 'Erfarenhetsutbyte 2', cancelledAt: null }),
                after: JSON.stringify({ title: 'Erfarenhetsutbyte 2', cancelledAt: '2026-11-22T13:05:09.000Z' }),
              }),
            ],
            false,
            'c',
          ),
        },
      ],
    });
    const sentence = await screen.findByRole('heading', {
      level: 3,
      name: 'Pia Processledare cancelled the meeting “Erfarenhetsutbyte 2” in the cohort “Dalarna 2026”',
    });
    expect(within(sentence).getByText('Erfarenhetsutbyte 2')).toHaveAttribute('lang', 'sv');
    expect(within(sentence).getByRole('link', { name: 'Dalarna 2026' })).toHaveAttribute('lang', 'sv');
    expect(screen.getByRole('heading', { level: 2, name: '1 change' })).toBeInTheDocument();
    expect(screen.getByText('Krock med budgetmötet')).toHaveAttribute('lang', 'sv');
    await userEvent.setup().click(screen.getByText('Show the changes'));
    expect(screen.getByText('Cancelled')).toBeVisible();
    expect(screen.getByText('22/11/2026, 14:05:09', { selector: 'dd span' })).toBeVisible();
  });
});
