import { OPEN_DATASETS } from '@modellkommuner/shared';
import { ConfigError, loadConfig } from '../../infrastructure/config/app-config';
import { DCAT_CONTEXT, dcatCatalogue, OPEN_DATA_ISSUED } from './dcat';
import { OPEN_DATA_COLUMNS, OPEN_DATA_LANDING_PATHS } from './open-data-columns';

// The catalogue's shape as built (its validation as JSON-LD, expanded, is in __tests__/open-data.int-spec.ts),
// and the contact address it names.

type Node = Record<string, any>;

const input = {
  apiUrl: 'https://data.example.se/',
  webUrl: 'https://modellkommuner.example.se',
  contactEmail: 'oppnadata@example.se',
  landingPaths: OPEN_DATA_LANDING_PATHS,
  modified: {
    'network-reach': new Date('2027-01-15T08:00:00Z'),
    'learning-examples': new Date('2027-02-01T10:30:00Z'),
    'impact-series': new Date('2026-11-30T08:00:00Z'),
  },
};

describe('DCAT-AP-SE catalogue', () => {
  const catalogue: Node = dcatCatalogue(input);
  const datasets = catalogue['dcat:dataset'] as Node[];

  it('has an inline context of prefixes only, never a remote one', () => {
    expect(catalogue['@context']).toEqual(DCAT_CONTEXT);
    for (const value of Object.values(DCAT_CONTEXT)) expect(value).toMatch(/^http:\/\/.+[#/]$/);
  });

  it('lists every dataset once, under PUBLIC_API_URL, each file once per format', () => {
    expect(datasets.map((d) => d['@id'])).toEqual(OPEN_DATASETS.map((d) => `https://data.example.se/dcat.jsonld#${d.id}`));
    const urls = datasets.flatMap((d) => (d['dcat:distribution'] as Node[]).map((x) => x['dcat:downloadURL']['@id']));
    expect(urls).toEqual(OPEN_DATASETS.flatMap((d) => d.formats.map((f) => `https://data.example.se/open-data/${d.id}.${f}`)));
    expect(catalogue['@id']).toBe('https://data.example.se/dcat.jsonld#catalog');
  });

  it('dates each dataset by its last change, the issued date standing in before any and for changes before it', () => {
    const byId = new Map(datasets.map((d) => [d['@id'].split('#')[1], d]));
    expect(byId.get('network-reach')?.['dct:modified']).toEqual({ '@value': '2027-01-15T08:00:00.000Z', '@type': 'xsd:dateTime' });
    expect(byId.get('goal-outcomes')?.['dct:modified']).toEqual({ '@value': OPEN_DATA_ISSUED, '@type': 'xsd:date' });
    expect(byId.get('impact-series')?.['dct:modified']).toEqual({ '@value': OPEN_DATA_ISSUED, '@type': 'xsd:date' });
    expect(catalogue['dct:modified']).toEqual({ '@value': '2027-02-01T10:30:00.000Z', '@type': 'xsd:dateTime' });
  });

  it('names the contact address as a mailto IRI and the landing pages on the web', () => {
    for (const d of datasets) {
      expect(d['dcat:contactPoint']['vcard:hasEmail']).toEqual({ '@id': 'mailto:oppnadata@example.se' });
      expect(d['dcat:landingPage']['@id']).toMatch(/^https:\/\/modellkommuner\.example\.se\/(impact|network|examples)$/);
    }
  });

  it('documents every column of every dataset, with unique snake_case names', () => {
    expect(Object.keys(OPEN_DATA_COLUMNS).sort()).toEqual(OPEN_DATASETS.map((d) => d.id).sort());
    for (const columns of Object.values(OPEN_DATA_COLUMNS)) {
      const names = columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const c of columns) {
        expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(c.description.length).toBeGreaterThan(5);
      }
    }
  });
});

describe('OPEN_DATA_CONTACT_EMAIL', () => {
  it('defaults to the address in MAIL_FROM', () => {
    expect(loadConfig({}).openDataContactEmail).toBe('no-reply@localhost');
    expect(loadConfig({ MAIL_FROM: 'Modellkommuner <brevlada@skr.example.se>' }).openDataContactEmail).toBe('brevlada@skr.example.se');
    expect(loadConfig({ MAIL_FROM: 'brevlada@skr.example.se' }).openDataContactEmail).toBe('brevlada@skr.example.se');
    expect(loadConfig({ OPEN_DATA_CONTACT_EMAIL: 'oppnadata@skr.example.se' }).openDataContactEmail).toBe('oppnadata@skr.example.se');
  });

  it('refuses something that is not an e-mail address, naming the variable', () => {
    expect(() => loadConfig({ OPEN_DATA_CONTACT_EMAIL: 'Öppna data <oppnadata@skr.example.se>' })).toThrow(ConfigError);
    expect(() => loadConfig({ OPEN_DATA_CONTACT_EMAIL: 'ingen adress' })).toThrow(/OPEN_DATA_CONTACT_EMAIL/);
  });
});
