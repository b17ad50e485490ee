// npm run migration:generate -- <PascalName>
// Applies the existing migrations to a scratch database, then lets TypeORM write the difference
// between the entities and that schema as migrations/<epoch-ms>-<PascalName>.ts. Read it before committing.
import { execFileSync } from 'node:child_process';
import { readdirSync, renameSync } from 'node:fs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Ange ett namn i PascalCase: npm run migration:generate -- AddCohorts');
  process.exit(2);
}
const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/modellkommuner';
const url = new URL(base);
url.pathname = `/modellkommuner_migration_${Date.now()}`;
const env = { ...process.env, DATABASE_URL: url.toString() };
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env });
try {
  run('node', ['dist/api/apps/api/src/cli/migrate.js']);
  const before = new Set(readdirSync('migrations'));
  run('npx', ['typeorm', 'migration:generate', '--pretty', '-d', 'dist/api/apps/api/src/cli/data-source.js', `migrations/${name}`]);
  for (const file of readdirSync('migrations')) {
    if (before.has(file)) continue;
    // TypeORM names it <ms>-<Name>.ts already; keep the house format explicit.
    const match = /^(\d+)-(.+)\.ts$/.exec(file);
    if (match) renameSync(`migrations/${file}`, `migrations/${match[1]}-${match[2]}.ts`);
    console.log(`skrev migrations/${file}`);
  }
} finally {
  execFileSync('node', ['-e', `require('./dist/api/apps/api/src/infrastructure/database/create-database.js').dropDatabase(${JSON.stringify(url.toString())})`], { stdio: 'inherit' });
}
