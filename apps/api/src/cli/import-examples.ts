import 'reflect-metadata';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DataSource } from 'typeorm';
import { normaliseEmail, UserRole } from '@modellkommuner/shared';
import { readEnvironment } from '../infrastructure/config/environment';
import { dataSourceOptions } from '../infrastructure/database/data-source-options';
import { AuditService } from '../modules/audit/audit.service';
import { ExampleImportService, ImportSummary } from '../modules/learning-examples/import/example-import.service';
import { LearningExamplePolicy } from '../modules/learning-examples/learning-example.policy';
import { UserEntity } from '../modules/users/entities/user.entity';
import { VocabulariesService } from '../modules/vocabularies/vocabularies.service';
import { VocabularyPolicy } from '../modules/vocabularies/vocabulary.policy';

/** Exit codes of `npm run import:examples` (also in the help text). */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_PARTIAL = 2;

export const HELP = `Användning: npm run import:examples -- FIL [FIL …]

Importerar lärande exempel från SKR:s webbsidor sparade som ren text (UTF-8), precis som
mutationen importLearningExamples: en eller flera sidor per fil, åtskilda av en rad med minst tre
"-" eller av att varje sida börjar med sin egen rad "Publicerad …". En listsida (en rad
"Publicerad", sedan flera poster "Rubrik, Organisation" med var sitt stycke) ger ett exempel per
post. Exemplen publiceras med sitt ursprungliga datum. En sida som redan har importerats (samma
rubrik och första organisation) uppdateras i stället för att dubbleras. Ändringarna förs in i
granskningsloggen med den första processledaren (SEED_PROCESS_LEADER_EMAIL) som utförare.

Databasen är DATABASE_URL (eller värdet i .env). Alla filer läses innan något importeras.
Per fil skrivs antalet skapade, uppdaterade och överhoppade exempel, och varje fel eller varning
på en egen rad (på stderr).

Slutkoder:
  0  klart: alla sidor lästes och sparades (varningar som okända ämnen eller organisationer
     skrivs ut men är inget fel)
  1  inget importerades: inga filer angivna, okänt alternativ, en fil saknas, är tom, går inte
     att läsa eller är inte UTF-8, databasen svarar inte eller processledaren saknas
  2  klart, men minst en sida kunde inte läsas eller ett exempel inte sparas; de andra sidorna
     importerades (se raderna på stderr)

Alternativ:
  -h, --help  visa den här texten`;

export interface ImportExamplesIo {
  out(line: string): void;
  err(line: string): void;
}

export interface ImportExamplesConnection {
  dataSource: DataSource;
  /** The account the import is attributed to (the first process leader). */
  processLeaderEmail: string;
  close(): Promise<void>;
}

export interface ImportExamplesDeps {
  io: ImportExamplesIo;
  /** Opened only once the arguments and every file are fine. */
  connect(): Promise<ImportExamplesConnection>;
}

export interface ImportFile {
  path: string;
  text: string;
}

/** A problem that stops the run before anything is imported (exit code 1). */
class CliError extends Error {}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeSummary(summary: Pick<ImportSummary, 'created' | 'updated' | 'skipped'>): string {
  return `${summary.created} skapade, ${summary.updated} uppdaterade, ${summary.skipped} hoppade över`;
}

/** `FILE …`, `--help`/`-h`, and `--` before file names that start with "-". */
function parseArguments(argv: readonly string[]): { help: true } | { help: false; paths: string[] } {
  const paths: string[] = [];
  let optionsDone = false;
  for (const arg of argv) {
    if (!optionsDone && arg === '--') optionsDone = true;
    else if (!optionsDone && (arg === '-h' || arg === '--help')) return { help: true };
    else if (!optionsDone && arg.startsWith('-') && arg !== '-') throw new CliError(`Okänt alternativ "${arg}". Se npm run import:examples -- --help.`);
    else paths.push(arg);
  }
  if (!paths.length) throw new CliError('Ange minst en textfil att importera: npm run import:examples -- FIL [FIL …] (se --help).');
  return { help: false, paths };
}

/** Every file, read and decoded as UTF-8, or the first reason one cannot be used. */
export async function readImportFiles(paths: readonly string[]): Promise<ImportFile[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files: ImportFile[] = [];
  for (const path of paths) {
    let bytes: Buffer;
    try {
      if (!(await stat(path)).isFile()) throw new CliError(`"${path}" är ingen fil.`);
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof CliError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new CliError(`Filen "${path}" finns inte.`);
      if (code === 'EACCES' || code === 'EPERM') throw new CliError(`Filen "${path}" går inte att läsa: behörighet saknas.`);
      throw new CliError(`Filen "${path}" går inte att läsa: ${(error as Error).message}`);
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new CliError(`Filen "${path}" är inte UTF-8-kodad text. Spara den som UTF-8 och försök igen.`);
    }
    if (!text.trim()) throw new CliError(`Filen "${path}" är tom.`);
    files.push({ path, text });
  }
  return files;
}

/**
 * Imports each file with ExampleImportService.importPages (the mutation's logic), attributed to
 * the first process leader, and reports per file. Returns the exit code.
 */
export async function importExampleFiles(dataSource: DataSource, processLeaderEmail: string, files: readonly ImportFile[], io: ImportExamplesIo): Promise<number> {
  const email = normaliseEmail(processLeaderEmail);
  const leader = await dataSource.getRepository(UserEntity).findOneBy({ email, role: UserRole.PROCESS_LEADER });
  if (!leader) throw new CliError(`Processledaren ${email} finns inte i databasen. Kör npm run seed först.`);
  const audit = new AuditService();
  const service = new ExampleImportService(dataSource, new LearningExamplePolicy(), audit, new VocabulariesService(dataSource, audit, new VocabularyPolicy()));
  const total = { created: 0, updated: 0, skipped: 0 };
  for (const file of files) {
    const name = basename(file.path);
    const summary = await service.importPages({ userId: leader.id, reason: `npm run import:examples ${name}` }, file.text);
    io.out(`${name}: ${describeSummary(summary)}.`);
    for (const line of summary.errors) io.err(`${name}: ${line}`);
    total.created += summary.created;
    total.updated += summary.updated;
    total.skipped += summary.skipped;
  }
  io.out(`Totalt (${plural(files.length, 'fil', 'filer')}): ${describeSummary(total)}.`);
  if (total.skipped > 0) {
    io.err(`${plural(total.skipped, 'sida eller exempel', 'sidor eller exempel')} kunde inte importeras; se raderna ovan. De övriga är importerade.`);
    return EXIT_PARTIAL;
  }
  return EXIT_OK;
}

/** The whole command, testable: arguments → files → import. Never throws; returns the exit code. */
export async function runImportExamples(argv: readonly string[], deps: ImportExamplesDeps): Promise<number> {
  const { io } = deps;
  let connection: ImportExamplesConnection | null = null;
  try {
    const args = parseArguments(argv);
    if (args.help) {
      io.out(HELP);
      return EXIT_OK;
    }
    const files = await readImportFiles(args.paths);
    try {
      connection = await deps.connect();
    } catch (error) {
      throw new CliError(`Kunde inte ansluta till databasen: ${error instanceof Error ? error.message : String(error)}`);
    }
    return await importExampleFiles(connection.dataSource, connection.processLeaderEmail, files, io);
  } catch (error) {
    io.err(error instanceof CliError ? error.message : `Importen avbröts: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILED;
  } finally {
    await connection?.close();
  }
}

if (require.main === module) {
  const io: ImportExamplesIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  void runImportExamples(process.argv.slice(2), {
    io,
    connect: async () => {
      const config = readEnvironment();
      const dataSource = await new DataSource(dataSourceOptions(config, { poolSize: 2 })).initialize();
      return { dataSource, processLeaderEmail: config.seedProcessLeaderEmail, close: () => dataSource.destroy() };
    },
  }).then((code) => {
    process.exitCode = code;
  });
}
