import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, processLeader, renderRoute } from '../../test/render';
import { ImportLearningExamplesMutation } from './graphql/operations';
import { ImportExamplesPage } from './ImportExamplesPage';

const PAGE = 'Publicerad 3 mars 2025\n\nEn rubrik\n\nEn ingress.';

function renderPage(mocks: Parameters<typeof renderRoute>[0]['mocks'] = []) {
  return renderRoute({ path: '/examples/import', element: <ImportExamplesPage />, url: '/examples/import', user: processLeader, mocks });
}

describe('ImportExamplesPage', () => {
  it('asks for text, then shows what was created, updated and skipped, and every problem', async () => {
    renderPage([
      {
        request: { query: ImportLearningExamplesMutation, variables: { text: PAGE } },
        result: {
          data: {
            importLearningExamples: {
              __typename: 'ImportResult',
              created: 2,
              updated: 1,
              skipped: 1,
              errors: ['"En rubrik": okänt ämne "Cykling" utelämnades.', 'Sida 3 saknar rubrik och hoppades över.'],
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Importera exempel från SKR' })).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Importera' }));
    expect(await screen.findByRole('link', { name: 'Klistra in text eller välj en textfil.' })).toBeVisible();

    fireEvent.change(screen.getByLabelText(/^Text att importera/), { target: { value: PAGE } });
    fireEvent.click(screen.getByRole('button', { name: 'Importera' }));
    const result = await screen.findByRole('region', { name: 'Resultat av importen' });
    // Announced: the result sits in a polite live region.
    expect(result.closest('[role="status"]')).toBeInTheDocument();
    expect(within(result).getByText('2 nya exempel')).toBeVisible();
    expect(within(result).getByText('1 uppdaterat exempel')).toBeVisible();
    expect(within(result).getByText('1 exempel hoppades över')).toBeVisible();
    expect(within(result).getByRole('heading', { level: 3, name: '2 anmärkningar' })).toBeVisible();
    expect(within(result).getByText('"En rubrik": okänt ämne "Cykling" utelämnades.')).toBeVisible();
    expect(within(result).getByText('Sida 3 saknar rubrik och hoppades över.')).toBeVisible();
    expect(within(result).getByRole('link', { name: 'Till redaktionen' })).toHaveAttribute('href', '/editorial');
  });

  it('reads a chosen text file into the text area', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Importera exempel från SKR' });
    const file = new File([PAGE], 'exempel.txt', { type: 'text/plain' });
    fireEvent.change(screen.getByLabelText('Textfil'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByLabelText(/^Text att importera/)).toHaveValue(PAGE));
  });

  it('shows the API’s refusal', async () => {
    renderPage([
      { request: { query: ImportLearningExamplesMutation, variables: { text: PAGE } }, result: { errors: [graphQLError('FORBIDDEN', 'Du har inte behörighet att göra detta.')] } },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Importera exempel från SKR' });
    fireEvent.change(screen.getByLabelText(/^Text att importera/), { target: { value: PAGE } });
    fireEvent.click(screen.getByRole('button', { name: 'Importera' }));
    expect(await screen.findByText('Du har inte behörighet att göra detta.')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Resultat av importen' })).not.toBeInTheDocument();
  });
});
