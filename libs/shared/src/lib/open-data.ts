// The open data catalogue (docs/domain.md, "Open data"): what the platform publishes as downloadable files,
// under which licence — one list the API's files and DCAT-AP-SE catalogue and the web's download links read.
import { IMPACT_MIN_GROUP } from './impact';

export type OpenDataFormat = 'csv' | 'json';

export const OPEN_DATA_MEDIA_TYPES: Record<OpenDataFormat, string> = {
  csv: 'text/csv',
  json: 'application/json',
};

/**
 * CC BY 4.0: anyone may reuse the files for anything, naming the source. Chosen over CC0 because the impact
 * figures are computed from Kolada (RKA), whose terms ask users to name it, and the learning examples are the
 * municipalities' own texts, whose authors should stay credited; attribution passes both on.
 */
export const OPEN_DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Erkännande 4.0 Internationell (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Källa: Modellkommuner (Sveriges Kommuner och Regioner); nyckeltal från Kolada (RKA).',
} as const;

export interface OpenDataset {
  /** Stable: part of the files' URLs (`/open-data/{id}.csv`). */
  id: string;
  title: string;
  description: string;
  keywords: readonly string[];
  /** EU data themes (http://publications.europa.eu/resource/authority/data-theme/…). */
  themes: readonly string[];
  formats: readonly OpenDataFormat[];
}

export const OPEN_DATASETS: readonly OpenDataset[] = [
  {
    id: 'impact-key-figures',
    title: 'Effekter: skillnader mellan kvinnor och män hos deltagare och övriga',
    description:
      `För varje Kolada-nyckeltal som omgångar kopplat till sina indikatorer: förändringen i skillnaden mellan kvinnor och män ` +
      `från året före start till uppföljningsåret hos deltagande kommuner och regioner och hos dem som inte deltagit, ` +
      `skillnaden i förändring med 95 % bootstrapintervall och gruppernas storlek. Grupper med färre än ${IMPACT_MIN_GROUP} organisationer redovisas inte.`,
    keywords: ['jämställdhet', 'könsuppdelad statistik', 'Kolada', 'effektutvärdering', 'modellkommuner'],
    themes: ['SOCI', 'GOVE'],
    formats: ['csv', 'json'],
  },
  {
    id: 'impact-series',
    title: 'Effekter: skillnaden mellan kvinnor och män år för år',
    description:
      `De två gruppernas genomsnittliga skillnad (kvinnor − män) per nyckeltal, från tre år före start till uppföljningsåret, ` +
      `med antal organisationer bakom varje värde. Värden med färre än ${IMPACT_MIN_GROUP} organisationer redovisas inte.`,
    keywords: ['jämställdhet', 'könsuppdelad statistik', 'Kolada', 'tidsserie'],
    themes: ['SOCI', 'GOVE'],
    formats: ['csv', 'json'],
  },
  {
    id: 'goal-outcomes',
    title: 'Måluppfyllelse i godkända uppföljningar',
    description:
      `Antal mål bedömda som uppnådda, delvis uppnådda, inte uppnådda och pågående i godkända uppföljningar, per fokusområde och per satsning. ` +
      `Grupper med färre än ${IMPACT_MIN_GROUP} organisationer hålls inne, och när en enda grupp hålls inne även den näst minsta.`,
    keywords: ['jämställdhet', 'måluppfyllelse', 'uppföljning', 'modellkommuner'],
    themes: ['GOVE'],
    formats: ['csv', 'json'],
  },
  {
    id: 'network-reach',
    title: 'Nätverkets räckvidd: kommuner och regioner',
    description: 'Alla 290 kommuner och 21 regioner med hur långt metoden nått dem (inte nådd, i en omgång, har genomfört, mentor) och generation i mentorskedjan.',
    keywords: ['modellkommuner', 'kommuner', 'regioner', 'nätverk'],
    themes: ['GOVE', 'REGI'],
    formats: ['csv', 'json'],
  },
  {
    id: 'network-lineage',
    title: 'Mentorskedjan: vem som var mentor för vem',
    description: 'Varje par mentor → ny organisation, omgång för omgång, med satsning, omgångens status och startdatum.',
    keywords: ['modellkommuner', 'mentorskap', 'nätverk'],
    themes: ['GOVE'],
    formats: ['csv', 'json'],
  },
  {
    id: 'learning-examples',
    title: 'Lärande exempel',
    description: 'De publicerade lärande exemplen: titel, organisationer, ämnen, verksamhetsområden, startår, publiceringsdatum, sammanfattning och länk.',
    keywords: ['jämställdhet', 'lärande exempel', 'jämställdhetsintegrering', 'kommuner'],
    themes: ['GOVE', 'SOCI'],
    formats: ['csv', 'json'],
  },
];

/** `/open-data/impact-key-figures.csv`: the stable path of a dataset's file (under PUBLIC_API_URL). */
export function openDataPath(id: string, format: OpenDataFormat): string {
  return `/open-data/${id}.${format}`;
}

/** The catalogue's path (DCAT-AP-SE, JSON-LD), harvested by Sweden's open-data portal. */
export const DCAT_PATH = '/dcat.jsonld';
