// Test-server additions: JSON imported as a module (as Vite does), and endpoints that misbehave on purpose.
import { PassThrough } from 'node:stream';

/**
 * `import data from './x.json'` works in Vite builds; the test server serves the same import as
 * an ES module by rewriting it to `x.json?module`. A plain fetch of `x.json` still gets JSON.
 */
export function jsonModulePlugin() {
  return {
    name: 'json-module',
    resolveImport({ source }) {
      if (source.endsWith('.json')) return `${source}?module`;
      return undefined;
    },
    resolveMimeType(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('module')) return 'js';
      return undefined;
    },
    transform(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('module')) {
        return { body: `export default ${context.body};`, headers: { 'content-type': 'text/javascript' } };
      }
      return undefined;
    },
  };
}

/**
 * `/__test__/…` endpoints for network tests: a 404, a slow response, one that never ends, and an
 * oversized one. The never-ending stream is closed when the client aborts, so nothing lingers.
 */
export function misbehavingEndpoints() {
  return async (ctx, next) => {
    const path = ctx.path;
    if (!path.startsWith('/__test__/')) return next();
    ctx.set('cache-control', 'no-store');
    if (path === '/__test__/missing.json') {
      ctx.status = 404;
      ctx.body = 'not found';
      return;
    }
    if (path === '/__test__/slow.json') {
      const ms = Math.min(Number(ctx.query.ms ?? 1500), 5000);
      await new Promise((r) => setTimeout(r, ms));
      ctx.type = 'application/json';
      ctx.body = ctx.query.body ?? '{}';
      return;
    }
    if (path === '/__test__/never.json') {
      const stream = new PassThrough();
      stream.write('{"schemaVersion": 1, ');
      ctx.req.on('close', () => stream.destroy());
      ctx.type = 'application/json';
      ctx.body = stream;
      return;
    }
    if (path === '/__test__/huge.json') {
      ctx.type = 'application/json';
      ctx.body = `{"pad": "${'x'.repeat(5 * 1024 * 1024)}"}`;
      return;
    }
    if (path === '/__test__/not-json.json') {
      ctx.type = 'application/json';
      ctx.body = '{ this is not json';
      return;
    }
    if (await hardeningEndpoints(ctx)) return;
    return next();
  };
}

// ---- test/hardening: hostile datasets built in the browser, and responses that misbehave in new ways.

/**
 * Bodies stored by `PUT /__test__/store/<id>`, served by `GET /__test__/stored/<id>[?ms=delay]`. No
 * file extension: the test runner marks every path with one as cacheable for a year, and a
 * browser-cached response would hide a second fetch.
 */
const stored = new Map();
/** Requests per URL (path and query), for "one fetch per src" with a unique query string. */
const urlCounts = {};
const MAX_STORED = 8 * 1024 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_STORED) req.destroy(new Error('too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * - `PUT /__test__/store/<id>`: keep the request body (up to 8 MB) under `id`.
 * - `GET /__test__/stored/<id>?ms=&type=`: serve it (`cache-control: no-store`), after `ms` milliseconds (at most 5000),
 *   as `application/json`, or with `type` as the Content-Type header, exactly as given (`type=` for none).
 * - `GET /__test__/count-url?url=`: how often that exact path+query was requested.
 * - `GET /__test__/gone/…`: 410, for random `src` values resolved against `<base href="/__test__/gone/">`.
 * - `GET /__test__/endless?kb=`: `kb` KB of JSON-looking bytes with no Content-Length, then
 *   the response stays open: only a reader that counts bytes as they arrive stops early.
 */
async function hardeningEndpoints(ctx) {
  const path = ctx.path;
  if (ctx.method === 'PUT' && path.startsWith('/__test__/store/')) {
    stored.set(path.slice('/__test__/store/'.length), await readBody(ctx.req));
    ctx.status = 204;
    return true;
  }
  if (path.startsWith('/__test__/stored/')) {
    const body = stored.get(path.slice('/__test__/stored/'.length));
    if (!body) {
      ctx.status = 404;
      ctx.body = 'not stored';
      return true;
    }
    const ms = Math.min(Number(ctx.query.ms ?? 0) || 0, 5000);
    if (ms) await new Promise((r) => setTimeout(r, ms));
    ctx.body = body;
    // Set after the body, which would otherwise add a type of its own; Koa's ctx.type would add a charset.
    const type = ctx.query.type ?? 'application/json';
    if (type) ctx.set('content-type', String(type));
    else ctx.remove('content-type');
    return true;
  }
  if (path === '/__test__/count-url') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: urlCounts[String(ctx.query.url ?? '')] ?? 0 });
    return true;
  }
  if (path === '/__test__/endless') {
    const kb = Math.min(Number(ctx.query.kb ?? 2048) || 0, 64 * 1024);
    const stream = new PassThrough();
    const chunk = Buffer.from(`"${'x'.repeat(1022)}",`);
    stream.write('[');
    let sent = 0;
    const pump = () => {
      while (sent < kb) {
        sent++;
        if (!stream.write(chunk)) return void stream.once('drain', pump);
      }
    };
    pump();
    ctx.req.on('close', () => stream.destroy());
    ctx.type = 'application/json';
    ctx.body = stream;
    return true;
  }
  if (path.startsWith('/__test__/gone/')) {
    // 410, not 404: the attribute tests resolve thousands of random `src` values here, and the
    // test runner lists every 404.
    ctx.status = 410;
    ctx.body = 'gone';
    return true;
  }
  return false;
}

/** Counts requests by path and query (read with /__test__/count-url), to prove one fetch per `src`. */
export function requestCounter() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/test/fixtures/') || ctx.path.startsWith('/__test__/stored/')) urlCounts[ctx.url] = (urlCounts[ctx.url] ?? 0) + 1;
    return next();
  };
}

/**
 * `executeServerCommand('tip-forced-colors', { active })`: emulates Windows High Contrast
 * (`forced-colors: active`) through the DevTools protocol, which @web/test-runner's emulateMedia
 * offers only for Playwright. It replaces any other emulated media feature until turned off.
 */
function forcedColorsPlugin() {
  // One protocol session per page, kept open: an emulation ends with the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'tip-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tip-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

export function testServerPlugins() {
  return [jsonModulePlugin(), forcedColorsPlugin()];
}

export function testMiddleware() {
  return [requestCounter(), misbehavingEndpoints()];
}
