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
  // A goal's focus area: the thirteen areas a large city's gender-equality action plan for its social
  // services singles out, plus the four fields most modellkommun goals sit in. Process leaders edit the
  // list like the other vocabularies; a deployment keeps the terms it has (seeding fills only an empty list).
  [VocabularyKind.FOCUS_AREA]: [
    'Brukardelaktighet och återkoppling',
    'Introduktion och mentorskap för nyanställda',
    'Rimligt antal medarbetare per chef',
    'Lokalt forum för kompetensutveckling',
    'Nära och tillgänglig ledning',
    'Administrativt stöd till handläggare',
    'Administrativt stöd till chefer',
    'Systematisk ärendehandledning',
    'Medhandläggarskap',
    'Regelbunden fortbildning',
    'Mottagande av studenter',
    'Mottagande av traineer',
    'Lokaler och arbetsredskap',
    'Skola',
    'Äldreomsorg',
    'Socialtjänst',
    'Styrning och ledning',
  ],
};
