// The network page's first load: what a browser with an empty cache downloads for one path of the built
// web app, served as nginx serves it in production (ops/nginx/web.conf: gzip on its gzip_types from
// gzip_min_length bytes, at nginx's default gzip_comp_level 1; nginx's standard mime.types, where a file
// type it does not list is application/octet-stream and is sent uncompressed; client-side routes
// answered with index.html; /graphql and /health forwarded to the API, compressed the same way).
// Debian's Chromium (playwright-core) loads the page; every response is listed with the bytes it
// took on the wire (Chrome's encodedDataLength: body as sent + headers) and its body's size raw, gzip
// -1 (as nginx sends it), gzip -9 and brotli -11 (what a precompressed build could send).
import { readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The parts of ops/nginx/web.conf that decide what is compressed, and the app's CSP. */
export function nginxSettings(confPath) {
  const conf = readFileSync(confPath, 'utf8');
  const types = /gzip_types([^;]+);/.exec(conf)?.[1].trim().split(/\s+/) ?? [];
  const level = Number(/gzip_comp_level\s+(\d+)/.exec(conf)?.[1] ?? 1); // nginx's default is 1
  const minLength = Number(/gzip_min_length\s+(\d+)/.exec(conf)?.[1] ?? 20);
  const csp = /Content-Security-Policy "([^"]+)"/.exec(conf)?.[1] ?? null;
  // nginx always compresses text/html when gzip is on.
  return { types: ['text/html', ...types], level, minLength, csp };
}

// nginx's standard mime.types for what a Vite build holds; anything else is its default_type.
const MIME = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'application/javascript',
  '.mjs': 'application/octet-stream',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
  '.webmanifest': 'application/octet-stream',
  '.geojson': 'application/octet-stream',
  '.map': 'application/octet-stream',
};

/** A static server for `webDir` that behaves as ops/nginx/web.conf, forwarding the API's paths to `apiUrl`. */
export async function startNginxLike({ webDir, apiUrl, settings }) {
  const api = new URL(apiUrl);
  const compressible = (type) => settings.types.includes(type.split(';')[0].trim());
  const send = (req, res, status, headers, body) => {
    const type = headers['content-type'] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && compressible(type) && body.length >= settings.minLength;
    const out = gzip ? gzipSync(body, { level: settings.level }) : body;
    res.writeHead(status, {
      ...headers,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
      'content-length': String(out.length),
    });
    res.end(out);
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/graphql' || path === '/health' || /^\/(calendar|feeds|exports)\//.test(path)) {
      const upstream = httpRequest(
        {
          host: api.hostname,
          port: api.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: api.host, 'accept-encoding': 'identity' },
        },
        (answer) => {
          const chunks = [];
          answer.on('data', (c) => chunks.push(c));
          answer.on('end', () => {
            const headers = { ...answer.headers };
            delete headers['content-length'];
            delete headers['transfer-encoding'];
            send(req, res, answer.statusCode ?? 502, headers, Buffer.concat(chunks));
          });
        },
      );
      upstream.on('error', () => send(req, res, 502, { 'content-type': 'text/plain' }, Buffer.from('bad gateway')));
      req.pipe(upstream);
      return;
    }
    const headers = settings.csp ? { 'content-security-policy': settings.csp } : {};
    const file = normalize(join(webDir, path));
    const isFile =
      file.startsWith(webDir) &&
      (() => {
        try {
          return statSync(file).isFile();
        } catch {
          return false;
        }
      })();
    if (isFile) {
      send(req, res, 200, { ...headers, 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }, readFileSync(file));
    } else if (path.startsWith('/assets/')) {
      send(req, res, 404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
    } else {
      send(
        req,
        res,
        200,
        { ...headers, 'content-type': 'text/html', 'cache-control': 'no-cache' },
        readFileSync(join(webDir, 'index.html')),
      );
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

const kindOf = (url, type) => {
  const path = new URL(url).pathname;
  if (path === '/graphql') return 'api';
  if (type.includes('html')) return 'html';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(geo)?json$/.test(path)) return 'outlines';
  return 'other';
};

/**
 * Visits `path` on `baseUrl` in a fresh browser context (empty cache) with the given viewport, waits until
 * the network is idle and `ready` (a CSS selector, optional) is visible, and returns every response.
 */
export async function visit({ baseUrl, path, viewport, ready, settleMs = 1500, chromiumPath = '/usr/bin/chromium' }) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  try {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) =>
      requests.set(e.requestId, { url: e.request.url, method: e.request.method, postData: e.request.postData ?? '' }),
    );
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      Object.assign(r, {
        status: e.response.status,
        type: headers['content-type'] ?? e.response.mimeType,
        encoding: headers['content-encoding'] ?? '',
      });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.wire = e.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.failed = e.errorText || 'failed';
    });
    const pending = () => [...requests.values()].filter((r) => r.wire === undefined && !r.failed);
    const bodies = new Map();
    page.on('response', (response) => {
      bodies.set(
        `${response.request().method()} ${response.url()} ${response.request().postData() ?? ''}`,
        response.body().catch(() => null),
      );
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const started = performance.now();
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    if (ready)
      await page
        .locator(ready)
        .first()
        .waitFor({ state: 'visible', timeout: 30_000 })
        .catch((e) => errors.push(`ready: ${e.message.split('\n')[0]}`));
    await page.waitForLoadState('networkidle');
    // Until nothing has been in flight for settleMs (a slow API answer keeps the page loading).
    for (let quiet = 0, waited = 0; quiet < settleMs && waited < 120_000; waited += 100) {
      await page.waitForTimeout(100);
      quiet = pending().length ? 0 : quiet + 100;
    }
    const loadedMs = performance.now() - started;
    const title = await page.title();
    const heading = await page
      .locator('h1')
      .first()
      .textContent({ timeout: 2000 })
      .catch(() => null);
    const files = [];
    for (const r of requests.values()) {
      if (r.wire === undefined) {
        errors.push(`${r.method} ${r.url}: ${r.failed ?? 'not finished'}`);
        continue;
      }
      const body = await (bodies.get(`${r.method} ${r.url} ${r.postData}`) ?? Promise.resolve(null));
      const raw = body ?? Buffer.alloc(0);
      const operation = r.postData
        ? (/"operationName"\s*:\s*"([^"]+)"/.exec(r.postData)?.[1] ?? /(?:query|mutation)\s+(\w+)/.exec(r.postData)?.[1] ?? 'anonymous')
        : null;
      files.push({
        url: r.url,
        path: new URL(r.url).pathname + (operation ? ` (${operation})` : ''),
        kind: kindOf(r.url, r.type ?? ''),
        status: r.status,
        type: (r.type ?? '').split(';')[0],
        encoding: r.encoding || 'none',
        wire: r.wire,
        raw: raw.length,
        gzip1: gzipSync(raw, { level: 1 }).length,
        gzip9: gzipSync(raw, { level: 9 }).length,
        brotli: brotliCompressSync(raw, {
          params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length },
        }).length,
      });
    }
    await context.close();
    return { files, errors, title, heading, loadedMs };
  } finally {
    await browser.close();
  }
}

/** Sums per kind and in total; `static` is everything but the API's answers. */
export function totals(files) {
  const sum = (list) =>
    list.reduce(
      (t, f) => ({
        n: t.n + 1,
        wire: t.wire + f.wire,
        raw: t.raw + f.raw,
        gzip1: t.gzip1 + f.gzip1,
        gzip9: t.gzip9 + f.gzip9,
        brotli: t.brotli + f.brotli,
      }),
      {
        n: 0,
        wire: 0,
        raw: 0,
        gzip1: 0,
        gzip9: 0,
        brotli: 0,
      },
    );
  const kinds = {};
  for (const kind of ['html', 'js', 'css', 'outlines', 'other', 'api']) kinds[kind] = sum(files.filter((f) => f.kind === kind));
  return { kinds, static: sum(files.filter((f) => f.kind !== 'api')), all: sum(files) };
}

/**
 * What the loaded JavaScript is made of: each file's source map, every mapped segment's minified bytes given
 * to the source it came from, grouped by package (node_modules/…) or by the app's folder (apps/web/src/
 * features/x, shared, gql, i18n…; libs/…): [group, minified bytes, gzip -1 bytes of the group's code alone].
 */
export function composition(webDir, files) {
  const { SourceMapConsumer } = require('source-map-js');
  const groups = new Map();
  const texts = new Map();
  const groupOf = (source) => {
    const path = source.replace(/^(\.\.\/)+/, '').replace(/^\/?work\/main\//, '');
    const pkg = /node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(path);
    if (pkg) return pkg[1];
    const app = /apps\/web\/src\/(features\/[^/]+|[^/]+)/.exec(path);
    if (app) return `apps/web/src/${app[1]}`;
    const lib = /libs\/([^/]+)/.exec(path);
    if (lib) return `libs/${lib[1]}`;
    return path.startsWith('\0') || path.includes('vite/') || path.includes('rolldown') ? '(bundler runtime)' : path;
  };
  for (const f of files.filter((x) => x.kind === 'js')) {
    const file = join(webDir, new URL(f.url).pathname);
    let code;
    let map;
    try {
      code = readFileSync(file, 'utf8');
      map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    } catch {
      continue;
    }
    const lines = code.split('\n');
    const consumer = new SourceMapConsumer(map);
    const mappings = [];
    consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
    let attributed = 0;
    mappings.forEach((m, i) => {
      const next = mappings[i + 1];
      const end =
        next && next.generatedLine === m.generatedLine ? next.generatedColumn : (lines[m.generatedLine - 1]?.length ?? m.generatedColumn);
      const bytes = Buffer.byteLength(lines[m.generatedLine - 1]?.slice(m.generatedColumn, end) ?? '');
      const g = m.source ? groupOf(m.source) : '(no source in the map: inlined data such as JSON)';
      groups.set(g, (groups.get(g) ?? 0) + bytes);
      if (!texts.has(g)) texts.set(g, []);
      texts.get(g).push(lines[m.generatedLine - 1]?.slice(m.generatedColumn, end) ?? '');
      attributed += bytes;
    });
    groups.set('(not mapped)', (groups.get('(not mapped)') ?? 0) + Math.max(0, Buffer.byteLength(code) - attributed));
  }
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .map(([g, bytes]) => [g, bytes, texts.has(g) ? gzipSync(texts.get(g).join(''), { level: 1 }).length : NaN]);
}
