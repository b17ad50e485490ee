import { DataSource } from 'typeorm';
import { ExampleStatus, stockholmTime, UserRole } from '@modellkommuner/shared';
import { Viewer } from '../infrastructure/graphql/request-context';
import { AuditService } from '../modules/audit/audit.service';
import { LearningExampleInput } from '../modules/learning-examples/dto/learning-example.input';
import { LearningExampleEntity } from '../modules/learning-examples/entities/learning-example.entity';
import { LearningExamplePolicy } from '../modules/learning-examples/learning-example.policy';
import { LearningExamplesService } from '../modules/learning-examples/learning-examples.service';
import { slugify } from '../modules/learning-examples/slug';
import { UserEntity } from '../modules/users/entities/user.entity';
import { VocabulariesService } from '../modules/vocabularies/vocabularies.service';
import { VocabularyPolicy } from '../modules/vocabularies/vocabulary.policy';
import { ReminderScheduler } from '../modules/reminders/reminder-scheduler';

export interface DemoExample {
  status: typeof ExampleStatus.PUBLISHED | typeof ExampleStatus.IN_REVIEW | typeof ExampleStatus.DRAFT;
  /** Midday in Stockholm on that date; PUBLISHED only. */
  publishedOn?: string;
  input: LearningExampleInput;
}

const link = (title: string, path: string) => ({ title, url: `https://www.example.se/${path}` });

/**
 * Invented learning examples (names of real kommuner and regioner, everything else made up; links and
 * addresses under example.se). Mostly published with distinct dates, one draft by Hedemora and one
 * example in review by Haninge for the editorial queue.
 */
export const DEMO_EXAMPLES: DemoExample[] = [
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2020-11-26',
    input: {
      title: 'Södertälje jämställdhetsintegrerar budgetprocessen',
      summary:
        'Södertälje kommun har byggt in jämställdhetsanalyser i hela budgetprocessen, från nämndernas underlag till kommunfullmäktiges beslut. Politikerna ser nu hur förslagen påverkar kvinnor och män innan pengarna fördelas.',
      organizationCodes: ['0181'],
      subjects: ['Politisk styrning', 'Ledning och styrning', 'Jämställdhet'],
      activityAreas: ['Demokrati'],
      periodStart: 2017,
      periodEnd: 2019,
      background:
        'Kommunen hade länge haft jämställdhetsmål, men de följdes upp i en separat rapport som sällan diskuterades när budgeten lades. Syftet var att göra jämställdhet till en del av den ordinarie styrningen och inte ett sidospår.',
      implementation:
        'Ekonomikontoret och kommunledningens strateger tog fram en mall med fyra frågor som varje nämnd besvarar för sina större förslag. Nämndernas controllers utbildades under en halvdag, och mallen provades först på två förvaltningar innan den infördes i hela kommunen.',
      successFactors:
        'Kommundirektören efterfrågade analyserna i varje budgetdialog. Mallen var kort och byggde på uppgifter som förvaltningarna redan hade.',
      results:
        'Under 2019 innehöll samtliga nämnders budgetunderlag en jämställdhetsanalys. Två förslag om ändrade öppettider justerades efter att analysen visat att de främst skulle drabba kvinnor med skiftarbete.',
      keyConclusions: [
        'Bygg in analysen i den process som redan finns.',
        'Håll frågorna få och konkreta.',
        'Ledningen måste fråga efter resultatet varje år.',
      ],
      furtherReading: [
        link('Mall för jämställdhetsanalys i budgeten', 'sodertalje/budgetmall'),
        link('Södertäljes budget 2019', 'sodertalje/budget-2019'),
      ],
      contacts: [
        { name: 'Nadia Karlsson', title: 'Ekonomistrateg', organization: 'Södertälje kommun', email: 'nadia.karlsson@example.se' },
      ],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2021-06-03',
    input: {
      title: 'Könsuppdelad statistik i Malmös ekonomiska bistånd',
      summary:
        'Malmö stad har börjat redovisa ekonomiskt bistånd och arbetsmarknadsinsatser uppdelat på kön. Det visade att kvinnor med försörjningsstöd erbjöds färre och kortare insatser än män.',
      organizationCodes: ['1280'],
      subjects: ['Jämställdhet', 'Ledning och styrning'],
      activityAreas: ['Socialtjänst', 'Arbetsmarknad'],
      periodStart: 2018,
      periodEnd: 2020,
      background:
        'Uppföljningen av försörjningsstödet redovisade antal hushåll, inte personer. Därför syntes det inte vem i hushållet som fick stöd att komma i arbete.',
      implementation:
        'Verksamhetssystemet kompletterades så att varje vuxen i hushållet registreras med egna insatser. Socialsekreterarna fick en genomgång av de nya fälten, och statistiken redovisades för nämnden varje kvartal.',
      successFactors: 'Ett nära samarbete mellan socialtjänsten och stadens analysenhet, och en nämnd som ville ha siffrorna.',
      results:
        'Efter två år var skillnaden i antal erbjudna insatser mellan kvinnor och män nästan utjämnad. Andelen kvinnor som gick vidare till arbete eller studier ökade.',
      keyConclusions: ['Räkna personer, inte hushåll.', 'Redovisa skillnaderna för de förtroendevalda regelbundet.'],
      furtherReading: [link('Rapport: Vem får stöd till arbete?', 'malmo/rapport-bistand')],
      contacts: [{ name: 'Lena Holm', title: 'Utvecklingsledare', organization: 'Malmö stad', email: 'lena.holm@example.se' }],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2021-09-14',
    input: {
      title: 'Chefer i Umeå lär sig jämställdhetsintegrering på jobbet',
      summary:
        'Umeå kommun har gett alla chefer inom skola och äldreomsorg ett kompetenslyft i jämställdhetsintegrering, kopplat till ett eget förbättringsarbete i den egna verksamheten.',
      organizationCodes: ['2480'],
      subjects: ['Kompetensutveckling', 'Ledning och styrning'],
      activityAreas: ['Skola och förskola', 'Äldreomsorg'],
      periodStart: 2020,
      periodEnd: 2021,
      background:
        'Tidigare utbildningar hade gett kunskap men sällan förändrat arbetssätten. Målet var att varje chef skulle genomföra minst en förändring under utbildningens gång.',
      implementation:
        'Utbildningen omfattade fyra träffar under ett år. Mellan träffarna analyserade cheferna en egen fråga, till exempel schemaläggning eller elevhälsans insatser, med stöd av kommunens jämställdhetsstrateger.',
      successFactors: 'Att utbildningen utgick från chefernas egna verksamheter och att strategerna fanns tillgängliga mellan träffarna.',
      results: 'Drygt 120 chefer deltog. Nästan alla genomförde en förändring, och flera av dem har spridits till andra enheter.',
      keyConclusions: ['Koppla utbildning till ett verkligt förbättringsarbete.', 'Ge stöd mellan träffarna, inte bara under dem.'],
      furtherReading: [link('Umeås utbildningsupplägg', 'umea/chefsutbildning')],
      contacts: [
        { name: 'Erik Sandström', title: 'Jämställdhetsstrateg', organization: 'Umeå kommun', email: 'erik.sandstrom@example.se' },
      ],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2022-03-15',
    input: {
      title: 'Jämställd biståndsbedömning i Hedemoras hemtjänst',
      summary:
        'Hedemora kommun granskade hur hemtjänst beviljades till äldre kvinnor och män med liknande behov. Granskningen ledde till nya riktlinjer och en gemensam bedömningsmall för biståndshandläggarna.',
      organizationCodes: ['2083'],
      subjects: ['Jämställdhet'],
      activityAreas: ['Äldreomsorg', 'Socialtjänst'],
      periodStart: 2019,
      periodEnd: 2021,
      background:
        'En genomgång av beslut visade att ensamboende män oftare beviljades hjälp med städning och matlagning, medan kvinnor med samma behov oftare förväntades klara sig själva eller få hjälp av anhöriga.',
      implementation:
        'Biståndshandläggarna gick igenom ett urval anonymiserade ärenden tillsammans och diskuterade varför besluten skilde sig åt. Utifrån det skrevs riktlinjerna om och en bedömningsmall togs fram.',
      successFactors: 'Att handläggarna själva fick granska sina beslut, och att arbetet förankrades hos socialnämnden från början.',
      results:
        'Skillnaderna i beviljad tid mellan kvinnor och män med liknande behov har minskat tydligt. Mallen används nu i alla nya ärenden.',
      keyConclusions: [
        'Granska faktiska beslut, inte bara riktlinjer.',
        'Låt handläggarna äga analysen.',
        'Följ upp beviljad tid per kön varje år.',
      ],
      furtherReading: [
        link('Riktlinjer för hemtjänst i Hedemora', 'hedemora/riktlinjer-hemtjanst'),
        link('Bedömningsmall', 'hedemora/bedomningsmall'),
      ],
      contacts: [
        { name: 'Maria Sjöberg', title: 'Jämställdhetsstrateg', organization: 'Hedemora kommun', email: 'maria.sjoberg@example.se' },
      ],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2022-12-07',
    input: {
      title: 'Barn och unga i Region Gotlands folkhälsoråd',
      summary:
        'Region Gotland har gett barn och unga egna platser i folkhälsorådet. De ungas förslag om mötesplatser och psykisk hälsa har blivit en del av regionens folkhälsoplan.',
      organizationCodes: ['09'],
      subjects: ['Folkhälsa', 'Mänskliga rättigheter'],
      activityAreas: ['Regional utveckling', 'Hälso- och sjukvård'],
      periodStart: 2019,
      periodEnd: 2022,
      background:
        'Barnkonventionen blev lag 2020, och regionen ville att barn och unga skulle vara med och påverka folkhälsoarbetet på riktigt, inte bara tillfrågas i enkäter.',
      implementation:
        'Fyra platser i rådet reserverades för unga mellan 13 och 19 år, valda via elevråd och fritidsgårdar. Mötena flyttades till eftermiddagar och fick ett enklare upplägg med förberedande träffar.',
      successFactors: 'Tydliga mandat för de unga och en tjänsteperson som stöttade dem mellan mötena.',
      results: 'Tre av de ungas förslag ingår i folkhälsoplanen, bland annat fler kvällsöppna mötesplatser på landsbygden.',
      keyConclusions: ['Ge unga ett verkligt mandat.', 'Anpassa mötesformerna efter deltagarna.'],
      furtherReading: [link('Folkhälsoplan för Gotland', 'gotland/folkhalsoplan')],
      contacts: [{ name: 'Anders Gardell', title: 'Regiondirektör', organization: 'Region Gotland', email: 'anders.gardell@example.se' }],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2023-02-20',
    input: {
      title: 'Jämställd regional tillväxt i Värmland',
      summary:
        'Region Värmland granskar hur de regionala utvecklingsmedlen fördelas mellan företag som drivs av kvinnor och av män, och har ändrat utlysningarna så att fler kvinnor söker.',
      organizationCodes: ['17'],
      subjects: ['Jämställdhet', 'Social hållbarhet'],
      activityAreas: ['Regional utveckling', 'Arbetsmarknad'],
      periodStart: 2018,
      periodEnd: null,
      background:
        'En kartläggning visade att en liten andel av företagsstöden gick till företag som drivs av kvinnor, trots att de utgjorde en betydligt större del av företagarna i länet.',
      implementation:
        'Regionen ändrade urvalskriterierna, breddade vilka branscher som kunde söka och ordnade informationsträffar tillsammans med företagarföreningar.',
      successFactors: 'Samverkan med företagarnas egna organisationer och en tydlig uppföljning per kön i varje utlysning.',
      results: 'Andelen ansökningar från företag som drivs av kvinnor har ökat för varje utlysning sedan förändringen.',
      keyConclusions: ['Se över vilka branscher stöden riktar sig till.', 'Redovisa beviljade medel per kön.'],
      furtherReading: [link('Uppföljning av företagsstöden', 'varmland/foretagsstod')],
      contacts: [{ name: 'Karin Dahl', title: 'Utvecklingsstrateg', organization: 'Region Värmland', email: 'karin.dahl@example.se' }],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2023-05-10',
    input: {
      title: 'Haninge gör medborgardialogen jämställd',
      summary:
        'Haninge kommun har ändrat hur medborgardialoger om stadsplanering genomförs, så att fler kvinnor, unga och personer som sällan deltar kommer till tals.',
      organizationCodes: ['0136'],
      subjects: ['Jämställdhet', 'Politisk styrning'],
      activityAreas: ['Demokrati', 'Samhällsbyggnad'],
      periodStart: 2020,
      periodEnd: null,
      background:
        'Vid tidigare dialoger om nya bostadsområden var deltagarna till största delen äldre män. Kommunen ville att underlaget till planerna skulle spegla alla som bor i området.',
      implementation:
        'Dialogerna flyttades från kvällsmöten i stadshuset till korta samtal vid förskolor, matbutiker och idrottsplatser. Deltagarna registreras anonymt efter kön och ålder så att representativiteten kan följas upp.',
      successFactors: 'Att kommunen gick dit invånarna redan var, och att resultaten återkopplades på samma platser.',
      results:
        'Andelen kvinnor bland deltagarna har ökat från ungefär en tredjedel till drygt hälften, och fler synpunkter handlar om trygghet och gångvägar.',
      keyConclusions: ['Gå dit människor redan är.', 'Följ upp vilka som deltar.', 'Återkoppla vad synpunkterna ledde till.'],
      furtherReading: [link('Haninges metod för medborgardialog', 'haninge/medborgardialog')],
      contacts: [{ name: 'Sara Wik', title: 'Jämställdhetsutvecklare', organization: 'Haninge kommun', email: 'sara.wik@example.se' }],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2023-10-18',
    input: {
      title: 'Fler kvinnor deltar i cancerscreening i Region Skåne',
      summary:
        'Region Skåne har ändrat kallelserna till screening för livmoderhalscancer i de områden där deltagandet var lägst. Kallelser på flera språk och drop-in-tider har ökat deltagandet.',
      organizationCodes: ['12'],
      subjects: ['Jämlikhet', 'Folkhälsa'],
      activityAreas: ['Hälso- och sjukvård'],
      periodStart: 2020,
      periodEnd: null,
      background:
        'Deltagandet i screeningen skilde sig kraftigt mellan olika bostadsområden. Lägst var det bland kvinnor som nyligen kommit till Sverige.',
      implementation:
        'Barnmorskemottagningarna erbjöd drop-in-tider på kvällar och lördagar, och kallelserna skickades på flera språk tillsammans med ett sms med påminnelse.',
      successFactors: 'Samarbetet med barnmorskemottagningarna och att påminnelserna var korta och tydliga.',
      results: 'Deltagandet har ökat i samtliga utvalda områden, mest där drop-in-tider erbjöds.',
      keyConclusions: ['Gör det enkelt att komma.', 'Följ deltagandet per område, inte bara för hela regionen.'],
      furtherReading: [link('Region Skånes screeningprogram', 'skane/screening')],
      contacts: [{ name: 'Elin Persson', title: 'Folkhälsostrateg', organization: 'Region Skåne', email: 'elin.persson@example.se' }],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2024-01-22',
    input: {
      title: 'Normkritisk granskning av läromedel i Huddinges skolor',
      summary:
        'Lärare i Huddinge kommun har tillsammans granskat läromedel utifrån kön, funktionsnedsättning och etnicitet. Granskningen har lett till nya inköpsrutiner och kompletterande material.',
      organizationCodes: ['0126'],
      subjects: ['Jämlikhet', 'Mänskliga rättigheter'],
      activityAreas: ['Skola och förskola'],
      periodStart: 2021,
      periodEnd: 2023,
      background:
        'Elever hade påpekat att de sällan kände igen sig i läroböckernas bilder och exempel. Kommunen ville ge lärarna ett gemensamt sätt att bedöma materialet.',
      implementation:
        'Ett granskningsstöd med tio frågor togs fram tillsammans med lärare på tre skolor. Ämneslagen granskade sedan sina vanligaste läromedel och delade resultaten i en gemensam förteckning.',
      successFactors: 'Att lärarna var med och formulerade frågorna, och att tid avsattes på ämneslagsträffarna.',
      results: 'Drygt 40 läromedel har granskats. Inköpsrutinen kräver nu en granskning innan större inköp görs.',
      keyConclusions: ['Ge lärarna ett enkelt, gemensamt verktyg.', 'Avsätt tid i de ordinarie mötena.'],
      furtherReading: [link('Granskningsstöd för läromedel', 'huddinge/laromedel')],
      contacts: [
        { name: 'Sofia Berg', title: 'Utvecklingsledare för jämlikhet', organization: 'Huddinge kommun', email: 'sofia.berg@example.se' },
      ],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2024-04-11',
    input: {
      title: 'Trygghetsvandringar med unga i Botkyrka',
      summary:
        'Botkyrka kommun genomför trygghetsvandringar tillsammans med unga, där flickor och pojkar går i egna grupper. Deras iakttagelser styr var kommunen förbättrar belysning och gångvägar.',
      organizationCodes: ['0127'],
      subjects: ['Social hållbarhet', 'Jämställdhet'],
      activityAreas: ['Samhällsbyggnad', 'Demokrati'],
      periodStart: 2022,
      periodEnd: null,
      background:
        'Kommunens trygghetsmätning visade att flickor kände sig betydligt mer otrygga än pojkar utomhus på kvällar, men de deltog sällan i de vandringar som ordnades.',
      implementation:
        'Fritidsgårdarna bjöd in till vandringar i mindre grupper. Samhällsbyggnadsförvaltningen deltog och sammanställde iakttagelserna på en karta.',
      successFactors: 'Separata grupper gjorde det lättare för flickor att säga vad de tyckte, och åtgärderna kom snabbt.',
      results:
        'Ett tjugotal platser har fått bättre belysning eller röjd växtlighet. Nästa trygghetsmätning visade att fler flickor kände sig trygga.',
      keyConclusions: ['Låt flickor och pojkar gå i egna grupper.', 'Visa snabbt vad som har gjorts.'],
      furtherReading: [link('Karta över åtgärder', 'botkyrka/trygghetskarta')],
      contacts: [{ name: 'Hanna Lind', title: 'Trygghetssamordnare', organization: 'Botkyrka kommun', email: 'hanna.lind@example.se' }],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2024-09-05',
    input: {
      title: 'Gemensam väg till arbete för utrikes födda kvinnor i Malmö',
      summary:
        'Malmö stad och Region Skåne har byggt en gemensam väg till arbete för utrikes födda kvinnor, där språkstudier, praktik och barnomsorg planeras tillsammans.',
      organizationCodes: ['1280', '12'],
      subjects: ['Integration', 'Jämställdhet'],
      activityAreas: ['Arbetsmarknad', 'Integration', 'Regional utveckling'],
      periodStart: 2021,
      periodEnd: 2024,
      background:
        'Utrikes födda kvinnor tog längre tid än män på sig att komma i arbete. Insatserna från kommunen, regionen och Arbetsförmedlingen var dåligt samordnade.',
      implementation:
        'En gemensam planering togs fram för varje deltagare, med en kontaktperson som höll ihop språkstudier, praktik och förskoleplats.',
      successFactors: 'En kontaktperson per deltagare och gemensamma mål för kommunen och regionen.',
      results: 'Fler av deltagarna har fått arbete eller gått vidare till studier än i jämförbara grupper.',
      keyConclusions: ['Planera språk, praktik och barnomsorg tillsammans.', 'Ge varje deltagare en kontaktperson.', 'Följ upp per kön.'],
      furtherReading: [link('Utvärdering av samarbetet', 'malmo-skane/utvardering')],
      contacts: [
        { name: 'Omar Rahimi', title: 'Projektledare', organization: 'Malmö stad', email: 'omar.rahimi@example.se' },
        { name: 'Elin Persson', title: 'Folkhälsostrateg', organization: 'Region Skåne', email: 'elin.persson@example.se' },
      ],
    },
  },
  {
    status: ExampleStatus.PUBLISHED,
    publishedOn: '2025-02-12',
    input: {
      title: 'Fritidsutbud som når alla barn i Lund',
      summary:
        'Lunds kommun har kartlagt vilka barn som deltar i kommunens fritidsaktiviteter och ändrat utbudet så att fler flickor och barn med funktionsnedsättning deltar.',
      organizationCodes: ['1281'],
      subjects: ['Jämlikhet', 'Jämställdhet'],
      activityAreas: ['Kultur och fritid'],
      periodStart: 2022,
      periodEnd: 2024,
      background:
        'Kultur- och fritidsförvaltningen visste hur många som deltog, men inte vilka. Det gick därför inte att se vilka grupper som utbudet missade.',
      implementation:
        'Deltagandet registrerades per kön och ålder under ett år. Barn som inte deltog intervjuades via skolorna, och nya aktiviteter togs fram utifrån deras svar.',
      successFactors:
        'Att barnen själva fick beskriva vad som hindrade dem, och att förvaltningen vågade lägga ned aktiviteter med få deltagare.',
      results:
        'Andelen flickor i kommunens fritidsaktiviteter har ökat, och två nya aktiviteter är anpassade för barn med funktionsnedsättning.',
      keyConclusions: ['Ta reda på vilka som inte kommer.', 'Var beredd att ändra utbudet.'],
      furtherReading: [link('Kartläggning av fritidsutbudet', 'lund/fritid')],
      contacts: [{ name: 'Jonas Åberg', title: 'Fritidsstrateg', organization: 'Lunds kommun', email: 'jonas.aberg@example.se' }],
    },
  },
  {
    status: ExampleStatus.IN_REVIEW,
    input: {
      title: 'Simskolan i Haninge når fler flickor',
      summary:
        'Haninge kommun har flyttat en del av simundervisningen till skoltid och erbjuder grupper för enbart flickor, så att fler barn lär sig simma före årskurs fyra.',
      organizationCodes: ['0136'],
      subjects: ['Jämlikhet', 'Integration'],
      activityAreas: ['Kultur och fritid', 'Skola och förskola'],
      periodStart: 2023,
      periodEnd: 2025,
      background:
        'Skolornas uppföljning visade att flickor i några bostadsområden oftare än pojkar saknade simkunnighet när de började årskurs fyra.',
      implementation:
        'Simskolan samarbetar med skolorna om undervisning på skoltid. Föräldramöten hölls på flera språk för att förklara upplägget.',
      successFactors: 'Samarbetet mellan skolorna och badhuset, och att föräldrarna fick information i god tid.',
      results: 'Andelen simkunniga flickor i årskurs fyra har ökat i de berörda skolorna.',
      keyConclusions: ['Lägg undervisningen där barnen redan är.', 'Informera föräldrarna på deras språk.'],
      furtherReading: [link('Simskolans upplägg', 'haninge/simskola')],
      contacts: [{ name: 'Amir Haddad', title: 'Kontaktperson', organization: 'Haninge kommun', email: 'kontakt.haninge@example.se' }],
    },
  },
  {
    status: ExampleStatus.DRAFT,
    input: {
      title: 'Hedemora följer upp väntetider till LSS-beslut per kön',
      summary: 'Hedemora kommun har börjat följa upp hur lång tid det tar att få beslut om insatser enligt LSS, uppdelat på kön och ålder.',
      organizationCodes: ['2083'],
      subjects: ['Jämställdhet'],
      activityAreas: ['Socialtjänst'],
      periodStart: 2025,
      periodEnd: null,
      background: 'Handläggarna misstänkte att flickor med neuropsykiatriska funktionsnedsättningar fick vänta längre än pojkar på beslut.',
      implementation: 'Ärendena från de senaste tre åren gicks igenom och väntetiderna sammanställdes per kön. Arbetet pågår.',
      keyConclusions: ['Börja med de ärenden som redan finns.'],
      contacts: [
        { name: 'Karin Lindqvist', title: 'Kontaktperson', organization: 'Hedemora kommun', email: 'kontakt.hedemora@example.se' },
      ],
    },
  },
];

function viewerOf(user: UserEntity): Viewer {
  return { userId: user.id, sessionId: 'seed:demo', role: user.role, organizationId: user.organizationId };
}

/**
 * Creates the demo examples through LearningExamplesService (validation, organisations, search
 * vectors and audit log as in the app): each is drafted by the demo member of its first
 * organisation when there is one (otherwise by the process leader), sent for review, and published
 * by the process leader with its date. Idempotent: an example whose slug exists is left alone.
 * Terms the current vocabularies no longer have are left out.
 */
export async function seedDemoExamples(
  dataSource: DataSource,
  processLeader: UserEntity,
  membersByCode: ReadonlyMap<string, UserEntity>,
): Promise<number> {
  const audit = new AuditService();
  const vocabularies = new VocabulariesService(dataSource, audit, new VocabularyPolicy());
  const service = new LearningExamplesService(dataSource, new LearningExamplePolicy(), audit, vocabularies, new ReminderScheduler());
  const current = await vocabularies.all();
  const subjects = new Set(current.subjects);
  const areas = new Set(current.activityAreas);
  const leader = viewerOf(processLeader);
  const examples = dataSource.getRepository(LearningExampleEntity);
  let created = 0;
  for (const demo of DEMO_EXAMPLES) {
    if (await examples.existsBy({ slug: slugify(demo.input.title) })) continue;
    const member = membersByCode.get(demo.input.organizationCodes[0]);
    const author = member ? viewerOf(member) : leader;
    const input: LearningExampleInput = {
      ...demo.input,
      subjects: demo.input.subjects.filter((t) => subjects.has(t)),
      activityAreas: demo.input.activityAreas.filter((t) => areas.has(t)),
    };
    let example = await service.create(author, input);
    created += 1;
    if (demo.status === ExampleStatus.DRAFT) continue;
    if (author.role !== UserRole.PROCESS_LEADER || demo.status === ExampleStatus.IN_REVIEW) example = await service.submit(author, example.id, example.version);
    if (demo.status === ExampleStatus.PUBLISHED) await service.publish(leader, example.id, example.version, stockholmTime(demo.publishedOn ?? '', '12:00'));
  }
  return created;
}
