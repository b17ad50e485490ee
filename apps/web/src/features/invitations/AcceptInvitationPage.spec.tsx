import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HomePage } from '../pages';
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

/** Fills in the form as a user does and presses "Skapa konto". */
async function createAccount(name: string, password: string, repeat = password) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^Ditt namn/), name);
  await user.type(screen.getByLabelText(/^Lösenord/), password);
  await user.type(screen.getByLabelText(/^Upprepa lösenordet/), repeat);
  await user.click(screen.getByRole('button', { name: 'Skapa konto' }));
}

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
    expect(await screen.findByText('Karin Lindqvist har bjudit in dig till Modellkommuner.')).toBeVisible();
    expect(screen.getByText('Hedemora kommun')).toBeVisible();
    expect(screen.getByText('Medlem')).toBeVisible();
    expect(screen.getByText('ny.kollega@hedemora.se')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Skapa konto' })).toBeInTheDocument();
  });

  it('asks for a new password twice, as password managers expect, with the least length as a hint', async () => {
    renderInvitation([preview()]);
    const password = await screen.findByLabelText(/^Lösenord/);
    const repeat = screen.getByLabelText(/^Upprepa lösenordet/);
    expect(password).toHaveAttribute('id', 'accept-password');
    expect(repeat).toHaveAttribute('id', 'accept-password-repeat');
    for (const field of [password, repeat]) {
      expect(field).toHaveAttribute('type', 'password');
      expect(field).toHaveAttribute('autocomplete', 'new-password');
      expect(field).toHaveAttribute('aria-required', 'true');
    }
    expect(password).toHaveAccessibleDescription('Minst 10 tecken.');
    // The account the password is for, for password managers (hidden from everyone else).
    const username = document.querySelector('input[autocomplete="username"]');
    expect(username).toHaveValue('ny.kollega@hedemora.se');
    expect(username).not.toBeVisible();
  });

  it('says so when the invitation does not exist', async () => {
    renderInvitation([{ request: { query: InvitationPreviewQuery, variables: { token: TOKEN } }, result: { data: { invitation: null } } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Inbjudan hittades inte' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it.each([
    [{ used: true }, 'Inbjudan har redan använts'],
    [{ revoked: true }, 'Inbjudan har återkallats'],
    [{ expired: true }, 'Inbjudan har gått ut'],
  ])('explains an unusable invitation (%j) and offers no form', async (state, text) => {
    renderInvitation([preview(state)]);
    expect(await screen.findByText(new RegExp(text))).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Skapa konto' })).not.toBeInTheDocument();
  });

  it('checks the password before sending, and takes the user to it', async () => {
    renderInvitation([preview()]);
    await createAccount('Nils Nykomling', 'kort');
    const input = screen.getByLabelText(/^Lösenord/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Minst 10 tecken. Lösenordet måste ha minst 10 tecken.');
    expect(input).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Lösenordet måste ha minst 10 tecken.');
  });

  it('asks for the same password twice', async () => {
    renderInvitation([preview()]);
    await createAccount('Nils Nykomling', 'ett bra lösenord', 'ett annat lösenord');
    const repeat = screen.getByLabelText(/^Upprepa lösenordet/);
    expect(repeat).toHaveAttribute('aria-invalid', 'true');
    expect(repeat).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Lösenorden är inte likadana. Skriv samma lösenord två gånger.' })).toHaveAttribute(
      'href',
      '#accept-password-repeat',
    );
  });

  it('creates the account, logs the user in and lands on the start page', async () => {
    const { router } = renderInvitation([
      preview(),
      {
        request: { query: AcceptInvitationMutation, variables: { token: TOKEN, name: 'Nils Nykomling', password: 'ett bra lösenord' } },
        result: { data: { acceptInvitation: { __typename: 'AuthPayload', user: newUser } } },
      },
    ]);
    await createAccount(' Nils Nykomling ', 'ett bra lösenord');
    expect(await screen.findByRole('heading', { level: 1, name: 'Välkommen, Nils Nykomling' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    // The confirmation is announced in a status region (the start page may still show its own "Laddar…" status).
    const statuses = screen.getAllByRole('status');
    expect(statuses.filter((status) => status.textContent === 'Ditt konto är skapat och du är inloggad.')).toHaveLength(1);
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
    await createAccount('Nils', 'ett bra lösenord');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Inbjudan har redan använts.'));
  });
});
