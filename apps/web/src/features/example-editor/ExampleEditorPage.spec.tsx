import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { drafts } from '../../shared/draft-store';
import { graphQLError, hedemoraMember, processLeader, renderRoute, type TestUser } from '../../test/render';
import { ExampleEditorPage } from './ExampleEditorPage';
import { formFromExample } from './example-form';
import { EXAMPLE_ID, HEDEMORA, HUDDINGE, savedExample } from './example-test-data';
import { CreateLearningExampleMutation, EditorVocabulariesQuery, ExampleForEditQuery, ExampleOrganizationSearchQuery, UpdateLearningExampleMutation } from './graphql/operations';

const SLUG = 'trygga-motesplatser-i-hedemora';

const vocabulariesMock = {
  request: { query: EditorVocabulariesQuery },
  result: {
    data: {
      vocabularies: {
        __typename: 'Vocabularies',
        subjects: ['Jämställdhet', 'Folkhälsa'],
        activityAreas: ['Kultur och fritid', 'Socialtjänst'],
        focusAreas: ['Trygghet'],
      },
    },
  },
  maxUsageCount: 5,
};

function exampleMock(example: ReturnType<typeof savedExample> | null) {
  return { request: { query: ExampleForEditQuery, variables: { slug: SLUG } }, result: { data: { learningExample: example } } };
}

/** The saved example as the form sends it back unchanged. */
const unchangedInput = {
  title: 'Trygga mötesplatser i Hedemora',
  summary: 'Hedemora gjorde om sina fritidsgårdar tillsammans med unga.',
  organizationCodes: ['2083'],
  subjects: ['Jämställdhet'],
  activityAreas: ['Kultur och fritid'],
  periodStart: 2024,
  periodEnd: null,
  background: 'Färre flickor än pojkar besökte fritidsgårdarna.',
  implementation: null,
  successFactors: null,
  results: null,
  keyConclusions: ['Fråga de unga först.'],
  furtherReading: [{ title: 'Rapporten', url: 'https://www.hedemora.se/rapport' }],
  contacts: [{ name: 'Karin Lindqvist', title: 'Utvecklingsledare', organization: 'Hedemora kommun', email: 'karin@hedemora.se', phone: null }],
};

function renderEditor(url: string, user: TestUser, mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  const path = url === '/examples/new' ? '/examples/new' : '/examples/:slug/edit';
  return { ...renderRoute({ path, element: <ExampleEditorPage />, url, user, mocks }), keyboard: userEvent.setup() };
}

type Keyboard = ReturnType<typeof userEvent.setup>;

/**
 * Replaces a field's text as a user pasting into it: emptied, focused, the text put in. (Typed key by
 * key, a long text redraws the preview once per character and the tests get slow.)
 */
async function fill(user: Keyboard, field: HTMLElement, value: string) {
  await user.clear(field);
  await user.paste(value);
}

const preview = () => screen.getByRole('region', { name: 'Förhandsvisning' });

// Drafts live in the tab's sessionStorage (shared/draft-store.ts): none may leak from one test to the next
// (unmounted first: a form writes its draft as it goes).
afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});

describe('ExampleEditorPage: a new example', () => {
  // A whole journey through the form, by keyboard and mouse: longer than a unit test's five seconds on a busy machine.
  it('keeps a member’s own organisation, checks the form first, previews as one types, and creates a draft', { timeout: 15_000 }, async () => {
    const { router, keyboard: user } = renderEditor('/examples/new', hedemoraMember, [
      vocabulariesMock,
      {
        request: {
          query: CreateLearningExampleMutation,
          variables: {
            input: {
              title: 'Trygga mötesplatser i Hedemora',
              summary: 'Hedemora gjorde om sina fritidsgårdar tillsammans med unga.',
              organizationCodes: ['2083'],
              subjects: ['Jämställdhet'],
              activityAreas: [],
              periodStart: 2024,
              periodEnd: null,
              background: null,
              implementation: null,
              successFactors: null,
              results: null,
              keyConclusions: ['Fråga de unga först.'],
              furtherReading: [],
              contacts: [],
            },
          },
        },
        result: { data: { createLearningExample: savedExample() } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nytt lärande exempel' })).toBeVisible();
    const chosen = screen.getByRole('list', { name: 'Valda organisationer' });
    expect(within(chosen).getByText('Hedemora kommun')).toBeVisible();
    expect(within(chosen).getByText('(din organisation)')).toBeVisible();
    expect(within(chosen).queryByRole('button')).not.toBeInTheDocument();

    // Sent empty: the summary takes focus and links each message to its field.
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    const titleLink = await screen.findByRole('link', { name: 'Ge exemplet en rubrik.' });
    expect(screen.getByRole('link', { name: 'Skriv en ingress.' })).toBeVisible();
    expect(document.activeElement).toContainElement(titleLink);
    await user.click(titleLink);
    expect(screen.getByLabelText(/^Rubrik/)).toHaveFocus();

    // The preview follows the form.
    await fill(user, screen.getByLabelText(/^Rubrik/), 'Trygga mötesplatser i Hedemora');
    expect(within(preview()).getByRole('heading', { level: 2, name: 'Trygga mötesplatser i Hedemora' })).toBeVisible();
    await fill(user, screen.getByLabelText(/^Ingress/), 'Hedemora gjorde om sina fritidsgårdar tillsammans med unga.');
    expect(within(preview()).getByText('Hedemora gjorde om sina fritidsgårdar tillsammans med unga.')).toBeVisible();
    await user.click(within(screen.getByRole('group', { name: 'Ämne' })).getByLabelText('Jämställdhet'));

    // Ongoing: no end year to fill in.
    await user.type(screen.getByLabelText(/^Startår/), '2024');
    expect(screen.getByLabelText(/^Slutår/)).toBeVisible();
    await user.click(screen.getByLabelText('Pågående'));
    expect(screen.queryByLabelText(/^Slutår/)).not.toBeInTheDocument();

    // Rows: a new one takes focus; removing it hands focus to the one before.
    await fill(user, screen.getByLabelText('Slutsats 1'), 'Fråga de unga först.');
    await user.click(screen.getByRole('button', { name: 'Lägg till slutsats' }));
    await waitFor(() => expect(screen.getByLabelText('Slutsats 2')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Ta bort slutsats 2' }));
    await waitFor(() => expect(screen.getByLabelText('Slutsats 1')).toHaveFocus());
    expect(within(preview()).getByText('Fråga de unga först.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/examples/${SLUG}`));
    expect(router.state.location.state).toEqual({ flash: 'exampleCreated' });
  });

  it('checks links and contacts row by row', async () => {
    const { keyboard: user } = renderEditor('/examples/new', hedemoraMember, [vocabulariesMock]);
    await screen.findByRole('heading', { level: 1, name: 'Nytt lärande exempel' });
    await user.click(screen.getByRole('button', { name: 'Lägg till kontaktperson' }));
    const contact = await screen.findByRole('group', { name: 'Kontaktperson 1' });
    await waitFor(() => expect(within(contact).getByLabelText(/^Namn/)).toHaveFocus());
    await user.type(within(contact).getByLabelText(/^E-post/), 'karin@');
    await user.click(screen.getByRole('button', { name: 'Lägg till länk' }));
    const link = await screen.findByRole('group', { name: 'Länk 1' });
    await waitFor(() => expect(within(link).getByLabelText(/^Länktext/)).toHaveFocus());
    await user.paste('Rapporten');
    await fill(user, within(link).getByLabelText(/^Webbadress/), 'www.hedemora.se');
    await user.type(screen.getByLabelText(/^Startår/), '2024');
    await user.type(screen.getByLabelText(/^Slutår/), '2022');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    expect(await screen.findByRole('link', { name: 'Skriv namnet på kontaktperson 1.' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ange en giltig e-postadress för kontaktperson 1.' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ange en fullständig webbadress som börjar med https:// för länk 1.' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Slutåret kan inte ligga före startåret.' })).toBeVisible();
    expect(within(link).getByText('Ange en fullständig webbadress som börjar med https:// för länk 1.', { selector: '.field__error' })).toBeVisible();
    expect(within(link).getByLabelText(/^Länktext/)).toHaveValue('Rapporten');
  });
});

describe('ExampleEditorPage: an existing example', () => {
  it('shows the editors’ comment and saves a process leader’s changes with the version read, co-author added', async () => {
    const { router, keyboard: user } = renderEditor(`/examples/${SLUG}/edit`, processLeader, [
      vocabulariesMock,
      exampleMock(savedExample({ status: 'IN_REVIEW', editorComment: 'Beskriv gärna resultaten med siffror.' })),
      {
        request: { query: ExampleOrganizationSearchQuery, variables: { search: 'Hu' } },
        result: { data: { organizations: [HUDDINGE] } },
      },
      {
        request: { query: UpdateLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4, input: { ...unchangedInput, organizationCodes: ['2083', '0126'] } } },
        result: { data: { updateLearningExample: savedExample({ organizations: [HEDEMORA, HUDDINGE], version: 5 }) } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Redigera: Trygga mötesplatser i Hedemora' })).toBeVisible();
    const comment = screen.getByRole('region', { name: 'Kommentar från redaktionen' });
    expect(within(comment).getByText('Beskriv gärna resultaten med siffror.')).toBeVisible();
    expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('Trygga mötesplatser i Hedemora');
    expect(screen.getByLabelText('Pågående')).toBeChecked();

    // A process leader may remove any organisation, and adds one from the search.
    expect(screen.getByRole('button', { name: 'Ta bort Hedemora kommun' })).toBeVisible();
    const search = screen.getByLabelText(/^Lägg till en kommun eller region/);
    await user.type(search, 'Hu');
    await user.click(await screen.findByRole('button', { name: 'Lägg till Huddinge kommun' }));
    expect(within(screen.getByRole('list', { name: 'Valda organisationer' })).getByRole('button', { name: 'Ta bort Huddinge kommun' })).toBeVisible();
    expect(within(preview()).getByText('Hedemora kommun, Huddinge kommun')).toBeVisible();
    expect(screen.getByText('Huddinge kommun är tillagd.')).toBeVisible();
    expect(search).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/examples/${SLUG}`));
    expect(router.state.location.state).toEqual({ flash: 'exampleSaved' });
  });

  it('on a stale version, fetches the latest and lets the author keep their text and save over it', async () => {
    const stale = 'Exemplet har ändrats sedan du läste det. Ladda om och försök igen.';
    const mine = { ...unchangedInput, title: 'Trygga mötesplatser för alla' };
    const { router, keyboard: user } = renderEditor(`/examples/${SLUG}/edit`, hedemoraMember, [
      vocabulariesMock,
      exampleMock(savedExample()),
      {
        request: { query: UpdateLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4, input: mine } },
        result: { errors: [graphQLError('CONFLICT', stale, { currentVersion: 5 })] },
      },
      exampleMock(savedExample({ version: 5, title: 'Trygga mötesplatser (kollegans version)', updatedAt: '2026-03-11T12:30:00.000Z' })),
      { request: { query: UpdateLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 5, input: mine } }, result: { data: { updateLearningExample: savedExample({ version: 6 }) } } },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Redigera: Trygga mötesplatser i Hedemora' });
    const title = screen.getByLabelText(/^Rubrik/);
    await fill(user, title, 'Trygga mötesplatser för alla');
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByText(stale)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Hämta den senaste versionen' }));
    const latest = await screen.findByRole('region', { name: 'Någon annan har sparat exemplet' });
    expect(within(latest).getByText(/version 5, sparad 2026-03-11 13:30:00/)).toBeVisible();
    expect(latest).toHaveFocus();
    // Nothing is lost while the user decides.
    expect(title).toHaveValue('Trygga mötesplatser för alla');
    await user.click(within(latest).getByRole('button', { name: 'Behåll min text' }));
    expect(screen.getByText('Din text finns kvar. När du sparar ersätter den den senaste versionen.')).toBeVisible();
    expect(title).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/examples/${SLUG}`));
  });

  it('shows the API’s field errors at the fields they name, list rows included', async () => {
    const { keyboard: user } = renderEditor(`/examples/${SLUG}/edit`, hedemoraMember, [
      vocabulariesMock,
      exampleMock(savedExample()),
      {
        request: { query: UpdateLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4, input: unchangedInput } },
        result: {
          errors: [
            graphQLError('BAD_USER_INPUT', 'Ange en giltig e-postadress för kontaktpersonen. Det finns ingen organisation med koden "9999".', {
              fields: [
                { field: 'contacts.0.email', message: 'Ange en giltig e-postadress för kontaktpersonen.' },
                { field: 'organizationCodes', message: 'Det finns ingen organisation med koden "9999".' },
              ],
            }),
          ],
        },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Redigera: Trygga mötesplatser i Hedemora' });
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    const emailLink = await screen.findByRole('link', { name: 'Ange en giltig e-postadress för kontaktpersonen.' });
    const contact = screen.getByRole('group', { name: 'Kontaktperson 1' });
    const email = within(contact).getByLabelText(/^E-post/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(within(contact).getByText('Ange en giltig e-postadress för kontaktpersonen.', { selector: '.field__error' })).toBeVisible();
    await user.click(emailLink);
    expect(email).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Det finns ingen organisation med koden "9999".' }));
    expect(screen.getByLabelText(/^Lägg till en kommun eller region/)).toHaveFocus();
  });

  it('is locked for members while the example is in review, and says why', async () => {
    renderEditor(`/examples/${SLUG}/edit`, hedemoraMember, [vocabulariesMock, exampleMock(savedExample({ status: 'IN_REVIEW' }))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Exemplet är låst: Trygga mötesplatser i Hedemora' })).toBeVisible();
    expect(screen.getByText(/Exemplet granskas av redaktionen och kan inte ändras just nu/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Spara ändringar' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till exemplet Trygga mötesplatser i Hedemora' })).toHaveAttribute('href', `/examples/${SLUG}`);
  });

  it('is not found when the API answers null', async () => {
    renderEditor(`/examples/${SLUG}/edit`, hedemoraMember, [vocabulariesMock, exampleMock(null)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeVisible();
  });
});

describe('ExampleEditorPage: nothing typed is lost (docs/web-patterns.md, "Work is never lost")', () => {
  const newDraft = { form: 'example:new', userId: hedemoraMember.id };
  const editDraft = { form: `example:${EXAMPLE_ID}`, userId: hedemoraMember.id };
  const afterLapse = () => {
    drafts.noteSessionEnded();
    drafts.resumeSession(hedemoraMember.id);
  };

  it('asks before leaving unsaved text; "Stanna kvar" keeps it, and a clean form leaves without asking', async () => {
    const { router, keyboard: user } = renderEditor('/examples/new', hedemoraMember, [vocabulariesMock]);
    await screen.findByRole('heading', { level: 1, name: 'Nytt lärande exempel' });
    // Nothing typed yet: the cancel link just goes.
    await user.click(screen.getByRole('link', { name: 'Avbryt' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/editorial'));

    await router.navigate('/examples/new');
    const title = await screen.findByLabelText(/^Rubrik/);
    await fill(user, title, 'Trygga mötesplatser');
    await user.click(screen.getByRole('link', { name: 'Avbryt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Du har osparade ändringar. Lämna sidan ändå?' });
    expect(within(dialog).getByRole('button', { name: 'Stanna kvar' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Stanna kvar' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/examples/new');
    expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('Trygga mötesplatser');

    // Leaving on purpose drops the draft: nothing is restored next time.
    await user.click(screen.getByRole('link', { name: 'Avbryt' }));
    await user.click(await screen.findByRole('button', { name: 'Lämna sidan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/editorial'));
    expect(drafts.load(newDraft)).toBeNull();
  });

  it('keeps the text as a draft when the session ends at saving, and lets the way to the login page through', async () => {
    const { router, keyboard: user } = renderEditor('/examples/new', hedemoraMember, [
      vocabulariesMock,
      {
        request: { query: CreateLearningExampleMutation, variables: () => true },
        result: { errors: [graphQLError('UNAUTHENTICATED', 'Du behöver logga in.')] },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Nytt lärande exempel' });
    await fill(user, screen.getByLabelText(/^Rubrik/), 'Trygga mötesplatser');
    await fill(user, screen.getByLabelText(/^Ingress/), 'Hedemora gjorde om sina fritidsgårdar.');
    await user.click(within(screen.getByRole('group', { name: 'Ämne' })).getByLabelText('Jämställdhet'));
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText('Du behöver logga in.')).toBeVisible();

    // What the session link (app/apollo-client.ts) does on that answer: the form's draft is written at once…
    drafts.noteSessionEnded();
    expect(drafts.load<{ values: { title: string; summary: string } }>(newDraft)?.values.values).toMatchObject({
      title: 'Trygga mötesplatser',
      summary: 'Hedemora gjorde om sina fritidsgårdar.',
    });
    // …and main.tsx goes to the login page, which the guard does not stop.
    await router.navigate('/login?next=%2Fexamples%2Fnew', { replace: true });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(drafts.load(newDraft)).not.toBeNull());
  });

  it('after logging in again, restores the draft with the message, and can throw it away', async () => {
    drafts.save(newDraft, { values: { title: 'Trygga mötesplatser', summary: 'Det jag skrev.', keyConclusions: [{ key: 'r1', text: 'Fråga de unga först.' }] }, version: 0 });
    afterLapse();
    const { keyboard: user } = renderEditor('/examples/new', hedemoraMember, [vocabulariesMock]);
    expect(await screen.findByText('Vi har återställt det du skrev innan du loggades ut.')).toBeVisible();
    expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('Trygga mötesplatser');
    expect(screen.getByLabelText(/^Ingress/)).toHaveValue('Det jag skrev.');
    expect(screen.getByLabelText('Slutsats 1')).toHaveValue('Fråga de unga först.');
    // The member's own organisation is still there.
    expect(within(screen.getByRole('list', { name: 'Valda organisationer' })).getByText('Hedemora kommun')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Släng det jag skrev' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, släng det' }));
    expect(screen.queryByText('Vi har återställt det du skrev innan du loggades ut.')).not.toBeInTheDocument();
    expect(await screen.findByText('Det du skrev är borttaget.')).toBeVisible();
    expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('');
    expect(screen.getByLabelText(/^Rubrik/)).toHaveFocus();
    expect(drafts.load(newDraft)).toBeNull();
  });

  it('after a reload, restores the draft with its own message', async () => {
    drafts.save(newDraft, { values: { title: 'Innan omladdningen' }, version: 0 });
    renderEditor('/examples/new', hedemoraMember, [vocabulariesMock]);
    expect(await screen.findByText('Vi har återställt det du skrev men inte sparade.')).toBeVisible();
    expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('Innan omladdningen');
  });

  it('saves a restored edit over the version it was written on (a change since then is a conflict, not overwritten)', async () => {
    const mine = { ...unchangedInput, title: 'Trygga mötesplatser för alla' };
    drafts.save(editDraft, { values: { ...formFromExample(savedExample()), title: 'Trygga mötesplatser för alla' }, version: 4 });
    afterLapse();
    const stale = 'Exemplet har ändrats sedan du läste det. Ladda om och försök igen.';
    const { router, keyboard: user } = renderEditor(`/examples/${SLUG}/edit`, hedemoraMember, [
      vocabulariesMock,
      exampleMock(savedExample({ version: 5 })),
      { request: { query: UpdateLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4, input: mine } }, result: { errors: [graphQLError('CONFLICT', stale, { currentVersion: 5 })] } },
    ]);
    expect(await screen.findByText('Vi har återställt det du skrev innan du loggades ut.')).toBeVisible();
    expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('Trygga mötesplatser för alla');
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByText(stale)).toBeVisible();
    expect(router.state.location.pathname).toBe(`/examples/${SLUG}/edit`);
    expect(screen.getByLabelText(/^Rubrik/)).toHaveValue('Trygga mötesplatser för alla');
  });

  it('drops the draft once the example is saved', async () => {
    const { router, keyboard: user } = renderEditor(`/examples/${SLUG}/edit`, hedemoraMember, [
      vocabulariesMock,
      exampleMock(savedExample()),
      {
        request: { query: UpdateLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4, input: { ...unchangedInput, title: 'Ny rubrik' } } },
        result: { data: { updateLearningExample: savedExample({ title: 'Ny rubrik', version: 5 }) } },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Redigera: Trygga mötesplatser i Hedemora' });
    expect(screen.queryByText(/Vi har återställt/)).not.toBeInTheDocument();
    await fill(user, screen.getByLabelText(/^Rubrik/), 'Ny rubrik');
    await waitFor(() => expect(drafts.load(editDraft)).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/examples/${SLUG}`));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(drafts.load(editDraft)).toBeNull();
  });
});
