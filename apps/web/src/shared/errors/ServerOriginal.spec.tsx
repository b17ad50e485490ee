import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '../../i18n/i18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { QueryError } from '../ui/QueryError';
import { toUiError } from './error-message';

function conflict(extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'Haninge deltar redan i en pågående omgång i detta program.', extensions: { code: 'CONFLICT', ...extensions } }],
  });
}

const badInput = new CombinedGraphQLErrors({
  data: null,
  errors: [
    {
      message: 'Ange varför omgången avbryts.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: 'Ange varför omgången avbryts.' }] },
    },
  ],
});

function renderIn(language: Language, ui: (t: ReturnType<typeof createI18n>['t']) => ReactElement) {
  const i18n = createI18n({ language });
  return render(<I18nextProvider i18n={i18n}>{ui(i18n.t)}</I18nextProvider>);
}

describe('server messages in the English interface', () => {
  it('shows the English message and the Swedish original, marked lang="sv", behind a disclosure', async () => {
    renderIn('en', (t) => <ErrorSummary error={toUiError(conflict(), t)} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This cannot be done in the current state. Nothing was changed; the message in Swedish says why.');
    const original = screen.getByText('Haninge deltar redan i en pågående omgång i detta program.');
    expect(original).not.toBeVisible();
    expect(original).toHaveAttribute('lang', 'sv');
    await userEvent.setup().click(screen.getByText('The message in Swedish'));
    expect(original).toBeVisible();
  });

  it('lists a field by its English label, linked to the field, with the Swedish message in the disclosure', () => {
    renderIn('en', (t) => <ErrorSummary error={toUiError(badInput, t)} fieldIds={{ reason: 'cancel-reason' }} />);
    expect(screen.getByRole('link', { name: 'Reason: check this value.' })).toHaveAttribute('href', '#cancel-reason');
    expect(screen.getByText('Ange varför omgången avbryts.').closest('[lang]')).toHaveAttribute('lang', 'sv');
  });

  it('explains a failed query in English too', () => {
    renderIn('en', () => <QueryError error={conflict({ currentVersion: 3 })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Someone else has changed this since you opened it. Reload and try again.');
    expect(screen.getByText('Haninge deltar redan i en pågående omgång i detta program.')).toHaveAttribute('lang', 'sv');
  });

  it('shows only the Swedish message in the Swedish interface', () => {
    renderIn('sv', (t) => <ErrorSummary error={toUiError(conflict(), t)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Haninge deltar redan i en pågående omgång i detta program.');
    expect(screen.queryByText('Meddelandet på svenska')).not.toBeInTheDocument();
  });
});
