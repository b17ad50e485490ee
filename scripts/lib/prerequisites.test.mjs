// `node --test scripts/lib/`: the messages of npm start / npm test point to headings the README has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { INSTALL_HELP, README_DOCKER, README_PREREQUISITES } from './prerequisites.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const headings = new Set(readme.split('\n').filter((line) => line.startsWith('#')).map((line) => line.replace(/^#+\s*/, '')));

test('the headings the messages name exist in the README', () => {
  for (const heading of [README_PREREQUISITES, README_DOCKER, 'Updating dependencies']) {
    assert.ok(headings.has(heading), `README has no heading "${heading}"`);
  }
});

test('the install help names the commands the README gives', () => {
  for (const line of INSTALL_HELP.split('\n').filter((l) => /apt-get|brew/.test(l))) {
    const command = line.split(/:\s+/).slice(1).join(': ').trim();
    assert.ok(readme.includes(command.split(' && ')[0]), `README lacks "${command}"`);
  }
});
