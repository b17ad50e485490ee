#!/usr/bin/env node
// How the search's cost grows with the library: run.mjs at several sizes (a fresh generated database
// each), the chosen queries only, no ILIKE. Prints a Markdown table of p50/p95 per size and writes a
// small SVG plot of GraphQL p95 against the number of examples (bench/learning-examples/scale.svg).
//
// npm run bench:examples:scale [-- --sizes 10000,50000,200000] [--only 1,3,15,19] [--runs 20] [--svg FILE] [--out FILE]
//                               [--from-json]  (table and plot again from the last runs' /tmp files, nothing measured)
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
process.chdir(root);
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const SIZES = option('sizes', '10000,50000,200000').split(',').map(Number);
const ONLY = option('only', '1,3,15,19');
const RUNS = option('runs', '20');
const SVG = option('svg', 'bench/learning-examples/scale.svg');

const fromJson = argv.includes('--from-json');
if (!fromJson && !argv.includes('--no-build')) execSync('npm run build:api', { stdio: ['ignore', 'ignore', 'inherit'] });
const runs = [];
for (const size of SIZES) {
  const json = `/tmp/bench-examples-scale-${size}.json`;
  console.error(`— ${size} examples`);
  if (!fromJson) execFileSync('node', ['bench/learning-examples/run.mjs', '--no-build', '--count', String(size), '--only', ONLY, '--runs', RUNS, '--warmup', '3', '--ilike-runs', '0', '--json-out', json], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  runs.push({ size, ...JSON.parse(readFileSync(json, 'utf8')) });
}

const queries = runs[0].results.map((row) => ({ n: row.n, name: row.name }));
const out = [];
out.push(`| # | query | ${runs.map((run) => `${run.size.toLocaleString('en')}: total · GraphQL p50 / p95 · raw p95`).join(' | ')} |`);
out.push(`| ---: | --- | ${runs.map(() => '---:').join(' | ')} |`);
for (const q of queries) {
  const cells = runs.map((run) => {
    const row = run.results.find((r) => r.n === q.n);
    return `${row.total} · ${row.g.p50.toFixed(1)} / **${row.g.p95.toFixed(1)}** · ${row.r.p95.toFixed(1)}`;
  });
  out.push(`| ${q.n} | ${q.name.replace(/\|/g, '\\|')} | ${cells.join(' | ')} |`);
}
out.push('', `API resident memory after each run: ${runs.map((run) => `${run.size.toLocaleString('en')}: ${run.rssMiB.toFixed(0)} MiB`).join(', ')}.`);
const markdown = out.join('\n');
console.log(markdown);
if (option('out', null)) writeFileSync(option('out'), `${markdown}\n`);

// The plot: GraphQL p95 per query against the library's size, log scale on x, each line named at its end.
const W = 560;
const H = 300;
const M = { left: 56, right: 190, top: 20, bottom: 44 };
const top = Math.max(50, ...runs.flatMap((run) => run.results.map((r) => r.g.p95)));
const step = [10, 20, 25, 50, 100, 200, 250, 500].find((s) => top / s <= 5) ?? 1000;
const maxY = Math.ceil(top / step) * step;
const lx = (size) => M.left + ((Math.log10(size) - Math.log10(SIZES[0])) / (Math.log10(SIZES[SIZES.length - 1]) - Math.log10(SIZES[0]) || 1)) * (W - M.left - M.right);
const ly = (ms) => H - M.bottom - (ms / maxY) * (H - M.top - M.bottom);
const dashes = ['', '6 3', '2 3', '8 3 2 3'];
const r1 = (value) => Math.round(value * 10) / 10;
/** The query's short name: what follows the colon, at most 22 characters. */
const short = (name) => {
  const text = name.includes(':') ? name.slice(name.indexOf(':') + 1).trim() : name;
  return text.length > 22 ? `${text.slice(0, 21)}…` : text;
};
// Each line's name at its end, moved apart so that names never overlap (at least 13 px).
const labelY = new Map();
const ends = queries.map((q) => ({ n: q.n, y: ly(runs[runs.length - 1].results.find((r) => r.n === q.n).g.p95) })).sort((a, b) => a.y - b.y);
ends.forEach((end, i) => labelY.set(end.n, i === 0 ? end.y : Math.max(end.y, labelY.get(ends[i - 1].n) + 13)));
const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11" role="img" aria-labelledby="t">`,
  `<title id="t">Learning-example search: GraphQL p95 in ms against the number of examples</title>`,
  `<rect width="${W}" height="${H}" fill="white"/>`,
  ...Array.from({ length: maxY / step + 1 }, (_, i) => i * step).map((v) => `<line x1="${M.left}" x2="${W - M.right}" y1="${r1(ly(v))}" y2="${r1(ly(v))}" stroke="#ddd"/><text x="${M.left - 6}" y="${r1(ly(v) + 4)}" text-anchor="end">${v}</text>`),
  `<line x1="${M.left}" x2="${W - M.right}" y1="${r1(ly(50))}" y2="${r1(ly(50))}" stroke="#999" stroke-dasharray="3 3"/><text x="${M.left + 4}" y="${r1(ly(50) - 4)}" fill="#555">50 ms</text>`,
  ...SIZES.map((size) => `<text x="${lx(size)}" y="${H - M.bottom + 16}" text-anchor="middle">${size.toLocaleString('en')}</text>`),
  `<text x="${(M.left + W - M.right) / 2}" y="${H - 8}" text-anchor="middle">examples (log scale)</text>`,
  `<text x="12" y="${(M.top + H - M.bottom) / 2}" transform="rotate(-90 12 ${(M.top + H - M.bottom) / 2})" text-anchor="middle">GraphQL p95, ms</text>`,
  ...queries.map((q, i) => {
    const points = runs.map((run) => [r1(lx(run.size)), r1(ly(run.results.find((r) => r.n === q.n).g.p95))]);
    const [x] = points[points.length - 1];
    const y = labelY.get(q.n);
    return `<polyline fill="none" stroke="#1f4e79" stroke-width="2" stroke-dasharray="${dashes[i % dashes.length]}" points="${points.map((p) => p.join(',')).join(' ')}"/>` +
      points.map(([px, py]) => `<circle cx="${px}" cy="${py}" r="3" fill="#1f4e79"/>`).join('') +
      `<text x="${x + 8}" y="${r1(y + 4)}">#${q.n} ${esc(short(q.name))}</text>`;
  }),
  '</svg>',
].join('\n');
writeFileSync(SVG, `${svg}\n`);
console.error(`plot: ${SVG}`);
