import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PASSWORD_RESET_TTL_MINUTES } from '@modellkommuner/shared';
import { renderRoute } from '../../test/render';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { RequestPasswordResetMutation } from './graphql/operations';

function renderForgot(mocks: Parameters<typeof renderRoute>[0]['mocks'] = []) {
  return renderRoute({ path: '/forgot-password', element: <ForgotPasswordPage />, url: '/forgot-password', mocks });
}

describe('ForgotPasswordPage', () => {
  it('asks for the address of the account, and leads back to the login', () => {
    renderForgot();
    expect(screen.getByRole('heading', { level: 1, name: 'Glömt lösenord' })).toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: /^E-postadress/ });
    expect(email).toHaveAttribute('id', 'forgot-email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(email).toHaveAttribute('aria-required', 'true');
    expect(screen.getByRole('link', { name: 'Tillbaka till inloggningen' })).toHaveAttribute('href', '/login');
  });

  it('checks the address before sending it', async () => {
    renderForgot();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^E-postadress/), 'karin@');
    await user.click(screen.getByRole('button', { name: 'Skicka länk' }));
    const email = screen.getByLabelText(/^E-postadress/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Ange en giltig e-postadress');
  });

  it('says the same thing whether or not there is an account, and hides the form', async () => {
    renderForgot([
      {
        request: { query: RequestPasswordResetMutation, variables: { email: 'karin@hedemora.se' } },
        result: { data: { requestPasswordReset: true } },
      },
    ]);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^E-postadress/), ' karin@hedemora.se ');
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Om det finns ett konto för adressen har vi skickat en länk/)).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(`Länken gäller i ${PASSWORD_RESET_TTL_MINUTES} minuter.`);
    expect(screen.queryByRole('textbox', { name: /^E-postadress/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tillbaka till inloggningen' })).toBeInTheDocument();
  });
});
