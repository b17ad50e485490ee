import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render';
import type { UiError } from '../errors/error-message';
import { SubmitForm } from './SubmitForm';
import { TextField } from './TextField';

const invalid: UiError = { code: 'VALIDATION', message: 'Rätta uppgifterna.', fields: [{ field: 'name', message: 'Ange ditt namn.' }] };

function NameForm({ busy, error = null, onSubmit }: { busy: boolean; error?: UiError | null; onSubmit: () => Promise<unknown> }) {
  const [name, setName] = useState('');
  return (
    <SubmitForm error={error} fieldIds={{ name: 'name' }} busy={busy} submitLabel="Spara" busyLabel="Sparar…" onSubmit={onSubmit}>
      <TextField id="name" label="Namn" value={name} onChange={setName} error={error?.fields[0]?.message} />
    </SubmitForm>
  );
}

describe('SubmitForm', () => {
  it('sends on Enter in a field, as on the button', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    renderRoute({ path: '/', url: '/', element: <NameForm busy={false} onSubmit={onSubmit} /> });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Namn'), 'Karin{Enter}');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('does not send again while it is being sent, and keeps the button focusable', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    renderRoute({ path: '/', url: '/', element: <NameForm busy onSubmit={onSubmit} /> });
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Sparar…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toBeEnabled();
    await user.click(button);
    expect(button).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('lists what to fix above the form, each message a link to its field', async () => {
    renderRoute({ path: '/', url: '/', element: <NameForm busy={false} error={invalid} onSubmit={() => Promise.resolve()} /> });
    const user = userEvent.setup();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Det finns ett problem');
    // Above the form: read first, before the fields.
    expect(alert.compareDocumentPosition(screen.getByLabelText(/^Namn/)) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await user.click(screen.getByRole('link', { name: 'Ange ditt namn.' }));
    expect(screen.getByLabelText(/^Namn/)).toHaveFocus();
  });
});
