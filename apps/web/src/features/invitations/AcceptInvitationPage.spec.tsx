import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HomePage } from '../pages/HomePage';
import { graphQLError, renderRoute, type TestUser } from '../../test/render';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './graphql/operations';

const TOKEN = 'abc123';
const organization = { __typename: 'Organization', id: 'o-2083', code: '2083', name: 'Hedemora kommun', kind: 'MUNICIPALITY' };

function preview(overrides: Record<string, unknown> = {}) {
  return {
    request: { query: InvitationPreviewQuery, variables: { token: TOKEN } },
    result: {
      data: {
        invitation: {
          __typename: 'InvitationPreview',
          email: 'ny.kollega@hedemora.se',
          role: 'MEMBER',
          expired: false,
          used: false,
          revoked: false,
          expiresAt: '2026-12-06T12:00:00.000Z',
          invitedByName: 'Karin Lindqvist',
          organization,
          ...overrides,
        },
      },
    },
  };
}

const newUser: TestUser = {
  __typename: 'User',
  id: 'u-new',
  name: 'Nils Nykomling',
  email: 'ny.kollega@hedemora.se',
  role: 'MEMBER',
  active: true,
  organization: { __typename: 'Organization', id: 'o-2083', code: '2083', name: 'Hedemora kommun', kind: 'MUNICIPALITY' },
};

function renderInvitation(mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  return renderRoute({
    path: '/invitation/:token',
    element: <AcceptInvitationPage />,
    url: `/invitation/${TOKEN}`,
    mocks,
    routes: [{ path: '/', element: <HomePage /> }],
  });
}

describe('AcceptInvitationPage', () => {
  it('shows who invited whom, to what', async () => {
    renderInvitation([preview()]);
    expect(await screen.findByText('Karin Lindqvist har bjudit in dig till Modellkommuner.')).toBeTruthy();
    expect(screen.getByText('Hedemora kommun')).toBeTruthy();
    expect(screen.getByText('Medlem')).toBeTruthy();
    expect(screen.getByText('ny.kollega@hedemora.se')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Skapa konto' })).toBeTruthy();
  });

  it('says so when the invitation does not exist', async () => {
    renderInvitation([{ request: { query: InvitationPreviewQuery, variables: { token: TOKEN } }, result: { data: { invitation: null } } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Inbjudan hittades inte' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it.each([
    [{ used: true }, 'Inbjudan har redan använts'],
    [{ revoked: true }, 'Inbjudan har återkallats'],
    [{ expired: true }, 'Inbjudan har gått ut'],
  ])('explains an unusable invitation (%j) and offers no form', async (state, text) => {
    renderInvitation([preview(state)]);
    expect(await screen.findByText(new RegExp(text))).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skapa konto' })).toBeNull();
  });

  it('checks the password before sending', async () => {
    renderInvitation([preview()]);
    fireEvent.change(await screen.findByLabelText(/^Ditt namn/), { target: { value: 'Nils Nykomling' } });
    fireEvent.change(screen.getByLabelText(/^Lösenord/), { target: { value: 'kort' } });
    fireEvent.change(screen.getByLabelText(/^Upprepa lösenordet/), { target: { value: 'kort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa konto' }));
    const input = screen.getByLabelText(/^Lösenord/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Lösenordet måste ha minst 10 tecken.');
  });

  it('creates the account, logs the user in and lands on the start page', async () => {
    const { router } = renderInvitation([
      preview(),
      {
        request: { query: AcceptInvitationMutation, variables: { token: TOKEN, name: 'Nils Nykomling', password: 'ett bra lösenord' } },
        result: { data: { acceptInvitation: { __typename: 'AuthPayload', user: newUser } } },
      },
    ]);
    fireEvent.change(await screen.findByLabelText(/^Ditt namn/), { target: { value: ' Nils Nykomling ' } });
    fireEvent.change(screen.getByLabelText(/^Lösenord/), { target: { value: 'ett bra lösenord' } });
    fireEvent.change(screen.getByLabelText(/^Upprepa lösenordet/), { target: { value: 'ett bra lösenord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa konto' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Välkommen, Nils Nykomling' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByText('Ditt konto är skapat och du är inloggad.')).toBeTruthy();
    // The API set the session cookie; the page keeps nothing of it.
    expect(window.localStorage.length).toBe(0);
  });

  it('shows the API’s message when the invitation was used meanwhile', async () => {
    renderInvitation([
      preview(),
      {
        request: { query: AcceptInvitationMutation, variables: { token: TOKEN, name: 'Nils', password: 'ett bra lösenord' } },
        result: { errors: [graphQLError('CONFLICT', 'Inbjudan har redan använts. Logga in med ditt konto.')] },
      },
    ]);
    fireEvent.change(await screen.findByLabelText(/^Ditt namn/), { target: { value: 'Nils' } });
    fireEvent.change(screen.getByLabelText(/^Lösenord/), { target: { value: 'ett bra lösenord' } });
    fireEvent.change(screen.getByLabelText(/^Upprepa lösenordet/), { target: { value: 'ett bra lösenord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa konto' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Inbjudan har redan använts.'));
  });
});
