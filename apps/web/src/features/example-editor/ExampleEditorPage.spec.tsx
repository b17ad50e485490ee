import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, hedemoraMember, processLeader, renderRoute, type TestUser } from '../../test/render';
import { ExampleEditorPage } from './ExampleEditorPage';
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
  return renderRoute({ path, element: <ExampleEditorPage />, url, user, mocks });
}

const type = (label: RegExp | string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const preview = () => screen.getByRole('region', { name: 'Förhandsvisning' });

describe('ExampleEditorPage: a new example', () => {
  it('keeps a member’s own organisation, checks the form first, previews as one types, and creates a draft', async () => {
    const { router } = renderEditor('/examples/new', hedemoraMember, [
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
    expect(await screen.findByRole('heading', { level: 1, name: 'Nytt lärande exempel' })).toBeTruthy();
    const chosen = screen.getByRole('list', { name: 'Valda organisationer' });
    expect(within(chosen).getByText('Hedemora kommun')).toBeTruthy();
    expect(within(chosen).getByText('(din organisation)')).toBeTruthy();
    expect(within(chosen).queryByRole('button')).toBeNull();

    // Sent empty: the summary takes focus and links each message to its field.
    fireEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    const titleLink = await screen.findByRole('link', { name: 'Ge exemplet en rubrik.' });
    expect(screen.getByRole('link', { name: 'Skriv en ingress.' })).toBeTruthy();
    expect(document.activeElement?.contains(titleLink)).toBe(true);
    fireEvent.click(titleLink);
    expect(document.activeElement).toBe(screen.getByLabelText(/^Rubrik/));

    // The preview follows the form.
    type(/^Rubrik/, 'Trygga mötesplatser i Hedemora');
    expect(within(preview()).getByRole('heading', { level: 2, name: 'Trygga mötesplatser i Hedemora' })).toBeTruthy();
    type(/^Ingress/, 'Hedemora gjorde om sina fritidsgårdar tillsammans med unga.');
    expect(within(preview()).getByText('Hedemora gjorde om sina fritidsgårdar tillsammans med unga.')).toBeTruthy();
    fireEvent.click(within(screen.getByRole('group', { name: 'Ämne' })).getByLabelText('Jämställdhet'));

    // Ongoing: no end year to fill in.
    type(/^Startår/, '2024');
    expect(screen.getByLabelText(/^Slutår/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Pågående'));
    expect(screen.queryByLabelText(/^Slutår/)).toBeNull();

    // Rows: a new one takes focus; removing it hands focus to the one before.
    type('Slutsats 1', 'Fråga de unga först.');
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till slutsats' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Slutsats 2')));
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort slutsats 2' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Slutsats 1')));
    expect(within(preview()).getByText('Fråga de unga först.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/examples/${SLUG}`));
    expect(router.state.location.state).toEqual({ flash: 'exampleCreated' });
  });

  it('checks links and contacts row by row', async () => {
    renderEditor('/examples/new', hedemoraMember, [vocabulariesMock]);
    await screen.findByRole('heading', { level: 1, name: 'Nytt lärande exempel' });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till kontaktperson' }));
    const contact = await screen.findByRole('group', { name: 'Kontaktperson 1' });
    await waitFor(() => expect(document.activeElement).toBe(within(contact).getByLabelText(/^Namn/)));
    fireEvent.change(within(contact).getByLabelText(/^E-post/), { target: { value: 'karin@' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till länk' }));
    const link = await screen.findByRole('group', { name: 'Länk 1' });
    fireEvent.change(within(link).getByLabelText(/^Länktext/), { target: { value: 'Rapporten' } });
    fireEvent.change(within(link).getByLabelText(/^Webbadress/), { target: { value: 'www.hedemora.se' } });
    fireEvent.change(screen.getByLabelText(/^Startår/), { target: { value: '2024' } });
    fireEvent.change(screen.getByLabelText(/^Slutår/), { target: { value: '2022' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));

    expect(await screen.findByRole('link', { name: 'Skriv namnet på kontaktperson 1.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ange en giltig e-postadress för kontaktperson 1.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ange en fullständig webbadress som börjar med https:// för länk 1.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Slutåret kan inte ligga före startåret.' })).toBeTruthy();
    expect(within(link).getByText('Ange en fullständig webbadress som börjar med https:// för länk 1.', { selector: '.field__error' })).toBeTruthy();
  });
});

describe('ExampleEditorPage: an existing example', () => {
  it('shows the editors’ comment and saves a process leader’s changes with the version read, co-author added', async () => {
    const { router } = renderEditor(`/examples/${SLUG}/edit`, processLeader, [
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
    expect(await screen.findByRole('heading', { level: 1, name: 'Redigera: Trygga mötesplatser i Hedemora' })).toBeTruthy();
    const comment = screen.getByRole('region', { name: 'Kommentar från redaktionen' });
    expect(within(comment).getByText('Beskriv gärna resultaten med siffror.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/^Rubrik/).value).toBe('Trygga mötesplatser i Hedemora');
    expect(screen.getByLabelText<HTMLInputElement>('Pågående').checked).toBe(true);

    // A process leader may remove any organisation, and adds one from the search.
    expect(screen.getByRole('button', { name: 'Ta bort Hedemora kommun' })).toBeTruthy();
    type(/^Lägg till en kommun eller region/, 'Hu');
    fireEvent.click(await screen.findByRole('button', { name: 'Lägg till Huddinge kommun' }));
    expect(within(screen.getByRole('list', { name: 'Valda organisationer' })).getByRole('button', { name: 'Ta bort Huddinge kommun' })).toBeTruthy();
    expect(within(preview()).getByText('Hedemora kommun, Huddinge kommun')).toBeTruthy();
    expect(screen.getByText('Huddinge kommun är tillagd.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/examples/${SLUG}`));
    expect(router.state.location.state).toEqual({ flash: 'exampleSaved' });
  });

  it('on a stale version, fetches the latest and lets the author keep their text and save over it', async () => {
    const stale = 'Exemplet har ändrats sedan du läste det (din version 4, nu 5). Ladda om och försök igen.';
    const mine = { ...unchangedInput, title: 'Trygga mötesplatser för alla' };
    const { router } = renderEditor(`/examples/${SLUG}/edit`, hedemoraMember, [
      vocabulariesMock,
      exampleMock(savedExample()),
      { request: { query: UpdateLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4, input: mine } }, result: { errors: [graphQLError('CONFLICT', stale)] } },
      exampleMock(savedExample({ version: 5, title: 'Trygga mötesplatser (kollegans version)', updatedAt: '2026-03-11T12:30:00.000Z' })),
      { request: { query: UpdateLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 5, input: mine } }, result: { data: { updateLearningExample: savedExample({ version: 6 }) } } },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Redigera: Trygga mötesplatser i Hedemora' });
    type(/^Rubrik/, 'Trygga mötesplatser för alla');
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    expect(await screen.findByText(stale)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Hämta den senaste versionen' }));
    const latest = await screen.findByRole('region', { name: 'Någon annan har sparat exemplet' });
    expect(within(latest).getByText(/version 5, sparad 2026-03-11 13:30:00/)).toBeTruthy();
    // Nothing is lost while the user decides.
    expect(screen.getByLabelText<HTMLInputElement>(/^Rubrik/).value).toBe('Trygga mötesplatser för alla');
    fireEvent.click(within(latest).getByRole('button', { name: 'Behåll min text' }));
    expect(screen.getByText('Din text finns kvar. När du sparar ersätter den den senaste versionen.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/examples/${SLUG}`));
  });

  it('shows the API’s field errors at the fields they name, list rows included', async () => {
    renderEditor(`/examples/${SLUG}/edit`, hedemoraMember, [
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
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    const emailLink = await screen.findByRole('link', { name: 'Ange en giltig e-postadress för kontaktpersonen.' });
    const contact = screen.getByRole('group', { name: 'Kontaktperson 1' });
    const email = within(contact).getByLabelText(/^E-post/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(within(contact).getByText('Ange en giltig e-postadress för kontaktpersonen.', { selector: '.field__error' })).toBeTruthy();
    fireEvent.click(emailLink);
    expect(document.activeElement).toBe(email);
    fireEvent.click(screen.getByRole('link', { name: 'Det finns ingen organisation med koden "9999".' }));
    expect(document.activeElement).toBe(screen.getByLabelText(/^Lägg till en kommun eller region/));
  });

  it('is locked for members while the example is in review, and says why', async () => {
    renderEditor(`/examples/${SLUG}/edit`, hedemoraMember, [vocabulariesMock, exampleMock(savedExample({ status: 'IN_REVIEW' }))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Exemplet är låst: Trygga mötesplatser i Hedemora' })).toBeTruthy();
    expect(screen.getByText(/Exemplet granskas av redaktionen och kan inte ändras just nu/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Spara ändringar' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Till exemplet Trygga mötesplatser i Hedemora' }).getAttribute('href')).toBe(`/examples/${SLUG}`);
  });

  it('is not found when the API answers null', async () => {
    renderEditor(`/examples/${SLUG}/edit`, hedemoraMember, [vocabulariesMock, exampleMock(null)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeTruthy();
  });
});
