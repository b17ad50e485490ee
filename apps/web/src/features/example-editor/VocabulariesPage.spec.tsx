import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, processLeader, renderRoute } from '../../test/render';
import { EditorVocabulariesQuery, SetVocabularyMutation } from './graphql/operations';
import { VocabulariesPage } from './VocabulariesPage';

const vocabularies = { __typename: 'Vocabularies', subjects: ['Jämställdhet', 'Folkhälsa', 'Integration'], activityAreas: ['Skola och förskola'], focusAreas: ['Trygghet'] };

function renderPage(mocks: Parameters<typeof renderRoute>[0]['mocks'] = []) {
  return renderRoute({
    path: '/vocabularies',
    element: <VocabulariesPage />,
    url: '/vocabularies',
    user: processLeader,
    mocks: [{ request: { query: EditorVocabulariesQuery }, result: { data: { vocabularies } } }, ...mocks],
  });
}

const section = (name: string) => screen.getByRole('region', { name });
const termValues = (region: HTMLElement) => within(region).getAllByLabelText(/^Term \d+$/).map((input) => (input as HTMLInputElement).value);

describe('VocabulariesPage', () => {
  it('edits a vocabulary as a list (add, remove, move) and saves it on its own', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: SetVocabularyMutation, variables: { kind: 'SUBJECT', terms: ['Folkhälsa', 'Jämställdhet', 'Mänskliga rättigheter'] } },
        result: { data: { setVocabulary: { ...vocabularies, subjects: ['Folkhälsa', 'Jämställdhet', 'Mänskliga rättigheter'] } } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ordlistor' })).toBeVisible();
    await screen.findByRole('region', { name: 'Ämne' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Ämne', 'Verksamhetsområde', 'Fokusområden']);
    const subjects = section('Ämne');
    expect(termValues(subjects)).toEqual(['Jämställdhet', 'Folkhälsa', 'Integration']);

    const up = within(subjects).getByRole('button', { name: 'Flytta upp term 2' });
    await user.click(up);
    expect(termValues(subjects)).toEqual(['Folkhälsa', 'Jämställdhet', 'Integration']);
    // Focus follows the moved term.
    await waitFor(() => expect(within(subjects).getByRole('button', { name: 'Flytta upp term 1' })).toHaveFocus());

    await user.click(within(subjects).getByRole('button', { name: /^Ta bort term 3/ }));
    await waitFor(() => expect(within(subjects).getByLabelText('Term 2')).toHaveFocus());
    await user.click(within(subjects).getByRole('button', { name: 'Lägg till term' }));
    await waitFor(() => expect(within(subjects).getByLabelText('Term 3')).toHaveFocus());
    await user.paste('  Mänskliga   rättigheter ');

    await user.click(within(subjects).getByRole('button', { name: 'Spara ämnen' }));
    expect(await within(subjects).findByText('Ämnena är sparade.')).toBeVisible();
    expect(termValues(subjects)).toEqual(['Folkhälsa', 'Jämställdhet', 'Mänskliga rättigheter']);
    // The other vocabularies are untouched.
    expect(termValues(section('Verksamhetsområde'))).toEqual(['Skola och förskola']);
  });

  it('checks duplicates before sending, and shows the API’s refusal', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: SetVocabularyMutation, variables: { kind: 'FOCUS_AREA', terms: ['Trygghet', 'Bostäder'] } },
        result: { errors: [graphQLError('BAD_USER_INPUT', 'En vokabulär får ha högst 200 termer.', { fields: [{ field: 'terms', message: 'En vokabulär får ha högst 200 termer.' }] })] },
      },
    ]);
    const focus = await screen.findByRole('region', { name: 'Fokusområden' });
    await user.click(within(focus).getByRole('button', { name: 'Lägg till term' }));
    await user.type(await within(focus).findByLabelText('Term 2'), 'trygghet');
    await user.click(within(focus).getByRole('button', { name: 'Spara fokusområden' }));
    const duplicate = await within(focus).findByRole('link', { name: 'Termen ”trygghet” finns redan i ordlistan.' });
    await user.click(duplicate);
    expect(within(focus).getByLabelText('Term 2')).toHaveFocus();

    await user.clear(within(focus).getByLabelText('Term 2'));
    await user.type(within(focus).getByLabelText('Term 2'), 'Bostäder');
    await user.click(within(focus).getByRole('button', { name: 'Spara fokusområden' }));
    expect(await within(focus).findByRole('link', { name: 'En vokabulär får ha högst 200 termer.' })).toBeVisible();
    expect(termValues(focus)).toEqual(['Trygghet', 'Bostäder']);
  });
});
