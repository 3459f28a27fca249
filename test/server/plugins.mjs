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
    if (path === '/__test__/count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counts);
      return;
    }
    return next();
  };
}

/** How many times each path under /test/fixtures/ was requested, to prove one fetch per `src`. */
const counts = {};
export function requestCounter() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/test/fixtures/')) counts[ctx.path] = (counts[ctx.path] ?? 0) + 1;
    return next();
  };
}

export function testServerPlugins() {
  return [jsonModulePlugin()];
}

export function testMiddleware() {
  return [requestCounter(), misbehavingEndpoints()];
}
