/**
 * Reads SKR "lärande exempel" pages pasted as plain text (docs/domain.md, "Learning examples" →
 * "Import"). Pure functions: no Nest, no database.
 *
 * An example page: "Publicerad 14 maj 2020" (or "Publicerad: 23 april 2019"), the title, the lead
 * paragraph, the sections (Bakgrund …, Genomförande, Framgångsfaktorer …, Det här har arbetet lett
 * fram till, De viktigaste slutsatserna, Fördjupning), contacts, Informationsansvarig and the facet
 * block "Om exemplet" (Ämne, Exempel från, Tidsperiod, Verksamhetsområde).
 * A list page: one publication line, a page title, then entries "Title, Organisation", each followed
 * by its paragraphs; every entry becomes an example.
 *
 * The text is kept as text: nothing that looks like markup is interpreted, stripped or escaped here.
 */
import { ExampleOrigin, OrganizationKind, STARTER_VOCABULARIES, VocabularyKind, stockholmTime } from '@modellkommuner/shared';
import { COUNTIES, MUNICIPALITIES, REGIONS } from '@modellkommuner/reference-data';
import { fold } from '../slug';

// ---- public types ---------------------------------------------------------------------------------

export interface OrganisationMatch {
  code: string;
  kind: typeof OrganizationKind.MUNICIPALITY | typeof OrganizationKind.REGION;
}

export interface ParseContext {
  /** The current Ämne vocabulary (canonical spelling). */
  subjects: readonly string[];
  /** The current Verksamhetsområde vocabulary (canonical spelling). */
  activityAreas: readonly string[];
  /** Organisation name as written → code and kind, or null when unknown. */
  matchOrganisation: (name: string) => OrganisationMatch | null;
}

export interface ParsedLink {
  title: string;
  url: string | null;
}

export interface ParsedContact {
  name: string;
  title: string | null;
  organization: string | null;
  email: string | null;
  phone: string | null;
}

export interface ParsedExample {
  title: string;
  summary: string;
  publishedAt: Date;
  organizationCodes: string[];
  /** As written on the page, matched or not. */
  organizationNames: string[];
  originKind: ExampleOrigin;
  subjects: string[];
  activityAreas: string[];
  periodStart: number | null;
  periodEnd: number | null;
  background: string | null;
  implementation: string | null;
  successFactors: string | null;
  results: string | null;
  keyConclusions: string[];
  furtherReading: ParsedLink[];
  contacts: ParsedContact[];
  responsibleEditor: string | null;
  /** normaliseKey(title) + '|' + normaliseKey(first organisation code, else name): same page → same key. */
  normalizedKey: string;
}

export type ParseOutcome = { ok: true; examples: ParsedExample[]; warnings: string[] } | { ok: false; error: string };

/** The starter vocabularies and the reference-data organisation matcher. */
export function createParseContext(vocabularies?: { subjects?: readonly string[]; activityAreas?: readonly string[] }): ParseContext {
  return {
    subjects: vocabularies?.subjects ?? STARTER_VOCABULARIES[VocabularyKind.SUBJECT],
    activityAreas: vocabularies?.activityAreas ?? STARTER_VOCABULARIES[VocabularyKind.ACTIVITY_AREA],
    matchOrganisation,
  };
}

// ---- text hygiene ---------------------------------------------------------------------------------

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;

/** NFC, LF line ends, no tabs or non-breaking spaces, single spaces, trimmed lines. */
export function normaliseLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(LINE_BREAK, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end);
}

/** Runs of non-empty lines. */
function toBlocks(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

const BULLET = /^(?:[•·▪◦‣●]\s*|[*\-–—]\s+|\d{1,2}[.)]\s+)/u;

function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/** A paragraph: hard-wrapped lines are joined with a space; a bullet line keeps its own line. */
function blockText(block: readonly string[]): string {
  return block.reduce((text, line, i) => (i === 0 ? line : `${text}${BULLET.test(line) ? '\n' : ' '}${line}`), '');
}

function paragraphs(lines: readonly string[]): string[] {
  return toBlocks(lines).map(blockText);
}

/** A page or title in a message: at most `max` characters, cut at a word. */
function quoteLabel(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// ---- keys -------------------------------------------------------------------------------------------

/** Lower case, folded, every run of punctuation or whitespace collapsed to one space. */
export function normaliseKey(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// ---- organisations ----------------------------------------------------------------------------------

interface OrganisationIndex {
  municipalities: Map<string, string>;
  regions: Map<string, string>;
  countyToRegion: Map<string, string>;
  /** Folded (å → a …) short names, only where unambiguous; null marks a collision. */
  foldedMunicipalities: Map<string, string | null>;
}

let organisationIndex: OrganisationIndex | null = null;

function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/[\s.,;:]+$/, '')
    .trim();
}

function buildOrganisationIndex(): OrganisationIndex {
  const municipalities = new Map<string, string>();
  const foldedMunicipalities = new Map<string, string | null>();
  for (const m of MUNICIPALITIES) {
    const key = nameKey(m.shortName);
    municipalities.set(key, m.code);
    const folded = fold(key);
    foldedMunicipalities.set(folded, foldedMunicipalities.has(folded) ? null : m.code);
  }
  const regions = new Map<string, string>();
  const countyToRegion = new Map<string, string>();
  for (const r of REGIONS) {
    regions.set(nameKey(r.name), r.code);
    regions.set(nameKey(r.shortName), r.code);
  }
  for (const c of COUNTIES) {
    if (!REGIONS.some((r) => r.code === c.code)) continue;
    countyToRegion.set(nameKey(c.shortName), c.code);
    countyToRegion.set(nameKey(c.name.replace(/ län$/, '')), c.code); // "Jönköpings"
  }
  return { municipalities, regions, countyToRegion, foldedMunicipalities };
}

function regionOfCounty(index: OrganisationIndex, countyName: string): string | null {
  const key = nameKey(countyName).replace(/ län$/, '');
  return index.countyToRegion.get(key) ?? (key.endsWith('s') ? index.countyToRegion.get(key.slice(0, -1)) : undefined) ?? null;
}

const MUNICIPALITY_SUFFIX = /\s+(?:kommun och stad|kommun|stad)$/;

/**
 * Organisation name as written → code and kind, from the reference data. Kommuner match on the short
 * name whatever the suffix ("Malmö stad", "Göteborgs Stad" – genitive too, "Huddinge"); regioner on
 * their name, "Region" + län ("Region Jönköping"), "Landstinget i …" and "… läns landsting".
 */
export function matchOrganisation(name: string): OrganisationMatch | null {
  organisationIndex ??= buildOrganisationIndex();
  const index = organisationIndex;
  const key = nameKey(name);
  if (!key) return null;
  const region = (code: string | null | undefined): OrganisationMatch | null => (code ? { code, kind: OrganizationKind.REGION } : null);

  const exactRegion = index.regions.get(key);
  if (exactRegion) return region(exactRegion);
  const prefixed = /^region (.+)$/.exec(key) ?? /^landstinget i (.+)$/.exec(key) ?? /^(.+) läns landsting$/.exec(key);
  if (prefixed) return region(regionOfCounty(index, prefixed[1]));

  const base = key.replace(MUNICIPALITY_SUFFIX, '');
  const candidates = base.endsWith('s') ? [base, base.slice(0, -1)] : [base];
  for (const candidate of candidates) {
    const code = index.municipalities.get(candidate);
    if (code) return { code, kind: OrganizationKind.MUNICIPALITY };
  }
  for (const candidate of candidates) {
    const code = index.foldedMunicipalities.get(fold(candidate));
    if (code) return { code, kind: OrganizationKind.MUNICIPALITY };
  }
  return null;
}

const ORGANISATION_WORD =
  /^(?:region|landstinget)\s|(?:kommun|stad|regionen|landsting|landstinget|kommunförbund(?:et)?|samordningsförbund(?:et)?)$/iu;

/** A known organisation, or a capitalised name that reads like one ("Sjöbo kommun", "Region X"). */
function looksLikeOrganisation(name: string, ctx: ParseContext): boolean {
  if (ctx.matchOrganisation(name)) return true;
  return /^\p{Lu}/u.test(name) && name.length <= 80 && ORGANISATION_WORD.test(name);
}

/** "Huddinge kommun och Botkyrka kommun" → both; null when any part is not an organisation. */
function splitOrganisations(text: string, ctx: ParseContext): string[] | null {
  const names: string[] = [];
  for (const part of text.split(/\s*[,;]\s*/)) {
    if (!part) return null;
    const pieces = part.split(/\s+(?:och|samt|&)\s+/);
    if (pieces.length > 1 && pieces.every((p) => looksLikeOrganisation(p, ctx))) names.push(...pieces);
    else if (looksLikeOrganisation(part, ctx)) names.push(part);
    else return null;
  }
  return names.length ? names : null;
}

/** "Title, Organisation[, Organisation]" → the title and the organisations; null otherwise. */
function splitTitleAndOrganisations(line: string, ctx: ParseContext): { title: string; organisations: string[] } | null {
  if (line.length > 200 || /[.!?:]$/.test(line) || BULLET.test(line)) return null;
  const parts = line.split(/\s*,\s*/);
  for (let i = 1; i < parts.length; i++) {
    const title = parts.slice(0, i).join(', ').trim();
    if (title.length < 2) continue;
    const organisations = splitOrganisations(parts.slice(i).join(', '), ctx);
    if (organisations) return { title, organisations };
  }
  return null;
}

const LEAD_ORGANISATION =
  /Västra Götalandsregionen|Region\s+\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|län))?|(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*\s+(?:kommun|stad|Stad)(?!\p{L})/gu;

/** Known organisations named in running text ("Huddinge kommun har …"), as written. */
function organisationsInText(text: string, ctx: ParseContext): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(LEAD_ORGANISATION)) {
    const full = match[0];
    // "I Huddinge kommun" → "Huddinge kommun"; "Region Skåne Kultur" → "Region Skåne".
    const candidates = /^region\s/i.test(full) ? [full, full.replace(/\s+\S+$/, '')] : [full, full.replace(/^\S+\s+/, '')];
    const candidate = candidates.find((c) => ctx.matchOrganisation(c));
    if (candidate) found.push(candidate);
  }
  return found;
}

// ---- dates and periods ------------------------------------------------------------------------------

/** Swedish month names and their usual abbreviations → 1–12. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januari', 'jan'],
  ['februari', 'feb'],
  ['mars', 'mar'],
  ['april', 'apr'],
  ['maj'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augusti', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])));

const PUBLICATION_LABEL = /^publicerad(?=[\s:]|$)/i;

function isPublicationLabel(line: string): boolean {
  return PUBLICATION_LABEL.test(line) && line.length <= 80;
}

/** A line that starts a page: "Publicerad" with a year in it. */
function isPublicationLine(line: string): boolean {
  return isPublicationLabel(line) && /(?<!\d)\d{4}(?!\d)/.test(line);
}

/**
 * "Publicerad 14 maj 2020", "Publicerad: 23 april 2019", "Publicerad den 3 okt. 2018",
 * "Publicerad 2020-05-14" → midnight Europe/Stockholm of that day; null when unreadable.
 */
export function parsePublicationDate(line: string): Date | null {
  const rest = line.replace(/^publicerad\s*:?\s*(?:den\s+)?/i, '');
  let year: number;
  let month: number;
  let day: number;
  const named = /^(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})(?!\d)/u.exec(rest);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(rest);
  if (named) {
    const m = MONTHS.get(named[2].toLocaleLowerCase('sv'));
    if (!m) return null;
    [day, month, year] = [Number(named[1]), m, Number(named[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return stockholmTime(`${year}-${pad(month)}-${pad(day)}`, '00:00');
}

const ONGOING = /^(?:pågående|pågår|tills vidare|löpande|fortlöpande|nu|idag|i dag)$/i;

/** "2018 - pågående" → 2018/null, "2016–2019" → 2016/2019, "2019" → 2019/2019, "Från 2018" → 2018/null. */
export function parsePeriod(text: string): { start: number; end: number | null } | null {
  const value = text.trim().replace(/\s+/g, ' ');
  const year = (s: string) => {
    const n = Number(s);
    return n >= 1900 && n <= 2100 ? n : null;
  };
  const from = /^(?:från\s+|fr\.?\s*o\.?\s*m\.?\s+)?(\d{4})(?:\s*(?:-|–|—|till)\s*(.*))?$/i.exec(value);
  if (!from) return null;
  const start = year(from[1]);
  if (start === null) return null;
  const rest = from[2]?.trim();
  if (rest === undefined) return { start, end: /^fr/i.test(value) ? null : start };
  if (rest === '' || ONGOING.test(rest)) return { start, end: null };
  const end = /^\d{4}$/.test(rest) ? year(rest) : null;
  if (end === null || end < start) return null;
  return { start, end };
}

// ---- headings ---------------------------------------------------------------------------------------

type SectionKey =
  | 'background'
  | 'implementation'
  | 'successFactors'
  | 'results'
  | 'keyConclusions'
  | 'furtherReading'
  | 'contacts'
  | 'responsibleEditor'
  | 'about'
  | 'ignore';

type FacetKey = 'subjects' | 'origin' | 'period' | 'activityAreas';

const CONTENT_SECTIONS: ReadonlySet<SectionKey> = new Set([
  'background',
  'implementation',
  'successFactors',
  'results',
  'keyConclusions',
  'furtherReading',
  'about',
]);

/** Headings that are whole lines; the prefixed ones ("Framgångsfaktorer för …") must read like a heading. */
const EXACT_HEADINGS: readonly [RegExp, SectionKey][] = [
  [/^genomförande$/, 'implementation'],
  [/^(?:det här har arbetet lett fram till|resultat|resultaten)$/, 'results'],
  [/^(?:de )?viktigaste slutsatserna$|^slutsatser$/, 'keyConclusions'],
  [/^(?:fördjupning|läs mer|mer information|länkar)$/, 'furtherReading'],
  [/^kontakt(?:er|person|personer|person\(er\)|uppgifter)?$/, 'contacts'],
  [/^informationsansvarig$/, 'responsibleEditor'],
  [/^om exemplet$/, 'about'],
  [
    /^(?:kontakta oss|kontaktformulär skr|lärande exempel|gå till alla lärande exempel|hjälpte informationen på sidan dig\??|tack för att du hjälper oss!?|sidfot|dela(?: sidan)?|relaterat|relaterade exempel)$/,
    'ignore',
  ],
];

const PREFIXED_HEADINGS: readonly [RegExp, SectionKey][] = [
  [/^bakgrund(?![\p{L}])/u, 'background'],
  [/^genomförande(?![\p{L}])/u, 'implementation'],
  [/^framgångsfaktor(?:er)?(?![\p{L}])/u, 'successFactors'],
  [/^det här har (?:arbetet )?(?:lett|resulterat)/u, 'results'],
];

function classifyHeading(line: string): SectionKey | null {
  const text = line.replace(/\s*:$/, '').toLocaleLowerCase('sv');
  if (!text || text.length > 80) return null;
  for (const [pattern, key] of EXACT_HEADINGS) if (pattern.test(text)) return key;
  if (/[.!?]$/.test(text)) return null;
  for (const [pattern, key] of PREFIXED_HEADINGS) if (pattern.test(text)) return key;
  return null;
}

const FACET_KEYS: readonly [RegExp, FacetKey][] = [
  [/^ämnen?$/, 'subjects'],
  [/^exempel från$/, 'origin'],
  [/^tidsperiod$/, 'period'],
  [/^verksamhetsområden?$/, 'activityAreas'],
];

/** "Ämne" alone (values follow) or "Ämne: Jämställdhet, Folkhälsa" (values inline). */
function classifyFacet(line: string): { key: FacetKey; inline: string | null } | null {
  const m = /^([^:]{3,25}?)\s*(?::\s*(.*))?$/.exec(line);
  if (!m) return null;
  const label = m[1].toLocaleLowerCase('sv');
  for (const [pattern, key] of FACET_KEYS) {
    if (pattern.test(label)) return { key, inline: m[2] === undefined ? null : m[2].trim() };
  }
  return null;
}

// ---- pages ------------------------------------------------------------------------------------------

const SEPARATOR = /^-{3,}$/;

/**
 * One or more pages → one string per page. A page ends at a line of three or more "-", and a new page
 * starts at each "Publicerad …" line; text before the first "Publicerad" line of a part belongs to
 * that part's first page. Blank parts are dropped.
 */
export function splitPages(text: string): string[] {
  const pages: string[] = [];
  let current: string[] = [];
  let seenPublication = false;
  const flush = () => {
    const page = trimBlankEdges(current);
    if (page.length) pages.push(page.join('\n'));
    current = [];
    seenPublication = false;
  };
  for (const line of normaliseLines(text)) {
    if (SEPARATOR.test(line)) {
      flush();
      continue;
    }
    if (isPublicationLine(line)) {
      if (seenPublication) flush();
      seenPublication = true;
    }
    current.push(line);
  }
  flush();
  return pages;
}

interface PageParts {
  publishedAt: Date;
  title: string;
  /** Lines after the title (the pre-"Publicerad" lines that followed the title included). */
  body: string[];
  /** Every line but the publication line, for the list-page check. */
  content: string[];
}

function fail(error: string): ParseOutcome {
  return { ok: false, error };
}

function isTitleLike(line: string): boolean {
  return (
    line.length <= 200 && !classifyHeading(line) && !classifyFacet(line) && !BULLET.test(line) && !/^(?:https?:\/\/|www\.)/i.test(line)
  );
}

function readPageParts(lines: string[]): PageParts | string {
  const firstLine = lines.find((l) => l !== '') ?? '';
  const pubIndex = lines.findIndex(isPublicationLabel);
  if (pubIndex < 0) {
    const label = lines.find((l) => l && classifyHeading(l) !== 'ignore') ?? firstLine;
    return `Sidan "${quoteLabel(label)}" kunde inte läsas: publiceringsdatum saknas (ingen rad "Publicerad …").`;
  }
  const before = lines.slice(0, pubIndex);
  const after = lines.slice(pubIndex + 1);
  const beforeIndex = before.findIndex((l) => l !== '' && classifyHeading(l) !== 'ignore');
  let title: string | undefined;
  let body: string[];
  if (beforeIndex >= 0) {
    title = before[beforeIndex];
    body = [...before.slice(beforeIndex + 1), '', ...after];
  } else {
    const afterIndex = after.findIndex((l) => l !== '' && classifyHeading(l) !== 'ignore');
    title = after[afterIndex];
    body = after.slice(afterIndex + 1);
  }
  if (!title || !isTitleLike(title)) {
    return `Sidan som börjar med "${quoteLabel(firstLine)}" kunde inte läsas: rubrik saknas.`;
  }
  const publishedAt = parsePublicationDate(lines[pubIndex]);
  if (!publishedAt) {
    return `Sidan "${quoteLabel(title)}" kunde inte läsas: publiceringsdatumet i "${lines[pubIndex]}" kunde inte tolkas.`;
  }
  return { publishedAt, title, body, content: [...before, '', ...after] };
}

/**
 * One page → its example (or, for a list page, one example per entry) with warnings in Swedish, or
 * one Swedish line saying why the page could not be read.
 */
export function parseExamplePage(page: string, ctx: ParseContext): ParseOutcome {
  const lines = trimBlankEdges(normaliseLines(page).map((l) => (SEPARATOR.test(l) ? '' : l)));
  if (!lines.length) return fail('En tom sida kunde inte läsas.');
  const parts = readPageParts(lines);
  if (typeof parts === 'string') return fail(parts);
  return parseListPage(parts, ctx) ?? parseSinglePage(parts, ctx);
}

/**
 * Every page of a pasted text: the examples, one line per problem (unreadable pages and warnings),
 * and how many pages could not be read at all.
 */
export function parsePages(text: string, ctx: ParseContext): { examples: ParsedExample[]; errors: string[]; unreadable: number } {
  const examples: ParsedExample[] = [];
  const errors: string[] = [];
  let unreadable = 0;
  for (const page of splitPages(text)) {
    const outcome = parseExamplePage(page, ctx);
    if (outcome.ok) {
      examples.push(...outcome.examples);
      errors.push(...outcome.warnings);
    } else {
      errors.push(outcome.error);
      unreadable += 1;
    }
  }
  return { examples, errors, unreadable };
}

// ---- organisations of an example ------------------------------------------------------------------

interface Organisations {
  codes: string[];
  names: string[];
  kinds: OrganisationMatch['kind'][];
}

function resolveOrganisations(
  names: readonly string[],
  title: string,
  ctx: ParseContext,
  warnings: string[],
  warnUnknown: boolean,
): Organisations {
  const result: Organisations = { codes: [], names: [], kinds: [] };
  const seenNames = new Set<string>();
  for (const name of names) {
    const key = nameKey(name);
    if (seenNames.has(key)) continue;
    seenNames.add(key);
    const match = ctx.matchOrganisation(name);
    if (match && result.codes.includes(match.code)) continue;
    result.names.push(name);
    if (match) {
      result.codes.push(match.code);
      result.kinds.push(match.kind);
    } else if (warnUnknown) {
      warnings.push(`Okänd organisation "${name}" i "${title}" kunde inte kopplas till någon kommun eller region.`);
    }
  }
  return result;
}

function originOf(kinds: readonly OrganisationMatch['kind'][], fallback: ExampleOrigin | null): ExampleOrigin {
  if (kinds.length) {
    if (kinds.every((k) => k === OrganizationKind.MUNICIPALITY)) return ExampleOrigin.MUNICIPALITY;
    if (kinds.every((k) => k === OrganizationKind.REGION)) return ExampleOrigin.REGION;
    return ExampleOrigin.OTHER;
  }
  return fallback ?? ExampleOrigin.OTHER;
}

function makeKey(title: string, organisations: Organisations): string {
  return `${normaliseKey(title)}|${normaliseKey(organisations.codes[0] ?? organisations.names[0] ?? '')}`;
}

// ---- list pages -------------------------------------------------------------------------------------

function parseListPage(parts: PageParts, ctx: ParseContext): ParseOutcome | null {
  const lines = parts.content;
  if (
    lines.some((l) => {
      const heading = classifyHeading(l);
      return (heading && CONTENT_SECTIONS.has(heading)) || classifyFacet(l);
    })
  )
    return null;

  // Entries are lines of their own ("Title, Organisation"); the list ends at the first heading.
  interface Entry {
    title: string;
    organisations: string[];
    lines: string[];
  }
  const entries: Entry[] = [];
  let current: Entry | null = null;
  let section: SectionKey | null = null;
  const editorLines: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = line ? classifyHeading(line) : null;
    if (heading) {
      section = heading;
      current = null;
      continue;
    }
    if (section) {
      if (section === 'responsibleEditor') editorLines.push(line);
      continue;
    }
    const alone = line !== '' && (lines[i - 1] ?? '') === '' && (lines[i + 1] ?? '') === '';
    const entry = alone ? splitTitleAndOrganisations(line, ctx) : null;
    if (entry) {
      current = { ...entry, lines: [] };
      entries.push(current);
    } else if (current) current.lines.push(line);
  }
  if (entries.length < 2) return null;

  const warnings: string[] = [];
  const examples: ParsedExample[] = [];
  const responsibleEditor = readResponsibleEditor(editorLines);
  for (const entry of entries) {
    const summary = paragraphs(entry.lines).join('\n\n');
    if (!summary) {
      warnings.push(`Posten "${entry.title}" på listsidan "${quoteLabel(parts.title)}" saknar text och utelämnades.`);
      continue;
    }
    const organisations = resolveOrganisations(entry.organisations, entry.title, ctx, warnings, true);
    examples.push({
      title: entry.title,
      summary,
      publishedAt: new Date(parts.publishedAt.getTime()),
      organizationCodes: organisations.codes,
      organizationNames: organisations.names,
      originKind: originOf(organisations.kinds, null),
      subjects: [],
      activityAreas: [],
      periodStart: null,
      periodEnd: null,
      background: null,
      implementation: null,
      successFactors: null,
      results: null,
      keyConclusions: [],
      furtherReading: [],
      contacts: [],
      responsibleEditor,
      normalizedKey: makeKey(entry.title, organisations),
    });
  }
  if (!examples.length) return fail(`Listsidan "${quoteLabel(parts.title)}" kunde inte läsas: ingen post har någon text.`);
  return { ok: true, examples, warnings };
}

// ---- example pages ----------------------------------------------------------------------------------

interface Occurrence {
  key: SectionKey | 'lead';
  heading: string;
  lines: string[];
}

function parseSinglePage(parts: PageParts, ctx: ParseContext): ParseOutcome {
  const occurrences: Occurrence[] = [{ key: 'lead', heading: '', lines: [] }];
  const facets: Record<FacetKey, string[]> = { subjects: [], origin: [], period: [], activityAreas: [] };
  let current = occurrences[0];
  let facet: FacetKey | null = null;
  let facetHasValue = false;

  for (const line of parts.body) {
    if (line === '') {
      if (facet && facetHasValue) facet = null;
      if (!facet) current.lines.push('');
      continue;
    }
    const heading = classifyHeading(line);
    if (heading) {
      facet = null;
      current = { key: heading, heading: line, lines: [] };
      occurrences.push(current);
      continue;
    }
    const facetLine = classifyFacet(line);
    if (facetLine) {
      if (current.key !== 'about') {
        current = { key: 'about', heading: '', lines: [] };
        occurrences.push(current);
      }
      if (facetLine.inline !== null) {
        if (facetLine.inline) facets[facetLine.key].push(facetLine.inline);
        facet = null;
      } else {
        facet = facetLine.key;
        facetHasValue = false;
      }
      continue;
    }
    if (facet) {
      facets[facet].push(line);
      facetHasValue = true;
      continue;
    }
    current.lines.push(line);
  }

  const linesOf = (key: Occurrence['key']) => occurrences.filter((o) => o.key === key);
  const warnings: string[] = [];

  // Title "X, Organisation" (the list-entry form) keeps the title and names the organisation.
  const titled = splitTitleAndOrganisations(parts.title, ctx);
  const title = titled?.title ?? parts.title;

  const summary = paragraphs(linesOf('lead').flatMap((o) => o.lines)).join('\n\n');
  if (!summary) return fail(`Sidan "${quoteLabel(title)}" kunde inte läsas: ingress saknas.`);

  const subjects = matchTerms(facets.subjects, ctx.subjects, title, 'Okänt ämne', warnings);
  const activityAreas = matchTerms(facets.activityAreas, ctx.activityAreas, title, 'Okänt verksamhetsområde', warnings);

  let periodStart: number | null = null;
  let periodEnd: number | null = null;
  const periodText = facets.period.join(' ').trim();
  if (periodText) {
    const period = parsePeriod(periodText);
    if (period) {
      periodStart = period.start;
      periodEnd = period.end;
    } else warnings.push(`Tidsperiod "${periodText}" i "${title}" kunde inte tolkas och utelämnades.`);
  }

  const origin = readOrigin(facets.origin, ctx);
  const contacts = readContacts(
    linesOf('contacts').flatMap((o) => [...o.lines, '']),
    ctx,
  );

  // Where the organisations come from, first that names any: the title, "Exempel från",
  // the contacts' organisations, the lead paragraph.
  let organisationNames: string[];
  let warnUnknown = true;
  if (titled) organisationNames = titled.organisations;
  else if (origin.organisations.length) organisationNames = origin.organisations;
  else {
    warnUnknown = false;
    organisationNames = contacts.map((c) => c.organization).filter((o): o is string => !!o && !!ctx.matchOrganisation(o));
    if (!organisationNames.length) organisationNames = organisationsInText(summary, ctx);
  }
  const organisations = resolveOrganisations(organisationNames, title, ctx, warnings, warnUnknown);
  if (!organisations.names.length) warnings.push(`Ingen organisation kunde läsas ut för "${title}".`);

  const example: ParsedExample = {
    title,
    summary,
    publishedAt: parts.publishedAt,
    organizationCodes: organisations.codes,
    organizationNames: organisations.names,
    originKind: originOf(organisations.kinds, origin.kind),
    subjects,
    activityAreas,
    periodStart,
    periodEnd,
    background: sectionText(linesOf('background')),
    implementation: sectionText(linesOf('implementation')),
    successFactors: sectionText(linesOf('successFactors')),
    results: sectionText(linesOf('results')),
    keyConclusions: readConclusions(linesOf('keyConclusions').flatMap((o) => [...o.lines, ''])),
    furtherReading: readLinks(linesOf('furtherReading').flatMap((o) => o.lines)),
    contacts,
    responsibleEditor: readResponsibleEditor(linesOf('responsibleEditor').flatMap((o) => o.lines)),
    normalizedKey: makeKey(title, organisations),
  };
  return { ok: true, examples: [example], warnings };
}

/** Paragraphs joined by a blank line; a heading met more than once heads each of its parts. */
function sectionText(occurrences: readonly Occurrence[]): string | null {
  const withHeadings = occurrences.length > 1;
  const texts = occurrences.flatMap((o) => {
    const body = paragraphs(o.lines);
    return withHeadings && o.heading ? [o.heading.replace(/\s*:$/, ''), ...body] : body;
  });
  return texts.length ? texts.join('\n\n') : null;
}

function termKey(term: string): string {
  return term.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, '');
}

/** Known terms in their canonical spelling; every unknown one is warned about and left out. */
function matchTerms(values: readonly string[], vocabulary: readonly string[], title: string, label: string, warnings: string[]): string[] {
  const known = new Map(vocabulary.map((term) => [termKey(term), term]));
  const terms: string[] = [];
  for (const raw of values.flatMap((v) => v.split(/\s*[,;]\s*/))) {
    const value = stripBullet(raw).replace(/\.$/, '').trim();
    if (!value) continue;
    const term = known.get(termKey(value));
    if (term) {
      if (!terms.includes(term)) terms.push(term);
    } else warnings.push(`${label} "${value}" i "${title}" utelämnades.`);
  }
  return terms;
}

/** "Exempel från": "Kommun" / "Region" give the fallback kind; a named organisation is kept as one. */
function readOrigin(values: readonly string[], ctx: ParseContext): { kind: ExampleOrigin | null; organisations: string[] } {
  const kinds = new Set<ExampleOrigin>();
  const organisations: string[] = [];
  for (const raw of values.flatMap((v) => v.split(/\s*[,;]\s*/))) {
    const value = stripBullet(raw);
    if (!value) continue;
    if (/^kommun(?:er)?$/i.test(value)) kinds.add(ExampleOrigin.MUNICIPALITY);
    else if (/^(?:region(?:er)?|landsting)$/i.test(value)) kinds.add(ExampleOrigin.REGION);
    else {
      const match = ctx.matchOrganisation(value);
      if (match) organisations.push(value);
      kinds.add(match ? (match.kind === OrganizationKind.MUNICIPALITY ? ExampleOrigin.MUNICIPALITY : ExampleOrigin.REGION) : ExampleOrigin.OTHER);
    }
  }
  const kind = kinds.size === 0 ? null : kinds.size === 1 ? [...kinds][0] : ExampleOrigin.OTHER;
  return { kind, organisations };
}

/** The bullet list; bullets "•", "-", "*", "–" or "1."; a line without a bullet continues the item above. */
function readConclusions(lines: readonly string[]): string[] {
  if (!lines.some((l) => BULLET.test(l))) {
    const blocks = toBlocks(lines);
    return blocks.length > 1 ? blocks.map((b) => b.join(' ')) : (blocks[0] ?? []).slice();
  }
  const items: string[] = [];
  let open = false;
  for (const line of lines) {
    if (line === '') open = false;
    else if (BULLET.test(line)) {
      const item = stripBullet(line);
      if (item) items.push(item);
      open = !!item;
    } else if (open) items[items.length - 1] += ` ${line}`;
    else {
      items.push(line);
      open = true;
    }
  }
  return items;
}

const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s<>"]+/i;

function cleanUrl(raw: string): string {
  let url = raw.replace(/[.,;:!?]+$/, '');
  if (url.endsWith(')') && !url.includes('(')) url = url.slice(0, -1).replace(/[.,;:!?]+$/, '');
  return /^www\./i.test(url) ? `https://${url}` : url;
}

/**
 * One link per line; a URL on the line is the link's, a URL alone on the next line belongs to the line
 * above. A line with "<" or ">" keeps its whole text as the title (nothing is cut out of markup).
 */
function readLinks(lines: readonly string[]): ParsedLink[] {
  const links: ParsedLink[] = [];
  for (const raw of lines) {
    const line = stripBullet(raw);
    if (!line) continue;
    const match = URL_PATTERN.exec(line);
    if (!match) {
      links.push({ title: line, url: null });
      continue;
    }
    const url = cleanUrl(match[0]);
    if (/[<>]/.test(line)) {
      links.push({ title: line, url }); // markup stays text: the line is kept as written
      continue;
    }
    const title = (line.slice(0, match.index) + ' ' + line.slice(match.index + match[0].length))
      .replace(/\(\s*\)/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s:–—-]+|[\s:–—(-]+$/g, '')
      .trim();
    const previous = links[links.length - 1];
    if (!title && previous && previous.url === null) previous.url = url;
    else links.push({ title: title || url, url });
  }
  return links;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const PHONE = /(?<![\p{L}\p{N}@.])(?:\+\s?\d[\d\s()-]{6,}\d|0\d[\d\s()-]{5,}\d)(?![\p{L}\p{N}@])/u;
const CONTACT_LABEL = /^(?:e-?post|e-?mail|mejl|mail|telefon(?:nummer)?|tel|tfn|mobil(?:telefon)?|mobilnummer)\.?\s*:?\s*/i;

function takeFirst(pattern: RegExp, text: string): { value: string | null; rest: string } {
  const match = pattern.exec(text);
  if (!match) return { value: null, rest: text };
  return { value: match[0], rest: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}` };
}

/** "Anna Andersson", "Per-Olof af Klint": short, capitalised, no sentence punctuation. */
function looksLikeName(text: string): boolean {
  return /^\p{Lu}/u.test(text) && text.length <= 60 && text.split(' ').length <= 6 && !/[!?.:]$/.test(text) && !/\d/.test(text);
}

interface ContactDraft {
  name: string;
  lines: string[];
  email: string | null;
  phone: string | null;
}

/**
 * Contacts: a block per person (name first), or one line "Name, title, organisation, e-mail". E-mail
 * and phone are recognised by shape wherever they stand; an organisation by the reference data or its
 * form; the other lines are the title. After an e-mail or phone, a plain line starts the next person.
 */
function readContacts(lines: readonly string[], ctx: ParseContext): ParsedContact[] {
  const drafts: ContactDraft[] = [];
  for (const block of toBlocks(lines)) {
    const blockLines = block.map(stripBullet).filter(Boolean);
    const parts = blockLines.length === 1 ? blockLines[0].split(/\s*[,;|]\s*/) : blockLines;
    let current: ContactDraft | null = null;
    for (const part of parts) {
      const email = takeFirst(EMAIL, part);
      const phone = email.value ? takeFirst(PHONE, email.rest) : takeFirst(PHONE, part);
      const rest = phone.rest
        .replace(/\s+/g, ' ')
        .trim()
        .replace(CONTACT_LABEL, '')
        .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '')
        .trim();
      const contactInfo = email.value !== null || phone.value !== null;
      if (rest && (!current || (!contactInfo && (current.email || current.phone)))) {
        current = looksLikeName(rest) ? { name: rest, lines: [], email: null, phone: null } : null;
        if (current) drafts.push(current);
      } else if (rest && current) current.lines.push(rest);
      if (current) {
        current.email ??= email.value;
        current.phone ??= phone.value ? phone.value.replace(/\s+/g, ' ').trim() : null;
      }
    }
  }
  return drafts.map((d) => {
    const organisationLine = d.lines.find((l) => looksLikeOrganisation(l, ctx)) ?? null;
    const others = d.lines.filter((l) => l !== organisationLine);
    return {
      name: d.name,
      title: (organisationLine ? others.join(', ') : others[0]) || null,
      organization: organisationLine ?? (others.slice(1).join(', ') || null),
      email: d.email,
      phone: d.phone,
    };
  });
}

/** "Informationsansvarig" → the name on its first line ("• Björn Kullander" → "Björn Kullander"). */
function readResponsibleEditor(lines: readonly string[]): string | null {
  const first = lines.map(stripBullet).find(Boolean);
  return first ? first.split(/\s*,\s*/)[0] : null;
}
