import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '../../i18n/i18n';
import { exampleViewData, FULL_EXAMPLE_HEADINGS } from './example-fixtures';
import type { ExampleViewData } from './example-view-data';
import { ExampleView } from './ExampleView';

function renderView(example: ExampleViewData, headingLevel: 1 | 2 = 1, language: Language = 'sv') {
  const i18n = createI18n({ language });
  return render(
    <I18nextProvider i18n={i18n}>
      <ExampleView example={example} headingLevel={headingLevel} />
    </I18nextProvider>,
  );
}

function headings(level: number) {
  return screen.queryAllByRole('heading', { level }).map((heading) => heading.textContent);
}

describe('ExampleView', () => {
  it('shows every part in SKR order, with the sections one level under the title', () => {
    const { container } = renderView(exampleViewData());
    expect(headings(1)).toEqual(['Verksamhetsnära utbildning i Huddinge']);
    expect(headings(2)).toEqual(FULL_EXAMPLE_HEADINGS);
    expect([...container.querySelectorAll('.example__dates p')].map((p) => p.textContent)).toEqual([
      'Publicerad 14 maj 2020',
      'Senast uppdaterad 2 mars 2021',
    ]);
    expect(screen.getByText('Huddinge kommun', { selector: '.example__organizations' })).toBeVisible();
    expect(screen.getByText('Kommunen har gjort en utbildningsfilm om jämlikhet för alla medarbetare.')).toHaveClass('lead');
    // Paragraphs split on blank lines.
    const background = screen.getByRole('region', { name: 'Bakgrund – utgångspunkt, syfte, mål' });
    expect(
      within(background)
        .getAllByText(/./, { selector: 'p' })
        .map((p) => p.textContent),
    ).toEqual(['Alla ska ha likvärdig service.', 'Under 2018 togs en film fram.']);
    const conclusions = screen.getByRole('region', { name: 'De viktigaste slutsatserna' });
    expect(
      within(conclusions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Stöd från ledningen var avgörande.', 'Ett flexibelt format når fler.']);
  });

  it('links further reading with an address, and shows the rest as text', () => {
    renderView(exampleViewData());
    const reading = screen.getByRole('region', { name: 'Fördjupning' });
    expect(within(reading).getByRole('link', { name: 'Jämlikhetsarbete i Huddinge kommun' })).toHaveAttribute(
      'href',
      'https://www.huddinge.se/jamlikhet',
    );
    expect(within(reading).getByText('Handledningen (tryckt)').closest('a')).toBeNull();
  });

  it('shows contacts with a mail and a phone link, and the facts about the example', () => {
    renderView(exampleViewData());
    const contacts = screen.getByRole('region', { name: 'Kontaktperson' });
    expect(within(contacts).getByText('Vanja Exempelsson')).toBeVisible();
    expect(within(contacts).getByText('Utvecklingsledare jämlikhet')).toBeVisible();
    expect(within(contacts).getByRole('link', { name: 'vanja@huddinge.se' })).toHaveAttribute('href', 'mailto:vanja@huddinge.se');
    expect(within(contacts).getByRole('link', { name: '08-535 300 00' })).toHaveAttribute('href', 'tel:0853530000');
    expect(screen.getByText('Björn Redaktörsson')).toBeVisible();

    const about = screen.getByRole('region', { name: 'Om exemplet' });
    const facts = Object.fromEntries(
      within(about)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({
      Ämne: 'Jämställdhet, Mänskliga rättigheter',
      'Exempel från': 'Kommun',
      Tidsperiod: '2018 – pågående',
      Verksamhetsområde: 'Demokrati, Integration',
    });
    expect(within(about).getByRole('link', { name: 'skr.se' })).toHaveAttribute(
      'href',
      'https://skr.se/skr/demokratiledningstyrning/exempel/huddinge.html',
    );
  });

  it('leaves out what is empty, and says a closed period and a single year as such', () => {
    const { container } = renderView(
      exampleViewData({
        publishedAt: null,
        background: '  \n\n ',
        implementation: null,
        successFactors: null,
        results: null,
        keyConclusions: [' '],
        furtherReading: [],
        contacts: [],
        responsibleEditor: null,
        sourceUrl: null,
        subjects: [],
        periodStart: 2019,
        periodEnd: 2021,
        originKind: 'REGION',
      }),
    );
    expect(headings(2)).toEqual(['Om exemplet']);
    expect([...container.querySelectorAll('.example__dates p')].map((p) => p.textContent)).toEqual(['Senast uppdaterad 2 mars 2021']);
    expect(screen.queryByText('Ämne')).not.toBeInTheDocument();
    expect(screen.getByText('2019 – 2021')).toBeVisible();
    expect(screen.getByText('Region')).toBeVisible();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();

    renderView(
      exampleViewData({ title: 'Ett år', periodStart: 2020, periodEnd: 2020, originKind: 'OTHER', publishedAt: null, updatedAt: null }),
    );
    expect(screen.getByText('2020', { selector: 'dd' })).toBeVisible();
    expect(screen.getByText('Annan')).toBeVisible();
  });

  it('puts the title at h2 and the sections at h3 in a preview', () => {
    renderView(exampleViewData(), 2);
    expect(headings(1)).toEqual([]);
    expect(headings(2)).toEqual(['Verksamhetsnära utbildning i Huddinge']);
    expect(headings(3)).toContain('Om exemplet');
  });

  it('shows markup typed by a user as text', () => {
    const { container } = renderView(
      exampleViewData({
        title: '<img src=x onerror=alert(1)>Rubrik',
        summary: '<script>alert(1)</script>',
        background: '<b>fet</b> text',
        keyConclusions: ['<i>kursiv</i>'],
        contacts: [{ name: '<u>Namn</u>', title: null, organization: null, email: 'x"><script>@a.se', phone: null }],
      }),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror=alert(1)>Rubrik');
    expect(screen.getByText('<script>alert(1)</script>')).toBeVisible();
    expect(screen.getByText('<b>fet</b> text')).toBeVisible();
    expect(screen.getByText('<i>kursiv</i>')).toBeVisible();
    expect(screen.getByText('<u>Namn</u>')).toBeVisible();
    // Not an address: shown, not linked.
    expect(screen.getByText(/x"><script>@a\.se/).closest('a')).toBeNull();
    expect(container.querySelector('img, script, b, i, u')).toBeNull();
  });

  it('never links an unsafe address', () => {
    const { container } = renderView(
      exampleViewData({
        furtherReading: [
          { title: 'Skadlig länk', url: 'javascript:alert(1)' },
          { title: 'Data-länk', url: 'data:text/html,<script>alert(1)</script>' },
        ],
        sourceUrl: 'javascript:alert(2)',
      }),
    );
    expect(screen.getByText('Skadlig länk').closest('a')).toBeNull();
    expect(screen.getByText('Data-länk').closest('a')).toBeNull();
    expect(screen.queryByText('Exemplet publicerades först på', { exact: false })).not.toBeInTheDocument();
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^(https:|mailto:|tel:)/);
  });

  it('marks the example’s Swedish texts lang="sv" in the English interface, and not the interface’s own words', () => {
    renderView(exampleViewData(), 1, 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Verksamhetsnära utbildning i Huddinge' })).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Kommunen har gjort en utbildningsfilm om jämlikhet för alla medarbetare.')).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Alla ska ha likvärdig service.')).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Stöd från ledningen var avgörande.').closest('[lang]')).toHaveAttribute('lang', 'sv');
    expect(screen.getByRole('link', { name: 'Jämlikhetsarbete i Huddinge kommun' }).closest('[lang]')).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Utvecklingsledare jämlikhet')).toHaveAttribute('lang', 'sv');
    // The section headings are the interface's words, in English, and carry no Swedish marking.
    const background = screen.getByRole('heading', { level: 2, name: 'Background – starting point, purpose, goals' });
    expect(background.closest('[lang="sv"]')).toBeNull();
  });
});
