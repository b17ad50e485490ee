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
  /** The title and description in English, for the DCAT catalogue (the European data portal harvests Sweden's). */
  titleEn: string;
  descriptionEn: string;
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
    titleEn: 'Impact: gender gaps among participants and others',
    descriptionEn:
      `For each Kolada key figure that cohorts linked to their indicators: ` +
      `the change in the gap between women and men from the year before the start to the follow-up year ` +
      `among participating municipalities and regions and among those that did not take part, ` +
      `the difference in change with a 95 % bootstrap interval, and the size of each group. ` +
      `Groups of fewer than ${IMPACT_MIN_GROUP} organisations are not reported.`,
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
    titleEn: 'Impact: the gap between women and men year by year',
    descriptionEn:
      `The two groups' mean gap (women − men) per key figure, ` +
      `from three years before the start to the follow-up year, with the number of organisations behind each value. ` +
      `Values resting on fewer than ${IMPACT_MIN_GROUP} organisations are not reported.`,
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
    titleEn: 'Goal outcomes in approved follow-up reports',
    descriptionEn:
      `The number of goals assessed as achieved, partly achieved, ` +
      `not achieved and ongoing in approved follow-up reports, by focus area and by programme. ` +
      `Groups of fewer than ${IMPACT_MIN_GROUP} organisations are held back, and when a single group is held back, ` +
      `the next smallest too.`,
    keywords: ['jämställdhet', 'måluppfyllelse', 'uppföljning', 'modellkommuner'],
    themes: ['GOVE'],
    formats: ['csv', 'json'],
  },
  {
    id: 'network-reach',
    title: 'Nätverkets räckvidd: kommuner och regioner',
    description: 'Alla 290 kommuner och 21 regioner med hur långt metoden nått dem (inte nådd, i en omgång, har genomfört, mentor) och generation i mentorskedjan.',
    titleEn: 'Reach of the network: municipalities and regions',
    descriptionEn:
      `All 290 municipalities and 21 regions with how far the method has reached them (not reached, in a cohort, ` +
      `completed, mentor) and their generation in the mentor lineage.`,
    keywords: ['modellkommuner', 'kommuner', 'regioner', 'nätverk'],
    themes: ['GOVE', 'REGI'],
    formats: ['csv', 'json'],
  },
  {
    id: 'network-lineage',
    title: 'Mentorskedjan: vem som var mentor för vem',
    description: 'Varje par mentor → ny organisation, omgång för omgång, med satsning, omgångens status och startdatum.',
    titleEn: 'The mentor lineage: who mentored whom',
    descriptionEn: `Each pair mentor → new organisation, cohort by cohort, with the programme, the cohort's status and its start date.`,
    keywords: ['modellkommuner', 'mentorskap', 'nätverk'],
    themes: ['GOVE'],
    formats: ['csv', 'json'],
  },
  {
    id: 'learning-examples',
    title: 'Lärande exempel',
    description: 'De publicerade lärande exemplen: titel, organisationer, ämnen, verksamhetsområden, startår, publiceringsdatum, sammanfattning och länk.',
    titleEn: 'Learning examples',
    descriptionEn:
      `The published learning examples: title, organisations, subjects, areas of activity, start year, ` +
      `publication date, summary and link.`,
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
