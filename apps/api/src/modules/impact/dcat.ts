import { DCAT_PATH, OPEN_DATA_LICENCE, OPEN_DATA_MEDIA_TYPES, OPEN_DATASETS, OpenDataFormat, openDataPath } from '@modellkommuner/shared';

// The open data's catalogue in DCAT-AP-SE (docs/api-conventions.md, "Open data"), as JSON-LD: what Sweden's
// open-data portal (dataportal.se) harvests, and through it the European one. Pure: the service passes the
// addresses and dates in.

/**
 * The context, inline: a harvester must not need to fetch anything to read the document (and a remote
 * context would make every reader depend on a third site). Only the prefixes; every value that is an IRI is
 * written as `{ "@id": … }`, every date with its datatype.
 */
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** When the files were first published (dct:issued). */
export const OPEN_DATA_ISSUED = '2026-12-03';

const EU = 'http://publications.europa.eu/resource/authority';
const FILE_TYPE: Record<OpenDataFormat, string> = { csv: `${EU}/file-type/CSV`, json: `${EU}/file-type/JSON` };
const IANA = 'https://www.iana.org/assignments/media-types';
const PUBLISHER_NAME = 'Sveriges Kommuner och Regioner';

/** When each dataset last changed (by id); null: nothing yet, the issued date stands in. */
export type OpenDataModified = Record<string, Date | null>;

export interface DcatInput {
  /** PUBLIC_API_URL: the files and every id of the catalogue live under it. */
  apiUrl: string;
  /** PUBLIC_WEB_URL: the catalogue's homepage and the datasets' landing pages. */
  webUrl: string;
  contactEmail: string;
  /** The web page each dataset is shown on, by id ("/impact"). */
  landingPaths: Record<string, string>;
  modified: OpenDataModified;
}

type Node = Record<string, unknown>;

/** A change before the files were first published is dated by their publication (modified never before issued). */
const sinceIssued = (date: Date | null | undefined): Date | null =>
  date && date.toISOString().slice(0, 10) >= OPEN_DATA_ISSUED ? date : null;

const text = (sv: string, en?: string) => [{ '@value': sv, '@language': 'sv' }, ...(en ? [{ '@value': en, '@language': 'en' }] : [])];
const iri = (id: string) => ({ '@id': id });
const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
const dateTime = (value: Date) => ({ '@value': value.toISOString(), '@type': 'xsd:dateTime' });

/**
 * The catalogue: a dcat:Catalog whose datasets (dcat:Dataset, one per OPEN_DATASETS entry) each have a
 * distribution per format (dcat:Distribution). Carries DCAT-AP-SE's mandatory properties — catalogue: title,
 * description, publisher, dataset; dataset: title, description, publisher, contact point; distribution:
 * access URL — and the recommended ones the portal shows (licence, format, media type, theme, keyword,
 * landing page, dates, spatial coverage, access rights). Ids are absolute URLs under PUBLIC_API_URL.
 */
export function dcatCatalogue(input: DcatInput): Node {
  const api = input.apiUrl.replace(/\/+$/, '');
  const web = input.webUrl.replace(/\/+$/, '');
  const self = `${api}${DCAT_PATH}`;
  const licence = iri(OPEN_DATA_LICENCE.url);
  const publisher: Node = {
    '@id': `${self}#publisher`,
    '@type': 'foaf:Agent',
    'foaf:name': text(PUBLISHER_NAME, 'Swedish Association of Local Authorities and Regions'),
    // SKR is a non-profit association of Sweden's kommuner and regioner (ADMS publisher types).
    'dct:type': iri('http://purl.org/adms/publishertype/NonProfitOrganisation'),
    'foaf:homepage': iri('https://skr.se/'),
  };
  const contactPoint: Node = {
    '@id': `${self}#contact`,
    '@type': 'vcard:Organization',
    'vcard:fn': `Modellkommuner, ${PUBLISHER_NAME}`,
    'vcard:hasEmail': iri(`mailto:${input.contactEmail}`),
  };
  const sweden = iri(`${EU}/country/SWE`);
  const swedish = iri(`${EU}/language/SWE`);

  const datasets = OPEN_DATASETS.map((dataset): Node => {
    const id = `${self}#${dataset.id}`;
    const modified = sinceIssued(input.modified[dataset.id]);
    return {
      '@id': id,
      '@type': 'dcat:Dataset',
      'dct:identifier': id,
      'dct:title': text(dataset.title, dataset.titleEn),
      'dct:description': text(dataset.description, dataset.descriptionEn),
      'dct:publisher': publisher,
      'dcat:contactPoint': contactPoint,
      'dcat:keyword': dataset.keywords.map((k) => ({ '@value': k, '@language': 'sv' })),
      'dcat:theme': dataset.themes.map((t) => iri(`${EU}/data-theme/${t}`)),
      'dct:accessRights': iri(`${EU}/access-right/PUBLIC`),
      'dct:spatial': sweden,
      'dct:language': swedish,
      'dct:accrualPeriodicity': iri(`${EU}/frequency/CONT`),
      'dct:issued': date(OPEN_DATA_ISSUED),
      'dct:modified': modified ? dateTime(modified) : date(OPEN_DATA_ISSUED),
      'dcat:landingPage': iri(`${web}${input.landingPaths[dataset.id] ?? '/'}`),
      'dcat:distribution': dataset.formats.map((format): Node => {
        const url = `${api}${openDataPath(dataset.id, format)}`;
        return {
          '@id': `${id}-${format}`,
          '@type': 'dcat:Distribution',
          'dct:title': text(`${dataset.title} (${format.toUpperCase()})`, `${dataset.titleEn} (${format.toUpperCase()})`),
          'dcat:accessURL': iri(url),
          'dcat:downloadURL': iri(url),
          'dct:format': iri(FILE_TYPE[format]),
          'dcat:mediaType': iri(`${IANA}/${OPEN_DATA_MEDIA_TYPES[format]}`),
          'dct:license': licence,
          ...(modified ? { 'dct:modified': dateTime(modified) } : {}),
        };
      }),
    };
  });

  const latest = sinceIssued(Object.values(input.modified).reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null));
  return {
    '@context': DCAT_CONTEXT,
    '@id': `${self}#catalog`,
    '@type': 'dcat:Catalog',
    'dct:title': text('Modellkommuner: öppna data', 'Modellkommuner: open data'),
    'dct:description': text(
      'Öppna data från Modellkommuner, SKR:s nätverk där kommuner och regioner lär av varandra i jämställdhetsarbetet: ' +
        'effekter på könsuppdelade nyckeltal från Kolada, måluppfyllelse, nätverkets räckvidd och mentorskedja, och de publicerade lärande exemplen. ' +
        'Bara uppgifter på organisationsnivå, aldrig om personer.',
      'Open data from Modellkommuner, the network in which Swedish municipalities and regions learn from each other in their gender-equality work: ' +
        'impact on gender-disaggregated key figures from Kolada, goal outcomes, the reach and mentor lineage of the network, and the published learning examples. ' +
        'Organisation-level data only, never about persons.',
    ),
    'dct:publisher': publisher,
    'dct:license': licence,
    'dct:language': swedish,
    'dct:spatial': sweden,
    'dct:issued': date(OPEN_DATA_ISSUED),
    'dct:modified': latest ? dateTime(latest) : date(OPEN_DATA_ISSUED),
    'foaf:homepage': iri(web),
    'dcat:themeTaxonomy': iri(`${EU}/data-theme`),
    'dcat:dataset': datasets,
  };
}
