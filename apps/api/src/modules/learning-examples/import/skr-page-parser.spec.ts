import { readFileSync } from 'fs';
import { join } from 'path';
import { OrganizationKind } from '@modellkommuner/shared';
import {
  ParsedExample,
  ParseOutcome,
  createParseContext,
  matchOrganisation,
  normaliseKey,
  parseExamplePage,
  parsePages,
  parsePeriod,
  parsePublicationDate,
  splitPages,
} from './skr-page-parser';

const fixture = (name: string) => readFileSync(join(__dirname, '__fixtures__', name), 'utf8');
const FULL = fixture('exempel-fullstandigt.txt');
const COLON = fixture('exempel-publicerad-kolon.txt');
const LIST = fixture('listsida.txt');

const ctx = createParseContext();

function examplesOf(outcome: ParseOutcome): { examples: ParsedExample[]; warnings: string[] } {
  if (!outcome.ok) throw new Error(`expected the page to parse, got: ${outcome.error}`);
  return outcome;
}

function onlyExample(page: string): { example: ParsedExample; warnings: string[] } {
  const { examples, warnings } = examplesOf(parseExamplePage(page, ctx));
  expect(examples).toHaveLength(1);
  return { example: examples[0], warnings };
}

function errorOf(outcome: ParseOutcome): string {
  if (outcome.ok) throw new Error('expected the page to be rejected');
  return outcome.error;
}

describe('parseExamplePage: a full example page', () => {
  const { example, warnings } = onlyExample(FULL);
  const title = 'Unga formar framtidens fritidsgårdar i Östersund';

  it('reads the title, the lead paragraph and the publication date (midnight in Stockholm, winter time)', () => {
    expect(example.title).toBe(title);
    expect(example.summary).toBe(
      'Östersunds kommun bjöd in ungdomar mellan 13 och 19 år att tillsammans med personal och politiker ta fram nya riktlinjer ' +
        'för kommunens fritidsgårdar. Arbetet gav både flickor och pojkar en tydligare röst i hur fritidsutbudet fördelas.',
    );
    expect(example.publishedAt.toISOString()).toBe('2021-03-02T23:00:00.000Z');
  });

  it('reads the sections as paragraphs joined by a blank line, hard-wrapped lines joined', () => {
    expect(example.background).toBe(
      'En kartläggning visade att fritidsgårdarna i huvudsak besöktes av pojkar, medan flickor och icke-binära unga sällan kom ' +
        'tillbaka efter första besöket.\n\n' +
        'Syftet var att ta reda på vad som hindrade unga från att använda verksamheten och att låta dem själva föreslå förändringar.',
    );
    expect(example.implementation).toBe(
      'Under hösten hölls sex workshoppar på skolor och bibliotek. Deltagarna prioriterade med röstkort märkta ' +
        '<em>viktigast</em> och <em>minst viktigt</em>.\n\n' +
        'Två ungdomsambassadörer sammanställde resultaten och presenterade dem för kultur- och fritidsnämnden.',
    );
    expect(example.results).toBe(
      'Andelen flickor bland besökarna har ökat från en fjärdedel till nästan hälften.\n\n' +
        '– Nu känns det som att gården är till för oss också, säger en av deltagarna.',
    );
  });

  it('keeps both "Framgångsfaktorer …" parts in one section, each under its own heading', () => {
    expect(example.successFactors).toBe(
      [
        'Framgångsfaktorer för dialogen',
        'Mötesplatser där unga redan fanns',
        'Att träffas på skolor och bibliotek sänkte tröskeln för dem som aldrig besökt en fritidsgård.',
        'Framgångsfaktorer för uppföljningen',
        'Nämnden återkopplade skriftligt till varje workshopgrupp inom en månad.',
      ].join('\n\n'),
    );
  });

  it('reads the conclusions whatever the bullet (•, -, *, –), a wrapped bullet joined', () => {
    expect(example.keyConclusions).toEqual([
      'Fråga dem som inte kommer, inte bara dem som redan är där.',
      'Ge unga ett verkligt mandat och återkoppla vad som hände med förslagen.',
      'Låt unga presentera resultaten själva för de förtroendevalda.',
      'Följ upp könsfördelningen varje termin.',
    ]);
  });

  it('reads the links: URL on the next line, URL on the same line, no URL', () => {
    expect(example.furtherReading).toEqual([
      { title: 'Riktlinjer för fritidsgårdar i Östersund', url: 'https://www.example.se/fritid/riktlinjer' },
      { title: 'Rapport: Ungas röster om fritiden', url: 'https://www.example.se/rapport.pdf' },
      { title: 'Kultur- och fritidsnämndens protokoll', url: null },
    ]);
  });

  it('reads two contacts, e-mail and phone by shape (also on the organisation line)', () => {
    expect(example.contacts).toEqual([
      {
        name: 'Alva Lindqvist',
        title: 'Fritidsstrateg',
        organization: 'Östersunds kommun',
        email: 'alva.lindqvist@example.se',
        phone: '063-14 30 00',
      },
      { name: 'Omar Haddad', title: 'Ungdomsambassadör', organization: 'Östersunds kommun', email: 'omar.haddad@example.se', phone: null },
    ]);
    expect(example.responsibleEditor).toBe('Karin Berglund');
  });

  it('takes the organisation from the contacts and derives the origin', () => {
    expect(example.organizationCodes).toEqual(['2380']);
    expect(example.organizationNames).toEqual(['Östersunds kommun']);
    expect(example.originKind).toBe('MUNICIPALITY');
  });

  it('reads Om exemplet: known terms only, the unknown one reported; Tidsperiod "pågående"', () => {
    expect(example.subjects).toEqual(['Jämställdhet']);
    expect(example.activityAreas).toEqual(['Kultur och fritid', 'Demokrati']);
    expect(example.periodStart).toBe(2018);
    expect(example.periodEnd).toBeNull();
    expect(warnings).toEqual([`Okänt ämne "Ungdomsinflytande" i "${title}" utelämnades.`]);
  });

  it('leaves the SKR page furniture (Kontakta oss, Lärande exempel …) out of every field', () => {
    const all = JSON.stringify(example);
    expect(all).not.toContain('formuläret');
    expect(all).not.toContain('samlingen');
    expect(all).not.toContain('gemensam sida');
  });

  it('builds the normalised key from the title and the first organisation code', () => {
    expect(example.normalizedKey).toBe('unga formar framtidens fritidsgardar i ostersund|2380');
  });
});

describe('parseExamplePage: the "Publicerad:" variant', () => {
  const { example, warnings } = onlyExample(COLON);

  it('reads the date with a colon (midnight in Stockholm, summer time)', () => {
    expect(example.title).toBe('Könsuppdelad statistik styr vårdens resurser');
    expect(example.publishedAt.toISOString()).toBe('2018-10-06T22:00:00.000Z');
  });

  it('reads headings with a colon, numbered conclusions and a contact on one line', () => {
    expect(example.background).toBe('Uppföljningen hade länge bara visat genomsnitt för hela befolkningen.');
    expect(example.implementation).toBe('Analysenheten tog fram en mall som varje klinik fyller i två gånger om året.');
    expect(example.successFactors).toBeNull();
    expect(example.furtherReading).toEqual([]);
    expect(example.keyConclusions).toEqual(['Börja med de data som redan finns.', 'Gör skillnaderna synliga för ledningen.']);
    expect(example.contacts).toEqual([
      { name: 'Nils Ek', title: 'analytiker', organization: 'Region Skåne', email: 'nils.ek@example.se', phone: '040-675 00 00' },
    ]);
    expect(example.responsibleEditor).toBeNull();
  });

  it('reads inline facets: terms matched case- and whitespace-insensitively, period with an en dash', () => {
    expect(example.subjects).toEqual(['Jämställdhet', 'Ledning och styrning']);
    expect(example.activityAreas).toEqual(['Hälso- och sjukvård']);
    expect(example.periodStart).toBe(2015);
    expect(example.periodEnd).toBe(2017);
    expect(example.organizationCodes).toEqual(['12']);
    expect(example.originKind).toBe('REGION');
    expect(warnings).toEqual([]);
  });
});

describe('parseExamplePage: a list page', () => {
  const { examples, warnings } = examplesOf(parseExamplePage(LIST, ctx));

  it('yields one example per entry, all with the page’s publication date', () => {
    expect(examples.map((e) => e.title)).toEqual([
      'Läxhjälp på biblioteket',
      'Trygghetsvandringar med seniorer',
      'Jämställd rehabilitering',
    ]);
    expect(examples.map((e) => e.publishedAt.toISOString())).toEqual(Array(3).fill('2019-11-11T23:00:00.000Z'));
    expect(warnings).toEqual([]);
  });

  it('reads the organisation from each entry line and derives the origin', () => {
    expect(examples.map((e) => e.organizationNames)).toEqual([['Borås Stad'], ['Gotlands kommun'], ['Region Västerbotten']]);
    expect(examples.map((e) => e.organizationCodes)).toEqual([['1490'], ['0980'], ['24']]);
    expect(examples.map((e) => e.originKind)).toEqual(['MUNICIPALITY', 'MUNICIPALITY', 'REGION']);
  });

  it('takes each entry’s paragraphs as its summary and stops at the page furniture', () => {
    expect(examples[0].summary).toBe(
      'Biblioteken erbjuder läxhjälp fyra kvällar i veckan med volontärer från gymnasiet.\n\n' +
        'Satsningen riktar sig särskilt till elever i områden där få vuxna har eftergymnasial utbildning.',
    );
    expect(examples[1].summary).toBe(
      'Äldre invånare går varje vår runt i sina bostadsområden tillsammans med tjänstepersoner och pekar ut platser som känns otrygga.',
    );
    expect(examples[2].summary).toBe(
      'Regionen har granskat vilka rehabiliteringsinsatser kvinnor och män erbjuds efter en stroke och justerat riktlinjerna.',
    );
    expect(JSON.stringify(examples)).not.toMatch(/Välkommen|Skriv ut|Trygghet och delaktighet/);
  });

  it('shares the responsible editor; the rest is empty', () => {
    for (const e of examples) {
      expect(e.responsibleEditor).toBe('Karin Berglund');
      expect([e.subjects, e.activityAreas, e.keyConclusions, e.furtherReading, e.contacts]).toEqual([[], [], [], [], []]);
      expect([e.background, e.implementation, e.successFactors, e.results, e.periodStart, e.periodEnd]).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    }
  });

  it('gives a list entry and the same example as its own page the same key', () => {
    const single = onlyExample(
      'Publicerad 2 februari 2020\n\nJämställd rehabilitering, Region Västerbotten\n\nEn längre beskrivning av samma arbete.\n',
    ).example;
    expect(single.title).toBe('Jämställd rehabilitering');
    expect(single.normalizedKey).toBe(examples[2].normalizedKey);
    expect(single.normalizedKey).toBe('jamstalld rehabilitering|24');
  });

  it('reports an unknown organisation but keeps the entry, keyed by the name', () => {
    const page = [
      'Publicerad 1 juni 2022',
      '',
      'Sommarjobb för unga, Hogwarts kommun',
      '',
      'Alla elever i årskurs nio erbjuds tre veckors sommarjobb.',
      '',
      'Samverkan kring våld i nära relationer, Region Halland och Halmstads kommun',
      '',
      'Regionen och kommunen delar en gemensam rutin för att upptäcka våld.',
    ].join('\n');
    const { examples: found, warnings: reported } = examplesOf(parseExamplePage(page, ctx));
    expect(found).toHaveLength(2);
    expect(found[0].organizationNames).toEqual(['Hogwarts kommun']);
    expect(found[0].organizationCodes).toEqual([]);
    expect(found[0].originKind).toBe('OTHER');
    expect(found[0].normalizedKey).toBe('sommarjobb for unga|hogwarts kommun');
    expect(reported).toEqual([
      'Okänd organisation "Hogwarts kommun" i "Sommarjobb för unga" kunde inte kopplas till någon kommun eller region.',
    ]);
    expect(found[1].organizationCodes).toEqual(['13', '1380']);
    expect(found[1].originKind).toBe('OTHER');
  });

  it('leaves out an entry without text, with a warning', () => {
    const page =
      'Publicerad 1 juni 2022\n\nTom post, Huddinge kommun\n\nFull post, Malmö stad\n\nText.\n\nAndra posten, Lunds kommun\n\nMer text.';
    const { examples: found, warnings: reported } = examplesOf(parseExamplePage(page, ctx));
    expect(found.map((e) => e.title)).toEqual(['Full post', 'Andra posten']);
    expect(reported).toEqual(['Posten "Tom post" på listsidan "Tom post, Huddinge kommun" saknar text och utelämnades.']);
  });
});

describe('splitPages', () => {
  it('splits at a line of three or more "-"', () => {
    const pages = splitPages(`${FULL}\n-----\n${COLON}`);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/^Publicerad 3 mars 2021\nUnga|^Publicerad 3 mars 2021\n\nUnga/);
    expect(pages[1].startsWith('Publicerad: 7 oktober 2018')).toBe(true);
    expect(pages.join('\n')).not.toContain('---');
  });

  it('splits at each "Publicerad" line when there is no separator', () => {
    const pages = splitPages(`${FULL}\n${COLON}\n${LIST}`);
    expect(pages.map((p) => p.split('\n')[0])).toEqual([
      'Publicerad 3 mars 2021',
      'Publicerad: 7 oktober 2018',
      'Publicerad 12 november 2019',
    ]);
  });

  it('drops empty parts, keeps text before the first "Publicerad" with its page, ignores a sentence starting with "Publicerade"', () => {
    const text =
      '\n---\n\n----------\nUtskrift från webben\nPublicerad 1 maj 2020\nRubrik\n\nPublicerade rapporter finns 2020 hos oss.\n---\n   \n';
    expect(splitPages(text)).toEqual(['Utskrift från webben\nPublicerad 1 maj 2020\nRubrik\n\nPublicerade rapporter finns 2020 hos oss.']);
    expect(splitPages('')).toEqual([]);
  });

  it('parses both ways of joining two pages into the same examples', () => {
    const separated = parsePages(`${FULL}\r\n---\r\n${COLON}`, ctx);
    const adjacent = parsePages(`${FULL}\n${COLON}`, ctx);
    expect(separated.examples.map((e) => e.title)).toEqual([
      'Unga formar framtidens fritidsgårdar i Östersund',
      'Könsuppdelad statistik styr vårdens resurser',
    ]);
    expect(adjacent.examples).toEqual(separated.examples);
    expect(adjacent.errors).toEqual(separated.errors);
    expect(separated.errors).toEqual(['Okänt ämne "Ungdomsinflytande" i "Unga formar framtidens fritidsgårdar i Östersund" utelämnades.']);
    // A warning is not an unreadable page.
    expect(separated.unreadable).toBe(0);
  });
});

describe('broken pages', () => {
  it('rejects a page without a title', () => {
    const error = errorOf(parseExamplePage('Publicerad 3 mars 2021\n\nBakgrund\n\nNågot hände.', ctx));
    expect(error).toBe('Sidan som börjar med "Publicerad 3 mars 2021" kunde inte läsas: rubrik saknas.');
  });

  it('rejects a page without a publication date, naming it by its first line', () => {
    const error = errorOf(parseExamplePage('Cykelbanor för alla\n\nKommunen har byggt cykelbanor.', ctx));
    expect(error).toBe('Sidan "Cykelbanor för alla" kunde inte läsas: publiceringsdatum saknas (ingen rad "Publicerad …").');
  });

  it('rejects an unreadable date', () => {
    for (const line of ['Publicerad 31 februari 2020', 'Publicerad 3 smörgåsbord 2020', 'Publicerad: i våras']) {
      expect(errorOf(parseExamplePage(`${line}\n\nRubrik\n\nText.`, ctx))).toBe(
        `Sidan "Rubrik" kunde inte läsas: publiceringsdatumet i "${line}" kunde inte tolkas.`,
      );
    }
  });

  it('rejects a page with a title but no lead paragraph', () => {
    expect(errorOf(parseExamplePage('Publicerad 3 mars 2021\n\nRubrik\n\nGenomförande\n\nText.', ctx))).toBe(
      'Sidan "Rubrik" kunde inte läsas: ingress saknas.',
    );
  });

  it('rejects an empty page', () => {
    expect(errorOf(parseExamplePage(' \n\t\n', ctx))).toBe('En tom sida kunde inte läsas.');
  });

  it('shortens a long first line in the message', () => {
    const error = errorOf(parseExamplePage(`${'Mycket '.repeat(20)}lång rubrik\n\nText.`, ctx));
    expect(error).toMatch(/^Sidan "Mycket (?:Mycket )+Mycket…" kunde inte läsas/);
  });

  it('reports a broken page and still parses the others', () => {
    const { examples, errors } = parsePages(`${COLON}\n---\nBara en rubrik\n---\n${LIST}`, ctx);
    expect(examples).toHaveLength(4);
    expect(errors).toEqual(['Sidan "Bara en rubrik" kunde inte läsas: publiceringsdatum saknas (ingen rad "Publicerad …").']);
    expect(parsePages(`${COLON}\n---\nBara en rubrik\n---\n${LIST}`, ctx).unreadable).toBe(1);
  });
});

describe('organisations of an example page', () => {
  it('splits "Title, Organisation" off the title', () => {
    const { example, warnings } = onlyExample(
      'Publicerad 1 maj 2020\n\nJämställd budget, Göteborgs Stad\n\nStaden budgeterar med könsperspektiv.',
    );
    expect(example.title).toBe('Jämställd budget');
    expect(example.organizationNames).toEqual(['Göteborgs Stad']);
    expect(example.organizationCodes).toEqual(['1480']);
    expect(warnings).toEqual([]);
  });

  it('does not split a title whose last part is not an organisation', () => {
    const { example } = onlyExample('Publicerad 1 maj 2020\n\nTrygg, säker och jämställd stad\n\nHuddinge kommun arbetar med trygghet.');
    expect(example.title).toBe('Trygg, säker och jämställd stad');
    expect(example.organizationCodes).toEqual(['0126']); // from the lead paragraph
  });

  it('reads a named organisation from "Exempel från"', () => {
    const { example } = onlyExample('Publicerad 1 maj 2020\n\nRubrik\n\nText.\n\nOm exemplet\n\nExempel från\nRegion Gotland');
    expect(example.organizationCodes).toEqual(['09']);
    expect(example.originKind).toBe('REGION');
  });

  it('falls back to "Exempel från" for the origin and warns when no organisation is named', () => {
    const region = onlyExample('Publicerad 1 maj 2020\n\nRubrik\n\nText utan namn.\n\nOm exemplet\n\nExempel från\nRegion');
    expect(region.example.originKind).toBe('REGION');
    expect(region.example.organizationCodes).toEqual([]);
    expect(region.example.normalizedKey).toBe('rubrik|');
    expect(region.warnings).toEqual(['Ingen organisation kunde läsas ut för "Rubrik".']);
    expect(onlyExample('Publicerad 1 maj 2020\n\nRubrik\n\nText.\n\nExempel från: Annat').example.originKind).toBe('OTHER');
    expect(onlyExample('Publicerad 1 maj 2020\n\nRubrik\n\nText.').example.originKind).toBe('OTHER');
  });

  it('lets matched organisations decide over "Exempel från"', () => {
    const { example } = onlyExample('Publicerad 1 maj 2020\n\nRubrik, Malmö stad\n\nText.\n\nExempel från: Region');
    expect(example.originKind).toBe('MUNICIPALITY');
  });
});

describe('contacts, facets and links in other shapes', () => {
  it('recognises labelled e-mail and phone, international numbers, and skips lines that are not names', () => {
    const page = [
      'Publicerad 1 maj 2020',
      'Rubrik',
      'Text.',
      'Kontaktperson(er):',
      'Välkommen att höra av dig!',
      '',
      'Eva Holm',
      'Projektledare',
      'Kommunstyrelsens förvaltning',
      'E-post: eva.holm@example.se',
      'Telefon: +46 8 123 456 78',
      'Per Ström',
      'Region Stockholm',
      'Tel. 070-123 45 67',
    ].join('\n');
    const { example } = onlyExample(page);
    expect(example.contacts).toEqual([
      {
        name: 'Eva Holm',
        title: 'Projektledare',
        organization: 'Kommunstyrelsens förvaltning',
        email: 'eva.holm@example.se',
        phone: '+46 8 123 456 78',
      },
      { name: 'Per Ström', title: null, organization: 'Region Stockholm', email: null, phone: '070-123 45 67' },
    ]);
    expect(example.organizationCodes).toEqual(['01']);
  });

  it('reads facets with blank lines between key and values, one value per line, and reports every unknown term', () => {
    const page = [
      'Publicerad 1 maj 2020',
      '',
      'Rubrik, Lunds kommun',
      '',
      'Text.',
      '',
      'Om exemplet',
      '',
      'Ämnen',
      '',
      '  JÄMSTÄLLDHET ',
      'mänskliga   rättigheter',
      'Folkhälsa, Folkhälsa',
      '',
      'Verksamhetsområden',
      'Fritid, Skola och  förskola',
      'Tidsperiod',
      'sedan länge',
    ].join('\n');
    const { example, warnings } = onlyExample(page);
    expect(example.subjects).toEqual(['Jämställdhet', 'Mänskliga rättigheter', 'Folkhälsa']);
    expect(example.activityAreas).toEqual(['Skola och förskola']);
    expect([example.periodStart, example.periodEnd]).toEqual([null, null]);
    expect(warnings).toEqual([
      'Okänt verksamhetsområde "Fritid" i "Rubrik" utelämnades.',
      'Tidsperiod "sedan länge" i "Rubrik" kunde inte tolkas och utelämnades.',
    ]);
  });

  it('uses the vocabularies it is given', () => {
    const custom = createParseContext({ subjects: ['Barnrätt'], activityAreas: [] });
    const outcome = examplesOf(parseExamplePage('Publicerad 1 maj 2020\n\nRubrik\n\nText.\n\nÄmne: barnrätt, Jämställdhet', custom));
    expect(outcome.examples[0].subjects).toEqual(['Barnrätt']);
    expect(outcome.warnings).toContain('Okänt ämne "Jämställdhet" i "Rubrik" utelämnades.');
  });

  it('reads links: a URL alone, a www address, trailing punctuation, bullets', () => {
    const page =
      'Publicerad 1 maj 2020\n\nRubrik\n\nText.\n\nLäs mer\n\n• https://example.se/a\n- Handbok (www.example.se/handbok).\nGuide – https://example.se/guide,';
    expect(onlyExample(page).example.furtherReading).toEqual([
      { title: 'https://example.se/a', url: 'https://example.se/a' },
      { title: 'Handbok', url: 'https://www.example.se/handbok' },
      { title: 'Guide', url: 'https://example.se/guide' },
    ]);
  });

  it('takes conclusions without bullets line by line, or paragraph by paragraph', () => {
    const lines = onlyExample('Publicerad 1 maj 2020\n\nRubrik\n\nText.\n\nDe viktigaste slutsatserna\n\nEtt\nTvå');
    expect(lines.example.keyConclusions).toEqual(['Ett', 'Två']);
    const blocks = onlyExample('Publicerad 1 maj 2020\n\nRubrik\n\nText.\n\nDe viktigaste slutsatserna\n\nEtt och\nett halvt\n\nTvå');
    expect(blocks.example.keyConclusions).toEqual(['Ett och ett halvt', 'Två']);
  });

  it('accepts the title above the "Publicerad" line', () => {
    const { example } = onlyExample('Rubrik ovanför\nPublicerad 14 maj 2020\n\nIngressen.');
    expect(example.title).toBe('Rubrik ovanför');
    expect(example.summary).toBe('Ingressen.');
    expect(example.publishedAt.toISOString()).toBe('2020-05-13T22:00:00.000Z');
  });
});

describe('text hygiene and markup', () => {
  it('gives the same result for CRLF, tabs, non-breaking spaces and other case in the title', () => {
    const messy = FULL.replace(/\n/g, '\r\n')
      .replace('Unga formar framtidens fritidsgårdar i Östersund', '\tUNGA  formar\u00a0framtidens fritidsgårdar i ÖSTERSUND ')
      .replace('Syftet var', '\u00a0Syftet\tvar');
    const original = onlyExample(FULL).example;
    const { example } = onlyExample(messy);
    expect(example.normalizedKey).toBe(original.normalizedKey);
    expect(example.title).toBe('UNGA formar framtidens fritidsgårdar i ÖSTERSUND');
    expect(example.background).toBe(original.background);
    expect(JSON.stringify(example)).not.toMatch(/\\r|\\t|\u00a0/);
  });

  it('normalises decomposed characters (NFD) so keys and vocabulary still match', () => {
    const { example } = onlyExample(
      'Publicerad 1 maj 2020\n\nJämställd budget, Malmö stad\n\nText.\n\nÄmne: Jämställdhet'.normalize('NFD'),
    );
    expect(example.title).toBe('Jämställd budget');
    expect(example.subjects).toEqual(['Jämställdhet']);
    expect(example.organizationCodes).toEqual(['1280']);
  });

  it('keeps markup as literal text and does not take a tag for a heading', () => {
    const page = [
      'Publicerad 1 maj 2020',
      '',
      'Rubrik med <b>fetstil</b> & "citat"',
      '',
      'Ingress med <script>alert("x")</script> och &amp; kvar.',
      '',
      '<h2>Genomförande</h2>',
      '',
      'Fördjupning',
      '',
      '<a href="https://example.se/x">Länk</a>',
    ].join('\n');
    const { example } = onlyExample(page);
    expect(example.title).toBe('Rubrik med <b>fetstil</b> & "citat"');
    expect(example.summary).toBe('Ingress med <script>alert("x")</script> och &amp; kvar.\n\n<h2>Genomförande</h2>');
    expect(example.implementation).toBeNull();
    expect(example.furtherReading).toEqual([{ title: '<a href="https://example.se/x">Länk</a>', url: 'https://example.se/x' }]);
    expect(example.normalizedKey).toBe('rubrik med b fetstil b citat|');
  });
});

describe('normalizedKey', () => {
  it('is lower case, å/ä → a, ö → o, punctuation and whitespace collapsed', () => {
    expect(normaliseKey('  Åre – Östersund:  Ärligt  talat!  ')).toBe('are ostersund arligt talat');
    expect(normaliseKey('Café—Noël')).toBe('cafe noel');
  });

  it('is the same for the same page written with different whitespace and case', () => {
    const a = onlyExample('Publicerad 1 maj 2020\n\nJämställd budget, Malmö stad\n\nText.').example;
    const b = onlyExample('Publicerad:  1 maj 2020\r\n\r\n  JÄMSTÄLLD   budget ,  malmö  STAD \r\n\r\nAnnan text.').example;
    expect(b.normalizedKey).toBe(a.normalizedKey);
    expect(a.normalizedKey).toBe('jamstalld budget|1280');
  });

  it('differs by organisation', () => {
    const a = onlyExample('Publicerad 1 maj 2020\n\nJämställd budget, Malmö stad\n\nText.').example;
    const b = onlyExample('Publicerad 1 maj 2020\n\nJämställd budget, Lunds kommun\n\nText.').example;
    expect(a.normalizedKey).not.toBe(b.normalizedKey);
  });
});

describe('matchOrganisation', () => {
  const M = OrganizationKind.MUNICIPALITY;
  const R = OrganizationKind.REGION;

  it.each([
    ['Huddinge kommun', '0126', M],
    ['Huddinge', '0126', M],
    ['  huddinge   KOMMUN ', '0126', M],
    ['Malmö stad', '1280', M],
    ['Malmo stad', '1280', M],
    ['Göteborgs Stad', '1480', M],
    ['Göteborgs stad', '1480', M],
    ['Stockholms stad', '0180', M],
    ['Borås Stad', '1490', M],
    ['Kramfors kommun', '2282', M],
    ['Gotlands kommun', '0980', M],
    ['Region Gotland', '09', R],
    ['Region Skåne', '12', R],
    ['region  skåne', '12', R],
    ['Västra Götalandsregionen', '14', R],
    ['Region Västra Götaland', '14', R],
    ['Region Jönköpings län', '06', R],
    ['Region Jönköping', '06', R],
    ['Region Jämtland Härjedalen', '23', R],
    ['Landstinget i Värmland', '17', R],
  ])('%s → %s', (name, code, kind) => {
    expect(matchOrganisation(name)).toEqual({ code, kind });
  });

  it.each(['Hogwarts kommun', 'Region Atlantis', 'Skåne', 'Stockholms län', 'Sveriges Kommuner och Regioner', '', '   '])(
    'returns null for %j',
    (name) => {
      expect(matchOrganisation(name)).toBeNull();
    },
  );
});

describe('parsePublicationDate', () => {
  it.each([
    ['Publicerad 14 maj 2020', '2020-05-13T22:00:00.000Z'],
    ['Publicerad: 23 april 2019', '2019-04-22T22:00:00.000Z'],
    ['Publicerad 5 januari 2021', '2021-01-04T23:00:00.000Z'],
    ['Publicerad den 3 okt. 2018', '2018-10-02T22:00:00.000Z'],
    ['PUBLICERAD 1 DECEMBER 2022', '2022-11-30T23:00:00.000Z'],
    ['Publicerad 2020-05-14', '2020-05-13T22:00:00.000Z'],
    ['Publicerad 28 mars 2021', '2021-03-27T23:00:00.000Z'], // summer time starts at 02:00 that day
    ['Publicerad 31 oktober 2021', '2021-10-30T22:00:00.000Z'], // summer time ends at 03:00 that day
  ])('%s → %s', (line, iso) => {
    expect(parsePublicationDate(line)?.toISOString()).toBe(iso);
  });

  it.each(['Publicerad 31 februari 2020', 'Publicerad 3 smörgåsbord 2020', 'Publicerad', 'Publicerad 2020-13-01'])('rejects %j', (line) => {
    expect(parsePublicationDate(line)).toBeNull();
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2018 - pågående', 2018, null],
    ['2018–pågår', 2018, null],
    ['2018 –', 2018, null],
    ['Från 2018', 2018, null],
    ['2016–2019', 2016, 2019],
    ['2016-2019', 2016, 2019],
    ['2016 — 2019', 2016, 2019],
    ['2016 till 2019', 2016, 2019],
    ['2019', 2019, 2019],
  ])('%j → %s–%s', (text, start, end) => {
    expect(parsePeriod(text)).toEqual({ start, end });
  });

  it.each(['pågående', '2019–2016', 'sedan länge', '1850–1860', '20182019'])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
