// The fuzz tier's HTTP client (apps/api/fuzz/runner.ts starts it). It runs in its own thread so that
// the API under test, which runs in the test's main thread, has that thread to itself: sending
// megabyte bodies, reading the answers and checking them costs this thread, not the server's.
// Plain CommonJS: worker threads load it with Node itself, without jest's TypeScript transform.
const { parentPort, workerData } = require('node:worker_threads');

const { maxBytes, readLimitBytes, timeoutMs } = workerData;
const LEAK = new RegExp(workerData.leak.source, workerData.leak.flags);

/** The body, but no more than a little past readLimitBytes. */
async function readCapped(response) {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > readLimitBytes) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks);
}

function collectStrings(value, out) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, out);
}

async function send(baseUrl, request) {
  const started = performance.now();
  let response;
  let raw;
  try {
    response = await fetch(`${baseUrl}${request.path ?? '/graphql'}`, {
      method: request.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.method === 'GET' ? undefined : request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    raw = await readCapped(response);
  } catch (error) {
    const reason =
      error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : `connection failed: ${String(error)}`;
    return { status: 0, bytes: 0, ms: performance.now() - started, codes: [], answered: [], problems: [reason] };
  }
  const outcome = { status: response.status, bytes: raw.length, ms: performance.now() - started, codes: [], answered: [], problems: [] };
  const text = raw.toString('utf8');
  const truncated = raw.length > readLimitBytes;
  let errors = [];
  let data;
  if (truncated) {
    // Only the start was read: the codes and the first message from the text.
    outcome.codes = [...text.matchAll(/"code":"(\w+)"/g)].map((m) => m[1]);
    if (!outcome.codes.length) outcome.codes = ['(code not read)'];
    const escaped = /"message":"((?:[^"\\]|\\.){0,300})/.exec(text)?.[1];
    try {
      outcome.firstMessage = escaped === undefined ? undefined : JSON.parse(`"${escaped}"`);
    } catch {
      outcome.firstMessage = escaped;
    }
    if (outcome.firstMessage) errors = [{ message: outcome.firstMessage }];
  } else {
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      outcome.nonGraphql = text.slice(0, 300);
    }
    errors = Array.isArray(json?.errors) ? json.errors : [];
    data = json?.data;
    outcome.codes = errors.map((e) => (typeof e?.extensions?.code === 'string' ? e.extensions.code : ''));
    outcome.firstMessage = errors[0]?.message ?? outcome.nonGraphql;
    if (data && typeof data === 'object')
      outcome.answered = Object.keys(data).filter((key) => data[key] !== null && data[key] !== undefined);
  }

  const { problems } = outcome;
  if (outcome.status >= 500) problems.push(`HTTP ${outcome.status}`);
  if (outcome.codes.includes('INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
  if (truncated) problems.push(`response over ${readLimitBytes / 1024 / 1024} MB (limit ${maxBytes / 1024} KB; not read further)`);
  else if (outcome.bytes > maxBytes) problems.push(`response of ${(outcome.bytes / 1024).toFixed(0)} KB (limit ${maxBytes / 1024} KB)`);
  // Error texts, and in data only what the server wrote itself (e.g. import problem lines): the
  // selections leave out single String fields, so the caller's own values are not echoed there (and
  // none of the hostile values matches LEAK). Internals show at the start or the end of a text; a
  // megabyte echo in between is not searched.
  const texts = [];
  if (outcome.nonGraphql !== undefined) texts.push(text);
  for (const error of errors) texts.push(String(error?.message ?? ''), JSON.stringify(error?.extensions ?? {}));
  collectStrings(data, texts);
  for (const whole of texts) {
    const piece = whole.length > 8000 ? `${whole.slice(0, 4000)} … ${whole.slice(-4000)}` : whole;
    const match = LEAK.exec(piece);
    if (match) {
      const start = Math.max(0, match.index - 60);
      const excerpt = JSON.stringify(piece.slice(start, match.index + 80).replace(/\s+/g, ' ')).slice(1, -1);
      problems.push(`leaks internals: …${excerpt}…`);
      break;
    }
  }
  return outcome;
}

parentPort.on('message', ({ id, baseUrl, request }) => {
  send(baseUrl, request).then(
    (outcome) => parentPort.postMessage({ id, outcome }),
    (error) =>
      parentPort.postMessage({
        id,
        outcome: { status: 0, bytes: 0, ms: 0, codes: [], answered: [], problems: [`fuzz client failed: ${String(error)}`] },
      }),
  );
});
