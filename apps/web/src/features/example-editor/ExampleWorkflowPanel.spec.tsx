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
      { request: { query: SubmitLearningExampleMutation, variables: { id: EXAMPLE_ID } }, result: stepResult('submitLearningExample', 'IN_REVIEW') },
    ]);
    await screen.findByTestId('loaded');
    expect(within(panel()).getByText('Utkast')).toBeTruthy();
    expect(within(panel()).getByText('Lägg till resultaten.')).toBeTruthy();
    expect(within(panel()).getByRole('link', { name: 'Redigera' }).getAttribute('href')).toBe(`/examples/${SLUG}/edit`);
    expect(within(panel()).queryByRole('button', { name: 'Publicera' })).toBeNull();
    expect(within(panel()).queryByRole('button', { name: 'Arkivera' })).toBeNull();

    fireEvent.click(within(panel()).getByRole('button', { name: 'Skicka för granskning' }));
    expect(await screen.findByText('Exemplet är skickat för granskning.')).toBeTruthy();
    expect(within(panel()).getByText('Granskas')).toBeTruthy();
    expect(within(panel()).queryByRole('link', { name: 'Redigera' })).toBeNull();
    expect(within(panel()).queryByRole('button')).toBeNull();
    expect(document.activeElement).toBe(within(panel()).getByRole('heading', { level: 2 }));
  });

  it('shows authors a locked status without actions', async () => {
    renderPanel(hedemoraMember, savedExample({ status: 'PUBLISHED' }));
    await screen.findByTestId('loaded');
    expect(within(panel()).getByText('Publicerad')).toBeTruthy();
    expect(within(panel()).queryByRole('link')).toBeNull();
    expect(within(panel()).queryByRole('button')).toBeNull();
  });

  it('lets a process leader return an example in review, a comment required', async () => {
    renderPanel(processLeader, savedExample({ status: 'IN_REVIEW' }), [
      {
        request: { query: ReturnLearningExampleMutation, variables: { id: EXAMPLE_ID, comment: 'Beskriv resultaten med siffror.' } },
        result: stepResult('returnLearningExample', 'DRAFT', { editorComment: 'Beskriv resultaten med siffror.' }),
      },
    ]);
    await screen.findByTestId('loaded');
    expect(within(panel()).getByText('Granskas')).toBeTruthy();
    expect(within(panel()).getByRole('button', { name: 'Publicera' })).toBeTruthy();
    expect(within(panel()).getByRole('link', { name: 'Redigera' })).toBeTruthy();
    expect(within(panel()).queryByRole('button', { name: 'Skicka för granskning' })).toBeNull();
    expect(within(panel()).queryByRole('button', { name: /^Arkivera/ })).toBeNull();

    fireEvent.click(within(panel()).getByRole('button', { name: 'Återlämna med kommentar' }));
    const comment = screen.getByLabelText(/^Kommentar till författarna/);
    await waitFor(() => expect(document.activeElement).toBe(comment));
    fireEvent.click(screen.getByRole('button', { name: 'Återlämna exemplet' }));
    expect(await screen.findByText('Skriv en kommentar till författarna.', { selector: '.field__error' })).toBeTruthy();
    fireEvent.change(comment, { target: { value: 'Beskriv resultaten med siffror.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Återlämna exemplet' }));
    expect(await screen.findByText('Exemplet är återlämnat till författarna som utkast.')).toBeTruthy();
    expect(within(panel()).getByText('Utkast')).toBeTruthy();
    expect(within(panel()).getByText('Beskriv resultaten med siffror.')).toBeTruthy();
    expect(within(panel()).getByRole('button', { name: 'Publicera' })).toBeTruthy();
  });

  it('publishes a draft, and shows the API’s error when a step is refused', async () => {
    renderPanel(processLeader, savedExample({ status: 'DRAFT' }), [
      {
        request: { query: PublishLearningExampleMutation, variables: { id: EXAMPLE_ID } },
        result: stepResult('publishLearningExample', 'PUBLISHED', { publishedAt: '2026-03-12T09:00:00.000Z' }),
      },
      {
        request: { query: ArchiveLearningExampleMutation, variables: { id: EXAMPLE_ID } },
        result: { errors: [graphQLError('CONFLICT', 'Bara publicerade exempel kan arkiveras.')] },
      },
    ]);
    await screen.findByTestId('loaded');
    expect(within(panel()).getByRole('button', { name: 'Skicka för granskning' })).toBeTruthy();
    fireEvent.click(within(panel()).getByRole('button', { name: 'Publicera' }));
    expect(await screen.findByText('Exemplet är publicerat.')).toBeTruthy();
    expect(within(panel()).getByText('Publicerad')).toBeTruthy();
    expect(within(panel()).getByRole('button', { name: 'Återlämna med kommentar' })).toBeTruthy();

    fireEvent.click(within(panel()).getByRole('button', { name: /^Arkivera/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, arkivera' }));
    expect(await screen.findByText('Bara publicerade exempel kan arkiveras.')).toBeTruthy();
    expect(within(panel()).getByText('Publicerad')).toBeTruthy();
  });

  it('reads the editor’s message after a save from the navigation state', () => {
    expect(readExampleFlash({ flash: 'exampleSaved' })).toBe('exampleSaved');
    expect(readExampleFlash({ flash: 'cohortCreated' })).toBeNull();
    expect(readExampleFlash(null)).toBeNull();
  });
});
