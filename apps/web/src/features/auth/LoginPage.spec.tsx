import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, hedemoraMember, renderRoute } from '../../test/render';
import { LoginMutation } from './graphql/operations';
import { LoginPage } from './LoginPage';

/** Types into the fields as a user does (an empty value is left untouched) and presses "Logga in". */
async function logIn(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText(/^E-postadress/), email);
  if (password) await user.type(screen.getByLabelText(/^Lösenord/), password);
  await user.click(screen.getByRole('button', { name: 'Logga in' }));
  return user;
}

describe('LoginPage', () => {
  it('has labelled, required fields and a link for a forgotten password', () => {
    renderRoute({ path: '/login', element: <LoginPage />, url: '/login' });
    expect(screen.getByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: /^E-postadress/ });
    expect(email).toHaveAttribute('aria-required', 'true');
    expect(email).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText(/^Lösenord/)).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('link', { name: 'Glömt lösenord?' })).toHaveAttribute('href', '/forgot-password');
    expect(document.title).toBe('Logga in – Modellkommuner');
  });

  it('shows the Swedish message from the API for wrong credentials', async () => {
    renderRoute({
      path: '/login',
      element: <LoginPage />,
      url: '/login',
      mocks: [
        {
          request: { query: LoginMutation, variables: { email: 'karin@hedemora.se', password: 'fel-lösenord' } },
          result: { errors: [graphQLError('UNAUTHENTICATED', 'Fel e-postadress eller lösenord.')] },
        },
      ],
    });
    await logIn('karin@hedemora.se', 'fel-lösenord');
    const message = await screen.findByText('Fel e-postadress eller lösenord.');
    expect(screen.getByRole('alert')).toContainElement(message);
  });

  it('shows the throttling message', async () => {
    const message = 'För många misslyckade inloggningsförsök. Försök igen om 15 minuter.';
    renderRoute({
      path: '/login',
      element: <LoginPage />,
      url: '/login',
      mocks: [
        {
          request: { query: LoginMutation, variables: { email: 'karin@hedemora.se', password: 'fel-lösenord' } },
          result: { errors: [graphQLError('TOO_MANY_REQUESTS', message)] },
        },
      ],
    });
    await logIn('karin@hedemora.se', 'fel-lösenord');
    expect(await screen.findByText(message)).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });

  it('puts field errors from the API next to the field', async () => {
    renderRoute({
      path: '/login',
      element: <LoginPage />,
      url: '/login',
      mocks: [
        {
          request: { query: LoginMutation, variables: { email: 'karin@hedemora.se', password: 'lösenord' } },
          result: {
            errors: [graphQLError('BAD_USER_INPUT', 'Ange en giltig e-postadress.', { fields: [{ field: 'email', message: 'Ange en giltig e-postadress.' }] })],
          },
        },
      ],
    });
    await logIn('karin@hedemora.se', 'lösenord');
    const input = screen.getByLabelText(/^E-postadress/);
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription('Ange en giltig e-postadress.');
    expect(input).toHaveFocus();
  });

  it('checks the form before sending it, and takes the user to the first field to fix', async () => {
    renderRoute({ path: '/login', element: <LoginPage />, url: '/login' });
    await logIn('', '');
    expect(screen.getByRole('alert')).toHaveTextContent('Ange en e-postadress.');
    expect(screen.getByRole('alert')).toHaveTextContent('Ange ett lösenord.');
    expect(screen.getByLabelText(/^E-postadress/)).toHaveFocus();
    expect(screen.getByLabelText(/^Lösenord/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('links each message of the summary to its field', async () => {
    renderRoute({ path: '/login', element: <LoginPage />, url: '/login' });
    const user = await logIn('karin@hedemora.se', '');
    await user.click(screen.getByRole('link', { name: 'Ange ett lösenord.' }));
    expect(screen.getByLabelText(/^Lösenord/)).toHaveFocus();
  });

  it('logs in (the API sets the cookie; the page stores nothing) and goes on to where the user was going', async () => {
    const { router } = renderRoute({
      path: '/login',
      element: <LoginPage />,
      url: '/login?next=%2Forganizations%3Fq%3Dhed',
      mocks: [
        {
          request: { query: LoginMutation, variables: { email: 'kontakt.hedemora@example.se', password: 'modell-demo-2026' } },
          result: { data: { login: { __typename: 'AuthPayload', user: hedemoraMember } } },
        },
      ],
    });
    await logIn(' kontakt.hedemora@example.se ', 'modell-demo-2026');
    await waitFor(() => expect(router.state.location.pathname).toBe('/organizations'));
    expect(router.state.location.search).toBe('?q=hed');
    expect(window.localStorage.length).toBe(0);
  });
});
