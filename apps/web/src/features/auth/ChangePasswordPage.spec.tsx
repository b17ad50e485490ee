import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, hedemoraMember, renderRoute } from '../../test/render';
import { ChangePasswordPage } from './ChangePasswordPage';
import { ChangePasswordMutation } from './graphql/operations';

function renderChange(mocks: Parameters<typeof renderRoute>[0]['mocks'] = []) {
  return renderRoute({ path: '/account/password', element: <ChangePasswordPage />, url: '/account/password', user: hedemoraMember, mocks });
}

async function change(current: string, password: string, repeat = password) {
  const user = userEvent.setup();
  if (current) await user.type(screen.getByLabelText(/^Nuvarande lösenord/), current);
  await user.type(screen.getByLabelText(/^Nytt lösenord/), password);
  await user.type(screen.getByLabelText(/^Upprepa det nya lösenordet/), repeat);
  await user.click(screen.getByRole('button', { name: 'Byt lösenord' }));
}

describe('ChangePasswordPage', () => {
  it('has the current and the new password, each as password managers expect', () => {
    renderChange();
    expect(screen.getByText('Du är inloggad som kontakt.hedemora@example.se.')).toBeVisible();
    expect(screen.getByLabelText(/^Nuvarande lösenord/)).toHaveAttribute('autocomplete', 'current-password');
    const password = screen.getByLabelText(/^Nytt lösenord/);
    expect(password).toHaveAttribute('id', 'change-new-password');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(password).toHaveAccessibleDescription('Minst 10 tecken.');
    expect(screen.getByLabelText(/^Upprepa det nya lösenordet/)).toHaveAttribute('id', 'change-new-password-repeat');
    // The account the password is for, for password managers (hidden from everyone else).
    const username = document.querySelector('input[autocomplete="username"]');
    expect(username).toHaveValue('kontakt.hedemora@example.se');
    expect(username).not.toBeVisible();
  });

  it('asks for the current password first', async () => {
    renderChange();
    await change('', 'ett bra lösenord');
    expect(screen.getByLabelText(/^Nuvarande lösenord/)).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Ange ditt nuvarande lösenord.');
  });

  it('shows the API’s answer next to the field it is about', async () => {
    const message = 'Det nuvarande lösenordet stämmer inte.';
    renderChange([
      {
        request: { query: ChangePasswordMutation, variables: { currentPassword: 'fel lösenord', newPassword: 'ett bra lösenord' } },
        result: { errors: [graphQLError('BAD_USER_INPUT', message, { fields: [{ field: 'currentPassword', message }] })] },
      },
    ]);
    await change('fel lösenord', 'ett bra lösenord');
    const current = screen.getByLabelText(/^Nuvarande lösenord/);
    expect(await screen.findByRole('link', { name: message })).toHaveAttribute('href', '#change-current-password');
    expect(current).toHaveAccessibleDescription(message);
    expect(current).toHaveFocus();
  });

  it('changes the password, says so and empties the fields', async () => {
    renderChange([
      {
        request: { query: ChangePasswordMutation, variables: { currentPassword: 'det gamla lösenordet', newPassword: 'ett bra lösenord' } },
        result: { data: { changePassword: true } },
      },
    ]);
    await change('det gamla lösenordet', 'ett bra lösenord');
    expect(await screen.findByText('Ditt lösenord är bytt.')).toBeVisible();
    expect(screen.getByLabelText(/^Nuvarande lösenord/)).toHaveValue('');
    expect(screen.getByLabelText(/^Nytt lösenord/)).toHaveValue('');
    expect(screen.getByLabelText(/^Upprepa det nya lösenordet/)).toHaveValue('');
  });
});
