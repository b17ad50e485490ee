import { useState } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../test/render';
import { requiredProblem, useActionFeedback, useFormError } from './forms';
import { ErrorSummary } from './ui/ErrorSummary';
import { SubmitForm } from './ui/SubmitForm';
import { TextField } from './ui/TextField';

/** An API refusal as Apollo hands it to a form. */
function refusal(code: string, message: string, fields?: { field: string; message: string }[]) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }] });
}

/** A form like every form here (SubmitForm + useFormError.send), whose action fails with `cause`. */
function NameForm({ prefix, cause }: { prefix: string; cause: Error }) {
  const fieldIds = { name: `${prefix}-name` };
  const [name, setName] = useState('');
  const { error, fieldErrors, send } = useFormError(fieldIds);
  return (
    <section aria-label={prefix}>
      <SubmitForm
        error={error}
        fieldIds={fieldIds}
        busy={false}
        submitLabel={`Spara ${prefix}`}
        busyLabel="Sparar…"
        onSubmit={() => send(requiredProblem('name', name, 'Ange ett namn.'), () => Promise.reject(cause))}
      >
        <TextField id={fieldIds.name} label={`Namn ${prefix}`} required value={name} onChange={setName} error={fieldErrors['name']} />
      </SubmitForm>
    </section>
  );
}

function renderForms(...forms: { prefix: string; cause: Error }[]) {
  return renderRoute({
    path: '/',
    url: '/',
    element: (
      <>
        {forms.map((form) => (
          <NameForm key={form.prefix} {...form} />
        ))}
      </>
    ),
  });
}

describe('useFormError: focus follows the answer', () => {
  afterEach(() => {
    delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
  });

  it('moves focus to the error summary when the API refuses without naming a field, and scrolls it into view', async () => {
    const scrollIntoView = vi.fn();
    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', { value: scrollIntoView, configurable: true });
    renderForms({ prefix: 'program', cause: refusal('CONFLICT', 'Det finns redan ett program som heter "Modellregioner".') });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Namn program/), 'Modellregioner');
    await user.click(screen.getByRole('button', { name: 'Spara program' }));

    const summary = await screen.findByText('Det finns redan ett program som heter "Modellregioner".');
    const box = summary.closest('.error-summary');
    expect(box).toHaveFocus();
    expect(screen.getByRole('alert')).toContainElement(box as HTMLElement);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    // Focusable only as a target, not a stop in the tab order of its own.
    expect(box).toHaveAttribute('tabindex', '-1');
  });

  it('moves focus to the summary for a fault of ours or a lost connection too', async () => {
    renderForms({ prefix: 'konto', cause: new TypeError('Failed to fetch') });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Namn konto/), 'Karin');
    await user.click(screen.getByRole('button', { name: 'Spara konto' }));
    const message = await screen.findByText('Det gick inte att nå tjänsten. Kontrollera din internetanslutning och försök igen.');
    expect(message.closest('.error-summary')).toHaveFocus();
  });

  it('moves focus to the field the API names, and to the first field with a problem found before sending', async () => {
    renderForms({ prefix: 'roll', cause: refusal('BAD_USER_INPUT', 'Namnet är upptaget.', [{ field: 'name', message: 'Namnet är upptaget.' }]) });
    const user = userEvent.setup();
    const name = screen.getByLabelText(/^Namn roll/);
    await user.click(screen.getByRole('button', { name: 'Spara roll' }));
    expect(await screen.findByRole('link', { name: 'Ange ett namn.' })).toBeVisible();
    expect(name).toHaveFocus();

    await user.type(name, 'Karin');
    await user.click(screen.getByRole('button', { name: 'Spara roll' }));
    expect(await screen.findByRole('link', { name: 'Namnet är upptaget.' })).toBeVisible();
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Namnet är upptaget.');
  });

  it('focuses the summary of the form that was sent, not another form’s on the page', async () => {
    renderForms({ prefix: 'första', cause: refusal('CONFLICT', 'Första formuläret nekades.') }, { prefix: 'andra', cause: refusal('CONFLICT', 'Andra formuläret nekades.') });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Namn andra/), 'Karin');
    await user.click(screen.getByRole('button', { name: 'Spara andra' }));
    const second = screen.getByRole('region', { name: 'andra' });
    const message = await within(second).findByText('Andra formuläret nekades.');
    expect(message.closest('.error-summary')).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'första' })).getByRole('alert')).toBeEmptyDOMElement();
  });
});

/** A table row's action (useActionFeedback) with the section's summary below the rows, as DataTableSection has it. */
function RowActions({ cause }: { cause: Error }) {
  const feedback = useActionFeedback();
  const [open, setOpen] = useState(false);
  return (
    <section aria-label="Inbjudningar">
      <table>
        <tbody>
          <tr>
            <th scope="row">ny@hedemora.se</th>
            <td>
              {open ? (
                <button
                  type="button"
                  onClick={() => {
                    // The confirmation closes as the answer comes: its button leaves the page.
                    void feedback.run(() => Promise.reject(cause), 'Klart.').finally(() => setOpen(false));
                  }}
                >
                  Ja, återkalla
                </button>
              ) : (
                <button type="button" onClick={() => setOpen(true)}>
                  Återkalla
                </button>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      <ErrorSummary error={feedback.error} />
    </section>
  );
}

describe('useActionFeedback: a refused action in a table row', () => {
  it('moves focus to the section’s summary, also when the confirming button has gone', async () => {
    renderRoute({ path: '/', url: '/', element: <RowActions cause={refusal('CONFLICT', 'Inbjudan är redan återkallad.')} /> });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Återkalla' }));
    await user.click(screen.getByRole('button', { name: 'Ja, återkalla' }));
    const message = await screen.findByText('Inbjudan är redan återkallad.');
    expect(message.closest('.error-summary')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Återkalla' })).toBeVisible();
  });
});
