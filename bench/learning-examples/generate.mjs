#!/usr/bin/env node
// Generates N invented, realistic Swedish learning examples (default 50,000) into a database that the
// real migrations and the reference seed have built. Deterministic: the same seed gives the same rows
// (ids included). Organisations come from the seeded `organizations` (290 kommuner, 21 regioner, SKR),
// subjects and activity areas from the seeded `vocabulary_terms`. Rows go in by multi-row
// INSERT … SELECT FROM jsonb_to_recordset, with `search_vector` computed by the app's own expression
// (SEARCH_VECTOR_SQL from the built search-vector.js) and the word list filled by its ADD_SEARCH_WORDS_SQL,
// so the data is indexed exactly as the app does it.
//
// Standalone: npm run build:api && DATABASE_URL=postgres://…/some_migrated_db node bench/learning-examples/generate.mjs [N]
// The runner (run.mjs) calls generateExamples() on its own fresh database.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

// ---------------------------------------------------------------------------------------------------
// Deterministic randomness (mulberry32).
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  /** Zipf-like: early entries are more frequent. */
  const skewed = (list, s = 1) => list[Math.min(list.length - 1, Math.floor(list.length * next() ** (1 + s)))];
  const some = (list, n) => {
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((Math.floor(next() * 4) + 8).toString(16));
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  return { next, int, pick, chance, skewed, some, uuid };
}

// ---------------------------------------------------------------------------------------------------
// Word and phrase banks. Everything is invented; the forms vary on purpose (kommun, kommunen,
// kommunens, kommunerna, kommunernas; jämställdhet, jämställdheten, jämställdhetsintegrering, …) so the
// Swedish stemmer and compound prefixes get real work.

/** Themes: what an example is about, the words its texts use, where it sits in the vocabularies. */
const THEMES = [
  {
    key: 'fritid',
    objects: ['fritidsbidrag', 'fritidsgårdar', 'föreningsbidrag', 'idrottsanläggningar', 'lokalbokningar', 'fritidsverksamheten', 'lovaktiviteter'],
    forms: ['fritidsgården', 'fritidsgårdarna', 'fritidsgårdarnas', 'fritidsledarna', 'föreningslivet', 'idrottsföreningarna', 'bidragen till föreningarna', 'fritidsbidragen', 'träningstiderna i sporthallarna'],
    groups: ['flickor och pojkar', 'unga tjejer', 'killar i högstadieåldern', 'unga med funktionsnedsättning'],
    areas: ['Kultur och fritid'],
    subjects: ['Jämställdhet', 'Jämlikhet'],
  },
  {
    key: 'föräldrastöd',
    objects: ['föräldrastöd', 'föräldragrupper', 'familjecentraler', 'pappagrupper', 'föräldrautbildningar'],
    forms: ['föräldrastödet', 'föräldrastödsprogrammen', 'familjecentralen', 'familjecentralernas', 'föräldrarna', 'papporna', 'mammorna', 'föräldraledigheten', 'barnhälsovården'],
    groups: ['pappor', 'ensamstående mammor', 'föräldrar med utländsk bakgrund', 'blivande föräldrar'],
    areas: ['Socialtjänst', 'Hälso- och sjukvård'],
    subjects: ['Jämställdhet', 'Folkhälsa', 'Social hållbarhet'],
  },
  {
    key: 'äldreomsorg',
    objects: ['biståndsbedömningar', 'hemtjänstinsatser', 'äldreomsorgen', 'anhörigstöd', 'dagverksamheten'],
    forms: ['hemtjänsten', 'hemtjänstens', 'biståndshandläggarna', 'biståndsbesluten', 'äldre kvinnor', 'äldre män', 'särskilda boenden', 'omsorgspersonalen', 'anhörigvårdarna'],
    groups: ['äldre kvinnor', 'äldre män', 'anhöriga', 'ensamboende äldre'],
    areas: ['Äldreomsorg', 'Socialtjänst'],
    subjects: ['Jämställdhet', 'Jämlikhet', 'Mänskliga rättigheter'],
  },
  {
    key: 'skola',
    objects: ['skolresultat', 'studie- och yrkesvägledning', 'förskolans pedagogik', 'elevhälsan', 'betygsättningen'],
    forms: ['förskolan', 'förskolorna', 'förskollärarna', 'grundskolan', 'gymnasieskolans', 'eleverna', 'elevernas', 'rektorerna', 'skolornas värdegrundsarbete', 'läxhjälpen'],
    groups: ['flickor och pojkar', 'pojkar i årskurs nio', 'nyanlända elever', 'elever med hög frånvaro'],
    areas: ['Skola och förskola'],
    subjects: ['Jämställdhet', 'Kompetensutveckling', 'Jämlikhet'],
  },
  {
    key: 'våld',
    objects: ['arbetet mot mäns våld mot kvinnor', 'våld i nära relationer', 'skyddat boende', 'kvinnofridsarbetet', 'hedersrelaterat våld'],
    forms: ['våldsutsatta kvinnor', 'våldsutövare', 'kvinnojouren', 'kvinnojourerna', 'socialsekreterarna', 'skyddsbedömningarna', 'våldet', 'våldets', 'polisens'],
    groups: ['våldsutsatta kvinnor', 'barn som upplevt våld', 'unga i hederskontext', 'män som utövar våld'],
    areas: ['Socialtjänst', 'Hälso- och sjukvård'],
    subjects: ['Jämställdhet', 'Mänskliga rättigheter', 'Folkhälsa'],
  },
  {
    key: 'arbetsmarknad',
    objects: ['försörjningsstöd', 'arbetsmarknadsinsatser', 'praktikplatser', 'språkpraktik', 'feriejobb'],
    forms: ['försörjningsstödet', 'arbetsmarknadsenheten', 'arbetsmarknadsenhetens', 'deltagarna', 'handläggarna', 'arbetsgivarna', 'sommarjobben', 'etableringsinsatserna'],
    groups: ['utrikes födda kvinnor', 'unga män utan gymnasieexamen', 'långtidsarbetslösa', 'nyanlända'],
    areas: ['Arbetsmarknad', 'Integration'],
    subjects: ['Integration', 'Jämställdhet', 'Social hållbarhet'],
  },
  {
    key: 'samhällsbyggnad',
    objects: ['trygghetsvandringar', 'snöröjningen', 'kollektivtrafiken', 'stadsplaneringen', 'belysningen i parkerna', 'offentliga toaletter'],
    forms: ['gång- och cykelvägarna', 'busshållplatserna', 'detaljplanerna', 'planarkitekterna', 'medborgardialogerna', 'stadsmiljön', 'torgen', 'samhällsbyggnadsförvaltningen'],
    groups: ['kvinnor som går hem sent', 'barnfamiljer', 'äldre fotgängare', 'unga som cyklar'],
    areas: ['Samhällsbyggnad', 'Regional utveckling'],
    subjects: ['Jämställdhet', 'Social hållbarhet', 'Ledning och styrning'],
  },
  {
    key: 'styrning',
    objects: ['jämställdhetsbudgetering', 'budgetprocessen', 'målstyrningen', 'nämndernas verksamhetsplaner', 'uppföljningen av resursfördelningen'],
    forms: ['kommunfullmäktige', 'kommunstyrelsen', 'nämnderna', 'förvaltningscheferna', 'styrdokumenten', 'ledningsgruppen', 'ledningsgruppens', 'controllerna', 'årsredovisningen'],
    groups: ['invånarna', 'kvinnor och män', 'brukarna', 'medarbetarna'],
    areas: ['Demokrati', 'Regional utveckling'],
    subjects: ['Ledning och styrning', 'Politisk styrning', 'Jämställdhet'],
  },
  {
    key: 'hälsa',
    objects: ['vårdcentralernas bemötande', 'förlossningsvården', 'hjärtsjukvården', 'psykiatrin', 'ungdomsmottagningarna', 'läkemedelsförskrivningen'],
    forms: ['patienterna', 'patienternas', 'vårdcentralen', 'vårdcentralerna', 'sjuksköterskorna', 'läkarna', 'vårdförloppen', 'remisserna', 'hälsoundersökningarna'],
    groups: ['kvinnor med hjärtsjukdom', 'unga män med psykisk ohälsa', 'gravida', 'patienter med långvarig smärta'],
    areas: ['Hälso- och sjukvård'],
    subjects: ['Folkhälsa', 'Jämlikhet', 'Jämställdhet'],
  },
  {
    key: 'kultur',
    objects: ['kulturskolan', 'biblioteken', 'kulturstödet', 'läsfrämjande insatser', 'konstinköpen'],
    forms: ['bibliotekarierna', 'kulturskolans', 'kulturskolornas kurser', 'låntagarna', 'författarbesöken', 'utställningarna', 'kulturnämnden', 'kulturarvet'],
    groups: ['pojkar som läser lite', 'flickor i förorten', 'äldre låntagare', 'barn i glesbygd'],
    areas: ['Kultur och fritid'],
    subjects: ['Jämställdhet', 'Jämlikhet', 'Integration'],
  },
  {
    key: 'demokrati',
    objects: ['medborgardialoger', 'ungdomsråden', 'den politiska representationen', 'synpunktshanteringen', 'e-förslagen'],
    forms: ['de förtroendevalda', 'fullmäktigeledamöterna', 'ungdomsfullmäktige', 'invånarnas', 'valdeltagandet', 'partierna', 'nämndsammanträdena', 'demokratiberedningen'],
    groups: ['unga kvinnor', 'utrikes födda', 'förstagångsväljare', 'invånare på landsbygden'],
    areas: ['Demokrati', 'Integration'],
    subjects: ['Politisk styrning', 'Mänskliga rättigheter', 'Jämställdhet'],
  },
  {
    key: 'personal',
    objects: ['heltidsarbetet', 'lönekartläggningen', 'arbetsmiljön', 'sjukfrånvaron', 'chefsförsörjningen'],
    forms: ['medarbetarna', 'medarbetarnas', 'undersköterskorna', 'deltidsanställda', 'personalavdelningen', 'lönerna', 'schemaläggningen', 'arbetstidsmodellen', 'cheferna'],
    groups: ['kvinnodominerade yrken', 'deltidsanställda kvinnor', 'nya chefer', 'timanställda'],
    areas: ['Arbetsmarknad', 'Äldreomsorg'],
    subjects: ['Kompetensutveckling', 'Ledning och styrning', 'Jämställdhet'],
  },
];

const VERBS_TITLE = [
  '{ort} kartlägger {object} per kön',
  '{ort} jämställdhetsintegrerar {object}',
  'Jämställda {object} i {ort}',
  '{orts} arbete med {object}',
  'Könsuppdelad statistik om {object} i {ort}',
  'Så förändrade {ort} {object}',
  '{ort} analyserar {object} ur ett jämställdhetsperspektiv',
  'Lika villkor i {object} – {ort}',
  '{ort} följer upp {object} för {group}',
  'Nya arbetssätt för {object} i {ort}',
  'Jämställdhetsanalys av {object} i {ort}',
  '{ort} satsar på {object} för {group}',
  'Från kartläggning till förändring: {object} i {ort}',
  '{orts} modell för {object}',
  'Hur {ort} gjorde {object} mer jämställda',
];

const KOMMUN_FORMS = ['kommunen', 'kommunens', 'kommunerna', 'kommunernas', 'kommun', 'grannkommunerna', 'hela kommunkoncernen', 'kommunledningen'];
const REGION_FORMS = ['regionen', 'regionens', 'regionerna', 'regionernas', 'region', 'regionledningen', 'landstingen'];
const JAM_FORMS = ['jämställdhet', 'jämställdheten', 'jämställdhetsintegrering', 'jämställdhetsintegreringen', 'jämställdhetsanalys', 'jämställdhetsanalyser', 'jämställdhetsarbetet', 'jämställdhetsperspektivet', 'jämställdhetsstrategin', 'ett jämställt bemötande', 'jämställda insatser', 'jämställdhetssamordnaren'];
const METHODS = ['könsuppdelad statistik', 'enkäter', 'fokusgrupper', 'djupintervjuer', 'processkartläggningar', 'genomgångar av ärenden', 'observationer', 'dialogmöten', 'tidsstudier', 'medborgarpaneler', 'workshoppar med personalen', 'jämförelser mellan åren', 'nyckeltal från Kolada'];
const ACTORS = ['förvaltningen', 'nämnden', 'socialnämnden', 'utbildningsförvaltningen', 'kultur- och fritidsförvaltningen', 'ledningsgruppen', 'en arbetsgrupp', 'verksamhetsutvecklarna', 'processledaren', 'kvalitetsstrategen', 'enhetscheferna', 'politikerna i nämnden', 'en styrgrupp'];
const DIFF = ['betydligt mer', 'mindre', 'nästan dubbelt så mycket', 'en tredjedel av', 'lika mycket som', 'färre timmar av', 'längre handläggningstid för'];
const TIME = ['under det första året', 'efter två år', 'hösten {y}', 'våren {y}', 'redan under {y}', 'i början av {y}', 'under projektperioden', 'sedan {y}'];
const PERSONS = ['Anna', 'Karin', 'Maria', 'Lena', 'Sara', 'Eva', 'Johan', 'Erik', 'Lars', 'Anders', 'Mikael', 'Fatima', 'Ali', 'Emma', 'Linnea', 'Per', 'Sofia', 'Jonas', 'Helena', 'Mats'];
const SURNAMES = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Hassan', 'Lindqvist', 'Berg', 'Sandberg', 'Öberg', 'Åkesson', 'Holm', 'Ekström', 'Nyström'];
const ROLES = ['utvecklingsledare', 'jämställdhetsstrateg', 'enhetschef', 'verksamhetsutvecklare', 'kvalitetssamordnare', 'processledare', 'folkhälsostrateg', 'förvaltningschef'];

const BACKGROUND = [
  '{KOMMUN} hade länge sagt att alla får samma stöd, men ingen hade räknat på det.',
  'När {actor} gick igenom {form} med {method} visade det sig att {groupA} fick {diff} {object} jämfört med {groupB}.',
  'Arbetet började {time} efter att {KOMMUN} anslutit sig till den europeiska deklarationen för jämställdhet.',
  'Frågan väcktes av {actor}, som undrade varför {form} nästan bara nådde {groupA}.',
  'Statistiken i {form} var inte uppdelad på kön, och därför gick det inte att se vem som fick vad.',
  'Tidigare {JAM} hade mest handlat om utbildningsinsatser för chefer, inte om själva verksamheten.',
  '{KOMMUN} deltog i ett nätverk med {KOMMUN2} där erfarenheterna från {JAM} delades.',
  'Medborgarnas synpunkter pekade på att {groupA} upplevde {form} som otrygga eller svåra att nå.',
  'I budgeten för {y} fick {actor} i uppdrag att analysera {object} ur ett jämställdhetsperspektiv.',
  'En tidigare kartläggning från {y0} hade visat skillnader som aldrig följts upp.',
  'Det fanns en oro för att {form} förstärkte traditionella könsmönster.',
  'Många av {form} hade inte förändrats på flera år, trots att {groupA} hade andra behov än förr.',
];
const IMPLEMENTATION = [
  '{actor} samlade in {method} om {form} och delade upp allt på kön och ålder.',
  '{time} genomfördes {method} med {groupA} och {groupB}.',
  'Resultaten diskuterades på arbetsplatsträffar där medarbetarna fick reflektera över sina egna föreställningar.',
  'En checklista för {JAM} togs fram och används nu när {form} planeras.',
  '{actor} ändrade rutinerna så att {object} fördelas efter behov i stället för efter vem som frågar först.',
  'Tillsammans med {KOMMUN2} testades en ny modell för {object}.',
  'Varje enhet fick formulera ett eget mål för {JAM} och rapportera till {actor} två gånger om året.',
  'Handläggarna gick en utbildning i normkritik och bemötande.',
  'Nyckeltalen lades in i ledningssystemet så att {form} följs upp i varje delårsrapport.',
  'Pilotverksamheten startade i en stadsdel och spreds sedan till fler verksamheter i {ORT}.',
  'Man bjöd in {groupA} till samtal om hur {form} kunde utformas.',
  'En extern forskare följde arbetet och skrev en rapport om {JAM}.',
  'Budgetmedel flyttades så att {object} för {groupA} fick samma resurser som för {groupB}.',
];
const SUCCESS = [
  'Ett tydligt uppdrag från politiken och att ledningen efterfrågade resultaten.',
  'Att statistiken gjordes lätt att förstå och visades i enkla diagram.',
  'Att {actor} fick tid avsatt för {JAM} och inte behövde göra det vid sidan av.',
  'Ett nära samarbete med {KOMMUN2} och med civilsamhällets föreningar.',
  'Att medarbetarna själva fick upptäcka skillnaderna i {form}.',
  'Uthållighet: förändringen av {object} tog längre tid än planerat.',
  'Stöd från en processledare i modellkommunsprogrammet.',
  'Att {groupA} fick komma till tals tidigt i processen.',
  'Konkreta mål som gick att följa upp varje år.',
];
const RESULTS = [
  'Andelen {groupA} som tar del av {object} ökade från {p1} till {p2} procent.',
  'Skillnaden mellan {groupA} och {groupB} i {form} har minskat tydligt.',
  '{KOMMUN} fördelar nu {object} mer jämställt, och uppföljningen visar stabila resultat.',
  'Handläggningstiderna blev kortare och lika långa oavsett kön.',
  'Nöjdheten bland {groupA} steg med {n} procentenheter på två år.',
  'Arbetssättet har blivit en del av den ordinarie verksamhetsplaneringen i {KOMMUN}.',
  'Fler {groupA} söker sig nu till {form} än tidigare.',
  'Resultaten har presenterats för {actor} och ligger till grund för nya beslut om {object}.',
  'Ännu syns inga stora skillnader i statistiken, men medvetenheten om {JAM} har ökat.',
  'Modellen har spridits till {KOMMUN2} och flera andra kommuner i länet.',
];
const CONCLUSIONS = [
  'Börja med att räkna: könsuppdelad statistik öppnar samtalet.',
  'Låt medarbetarna äga analysen av {form}.',
  'Jämställdhetsintegrering kräver tydligt ledarskap.',
  'Små förändringar i rutinerna kan ge stor effekt på {object}.',
  'Följ upp varje år, annars faller arbetet tillbaka.',
  'Involvera {groupA} tidigt.',
  'Samarbete med andra kommuner sparar tid.',
  'Resurserna ska följa behoven, inte traditionen.',
  'Gör {JAM} till en del av budgetprocessen.',
];
const LEADS = [
  '{ORT} har med {method} undersökt hur {object} fördelas mellan {groupA} och {groupB}, och ändrat arbetssättet efter vad man såg.',
  'Genom {JAM} i {form} har {ORT} gjort {object} mer jämställda.',
  'I {ORT} ledde en genomgång av {object} till att {actor} ändrade hur resurserna fördelas.',
  '{ORT} visar hur {JAM} kan bli en del av det vanliga arbetet med {object}.',
  'Exemplet beskriver hur {ORT} använde {method} för att se skillnader i {form} och minska dem.',
  'Med stöd av {KOMMUN2} har {ORT} utvecklat {object} så att {groupA} nås bättre.',
];

const slugify = (text) =>
  text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const genitive = (name) => (/[sxz]$/i.test(name) ? name : `${name}s`);
const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Builds one example (plain object, snake_case keys as stored). */
function makeExample(r, index, orgs, byCounty, vocab) {
  // Who: mostly one kommun, sometimes a region, some co-authored (neighbours in the same county).
  const first = r.chance(0.86) ? r.pick(orgs.municipalities) : r.chance(0.9) ? r.pick(orgs.regions) : orgs.skr;
  const credited = [first];
  const extra = r.chance(0.8) ? 0 : r.chance(0.75) ? 1 : 2;
  for (let i = 0; i < extra; i += 1) {
    const pool = first.county_code && r.chance(0.7) ? byCounty.get(first.county_code) : orgs.municipalities;
    const other = r.pick(pool);
    if (!credited.includes(other)) credited.push(other);
  }
  const partner = r.pick(byCounty.get(first.county_code ?? '01') ?? orgs.municipalities);
  const region = first.kind === 'REGION';
  const theme = region && r.chance(0.5) ? THEMES.find((t) => t.key === 'hälsa') : r.skewed(THEMES, 0.6);
  const groups = r.some(theme.groups, 2);
  const y0 = r.int(2008, 2025);

  const fill = (template) =>
    template.replace(/\{(\w+)\}/g, (_, key) => {
      switch (key) {
        case 'ort': case 'ORT': return first.short_name;
        case 'orts': return genitive(first.short_name);
        case 'KOMMUN': return region ? r.pick(REGION_FORMS) : r.chance(0.4) ? first.short_name : r.pick(KOMMUN_FORMS);
        case 'KOMMUN2': return partner === first ? r.pick(KOMMUN_FORMS) : partner.short_name;
        case 'JAM': return r.pick(JAM_FORMS);
        case 'object': return r.pick(theme.objects);
        case 'form': return r.pick(theme.forms);
        case 'group': return groups[0];
        case 'groupA': return groups[0];
        case 'groupB': return groups[1] ?? r.pick(['kvinnor', 'män', 'pojkar', 'flickor']);
        case 'actor': return r.pick(ACTORS);
        case 'method': return r.pick(METHODS);
        case 'diff': return r.pick(DIFF);
        case 'time': return r.pick(TIME).replace('{y}', String(r.int(y0, Math.min(2026, y0 + 3))));
        case 'y': return String(r.int(y0, Math.min(2026, y0 + 2)));
        case 'y0': return String(Math.max(2005, y0 - r.int(1, 5)));
        case 'p1': return String(r.int(12, 45));
        case 'p2': return String(r.int(46, 80));
        case 'n': return String(r.int(3, 25));
        default: return key;
      }
    });
  const paragraph = (bank, min, max) => r.some(bank, r.int(min, max)).map((s) => capital(fill(s))).join(' ');

  const object = r.pick(theme.objects);
  const title = capital(
    r
      .pick(VERBS_TITLE)
      .replace('{ort}', first.short_name)
      .replace('{orts}', genitive(first.short_name))
      .replace('{object}', object)
      .replace('{group}', groups[0]),
  );
  // When: 2008–2026, about a quarter still ongoing, a few without a period.
  const hasPeriod = r.chance(0.95);
  const periodStart = hasPeriod ? y0 : null;
  const periodEnd = !hasPeriod || r.chance(0.25) ? null : Math.min(2026, y0 + r.int(0, 4));
  const roll = r.next();
  const status = roll < 0.88 ? 'PUBLISHED' : roll < 0.93 ? 'DRAFT' : roll < 0.97 ? 'IN_REVIEW' : 'ARCHIVED';
  let publishedAt = null;
  if (status === 'PUBLISHED' || status === 'ARCHIVED') {
    const fromYear = Math.max(2010, Math.min(2026, (periodStart ?? 2012) + r.int(0, 3)));
    const year = Math.min(2026, fromYear);
    const month = year === 2026 ? r.int(0, 10) : r.int(0, 11);
    publishedAt = new Date(Date.UTC(year, month, r.int(1, 28), r.int(7, 17), r.int(0, 59), r.int(0, 59))).toISOString();
  }
  const createdAt = publishedAt ?? new Date(Date.UTC(2026, r.int(0, 10), r.int(1, 28), 9)).toISOString();
  const subjects = r.some([...new Set([...theme.subjects.filter((s) => vocab.subjects.includes(s)), r.pick(vocab.subjects)])], r.int(1, 3));
  const activityAreas = r.some([...new Set([...theme.areas.filter((a) => vocab.areas.includes(a)), r.pick(vocab.areas)])], r.int(1, 2));
  const contact = `${r.pick(PERSONS)} ${r.pick(SURNAMES)}`;
  const origin = first.kind === 'MUNICIPALITY' ? 'MUNICIPALITY' : first.kind === 'REGION' ? 'REGION' : 'OTHER';
  return {
    id: r.uuid(),
    slug: `${slugify(title).slice(0, 88)}-${index.toString(36)}`,
    title,
    summary: capital(fill(r.pick(LEADS))),
    status,
    published_at: publishedAt,
    origin_kind: origin,
    organization_names: credited.map((o) => o.name).join(', '),
    subjects,
    activity_areas: activityAreas,
    period_start: periodStart,
    period_end: periodEnd,
    background: paragraph(BACKGROUND, 2, 5),
    implementation: paragraph(IMPLEMENTATION, 3, 6),
    success_factors: r.chance(0.9) ? paragraph(SUCCESS, 2, 4) : null,
    results: r.chance(0.92) ? paragraph(RESULTS, 2, 4) : null,
    key_conclusions: r.some(CONCLUSIONS, r.int(2, 4)).map((s) => capital(fill(s))),
    further_reading: r.chance(0.5) ? [{ title: `Rapport: ${object} i ${first.short_name}`, url: `https://example.se/${slugify(first.short_name)}/${index}` }] : [],
    contacts: [{ name: contact, title: r.pick(ROLES), organization: first.name, email: `${slugify(contact).replace('-', '.')}@example.se`, phone: null }],
    responsible_editor: r.chance(0.6) ? `${r.pick(PERSONS)} ${r.pick(SURNAMES)}` : null,
    created_at: createdAt,
    updated_at: createdAt,
    organizations: credited.map((o, position) => ({ example_id: null, organization_id: o.id, position })),
  };
}

const COLUMNS = `id uuid, slug varchar, title varchar, summary text, status example_status, published_at timestamptz,
  origin_kind example_origin, organization_names text, subjects text[], activity_areas text[], period_start int, period_end int,
  background text, implementation text, success_factors text, results text, key_conclusions text[], further_reading jsonb,
  contacts jsonb, responsible_editor varchar, created_at timestamptz, updated_at timestamptz`;
const NAMES = COLUMNS.split(',').map((c) => c.trim().split(/\s+/)[0]);

/**
 * Fills `learning_examples` and `learning_example_organizations` with `count` examples. `client` is a
 * connected pg Client on a migrated and seeded database. Returns timings (ms) and counts.
 */
export async function generateExamples(client, { count = 50_000, seed = 20261122, batch = 1000, log = () => {} } = {}) {
  const { SEARCH_VECTOR_SQL, REFRESH_SEARCH_SQL, ADD_SEARCH_WORDS_SQL } = require(resolve(root, 'dist/api/apps/api/src/modules/learning-examples/search-vector.js'));
  const orgRows = (await client.query(`SELECT id, code, name, short_name, kind::text AS kind, county_code FROM organizations ORDER BY code`)).rows;
  const orgs = {
    municipalities: orgRows.filter((o) => o.kind === 'MUNICIPALITY'),
    regions: orgRows.filter((o) => o.kind === 'REGION'),
    skr: orgRows.find((o) => o.kind === 'SKR'),
  };
  if (orgs.municipalities.length !== 290 || orgs.regions.length !== 21) throw new Error('the reference seed is missing (expected 290 kommuner and 21 regioner)');
  const byCounty = new Map();
  for (const o of orgs.municipalities) byCounty.set(o.county_code, [...(byCounty.get(o.county_code) ?? []), o]);
  const terms = (await client.query(`SELECT kind::text AS kind, term FROM vocabulary_terms ORDER BY kind, position`)).rows;
  const vocab = { subjects: terms.filter((t) => t.kind === 'SUBJECT').map((t) => t.term), areas: terms.filter((t) => t.kind === 'ACTIVITY_AREA').map((t) => t.term) };

  const r = prng(seed);
  const t0 = performance.now();
  let buildMs = 0;
  let links = 0;
  for (let start = 0; start < count; start += batch) {
    const b0 = performance.now();
    const rows = [];
    for (let i = start; i < Math.min(count, start + batch); i += 1) rows.push(makeExample(r, i, orgs, byCounty, vocab));
    const orgLinks = rows.flatMap((row) => row.organizations.map((l) => ({ ...l, example_id: row.id })));
    const json = JSON.stringify(rows.map((row) => ({ ...row, organizations: undefined })));
    buildMs += performance.now() - b0;
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO learning_examples (${NAMES.join(', ')}, search_vector)
       SELECT ${NAMES.map((n) => `v.${n}`).join(', ')}, ${SEARCH_VECTOR_SQL}
       FROM jsonb_to_recordset($1::jsonb) AS v(${COLUMNS})`,
      [json],
    );
    await client.query(
      `INSERT INTO learning_example_organizations (example_id, organization_id, position)
       SELECT example_id, organization_id, position FROM jsonb_to_recordset($1::jsonb) AS v(example_id uuid, organization_id uuid, position int)`,
      [JSON.stringify(orgLinks)],
    );
    // What refreshSearchVectors derives once the organisations are known (rank vector, counties), and the
    // trigram fallback's word list.
    if (REFRESH_SEARCH_SQL) await client.query(REFRESH_SEARCH_SQL, [rows.map((row) => row.id)]);
    if (ADD_SEARCH_WORDS_SQL) await client.query(ADD_SEARCH_WORDS_SQL, [rows.map((row) => row.id)]);
    await client.query('COMMIT');
    links += orgLinks.length;
    if ((start / batch) % 10 === 9) log(`  ${start + batch} examples…`);
  }
  const insertMs = performance.now() - t0;
  const v0 = performance.now();
  // Every row was written twice (inserted, then its derived columns): compact, as a long-lived table's autovacuum would keep it.
  await client.query('VACUUM FULL ANALYZE learning_examples');
  // The public search's copy (its trigger wrote each published row twice too).
  await client.query('VACUUM FULL ANALYZE learning_example_search');
  await client.query('VACUUM ANALYZE learning_example_organizations');
  const vacuumMs = performance.now() - v0;
  return { count, links, buildMs, insertMs, vacuumMs };
}

/** Table and index sizes of the example tables, for the README. */
export async function sizes(client) {
  const { rows } = await client.query(
    `SELECT c.relname AS name, c.relkind AS kind, pg_relation_size(c.oid) AS bytes,
            CASE WHEN c.relkind = 'r' THEN pg_total_relation_size(c.oid) END AS total_bytes
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND (c.relname IN ('learning_examples', 'learning_example_search', 'learning_example_organizations', 'learning_example_words')
        OR c.oid IN (SELECT indexrelid FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                     WHERE t.relname IN ('learning_examples', 'learning_example_search', 'learning_example_organizations', 'learning_example_words')))
     ORDER BY c.relkind DESC, c.relname`,
  );
  return rows.map((row) => ({ name: row.name, kind: row.kind === 'r' ? 'table' : row.kind === 'm' ? 'materialized view' : 'index', bytes: Number(row.bytes), totalBytes: row.total_bytes ? Number(row.total_bytes) : null }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const result = await generateExamples(client, { count: Number(process.argv[2] ?? 50_000), log: console.log });
  console.log(result, await sizes(client));
  await client.end();
}
