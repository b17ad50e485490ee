import { useState } from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Link, RouterProvider, useNavigate } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { useUnsavedChanges, type UnsavedChangesOptions } from './unsaved-changes';

const QUESTION = 'Du har osparade ändringar. Lämna sidan ändå?';

function Form({ options }: { options: UnsavedChangesOptions }) {
  const [text, setText] = useState('');
  const navigate = useNavigate();
  const guard = useUnsavedChanges(text !== '', options);
  return (
    <>
      {guard.dialog}
      <h1>Formuläret</h1>
      <label htmlFor="text">Text</label>
      <input id="text" value={text} onChange={(event) => setText(event.target.value)} />
      <Link to="/other">Till en annan sida</Link>
      <Link to="/form?tab=2">Samma sida, annan flik</Link>
      <Link to="/form/step-2">Nästa steg</Link>
      <button
        type="button"
        onClick={() => {
          guard.allowNextNavigation();
          void navigate('/other');
        }}
      >
        Spara
      </button>
      <button type="button" onClick={() => guard.allowNextNavigation()}>
        Tillåt nästa
      </button>
    </>
  );
}

function renderForm(options: UnsavedChangesOptions = {}) {
  const router = createMemoryRouter(
    [
      { path: '/form/*', element: <Form options={options} /> },
      { path: '/other', element: <h1>Annan sida</h1> },
      { path: '/login', element: <h1>Logga in</h1> },
    ],
    { initialEntries: ['/form'] },
  );
  render(
    <I18nextProvider i18n={createI18n({ language: 'sv' })}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { router, user: userEvent.setup() };
}

describe('useUnsavedChanges', () => {
  it('asks before leaving a form with unsaved changes; "Stanna kvar" (focused) keeps the text and the page', async () => {
    const { router, user } = renderForm();
    await user.type(screen.getByLabelText('Text'), 'Trygga mötesplatser');
    const link = screen.getByRole('link', { name: 'Till en annan sida' });
    await user.click(link);

    const dialog = await screen.findByRole('dialog', { name: QUESTION });
    expect(dialog).toBeVisible();
    const stay = screen.getByRole('button', { name: 'Stanna kvar' });
    expect(stay).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Lämna sidan' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/form');

    await user.click(stay);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/form');
    expect(screen.getByLabelText('Text')).toHaveValue('Trygga mötesplatser');
    expect(link).toHaveFocus();
  });

  it('stays when the dialog is dismissed with Escape', async () => {
    const { router, user } = renderForm();
    await user.type(screen.getByLabelText('Text'), 'x');
    await user.click(screen.getByRole('link', { name: 'Till en annan sida' }));
    await screen.findByRole('dialog', { name: QUESTION });
    // jsdom has no showModal: the dialog's cancel event is what Escape fires in a browser.
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { name: 'Formuläret' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/form');
  });

  it('leaves after "Lämna sidan", telling the form (which drops its draft)', async () => {
    const onLeave = vi.fn();
    const { router, user } = renderForm({ onLeave });
    await user.type(screen.getByLabelText('Text'), 'Trygga');
    await user.click(screen.getByRole('link', { name: 'Till en annan sida' }));
    await user.click(await screen.findByRole('button', { name: 'Lämna sidan' }));
    expect(await screen.findByRole('heading', { name: 'Annan sida' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/other');
    expect(onLeave).toHaveBeenCalledOnce();
  });

  it('asks the browser’s Back too', async () => {
    const { router, user } = renderForm();
    await router.navigate('/other');
    await router.navigate('/form');
    await screen.findByRole('heading', { name: 'Formuläret' });
    await user.type(screen.getByLabelText('Text'), 'Trygga');
    await router.navigate(-1);
    expect(await screen.findByRole('dialog', { name: QUESTION })).toBeVisible();
    expect(router.state.location.pathname).toBe('/form');
  });

  it('does not ask when nothing is unsaved, nor for the query string, the form’s own paths, the lapsed session’s login or its own save', async () => {
    const { router, user } = renderForm({ within: (pathname) => pathname.startsWith('/form') });
    await user.click(screen.getByRole('link', { name: 'Till en annan sida' }));
    expect(await screen.findByRole('heading', { name: 'Annan sida' })).toBeVisible();

    await router.navigate('/form');
    await user.type(await screen.findByLabelText('Text'), 'Trygga');
    await user.click(screen.getByRole('link', { name: 'Samma sida, annan flik' }));
    expect(router.state.location.search).toBe('?tab=2');
    await user.click(screen.getByRole('link', { name: 'Nästa steg' }));
    expect(router.state.location.pathname).toBe('/form/step-2');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('heading', { name: 'Annan sida' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await router.navigate('/form');
    await user.type(await screen.findByLabelText('Text'), 'Trygga');
    await router.navigate('/login?next=%2Fform');
    expect(await screen.findByRole('heading', { name: 'Logga in' })).toBeVisible();
  });

  it('lets the save through only once', async () => {
    const { router, user } = renderForm();
    await user.type(screen.getByLabelText('Text'), 'Trygga');
    await user.click(screen.getByRole('button', { name: 'Tillåt nästa' }));
    // The allowance goes with the next navigation, whatever it is: the one after that is asked about again.
    await router.navigate('/form?tab=1');
    await user.click(screen.getByRole('link', { name: 'Till en annan sida' }));
    expect(await screen.findByRole('dialog', { name: QUESTION })).toBeVisible();
    expect(router.state.location.pathname).toBe('/form');
  });

  it('has the browser ask before a reload or closing the tab only while there are unsaved changes', async () => {
    const { user } = renderForm();
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await user.type(screen.getByLabelText('Text'), 'T');
    expect(unload()).toBe(true);
    await user.clear(screen.getByLabelText('Text'));
    expect(unload()).toBe(false);
  });

  it('asks in English too', async () => {
    const router = createMemoryRouter([{ path: '/form', element: <Form options={{}} /> }, { path: '/other', element: <h1>Other</h1> }], { initialEntries: ['/form'] });
    render(
      <I18nextProvider i18n={createI18n({ language: 'en' })}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Text'), 'x');
    await user.click(screen.getByRole('link', { name: 'Till en annan sida' }));
    expect(await screen.findByRole('dialog', { name: 'You have unsaved changes. Leave the page anyway?' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Stay on the page' })).toHaveFocus();
  });
});
