#!/usr/bin/env node
// Reads `npm ci` output on stdin and exits 0 only when every lockfile complaint is a missing optional
// platform binary: `Missing: <name>@<version?> from lock file` where <name> is listed under some locked
// package's optionalDependencies (@swc/core-darwin-arm64, ...). npm prints the version when its cache
// knows the package and leaves it out otherwise, so both forms count. Anything else exits 1.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const optional = new Set(Object.values(lock.packages ?? {}).flatMap((entry) => Object.keys(entry.optionalDependencies ?? {})));

const lines = readFileSync(0, 'utf8').split('\n').filter((line) => /^npm error (Missing|Invalid): /.test(line));
const unexplained = lines.filter((line) => {
  const match = /^npm error Missing: ((?:@[^/@\s]+\/)?[^@\s]+)@\S* from lock file$/.exec(line);
  return !match || !optional.has(match[1]);
});
if (lines.length === 0 || unexplained.length > 0) {
  for (const line of unexplained) console.error(`not an optional platform binary: ${line}`);
  process.exit(1);
}
console.log(`${lines.length} missing optional platform binaries, nothing else`);
