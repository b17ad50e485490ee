import { useState, type ReactNode } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { useFormError } from '../forms';
import { readConflict, useVersionConflict } from '../version-conflict';
import { ErrorSummary } from './ErrorSummary';
import { VersionConflict, type VersionConflictTexts } from './VersionConflict';

/** A record as a versioned form reads it: a cohort, a meeting… */
interface Cohort {
  version: number;
  name: string;
  updatedAt: string | null;
}

const STALE = 'Omgången har ändrats sedan du läste den. Ladda om och försök igen.';
const conflictError = (currentVersion: unknown = 5) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: STALE, extensions: { code: 'CONFLICT', currentVersion } }] });

const FIELD_IDS = { name: 'cohort-name' };

/** A small versioned form adopting the notice the way the hook's JSDoc says. */
function CohortForm({
  opened,
  server,
  texts,
  renderLatest,
}: {
  opened: Cohort;
  server: Server;
  texts?: VersionConflictTexts;
  renderLatest?: (latest: Cohort) => ReactNode;
}) {
  const [name, setName] = useState(opened.name);
  const { error, showError, clear } = useFormError(FIELD_IDS);
  const conflict = useVersionConflict<Cohort>({
    version: opened.version,
    loadCurrent: server.load,
    versionOf: (current) => current.version,
    savedAtOf: (current) => current.updatedAt,
    onLoaded: clear,
    onTakeLatest: (current) => setName(current.name),
  });
  async function submit() {
    clear();
    try {
      const saved = await conflict.save((version) => server.save(version, name));
      conflict.saved(saved.version);
    } catch (cause) {
      showError(cause);
    }
  }
  return (
    <>
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      <VersionConflict conflict={conflict} firstFieldId={FIELD_IDS.name} {...(texts ? { texts } : {})} {...(renderLatest ? { renderLatest } : {})} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor="cohort-name">Namn</label>
        <input id="cohort-name" value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit">Spara</button>
      </form>
    </>
  );
}

interface Server {
  save: (version: number, name: string) => Promise<Cohort>;
  load: () => Promise<Cohort | null>;
}

const opened: Cohort = { version: 4, name: 'Omgång 2026', updatedAt: '2026-03-10T09:00:00.000Z' };
const theirs: Cohort = { version: 5, name: 'Omgång 2026 (kollegans)', updatedAt: '2026-03-11T12:30:00.000Z' };

function setup(server: Partial<Server> = {}, texts?: VersionConflictTexts, renderLatest?: (latest: Cohort) => ReactNode) {
  const save = vi.fn<Server['save']>((version, name) =>
    version === 4 ? Promise.reject(conflictError()) : Promise.resolve({ version: version + 1, name, updatedAt: null }),
  );
  const load = vi.fn<Server['load']>(() => Promise.resolve(theirs));
  const mocks: Server = { save: server.save ?? save, load: server.load ?? load };
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n({ language: 'sv' })}>
      <CohortForm opened={opened} server={mocks} {...(texts ? { texts } : {})} {...(renderLatest ? { renderLatest } : {})} />
    </I18nextProvider>,
  );
  return { user, save, load, name: () => screen.getByLabelText('Namn') };
}

async function saveMineAndFetchTheirs({ user, name }: Pick<ReturnType<typeof setup>, 'user' | 'name'>) {
  await user.clear(name());
  await user.type(name(), 'Omgång 2026 för alla');
  await user.click(screen.getByRole('button', { name: 'Spara' }));
  expect(await screen.findByText(STALE)).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Hämta den senaste versionen' }));
  return screen.findByRole('region', { name: 'Någon annan har sparat ändringar' });
}

describe('VersionConflict', () => {
  it('shows nothing but its empty live regions until a save is refused', () => {
    setup();
    expect(screen.queryByRole('button', { name: 'Hämta den senaste versionen' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('after a CONFLICT keeps the text, fetches the newer version, and saves the user’s text on top of it', async () => {
    const { user, save, load, name } = setup();
    const notice = await saveMineAndFetchTheirs({ user, name });

    expect(load).toHaveBeenCalledTimes(1);
    expect(notice).toHaveFocus();
    expect(within(notice).getByText(/version 5, sparad 2026-03-11 13:30:00/)).toBeVisible();
    // The form's CONFLICT message has done its job; the user's text is untouched while they choose.
    expect(screen.queryByText(STALE)).not.toBeInTheDocument();
    expect(name()).toHaveValue('Omgång 2026 för alla');

    await user.click(within(notice).getByRole('button', { name: 'Behåll min text' }));
    expect(screen.getByRole('status')).toHaveTextContent('Din text finns kvar. När du sparar ersätter den den senaste versionen.');
    expect(name()).toHaveFocus();
    expect(name()).toHaveValue('Omgång 2026 för alla');
    expect(notice).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(save).toHaveBeenLastCalledWith(5, 'Omgång 2026 för alla');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('replaces the text with the newer version only when the user confirms, by keyboard too', async () => {
    const { user, save, name } = setup();
    const notice = await saveMineAndFetchTheirs({ user, name });

    await user.tab(); // from the notice to "Behåll min text"
    await user.tab(); // to "Visa den senaste versionen i stället"
    expect(within(notice).getByRole('button', { name: /^Visa den senaste versionen i stället/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    const question = within(notice).getByRole('group', { name: 'Din osparade text ersätts med den senaste versionen. Vill du det?' });
    const confirm = within(question).getByRole('button', { name: 'Ja, ersätt min text' });
    expect(confirm).toHaveFocus();
    expect(name()).toHaveValue('Omgång 2026 för alla');

    await user.keyboard('{Enter}');
    expect(name()).toHaveValue('Omgång 2026 (kollegans)');
    expect(name()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Formuläret visar nu den senaste versionen.');

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(save).toHaveBeenLastCalledWith(5, 'Omgång 2026 (kollegans)');
  });

  it('says so when there is no newer version to fetch, in the form’s own words if it has them', async () => {
    const { user, name } = setup({ load: () => Promise.resolve(null) }, { gone: 'Omgången finns inte längre.' });
    await user.type(name(), '!');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await user.click(await screen.findByRole('button', { name: 'Hämta den senaste versionen' }));
    expect(await screen.findByText('Omgången finns inte längre.')).toBeVisible();
    expect(name()).toHaveValue('Omgång 2026!');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('shows a failed fetch like any other error, and lets the user try again', async () => {
    const load = vi
      .fn<Server['load']>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(theirs);
    const { user, name } = setup({ load });
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    const reload = await screen.findByRole('button', { name: 'Hämta den senaste versionen' });
    await user.click(reload);
    expect(await screen.findByText('Det gick inte att nå tjänsten. Kontrollera din internetanslutning och försök igen.')).toBeVisible();
    await user.click(reload);
    expect(await screen.findByRole('region', { name: 'Någon annan har sparat ändringar' })).toBeVisible();
    expect(name()).toHaveValue('Omgång 2026');
  });

  it('offers nothing for errors other than CONFLICT', async () => {
    const refused = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Du saknar behörighet.', extensions: { code: 'FORBIDDEN' } }] });
    const { user } = setup({ save: () => Promise.reject(refused) });
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Du saknar behörighet.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Hämta den senaste versionen' })).not.toBeInTheDocument();
  });

  it('without a time of saving, says what was fetched in plain words, with no version number', async () => {
    const { user } = setup({ load: () => Promise.resolve({ ...theirs, updatedAt: null }) });
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await user.click(await screen.findByRole('button', { name: 'Hämta den senaste versionen' }));
    const notice = await screen.findByRole('region', { name: 'Någon annan har sparat ändringar' });
    expect(within(notice).getByText('Den senaste versionen är hämtad. Din text finns kvar i formuläret och är inte sparad. Välj vad du vill göra.')).toBeVisible();
    expect(notice).not.toHaveTextContent(/version \d/);
  });

  it('shows the newer version inside the notice, in the form’s own words, when the form says how', async () => {
    const { user, name } = setup({}, { explain: 'Så här heter omgången nu.' }, (latest) => <p>Namn nu: {latest.name}</p>);
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await user.click(await screen.findByRole('button', { name: 'Hämta den senaste versionen' }));
    const notice = await screen.findByRole('region', { name: 'Någon annan har sparat ändringar' });
    expect(within(notice).getByText('Så här heter omgången nu.')).toBeVisible();
    expect(within(notice).getByText('Namn nu: Omgång 2026 (kollegans)')).toBeVisible();
    expect(within(notice).queryByText(/Den senaste versionen/)).not.toBeInTheDocument();
    expect(name()).toHaveValue('Omgång 2026');
  });

  it('uses the form’s heading when it names the thing', async () => {
    const { user } = setup({}, { heading: 'Någon annan har sparat omgången' });
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await user.click(await screen.findByRole('button', { name: 'Hämta den senaste versionen' }));
    expect(await screen.findByRole('region', { name: 'Någon annan har sparat omgången' })).toHaveFocus();
  });
});

describe('readConflict', () => {
  it('reads the version the server has now from extensions.currentVersion', () => {
    expect(readConflict(conflictError(7))).toEqual({ currentVersion: 7 });
    expect(readConflict(conflictError('7'))).toEqual({ currentVersion: null });
  });

  it('is null for anything but a CONFLICT', () => {
    expect(readConflict(new TypeError('Failed to fetch'))).toBeNull();
    expect(readConflict(new CombinedGraphQLErrors({ data: null, errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] }))).toBeNull();
  });
});
