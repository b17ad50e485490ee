import { useState, type ReactElement } from 'react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { programme } from '../../../test/cohort-fixtures';
import { graphQLError, processLeader, renderRoute } from '../../../test/render';
import { SuggestMentorsQuery } from '../graphql/suggest-mentors';
import { MentorSuggestions } from './MentorSuggestions';

function suggestion(code: string, name: string, score: number, reasons: string[]) {
  return { __typename: 'MentorSuggestion', score, reasons, organization: { __typename: 'Organization', id: `o-${code}`, code, name } };
}

const hedemora = suggestion('2083', 'Hedemora kommun', 78.6, [
  '42 km bort',
  'Ingen pågående omgång som mentor',
  'Har avslutat 2 omgångar',
  'Första generationen',
  'Har arbetat med skola och äldreomsorg',
]);
const falun = suggestion('2080', 'Falu kommun', 55, ['61 km bort', 'Mentor i 1 pågående omgång', 'Har ännu inte avslutat någon omgång', 'Grundande mentor']);
const mora = suggestion('2062', 'Mora kommun', 40.2, ['130 km bort', 'Mentor i 2 pågående omgångar', 'Har avslutat 1 omgång', 'Andra generationen']);

/** One answer of the API for these mentees (as the panel asks: each code once, sorted). */
function answer(menteeCodes: string[], response: { result: object } | { error: Error }): MockLink.MockedResponse {
  return { request: { query: SuggestMentorsQuery, variables: { programmeId: programme.id, menteeCodes } }, ...response };
}
const suggested = (menteeCodes: string[], suggestions: object[]) => answer(menteeCodes, { result: { data: { suggestMentors: suggestions } } });

/** The panel as the wizard holds it: the mentor it sets, and the mentees it is for (which the test can change). */
function Harness({ mentees, otherMentees = [], onFieldLink }: { mentees: string[]; otherMentees?: string[]; onFieldLink?: (field: string) => boolean }) {
  const [menteeCodes, setMenteeCodes] = useState(mentees);
  const [chosen, setChosen] = useState('');
  return (
    <>
      <MentorSuggestions programmeId={programme.id} menteeCodes={menteeCodes} chosen={chosen} onChoose={setChosen} onFieldLink={onFieldLink} />
      <p data-testid="mentor">{chosen || 'ingen'}</p>
      <button type="button" onClick={() => setMenteeCodes(otherMentees)}>
        Andra nya
      </button>
      <button type="button" onClick={() => setMenteeCodes(mentees)}>
        Första nya
      </button>
    </>
  );
}

function renderPanel(element: ReactElement, mocks: MockLink.MockedResponse[]) {
  return renderRoute({ path: '/', element, url: '/', user: processLeader, mocks });
}

const panel = () => screen.getByRole('region', { name: 'Förslag på mentor' });
const cardNames = () => within(panel()).queryAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);

describe('MentorSuggestions', () => {
  it('shows each suggestion as a card, best first, with its score and its reasons', async () => {
    // The mentees in the order chosen; the panel asks for each once, sorted.
    renderPanel(<Harness mentees={['2084', '2023', '2084']} />, [suggested(['2023', '2084'], [hedemora, falun])]);
    expect(within(panel()).getAllByRole('status')[0]).toHaveTextContent('Hämtar förslag på mentor…');
    await waitFor(() => expect(cardNames()).toEqual(['Hedemora kommun', 'Falu kommun']));
    expect(within(panel()).getAllByRole('status')[0]).toHaveTextContent('2 förslag.');

    const cards = within(panel()).getAllByRole('listitem').filter((item) => item.classList.contains('suggestion'));
    expect(cards).toHaveLength(2);
    const [first, second] = cards;
    expect(within(first).getByText('79 av 100 poäng')).toBeVisible();
    expect(within(first).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '42 km bort',
      'Ingen pågående omgång som mentor',
      'Har avslutat 2 omgångar',
      'Första generationen',
      'Har arbetat med skola och äldreomsorg',
    ]);
    expect(within(first).getByRole('button', { name: 'Välj som mentor – Hedemora kommun' })).toBeVisible();
    expect(within(second).getByText('55 av 100 poäng')).toBeVisible();

    // How they are ranked, in a sentence behind a disclosure.
    expect(within(panel()).getByText('Så rangordnas förslagen')).toBeVisible();
    expect(within(panel()).getByText('Förslagen väger avstånd, hur många omgångar mentorn leder nu, erfarenhet och gemensamma fokusområden.')).toBeInTheDocument();
  });

  it('sets the mentor when one is chosen, says so where focus goes, and marks the card', async () => {
    const user = userEvent.setup();
    renderPanel(<Harness mentees={['2023', '2084']} />, [suggested(['2023', '2084'], [hedemora, falun])]);
    await user.click(await within(panel()).findByRole('button', { name: 'Välj som mentor – Falu kommun' }));
    expect(screen.getByTestId('mentor')).toHaveTextContent('2080');
    const confirmation = screen.getByRole('status', { name: 'Falu kommun är vald som mentor.' });
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(confirmation).toHaveTextContent('Gå vidare med Nästa, eller välj en annan mentor.');
    expect(within(panel()).getByText('Vald som mentor')).toBeVisible();
    expect(within(panel()).queryByRole('button', { name: 'Välj som mentor – Falu kommun' })).not.toBeInTheDocument();

    // Another one, by keyboard: the choice moves, and so does what is said.
    within(panel()).getByRole('button', { name: 'Välj som mentor – Hedemora kommun' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('mentor')).toHaveTextContent('2083');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Hedemora kommun är vald som mentor.' })).toHaveFocus());
    expect(within(panel()).getByRole('button', { name: 'Välj som mentor – Falu kommun' })).toBeVisible();
    expect(within(panel()).getAllByText('Vald som mentor')).toHaveLength(1);
  });

  it('asks again when the mentees change, and again from the network when they change back', async () => {
    const user = userEvent.setup();
    renderPanel(<Harness mentees={['2023', '2084']} otherMentees={['2031']} />, [
      suggested(['2023', '2084'], [hedemora]),
      suggested(['2031'], [mora, falun]),
      // The same mentees once more: load has changed meanwhile, and the panel shows the new answer.
      suggested(['2023', '2084'], [falun, hedemora]),
    ]);
    await waitFor(() => expect(cardNames()).toEqual(['Hedemora kommun']));
    await user.click(screen.getByRole('button', { name: 'Andra nya' }));
    await waitFor(() => expect(cardNames()).toEqual(['Mora kommun', 'Falu kommun']));
    await user.click(screen.getByRole('button', { name: 'Första nya' }));
    await waitFor(() => expect(cardNames()).toEqual(['Falu kommun', 'Hedemora kommun']));
  });

  it('shows the API’s field errors as links to where they are fixed, and leaves the choice to the list', async () => {
    const user = userEvent.setup();
    const onFieldLink = vi.fn(() => true);
    const message = 'En omgång i den här satsningen har högst 3 nya.';
    renderPanel(<Harness mentees={['2023', '2084']} onFieldLink={onFieldLink} />, [
      answer(['2023', '2084'], { result: { errors: [graphQLError('BAD_USER_INPUT', message, { fields: [{ field: 'menteeCodes', message }] })] } }),
    ]);
    const alert = await within(panel()).findByRole('link', { name: message });
    const summary = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(summary).getByText('Det finns ett problem')).toBeVisible();
    expect(within(summary).getByText('Du kan ändå välja en mentor i listan längre ner.')).toBeVisible();
    expect(cardNames()).toEqual([]);
    await user.click(alert);
    expect(onFieldLink).toHaveBeenCalledWith('menteeCodes');
  });

  it('says so when the service cannot be reached', async () => {
    renderPanel(<Harness mentees={['2023']} />, [answer(['2023'], { error: new TypeError('Failed to fetch') })]);
    expect(await within(panel()).findByText('Det gick inte att nå tjänsten. Kontrollera din internetanslutning och försök igen.')).toBeVisible();
    expect(within(panel()).getByText('Du kan ändå välja en mentor i listan längre ner.')).toBeVisible();
  });

  it('says why when there is nobody to suggest', async () => {
    renderPanel(<Harness mentees={['2023', '2084']} />, [suggested(['2023', '2084'], [])]);
    expect(await within(panel()).findByText('Ingen organisation som kan vara mentor finns tillgänglig i den här satsningen.')).toBeVisible();
    expect(within(panel()).getAllByRole('status')[0]).toHaveTextContent('Inga förslag.');
    expect(within(panel()).queryByRole('list')).not.toBeInTheDocument();
  });

  it('asks nothing before any mentee is chosen', () => {
    renderPanel(<Harness mentees={[]} />, []);
    expect(within(panel()).getByText('Välj nya först, så föreslås mentorer för dem.')).toBeVisible();
    expect(cardNames()).toEqual([]);
  });
});
