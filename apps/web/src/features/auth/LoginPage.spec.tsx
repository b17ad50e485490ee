import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, hedemoraMember, renderRoute } from '../../test/render';
import { LoginMutation } from './graphql/operations';
import { LoginPage } from './LoginPage';

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/^E-postadress/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Lösenord/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
}

describe('LoginPage', () => {
  it('has labelled, required fields and a link for a forgotten password', () => {
    renderRoute({ path: '/login', element: <LoginPage />, url: '/login' });
    expect(screen.getByRole('heading', { level: 1, name: 'Logga in' })).toBeTruthy();
    expect(screen.getByLabelText(/^E-postadress/).getAttribute('aria-required')).toBe('true');
    expect(screen.getByRole('link', { name: 'Glömt lösenord?' }).getAttribute('href')).toBe('/forgot-password');
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
    fillIn('karin@hedemora.se', 'fel-lösenord');
    const alert = await screen.findByText('Fel e-postadress eller lösenord.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
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
    fillIn('karin@hedemora.se', 'fel-lösenord');
    expect(await screen.findByText(message)).toBeTruthy();
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
    fillIn('karin@hedemora.se', 'lösenord');
    const input = screen.getByLabelText(/^E-postadress/);
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Ange en giltig e-postadress.');
    expect(document.activeElement).toBe(input);
  });

  it('checks the form before sending it', () => {
    renderRoute({ path: '/login', element: <LoginPage />, url: '/login' });
    fillIn('', '');
    expect(screen.getByRole('alert').textContent).toContain('Ange en e-postadress.');
    expect(document.activeElement).toBe(screen.getByLabelText(/^E-postadress/));
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
    fillIn(' kontakt.hedemora@example.se ', 'modell-demo-2026');
    await waitFor(() => expect(router.state.location.pathname).toBe('/organizations'));
    expect(router.state.location.search).toBe('?q=hed');
    expect(window.localStorage.length).toBe(0);
  });
});
