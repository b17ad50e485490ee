#!/usr/bin/env node
// Fails when package-lock.json lacks an entry for an optional dependency that a locked package lists
// (the platform binaries: @swc/core-darwin-arm64, @rolldown/binding-win32-x64-msvc, …). `npm ci` refuses
// such a lockfile on every machine ("Missing: … from lock file"), so a lockfile written by an install
// that skipped them must not land. Fix: `npm install --package-lock-only` and commit package-lock.json.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const packages = lock.packages ?? {};

/** Node's lookup: node_modules/<name> next to the package, then in each enclosing node_modules up to the root. */
function resolves(fromPath, name) {
  let base = fromPath;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('node_modules/');
    base = cut <= 0 ? '' : base.slice(0, cut - 1);
  }
}

const missing = [];
for (const [path, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!resolves(path, name)) missing.push(`${name} (optional dependency of ${path || 'the root'})`);
  }
}
if (missing.length > 0) {
  console.error(`package-lock.json lacks ${missing.length} optional package(s), so npm ci would refuse it:`);
  for (const line of missing.slice(0, 20)) console.error(`  ${line}`);
  if (missing.length > 20) console.error(`  … and ${missing.length - 20} more`);
  console.error('Fix: npm install --package-lock-only, then commit package-lock.json (README, "Updating dependencies").');
  process.exit(1);
}
const count = Object.values(packages).reduce((n, entry) => n + Object.keys(entry.optionalDependencies ?? {}).length, 0);
console.log(`package-lock.json lists all ${count} optional dependencies of its packages.`);
