import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphQLError, hedemoraMember, processLeader, renderRoute, type TestUser } from '../../test/render';
import { MarkMentorEligibleMutation, OrganizationMembershipsQuery, OrganizationQuery } from './graphql/operations';
import { OrganizationPage } from './OrganizationPage';

// The accounts and invitations have their own tests; here they only show where the page puts them.
vi.mock('../users', () => ({ UsersSection: () => <h2>Konton</h2> }));
vi.mock('../invitations', () => ({ InvitationsSection: () => <h2>Öppna inbjudningar</h2> }));

const haninge = {
  __typename: 'Organization',
  id: 'o-0136',
  code: '0136',
  name: 'Haninge kommun',
  shortName: 'Haninge',
  kind: 'MUNICIPALITY',
  countyCode: '01',
  mentorEligible: false,
};

const memberships = {
  request: { query: OrganizationMembershipsQuery, variables: { code: '0136' } },
  result: {
    data: {
      organization: {
        __typename: 'Organization',
        id: haninge.id,
        memberships: [
          {
            __typename: 'CohortMember',
            id: 'm-1',
            role: 'MENTEE',
            withdrawnAt: '2026-05-01T10:00:00.000Z',
            cohort: {
              __typename: 'Cohort',
              id: 'c-1',
              name: 'Omgång 1',
              status: 'ACTIVE',
              startDate: '2026-03-01',
              programme: { __typename: 'Programme', id: 'p-1', name: 'Jämställdhetsintegrering' },
            },
          },
        ],
      },
    },
  },
};

function renderOrganization(user: TestUser, mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  return renderRoute({ path: '/organizations/:code', element: <OrganizationPage />, url: '/organizations/0136', user, mocks });
}

describe('OrganizationPage', () => {
  it('shows the organisation and the cohorts it is in; accounts only to its own members and process leaders', async () => {
    renderOrganization(hedemoraMember, [{ request: { query: OrganizationQuery, variables: { code: '0136' } }, result: { data: { organization: haninge } } }, memberships]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Haninge kommun' })).toBeInTheDocument();
    expect(screen.getByText('Stockholms län')).toBeVisible();
    const cohorts = await screen.findByRole('table', { name: 'Omgångar som Haninge kommun deltar eller har deltagit i' });
    expect(within(cohorts).getByRole('link', { name: 'Omgång 1' })).toHaveAttribute('href', '/cohorts/c-1');
    expect(within(cohorts).getByRole('cell', { name: 'Ny (har lämnat)' })).toBeInTheDocument();
    expect(screen.getByText(/^Konton och inbjudningar visas för organisationens egna medlemmar/)).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Bjud in en person' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Konton' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Markera som möjlig mentor' })).not.toBeInTheDocument();
  });

  it('lets a process leader mark it as a possible mentor, with a reason, keeping focus in place', async () => {
    renderOrganization(processLeader, [
      { request: { query: OrganizationQuery, variables: { code: '0136' } }, result: { data: { organization: haninge } } },
      memberships,
      {
        request: { query: MarkMentorEligibleMutation, variables: { organizationCode: '0136', reason: 'Flera års arbete.' } },
        result: { data: { markMentorEligible: { __typename: 'Organization', id: haninge.id, mentorEligible: true } } },
      },
    ]);
    const user = userEvent.setup();
    const mark = await screen.findByRole('button', { name: 'Markera som möjlig mentor' });
    expect(screen.getByRole('link', { name: 'Bjud in en person' })).toHaveAttribute('href', '/organizations/0136/invite');
    expect(screen.getByRole('heading', { level: 2, name: 'Konton' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Öppna inbjudningar' })).toBeInTheDocument();

    // Opened and cancelled: focus returns to the button.
    await user.click(mark);
    expect(screen.getByLabelText(/^Skäl/)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('button', { name: 'Markera som möjlig mentor' })).toHaveFocus();

    // A reason is required.
    await user.click(screen.getByRole('button', { name: 'Markera som möjlig mentor' }));
    await user.click(screen.getByRole('button', { name: 'Markera som möjlig mentor' }));
    expect(screen.getByLabelText(/^Skäl/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Skäl/)).toHaveFocus();

    await user.type(screen.getByLabelText(/^Skäl/), ' Flera års arbete. ');
    await user.click(screen.getByRole('button', { name: 'Markera som möjlig mentor' }));
    await waitFor(() => expect(screen.getByText('Haninge kommun kan nu vara mentor.')).toBeVisible());
    expect(screen.queryByRole('button', { name: 'Markera som möjlig mentor' })).not.toBeInTheDocument();
    expect(screen.getByText('Haninge kommun kan nu vara mentor.').closest('[tabindex="-1"]')).toHaveFocus();
  });

  it('does not say whether an organisation it cannot show exists', async () => {
    renderOrganization(hedemoraMember, [{ request: { query: OrganizationQuery, variables: { code: '0136' } }, result: { data: { organization: null } } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
  });

  it('explains a failed query under the page’s general title', async () => {
    renderOrganization(hedemoraMember, [
      { request: { query: OrganizationQuery, variables: { code: '0136' } }, result: { errors: [graphQLError('INTERNAL_SERVER_ERROR', 'boom', { requestId: 'req-1' })] } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('req-1');
    expect(screen.getByRole('alert')).not.toHaveTextContent('boom');
  });
});
