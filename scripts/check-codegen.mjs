#!/usr/bin/env node
// Drift check: regenerates the web's typed operations from apps/api/schema.gql into a scratch
// directory and fails when they differ from the committed apps/web/src/gql.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'apps/web/src/gql';
const scratch = mkdtempSync(join(tmpdir(), 'codegen-'));
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'apps/web/codegen.ts', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CODEGEN_OUT: `${scratch}/` },
  });
  const files = (dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const expected = files(scratch);
  const actual = files(committed);
  const differing = [...new Set([...expected, ...actual])].filter((file) => {
    const read = (dir) => { try { return readFileSync(join(dir, file), 'utf8'); } catch { return null; } };
    return read(scratch) !== read(committed);
  });
  if (differing.length) {
    console.error(`apps/web/src/gql skiljer sig från vad schema.gql och webbens operationer ger (${differing.join(', ')}). Kör npm run codegen och checka in.`);
    process.exit(1);
  }
  console.log(`apps/web/src/gql stämmer (${expected.length} filer).`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
