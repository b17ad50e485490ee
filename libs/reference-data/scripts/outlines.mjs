// Writes the network page's map outlines, apps/web/src/features/network/outlines.generated.json, from
// src/data/municipalities.geojson (290 kommuner). Run: npx nx run reference-data:outlines
// (or node libs/reference-data/scripts/outlines.mjs) — only when the outlines or these settings change.
//
// 1. Project every point once with a fixed conformal projection for Sweden (transverse Mercator on 15° E,
//    as SWEREF 99 TM), fitted to a fixed box, and round it to the integer grid of the SVG's viewBox.
// 2. Build a topology (topojson-server): a border two kommuner share becomes one arc, so simplifying
//    it (Visvalingam, topojson-simplify, planar weights in square grid units) keeps neighbours touching.
// 3. Write each kommun as an SVG path of integer, relative steps ("M812 3140l3-2 5 0…z").
// 4. Each region (län) is its kommuner merged (topojson-client `merge`): the same simplified borders,
//    so the regions map and the kommuner map match; regions.geojson only checks the result (the codes, where each län lies).
// 5. Each län's bounding box, for zooming the map to it.
// Fails when any of the 290 + 21 shapes comes out empty or the file grows past its budget.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoTransverseMercator } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const data = join(here, '..', 'src', 'data');
const OUT = join(repo, 'apps', 'web', 'src', 'features', 'network', 'outlines.generated.json');

/** The box the projection fits Sweden into: one grid unit is about 0.4 km. */
const FIT = [1700, 4000];
/** Points whose triangle spans less than this (square grid units, ≈ 2.6 km²) go. */
const MIN_WEIGHT = 16;
/** Rings (small islands, lakes as holes) smaller than this area (square grid units) are left out. */
const MIN_RING_AREA = 2;
/** The budget of the file sent to browsers (bytes, raw). */
const MAX_BYTES = 100_000;

const readJson = (file) => JSON.parse(readFileSync(join(data, file), 'utf8'));
const csvCodes = (file, column) => {
  const [header, ...lines] = readFileSync(join(data, file), 'utf8').trim().split(/\r?\n/);
  const index = header.split(',').indexOf(column);
  return lines.map((line) => line.split(',')[index]);
};

const municipalities = readJson('municipalities.geojson');
const regions = readJson('regions.geojson');
const municipalityCodes = csvCodes('municipalities.csv', 'municipality_code');
const countyCodes = csvCodes('counties.csv', 'county_code');

// ---- 1. project onto the grid ----------------------------------------------------------------------

const polygonsOf = (geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
const mapRings = (geometry, fn) =>
  geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(fn) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(fn)) };

// The files wind their rings the GeoJSON way (exterior counter-clockwise); d3-geo reads rings on the
// sphere and wants them clockwise, else a kommun is the whole earth but itself. Only the fitting needs it.
const forD3 = (geometry) =>
  geoArea({ type: 'Feature', geometry }) > 2 * Math.PI ? mapRings(geometry, (ring) => [...ring].reverse()) : geometry;
const projection = geoTransverseMercator()
  .rotate([-15, 0])
  .fitSize(FIT, { type: 'FeatureCollection', features: municipalities.features.map((f) => ({ ...f, geometry: forD3(f.geometry) })) });
const toGrid = (point) => projection(point).map(Math.round);

const projected = municipalities.features.map((f) => ({
  type: 'Feature',
  id: f.properties.id,
  properties: { county: f.properties.lan_code },
  geometry: mapRings(f.geometry, (ring) => ring.map(toGrid)),
}));

// ---- 2. topology and simplification ----------------------------------------------------------------

const topo = topology({ municipalities: { type: 'FeatureCollection', features: projected } });
const weighted = presimplify(topo);
// A ring no other shape touches is one closed arc, whose only sure points are its two (equal) ends:
// keep its two weightiest inner points too, so an island becomes at worst a triangle, never nothing.
for (const arc of weighted.arcs) {
  const n = arc.length;
  if (n < 4 || arc[0][0] !== arc[n - 1][0] || arc[0][1] !== arc[n - 1][1]) continue;
  const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
  for (const point of inner.slice(0, 2)) point[2] = Infinity;
}
const pointsBefore = weighted.arcs.reduce((sum, arc) => sum + arc.length, 0);
const simplified = simplify(weighted, MIN_WEIGHT);
const pointsAfter = simplified.arcs.reduce((sum, arc) => sum + arc.length, 0);

// ---- 3. SVG paths ----------------------------------------------------------------------------------

const ringArea = (ring) => {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(sum / 2);
};

/** Numbers as SVG writes them tightly: a space only before a number that has no minus sign. */
const numbers = (list) => list.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : `${n}`)).join('');

/** "M x y l dx dy … z" per ring; a later ring starts with a relative "m" from the previous ring's start. */
function svgPath(geometry) {
  let d = '';
  let previousStart = null;
  for (const polygon of polygonsOf(geometry)) {
    for (const [index, ring] of polygon.entries()) {
      // Without repeated points; a ring that is not at least a triangle of some area is left out (an
      // outer ring with its holes).
      const points = ring.slice(0, -1).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
      if (points.length < 3 || ringArea([...points, points[0]]) < MIN_RING_AREA) {
        if (index === 0) break;
        continue;
      }
      const [x0, y0] = points[0];
      d += previousStart ? `m${numbers([x0 - previousStart[0], y0 - previousStart[1]])}` : `M${numbers([x0, y0])}`;
      const steps = [];
      for (let i = 1; i < points.length; i++) steps.push(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
      d += `l${numbers(steps)}z`;
      previousStart = [x0, y0];
    }
  }
  return d;
}

const bounds = (geometry) => {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [x, y] of polygon[0]) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return [x0, y0, x1, y1];
};

const municipalityFeatures = feature(simplified, simplified.objects.municipalities).features;
const municipalityPaths = municipalityFeatures
  .map((f) => ({ code: String(f.id), d: svgPath(f.geometry) }))
  .sort((a, b) => a.code.localeCompare(b.code));

// ---- 4. regions: the kommuner of each län merged ----------------------------------------------------

const geometries = simplified.objects.municipalities.geometries;
const regionGeometry = new Map(
  countyCodes.map((county) => [
    county,
    merge(
      simplified,
      geometries.filter((g) => g.properties.county === county),
    ),
  ]),
);
const regionPaths = countyCodes.map((code) => ({ code, d: svgPath(regionGeometry.get(code)) }));

// ---- 5. each län's box -----------------------------------------------------------------------------

const counties = countyCodes.map((code) => ({ code, bbox: bounds(regionGeometry.get(code)) }));
const all = counties.map((c) => c.bbox);
const viewBox = [
  Math.min(...all.map((b) => b[0])),
  Math.min(...all.map((b) => b[1])),
  Math.max(...all.map((b) => b[2])),
  Math.max(...all.map((b) => b[3])),
];

// ---- checks ------------------------------------------------------------------------------------------

const problems = [];
const expectSame = (what, actual, expected) => {
  const a = [...actual].sort().join(',');
  const e = [...expected].sort().join(',');
  if (a !== e) problems.push(`${what}: the codes differ from the reference data`);
};
expectSame(
  'kommuner',
  municipalityPaths.map((m) => m.code),
  municipalityCodes,
);
expectSame(
  'regioner',
  regionPaths.map((r) => r.code),
  countyCodes,
);
expectSame(
  'regions.geojson',
  regions.features.map((f) => String(f.properties.l_id).padStart(2, '0')),
  countyCodes,
);
if (municipalityPaths.length !== 290 || regionPaths.length !== 21)
  problems.push(`${municipalityPaths.length} kommuner and ${regionPaths.length} regioner, not 290 and 21`);
for (const { code, d } of [...municipalityPaths, ...regionPaths])
  if (!/^M-?\d+[ -]?-?\d+l.*z$/.test(d)) problems.push(`${code}: no outline left`);
// Each merged län lies where regions.geojson has it: their boxes overlap for the most part. (That file
// is a coarser outline of the land only, without the kommuner's sea and archipelagos: the areas differ.)
const overlap = (a, b) => {
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const size = (r) => (r[2] - r[0]) * (r[3] - r[1]);
  return (w * h) / (size(a) + size(b) - w * h);
};
for (const region of regions.features) {
  const code = String(region.properties.l_id).padStart(2, '0');
  const share = overlap(bounds(mapRings(region.geometry, (ring) => ring.map(toGrid))), bounds(regionGeometry.get(code)));
  if (share < 0.5) problems.push(`län ${code}: only ${Math.round(share * 100)} % of its box overlaps the one in regions.geojson`);
}

const output = {
  about:
    'Generated by libs/reference-data/scripts/outlines.mjs from libs/reference-data/src/data/municipalities.geojson; do not edit. ' +
    'Regenerate: npx nx run reference-data:outlines. Transverse Mercator on 15° E; paths in viewBox units (about 0.4 km), relative integer steps.',
  viewBox: [viewBox[0], viewBox[1], viewBox[2] - viewBox[0], viewBox[3] - viewBox[1]],
  municipalities: municipalityPaths,
  regions: regionPaths,
  counties,
};
const json = `${JSON.stringify(output)}\n`;
const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).length;
if (raw > MAX_BYTES) problems.push(`${raw} bytes, over the budget of ${MAX_BYTES}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(OUT, json);
console.log(
  `wrote ${relative(repo, OUT)}: ${municipalityPaths.length} kommuner, ${regionPaths.length} regioner, ${counties.length} län; ` +
    `${pointsBefore} → ${pointsAfter} points; ${raw} bytes raw, ${gzip} gzip`,
);
