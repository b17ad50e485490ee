import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, processLeader, renderRoute } from '../../test/render';
import { ImportLearningExamplesMutation } from './graphql/operations';
import { ImportExamplesPage } from './ImportExamplesPage';

const PAGE = 'Publicerad 3 mars 2025\n\nEn rubrik\n\nEn ingress.';

function renderPage(mocks: Parameters<typeof renderRoute>[0]['mocks'] = []) {
  return renderRoute({ path: '/examples/import', element: <ImportExamplesPage />, url: '/examples/import', user: processLeader, mocks });
}

const example = (id: string, slug: string, title: string, status: string) => ({ __typename: 'LearningExample', id, slug, title, status });

describe('ImportExamplesPage', () => {
  it('asks for text, then shows what was created, updated and skipped, links to each example, and every problem', async () => {
    const sent: unknown[] = [];
    renderPage([
      {
        request: {
          query: ImportLearningExamplesMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return variables.text === PAGE;
          },
        },
        result: {
          data: {
            importLearningExamples: {
              __typename: 'ImportResult',
              created: 2,
              updated: 1,
              skipped: 1,
              errors: ['"En rubrik": okänt ämne "Cykling" utelämnades.', 'Sida 3 saknar rubrik och hoppades över.'],
              examples: [
                example('e-1', 'en-rubrik', 'En rubrik', 'PUBLISHED'),
                example('e-2', 'fritidsbank', 'Fritidsbank i byarna', 'PUBLISHED'),
                example('e-3', 'tandvardsdagar', 'Tandvårdsdagar', 'ARCHIVED'),
              ],
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Importera exempel från SKR' })).toBeVisible();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Importera' }));
    expect(await screen.findByRole('link', { name: 'Klistra in text eller välj en textfil.' })).toBeVisible();
    expect(screen.getByLabelText(/^Text att importera/)).toHaveFocus();

    fireEvent.change(screen.getByLabelText(/^Text att importera/), { target: { value: PAGE } });
    await user.click(screen.getByRole('button', { name: 'Importera' }));
    // The import publishes at once: asked first, nothing sent yet.
    const question = screen.getByRole('group', { name: 'Exemplen publiceras direkt och blir synliga för alla.' });
    expect(sent).toEqual([]);
    await user.click(within(question).getByRole('button', { name: 'Importera och publicera' }));

    const result = await screen.findByRole('status', { name: 'Resultat av importen' });
    // The answer takes focus: it is what the user reads next.
    await waitFor(() => expect(result).toHaveFocus());
    expect(sent).toHaveLength(1);
    expect(within(result).getByText('2 nya exempel')).toBeVisible();
    expect(within(result).getByText('1 uppdaterat exempel')).toBeVisible();
    expect(within(result).getByText('1 exempel hoppades över')).toBeVisible();
    expect(within(result).getByRole('heading', { level: 3, name: 'Exemplen från importen' })).toBeVisible();
    expect(within(result).getByRole('link', { name: 'En rubrik' })).toHaveAttribute('href', '/examples/en-rubrik');
    expect(within(result).getByRole('link', { name: 'Fritidsbank i byarna' })).toHaveAttribute('href', '/examples/fritidsbank');
    // An example the editors archived stays archived, and the list says so.
    expect(within(result).getByRole('link', { name: 'Tandvårdsdagar' }).closest('li')).toHaveTextContent('Tandvårdsdagar (Arkiverad)');
    expect(within(result).getByRole('heading', { level: 3, name: '2 anmärkningar' })).toBeVisible();
    expect(within(result).getByText('"En rubrik": okänt ämne "Cykling" utelämnades.')).toBeVisible();
    expect(within(result).getByText('Sida 3 saknar rubrik och hoppades över.')).toBeVisible();
    expect(within(result).getByRole('link', { name: 'Till redaktionen' })).toHaveAttribute('href', '/editorial');
    expect(result).toHaveTextContent('Publicerade exempel syns nu i biblioteket, i sökningen och i flödet för alla. Gå igenom anmärkningarna');
  });

  it('says "Inga anmärkningar" only when the API has none', async () => {
    renderPage([
      {
        request: { query: ImportLearningExamplesMutation, variables: { text: PAGE } },
        result: {
          data: {
            importLearningExamples: { __typename: 'ImportResult', created: 1, updated: 0, skipped: 0, errors: [], examples: [example('e-1', 'en-rubrik', 'En rubrik', 'PUBLISHED')] },
          },
        },
      },
    ]);
    const user = userEvent.setup();
    fireEvent.change(await screen.findByLabelText(/^Text att importera/), { target: { value: PAGE } });
    await user.click(screen.getByRole('button', { name: 'Importera' }));
    await user.click(screen.getByRole('button', { name: 'Importera och publicera' }));
    const result = await screen.findByRole('status', { name: 'Resultat av importen' });
    expect(within(result).getByText('Inga anmärkningar.')).toBeVisible();
    expect(within(result).getByRole('heading', { level: 3, name: 'Exemplet från importen' })).toBeVisible();
    expect(result).toHaveTextContent('Du kan importera fler sidor med formuläret ovan.');
  });

  it('sends nothing when the question is answered "Avbryt", and gives focus back to the button', async () => {
    renderPage();
    const user = userEvent.setup();
    fireEvent.change(await screen.findByLabelText(/^Text att importera/), { target: { value: PAGE } });
    await user.click(screen.getByRole('button', { name: 'Importera' }));
    expect(screen.getByRole('button', { name: 'Importera och publicera' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('group', { name: 'Exemplen publiceras direkt och blir synliga för alla.' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importera' })).toHaveFocus();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('reads a chosen text file into the text area', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Importera exempel från SKR' });
    const file = new File([PAGE], 'exempel.txt', { type: 'text/plain' });
    fireEvent.change(screen.getByLabelText('Textfil'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByLabelText(/^Text att importera/)).toHaveValue(PAGE));
  });

  it('shows the API’s refusal in the summary, which takes focus', async () => {
    renderPage([
      { request: { query: ImportLearningExamplesMutation, variables: { text: PAGE } }, result: { errors: [graphQLError('FORBIDDEN', 'Du har inte behörighet att göra detta.')] } },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Importera exempel från SKR' });
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText(/^Text att importera/), { target: { value: PAGE } });
    await user.click(screen.getByRole('button', { name: 'Importera' }));
    await user.click(screen.getByRole('button', { name: 'Importera och publicera' }));
    const message = await screen.findByText('Du har inte behörighet att göra detta.');
    expect(message).toBeVisible();
    await waitFor(() => expect(message.closest('.error-summary')).toHaveFocus());
    expect(screen.queryByRole('status', { name: 'Resultat av importen' })).not.toBeInTheDocument();
  });
});
