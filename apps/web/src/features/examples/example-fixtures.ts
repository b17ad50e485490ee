import type { ExampleViewData } from './example-view-data';

/** The h2 headings of a complete example's page, in SKR's order (under the title). */
export const FULL_EXAMPLE_HEADINGS = [
  'Bakgrund – utgångspunkt, syfte, mål',
  'Genomförande',
  'Framgångsfaktorer',
  'Det här har arbetet lett fram till',
  'De viktigaste slutsatserna',
  'Fördjupning',
  'Kontaktperson',
  'Informationsansvarig',
  'Om exemplet',
];

/** A complete example in the shape ExampleView takes, after SKR's Huddinge page (texts shortened). */
export function exampleViewData(overrides: Partial<ExampleViewData> = {}): ExampleViewData {
  return {
    title: 'Verksamhetsnära utbildning i Huddinge',
    summary: 'Kommunen har gjort en utbildningsfilm om jämlikhet för alla medarbetare.',
    status: 'PUBLISHED',
    publishedAt: '2020-05-14T08:00:00.000Z',
    updatedAt: '2021-03-02T10:00:00.000Z',
    organizations: [{ code: '0126', name: 'Huddinge kommun', shortName: 'Huddinge', kind: 'MUNICIPALITY' }],
    originKind: 'MUNICIPALITY',
    subjects: ['Jämställdhet', 'Mänskliga rättigheter'],
    activityAreas: ['Demokrati', 'Integration'],
    periodStart: 2018,
    periodEnd: null,
    background: 'Alla ska ha likvärdig service.\n\nUnder 2018 togs en film fram.',
    implementation: 'Filmen togs fram med stöd från ledningen.',
    successFactors: 'Förankringen började tidigt.',
    results: 'Arbetsgrupperna fick tid att reflektera.',
    keyConclusions: ['Stöd från ledningen var avgörande.', 'Ett flexibelt format når fler.'],
    furtherReading: [
      { title: 'Jämlikhetsarbete i Huddinge kommun', url: 'https://www.huddinge.se/jamlikhet' },
      { title: 'Handledningen (tryckt)', url: null },
    ],
    contacts: [
      {
        name: 'Vanja Exempelsson',
        title: 'Utvecklingsledare jämlikhet',
        organization: 'Huddinge kommun',
        email: 'vanja@huddinge.se',
        phone: '08-535 300 00',
      },
    ],
    responsibleEditor: 'Björn Redaktörsson',
    sourceUrl: 'https://skr.se/skr/demokratiledningstyrning/exempel/huddinge.html',
    ...overrides,
  };
}
