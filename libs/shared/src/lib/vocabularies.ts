import { VocabularyKind } from './enums';

/** Starter vocabularies (docs/domain.md, "Vocabularies"); process leaders edit them later with `setVocabulary`. */
export const STARTER_VOCABULARIES: Record<VocabularyKind, readonly string[]> = {
  [VocabularyKind.SUBJECT]: [
    'Jämställdhet',
    'Jämlikhet',
    'Mänskliga rättigheter',
    'Politisk styrning',
    'Social hållbarhet',
    'Folkhälsa',
    'Integration',
    'Ledning och styrning',
    'Kompetensutveckling',
  ],
  [VocabularyKind.ACTIVITY_AREA]: [
    'Demokrati',
    'Integration',
    'Skola och förskola',
    'Socialtjänst',
    'Äldreomsorg',
    'Hälso- och sjukvård',
    'Arbetsmarknad',
    'Kultur och fritid',
    'Samhällsbyggnad',
    'Regional utveckling',
  ],
  // Goals are grouped by the six sub-goals of Swedish gender-equality policy, plus the
  // municipality's own service and resource allocation, where most modellkommun goals sit.
  [VocabularyKind.FOCUS_AREA]: [
    'Jämn fördelning av makt och inflytande',
    'Ekonomisk jämställdhet',
    'Jämställd utbildning',
    'Jämn fördelning av obetalt hem- och omsorgsarbete',
    'Jämställd hälsa',
    'Mäns våld mot kvinnor ska upphöra',
    'Jämställd service och resursfördelning',
  ],
};
