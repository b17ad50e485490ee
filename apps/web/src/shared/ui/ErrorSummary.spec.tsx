import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import type { UiError } from '../errors/error-message';
import { ErrorSummary } from './ErrorSummary';

const invalid: UiError = {
  code: 'VALIDATION',
  message: 'Ge omgången ett namn. Ange startdatumet.',
  fields: [
    { field: 'name', message: 'Ge omgången ett namn.' },
    { field: 'startDate', message: 'Ange startdatumet.' },
  ],
};

function renderSummary(props: Partial<Parameters<typeof ErrorSummary>[0]>) {
  return render(
    <I18nextProvider i18n={createI18n({ language: 'sv' })}>
      <ErrorSummary error={invalid} {...props} />
      <label htmlFor="name">Namn</label>
      <input id="name" />
    </I18nextProvider>,
  );
}

describe('ErrorSummary', () => {
  it('lists the fields’ messages, each linking to its field, and moves focus there', async () => {
    const user = userEvent.setup();
    renderSummary({ fieldIds: { name: 'name' } });
    const summary = screen.getByRole('alert');
    expect(within(summary).getByText('Det finns ett problem')).toBeVisible();
    // The joined message says the same as the list: not shown twice.
    expect(summary).not.toHaveTextContent(invalid.message);
    const link = within(summary).getByRole('link', { name: 'Ge omgången ett namn.' });
    expect(link).toHaveAttribute('href', '#name');
    // A field without a control of its own is named, not linked.
    expect(within(summary).queryByRole('link', { name: 'Ange startdatumet.' })).not.toBeInTheDocument();
    expect(within(summary).getByText('Ange startdatumet.')).toBeVisible();
    await user.click(link);
    expect(screen.getByLabelText('Namn')).toHaveFocus();
  });

  it('lets a link show its field first (onFieldLink), and leaves focus to it when it says so', async () => {
    const user = userEvent.setup();
    const onFieldLink = vi.fn((field: string) => field === 'startDate');
    renderSummary({ fieldIds: { name: 'name' }, onFieldLink });
    const summary = screen.getByRole('alert');

    await user.click(within(summary).getByRole('link', { name: 'Ge omgången ett namn.' }));
    expect(onFieldLink).toHaveBeenLastCalledWith('name');
    expect(screen.getByLabelText('Namn')).toHaveFocus();

    // With onFieldLink every message is a link: the field may be on another step.
    const other = within(summary).getByRole('link', { name: 'Ange startdatumet.' });
    await user.click(other);
    expect(onFieldLink).toHaveBeenLastCalledWith('startDate');
    expect(other).toHaveFocus();
  });

  it('is an empty live region when there is no error', () => {
    renderSummary({ error: null });
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });
});
