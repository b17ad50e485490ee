import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../shared/draft-store';
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

  it('moves focus to the error summary when the login fails, so the answer is read (docs/web-patterns.md)', async () => {
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
    await waitFor(() => expect(message.closest('.error-summary')).toHaveFocus());
    expect(screen.getByRole('alert')).toContainElement(message);
  });
});

describe('LoginPage after a lapsed session (docs/web-patterns.md, "Work is never lost")', () => {
  const store = () => createDraftStore(() => window.sessionStorage);
  afterEach(() => window.sessionStorage.clear());

  it('says nothing of a session when the visitor simply came to log in', () => {
    renderRoute({ path: '/login', element: <LoginPage />, url: '/login' });
    expect(screen.queryByText(/Din session har gått ut/)).not.toBeInTheDocument();
  });

  it('says why the user is here, and that what they wrote is kept', () => {
    store().save({ form: 'example:new', userId: hedemoraMember.id }, { title: 'Trygga mötesplatser' });
    store().noteSessionEnded();
    renderRoute({ path: '/login', element: <LoginPage />, url: '/login?next=%2Fexamples%2Fnew' });
    expect(screen.getByText('Din session har gått ut. Logga in igen för att fortsätta – det du skrev finns kvar.')).toBeVisible();
  });

  it('does not promise text that is not there', () => {
    store().noteSessionEnded();
    renderRoute({ path: '/login', element: <LoginPage />, url: '/login?next=%2Fcohorts' });
    expect(screen.getByText('Din session har gått ut. Logga in igen för att fortsätta.')).toBeVisible();
  });

  it('says it in English too', () => {
    store().noteSessionEnded();
    store().save({ form: 'example:new', userId: hedemoraMember.id }, { title: 'x' });
    renderRoute({ path: '/login', element: <LoginPage />, url: '/login', language: 'en' });
    expect(screen.getByText('Your session has ended. Log in again to continue – what you wrote is still there.')).toBeVisible();
  });

  it('on login, marks the user’s draft for the form to restore, drops other accounts’ drafts, and goes back to the form', async () => {
    store().save({ form: 'example:new', userId: hedemoraMember.id }, { title: 'Trygga mötesplatser' });
    store().save({ form: 'example:new', userId: 'someone-else' }, { title: 'Någon annans text' });
    store().noteSessionEnded();
    const { router } = renderRoute({
      path: '/login',
      element: <LoginPage />,
      url: '/login?next=%2Fexamples%2Fnew',
      mocks: [
        {
          request: { query: LoginMutation, variables: { email: 'kontakt.hedemora@example.se', password: 'modell-demo-2026' } },
          result: { data: { login: { __typename: 'AuthPayload', user: hedemoraMember } } },
        },
      ],
    });
    await logIn('kontakt.hedemora@example.se', 'modell-demo-2026');
    await waitFor(() => expect(router.state.location.pathname).toBe('/examples/new'));
    expect(store().load({ form: 'example:new', userId: hedemoraMember.id })).toMatchObject({ values: { title: 'Trygga mötesplatser' }, afterSessionEnded: true });
    expect(store().load({ form: 'example:new', userId: 'someone-else' })).toBeNull();
    expect(store().sessionEnded()).toBe(false);
    // The password typed into the login form is nowhere in the tab's storage.
    expect(JSON.stringify({ ...window.sessionStorage, ...window.localStorage })).not.toContain('modell-demo-2026');
  });
});

describe('LoginPage while the app leaves a lapsed session', () => {
  afterEach(() => window.sessionStorage.clear());

  it('stays, although the old user is still cached, instead of sending the user back to the form', () => {
    createDraftStore(() => window.sessionStorage).noteSessionEnded();
    const { router } = renderRoute({ path: '/login', element: <LoginPage />, url: '/login?next=%2Fexamples%2Fnew', user: hedemoraMember });
    expect(screen.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
  });
});
