import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, runImportExamples } from '../../../cli/import-examples';
import { loadConfig } from '../../../infrastructure/config/app-config';
import { PROCESS_LEADER, TestPlatform } from '../../../../test/platform';

const FIXTURE = join(__dirname, '..', 'import', '__fixtures__', 'flera-sidor.txt');
const TITLES = [
  'Haninge följer upp vem som får föreningsstöd',
  'Jämlik vård efter hjärtinfarkt i Region Skåne',
  'Högläsning för de yngsta',
  'Seniorgympa i byarna',
];

describe('npm run import:examples', () => {
  let platform: TestPlatform;
  let dir: string;
  let connects: number;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    dir = mkdtempSync(join(tmpdir(), 'import-examples-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await platform.close();
  });

  /** The command against the test database; the connection stays open (the platform owns it). */
  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    connects = 0;
    const code = await runImportExamples(argv, {
      io: { out: (line) => out.push(line), err: (line) => err.push(line) },
      connect: () => {
        connects += 1;
        return Promise.resolve({
          dataSource: platform.dataSource,
          processLeaderEmail: loadConfig(process.env).seedProcessLeaderEmail,
          close: () => Promise.resolve(),
        });
      },
    });
    return { code, out, err };
  }

  const rows = () =>
    platform.dataSource.query<{ title: string; status: string; version: number; created_by: string; codes: string[] }[]>(
      `SELECT e.title, e.status, e.version, u.email AS created_by,
              ARRAY(SELECT o.code FROM learning_example_organizations l JOIN organizations o ON o.id = l.organization_id WHERE l.example_id = e.id ORDER BY l.position) AS codes
         FROM learning_examples e LEFT JOIN users u ON u.id = e.created_by_id WHERE e.title = ANY($1) ORDER BY e.title`,
      [TITLES],
    );

  it('imports every page of a file (a list page too), prints the counts and every warning, exit code 0', async () => {
    const first = await run(FIXTURE);
    expect(first.code).toBe(EXIT_OK);
    expect(first.out).toEqual([
      'flera-sidor.txt: 4 skapade, 0 uppdaterade, 0 hoppade över.',
      'Totalt (1 fil): 4 skapade, 0 uppdaterade, 0 hoppade över.',
    ]);
    expect(first.err).toEqual([
      'flera-sidor.txt: Okänt ämne "Hjärthälsa" i "Jämlik vård efter hjärtinfarkt i Region Skåne" utelämnades.',
      // The list page's entries name no subjects or activity areas: said, as by the mutation.
      'flera-sidor.txt: "Högläsning för de yngsta" saknar ämnen och verksamhetsområden: lägg till dem i exemplet, annars hittas det inte med filtren Ämne och Verksamhetsområde.',
      'flera-sidor.txt: "Seniorgympa i byarna" saknar ämnen och verksamhetsområden: lägg till dem i exemplet, annars hittas det inte med filtren Ämne och Verksamhetsområde.',
    ]);

    const imported = await rows();
    expect(imported.map((r) => [r.title, r.status, r.codes])).toEqual([
      ['Haninge följer upp vem som får föreningsstöd', 'PUBLISHED', ['0136']],
      ['Högläsning för de yngsta', 'PUBLISHED', ['0126']],
      ['Jämlik vård efter hjärtinfarkt i Region Skåne', 'PUBLISHED', ['12']],
      ['Seniorgympa i byarna', 'PUBLISHED', ['2083']],
    ]);
    // Attributed to the first process leader, in the audit log with the command as the reason.
    expect(imported.every((r) => r.created_by === PROCESS_LEADER.email)).toBe(true);
    const audit = await platform.dataSource.query(
      `SELECT a.action, a.reason, u.email FROM audit_log a JOIN users u ON u.id = a.actor_id
        WHERE a.entity = 'LearningExample' AND a.entity_id IN (SELECT id::text FROM learning_examples WHERE title = $1)`,
      [TITLES[0]],
    );
    expect(audit).toEqual([
      { action: 'example.import_create', reason: 'npm run import:examples flera-sidor.txt', email: PROCESS_LEADER.email },
    ]);

    // Public and searchable like any published example.
    const found = await platform.ok(
      `query { searchLearningExamples(query: "föreningsstöd Haninge") { edges { node { title organizations { code } } } } }`,
    );
    expect(found.searchLearningExamples.edges[0].node).toEqual({ title: TITLES[0], organizations: [{ code: '0136' }] });
  });

  it('a second run updates the same examples instead of duplicating them', async () => {
    const second = await run(FIXTURE);
    expect(second.code).toBe(EXIT_OK);
    expect(second.out[0]).toBe('flera-sidor.txt: 0 skapade, 4 uppdaterade, 0 hoppade över.');
    const imported = await rows();
    expect(imported).toHaveLength(4);
    expect(imported.map((r) => r.version)).toEqual([2, 2, 2, 2]);
  });

  it('several files: one line each and a total; a page that cannot be read gives exit code 2, the others still import', async () => {
    const broken = join(dir, 'trasig.txt');
    writeFileSync(
      broken,
      `Bara en rubrik utan datum\n\nNågot hände.\n-----\nPublicerad 1 mars 2024\n\nLäxhjälp i Haninge, Haninge kommun\n\nGymnasieelever ger läxhjälp på biblioteket två kvällar i veckan.\n`,
    );
    const result = await run(FIXTURE, broken);
    expect(result.code).toBe(EXIT_PARTIAL);
    expect(result.out).toEqual([
      'flera-sidor.txt: 0 skapade, 4 uppdaterade, 0 hoppade över.',
      'trasig.txt: 1 skapade, 0 uppdaterade, 1 hoppade över.',
      'Totalt (2 filer): 1 skapade, 4 uppdaterade, 1 hoppade över.',
    ]);
    expect(result.err).toContain(
      'trasig.txt: Sidan "Bara en rubrik utan datum" kunde inte läsas: publiceringsdatum saknas (ingen rad "Publicerad …").',
    );
    expect(result.err.at(-1)).toBe('1 sida eller exempel kunde inte importeras; se raderna ovan. De övriga är importerade.');
    expect(await platform.dataSource.query(`SELECT status FROM learning_examples WHERE title = 'Läxhjälp i Haninge'`)).toEqual([
      { status: 'PUBLISHED' },
    ]);
  });

  it('a missing file: exit code 1, a Swedish message, nothing imported (not even the files before it)', async () => {
    const before = await platform.dataSource.query('SELECT count(*)::int AS n, max(updated_at) AS at FROM learning_examples');
    const missing = join(dir, 'finns-inte.txt');
    const result = await run(FIXTURE, missing);
    expect(result.code).toBe(EXIT_FAILED);
    expect(result.err).toEqual([`Filen "${missing}" finns inte.`]);
    expect(result.out).toEqual([]);
    expect(connects).toBe(0);
    expect(await platform.dataSource.query('SELECT count(*)::int AS n, max(updated_at) AS at FROM learning_examples')).toEqual(before);
  });

  it('refuses no arguments, an unknown option, a directory, an empty file and text that is not UTF-8 (exit code 1)', async () => {
    const none = await run();
    expect(none).toMatchObject({
      code: EXIT_FAILED,
      err: ['Ange minst en textfil att importera: npm run import:examples -- FIL [FIL …] (se --help).'],
    });
    expect((await run('--torrkörning', FIXTURE)).err).toEqual(['Okänt alternativ "--torrkörning". Se npm run import:examples -- --help.']);
    expect(await run(dir)).toMatchObject({ code: EXIT_FAILED, err: [`"${dir}" är ingen fil.`] });
    const empty = join(dir, 'tom.txt');
    writeFileSync(empty, '\n  \n');
    expect(await run(empty)).toMatchObject({ code: EXIT_FAILED, err: [`Filen "${empty}" är tom.`] });
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from(readFileSync(FIXTURE, 'utf8'), 'latin1'));
    expect(await run(latin1)).toMatchObject({
      code: EXIT_FAILED,
      err: [`Filen "${latin1}" är inte UTF-8-kodad text. Spara den som UTF-8 och försök igen.`],
    });
    expect(connects).toBe(0);
  });

  it('--help explains the format and the exit codes without touching the database', async () => {
    const help = await run('--help');
    expect(help.code).toBe(EXIT_OK);
    expect(connects).toBe(0);
    const text = help.out.join('\n');
    expect(text).toMatch(/^Användning: npm run import:examples -- FIL \[FIL …\]/);
    expect(text).toMatch(/^ {2}0 {2}klart/m);
    expect(text).toMatch(/^ {2}1 {2}inget importerades/m);
    expect(text).toMatch(/^ {2}2 {2}klart, men minst en sida kunde inte läsas/m);
  });

  it('without the seeded process leader: exit code 1 and nothing imported', async () => {
    const err: string[] = [];
    const code = await runImportExamples([FIXTURE], {
      io: { out: () => undefined, err: (line) => err.push(line) },
      connect: () =>
        Promise.resolve({ dataSource: platform.dataSource, processLeaderEmail: 'ingen.alls@example.se', close: () => Promise.resolve() }),
    });
    expect(code).toBe(EXIT_FAILED);
    expect(err).toEqual(['Processledaren ingen.alls@example.se finns inte i databasen. Kör npm run seed först.']);
  });
});
