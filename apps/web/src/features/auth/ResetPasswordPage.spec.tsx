import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, hedemoraMember, renderRoute } from '../../test/render';
import { HomePage } from '../pages';
import { ResetPasswordMutation } from './graphql/operations';
import { ResetPasswordPage } from './ResetPasswordPage';

const TOKEN = 'reset-token';

function renderReset(mocks: Parameters<typeof renderRoute>[0]['mocks'] = []) {
  return renderRoute({
    path: '/reset-password/:token',
    element: <ResetPasswordPage />,
    url: `/reset-password/${TOKEN}`,
    mocks,
    routes: [{ path: '/', element: <HomePage /> }],
  });
}

async function choosePassword(password: string, repeat = password) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^Nytt lösenord/), password);
  await user.type(screen.getByLabelText(/^Upprepa det nya lösenordet/), repeat);
  await user.click(screen.getByRole('button', { name: 'Spara lösenordet' }));
}

describe('ResetPasswordPage', () => {
  it('asks for the new password twice, as password managers expect', () => {
    renderReset();
    const password = screen.getByLabelText(/^Nytt lösenord/);
    const repeat = screen.getByLabelText(/^Upprepa det nya lösenordet/);
    expect(password).toHaveAttribute('id', 'reset-password');
    expect(repeat).toHaveAttribute('id', 'reset-password-repeat');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(repeat).toHaveAttribute('autocomplete', 'new-password');
    expect(password).toHaveAccessibleDescription('Minst 10 tecken.');
  });

  it('takes the user to the repeated password when the two differ', async () => {
    renderReset();
    await choosePassword('ett bra lösenord', 'ett bra lösenorD');
    const repeat = screen.getByLabelText(/^Upprepa det nya lösenordet/);
    expect(repeat).toHaveAttribute('aria-invalid', 'true');
    expect(repeat).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Lösenorden är inte likadana.');
  });

  it('offers a new link when this one can no longer be used', async () => {
    const message = 'Länken har redan använts eller gått ut.';
    renderReset([
      {
        request: { query: ResetPasswordMutation, variables: { token: TOKEN, password: 'ett bra lösenord' } },
        result: { errors: [graphQLError('CONFLICT', message)] },
      },
    ]);
    expect(screen.queryByRole('link', { name: 'Begär en ny länk' })).not.toBeInTheDocument();
    await choosePassword('ett bra lösenord');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
    expect(screen.getByRole('link', { name: 'Begär en ny länk' })).toHaveAttribute('href', '/forgot-password');
  });

  it('saves the password, logs the user in and says so on the start page', async () => {
    const { router } = renderReset([
      {
        request: { query: ResetPasswordMutation, variables: { token: TOKEN, password: 'ett bra lösenord' } },
        result: { data: { resetPassword: { __typename: 'AuthPayload', user: hedemoraMember } } },
      },
    ]);
    await choosePassword('ett bra lösenord');
    expect(await screen.findByRole('heading', { level: 1, name: 'Välkommen, Karin Lindqvist' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('status')).toHaveTextContent('Ditt nya lösenord är sparat och du är inloggad.');
  });
});
