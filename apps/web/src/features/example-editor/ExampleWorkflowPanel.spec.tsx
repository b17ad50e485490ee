import { useQuery } from '@apollo/client/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { haningeMember } from '../../test/cohort-fixtures';
import { graphQLError, hedemoraMember, processLeader, renderRoute, type TestUser } from '../../test/render';
import { readExampleFlash } from './example-flash';
import { EXAMPLE_ID, savedExample } from './example-test-data';
import { ExampleWorkflowPanel } from './ExampleWorkflowPanel';
import {
  ArchiveLearningExampleMutation,
  ExampleForEditQuery,
  PublishLearningExampleMutation,
  ReturnLearningExampleMutation,
  SubmitLearningExampleMutation,
} from './graphql/operations';

const SLUG = 'trygga-motesplatser-i-hedemora';

/** The panel as the example page uses it: fed from a query, so a step's answer updates it through the cache. */
function Harness() {
  const { data } = useQuery(ExampleForEditQuery, { variables: { slug: SLUG } });
  const example = data?.learningExample;
  return example ? (
    <>
      <p data-testid="loaded">{example.title}</p>
      <ExampleWorkflowPanel example={example} />
    </>
  ) : null;
}

function stepResult(field: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    data: {
      [field]: { __typename: 'LearningExample', id: EXAMPLE_ID, slug: SLUG, status, version: 5, editorComment: null, publishedAt: null, updatedAt: '2026-03-12T09:00:00.000Z', ...extra },
    },
  };
}

function renderPanel(user: TestUser | null, example: ReturnType<typeof savedExample>, mocks: Parameters<typeof renderRoute>[0]['mocks'] = []) {
  return renderRoute({
    path: '/examples/:slug',
    element: <Harness />,
    url: `/examples/${SLUG}`,
    user,
    mocks: [{ request: { query: ExampleForEditQuery, variables: { slug: SLUG } }, result: { data: { learningExample: example } } }, ...mocks],
  });
}

const panel = () => screen.getByRole('region', { name: 'Redaktionellt arbete' });

describe('ExampleWorkflowPanel', () => {
  it('renders nothing for the public and for members of other organisations', async () => {
    for (const user of [null, haningeMember]) {
      const view = renderPanel(user, savedExample({ status: 'PUBLISHED' }));
      await screen.findByTestId('loaded');
      expect(screen.queryByRole('region', { name: 'Redaktionellt arbete' })).toBeNull();
      view.unmount();
    }
  });

  it('lets the authors edit and submit their draft, then shows it in review with nothing more to do', async () => {
    renderPanel(hedemoraMember, savedExample({ editorComment: 'Lägg till resultaten.' }), [
      { request: { query: SubmitLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4 } }, result: stepResult('submitLearningExample', 'IN_REVIEW') },
    ]);
    await screen.findByTestId('loaded');
    expect(within(panel()).getByText('Utkast')).toBeVisible();
    expect(within(panel()).getByText('Lägg till resultaten.')).toBeVisible();
    expect(within(panel()).getByRole('link', { name: 'Redigera' }).getAttribute('href')).toBe(`/examples/${SLUG}/edit`);
    expect(within(panel()).queryByRole('button', { name: 'Publicera' })).toBeNull();
    expect(within(panel()).queryByRole('button', { name: 'Arkivera' })).toBeNull();

    fireEvent.click(within(panel()).getByRole('button', { name: 'Skicka för granskning' }));
    expect(await screen.findByText('Exemplet är skickat för granskning.')).toBeVisible();
    expect(within(panel()).getByText('Granskas')).toBeVisible();
    expect(within(panel()).queryByRole('link', { name: 'Redigera' })).toBeNull();
    expect(within(panel()).queryByRole('button')).toBeNull();
    expect(document.activeElement).toBe(within(panel()).getByRole('heading', { level: 2 }));
  });

  it('shows authors a locked status without actions', async () => {
    renderPanel(hedemoraMember, savedExample({ status: 'PUBLISHED' }));
    await screen.findByTestId('loaded');
    expect(within(panel()).getByText('Publicerad')).toBeVisible();
    expect(within(panel()).queryByRole('link')).toBeNull();
    expect(within(panel()).queryByRole('button')).toBeNull();
  });

  it('lets a process leader return an example in review, a comment required', async () => {
    renderPanel(processLeader, savedExample({ status: 'IN_REVIEW' }), [
      {
        request: { query: ReturnLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4, comment: 'Beskriv resultaten med siffror.' } },
        result: stepResult('returnLearningExample', 'DRAFT', { editorComment: 'Beskriv resultaten med siffror.' }),
      },
    ]);
    await screen.findByTestId('loaded');
    expect(within(panel()).getByText('Granskas')).toBeVisible();
    expect(within(panel()).getByRole('button', { name: 'Publicera' })).toBeVisible();
    expect(within(panel()).getByRole('link', { name: 'Redigera' })).toBeVisible();
    expect(within(panel()).queryByRole('button', { name: 'Skicka för granskning' })).toBeNull();
    expect(within(panel()).queryByRole('button', { name: /^Arkivera/ })).toBeNull();

    fireEvent.click(within(panel()).getByRole('button', { name: 'Återlämna med kommentar' }));
    const comment = screen.getByLabelText(/^Kommentar till författarna/);
    await waitFor(() => expect(document.activeElement).toBe(comment));
    fireEvent.click(screen.getByRole('button', { name: 'Återlämna exemplet' }));
    expect(await screen.findByText('Skriv en kommentar till författarna.', { selector: '.field__error' })).toBeVisible();
    fireEvent.change(comment, { target: { value: 'Beskriv resultaten med siffror.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Återlämna exemplet' }));
    expect(await screen.findByText('Exemplet är återlämnat till författarna som utkast.')).toBeVisible();
    expect(within(panel()).getByText('Utkast')).toBeVisible();
    expect(within(panel()).getByText('Beskriv resultaten med siffror.')).toBeVisible();
    expect(within(panel()).getByRole('button', { name: 'Publicera' })).toBeVisible();
  });

  it('publishes a draft, and shows the API’s error when a step is refused', async () => {
    renderPanel(processLeader, savedExample({ status: 'DRAFT' }), [
      {
        request: { query: PublishLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4 } },
        result: stepResult('publishLearningExample', 'PUBLISHED', { publishedAt: '2026-03-12T09:00:00.000Z' }),
      },
      {
        // The next step sends the version the first one answered with.
        request: { query: ArchiveLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 5 } },
        result: { errors: [graphQLError('CONFLICT', 'Bara publicerade exempel kan arkiveras.')] },
      },
    ]);
    await screen.findByTestId('loaded');
    expect(within(panel()).getByRole('button', { name: 'Skicka för granskning' })).toBeVisible();
    fireEvent.click(within(panel()).getByRole('button', { name: 'Publicera' }));
    expect(await screen.findByText('Exemplet är publicerat.')).toBeVisible();
    expect(within(panel()).getByText('Publicerad')).toBeVisible();
    expect(within(panel()).getByRole('button', { name: 'Återlämna med kommentar' })).toBeVisible();

    fireEvent.click(within(panel()).getByRole('button', { name: /^Arkivera/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, arkivera' }));
    expect(await screen.findByText('Bara publicerade exempel kan arkiveras.')).toBeVisible();
    expect(within(panel()).getByText('Publicerad')).toBeVisible();
  });

  it('sends the version it shows; on CONFLICT it shows the server’s message and fetches the example again on request', async () => {
    const stale = 'Exemplet har ändrats sedan du läste det. Ladda om och försök igen.';
    const fresh = savedExample({ status: 'IN_REVIEW', version: 6, title: 'Trygga mötesplatser i Hedemora (reviderad)' });
    renderPanel(processLeader, savedExample({ status: 'DRAFT' }), [
      { request: { query: PublishLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4 } }, result: { errors: [graphQLError('CONFLICT', stale)] } },
      { request: { query: ExampleForEditQuery, variables: { slug: SLUG } }, result: { data: { learningExample: fresh } } },
      { request: { query: PublishLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 6 } }, result: stepResult('publishLearningExample', 'PUBLISHED', { version: 7 }) },
    ]);
    await screen.findByTestId('loaded');
    fireEvent.click(within(panel()).getByRole('button', { name: 'Publicera' }));
    expect(await within(panel()).findByText(stale)).toBeVisible();
    expect(document.activeElement).toBe(within(panel()).getByRole('heading', { level: 2 }));
    // Nothing else changes until the example is fetched again.
    expect(within(panel()).getByText('Utkast')).toBeVisible();
    expect(screen.getByTestId('loaded').textContent).toBe('Trygga mötesplatser i Hedemora');

    fireEvent.click(within(panel()).getByRole('button', { name: 'Hämta den senaste versionen' }));
    expect(await within(panel()).findByText('Granskas')).toBeVisible();
    expect(screen.getByTestId('loaded').textContent).toBe('Trygga mötesplatser i Hedemora (reviderad)');
    await waitFor(() => expect(within(panel()).queryByText(stale)).toBeNull());
    expect(document.activeElement).toBe(within(panel()).getByRole('heading', { level: 2 }));

    // Now with the version just read.
    fireEvent.click(within(panel()).getByRole('button', { name: 'Publicera' }));
    expect(await screen.findByText('Exemplet är publicerat.')).toBeVisible();
    expect(within(panel()).getByText('Publicerad')).toBeVisible();
  });

  it('offers the same reload when returning meets a newer version', async () => {
    const stale = 'Exemplet har ändrats sedan du läste det. Ladda om och försök igen.';
    renderPanel(processLeader, savedExample({ status: 'IN_REVIEW' }), [
      {
        request: { query: ReturnLearningExampleMutation, variables: { id: EXAMPLE_ID, version: 4, comment: 'Lägg till siffror.' } },
        result: { errors: [graphQLError('CONFLICT', stale)] },
      },
      { request: { query: ExampleForEditQuery, variables: { slug: SLUG } }, result: { data: { learningExample: savedExample({ status: 'PUBLISHED', version: 5 }) } } },
    ]);
    await screen.findByTestId('loaded');
    fireEvent.click(within(panel()).getByRole('button', { name: 'Återlämna med kommentar' }));
    fireEvent.change(screen.getByLabelText(/^Kommentar till författarna/), { target: { value: 'Lägg till siffror.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Återlämna exemplet' }));
    expect(await screen.findByText(stale)).toBeVisible();
    expect(within(panel()).getByText('Granskas')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Hämta den senaste versionen' }));
    expect(await within(panel()).findByText('Publicerad')).toBeVisible();
  });

  it('reads the editor’s message after a save from the navigation state', () => {
    expect(readExampleFlash({ flash: 'exampleSaved' })).toBe('exampleSaved');
    expect(readExampleFlash({ flash: 'cohortCreated' })).toBeNull();
    expect(readExampleFlash(null)).toBeNull();
  });
});
