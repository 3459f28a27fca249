// Server rendering on hostile input (issue 24), on the BUILT files (dist/ssr.js, bin/tip-widgets.mjs):
// - every shape of test/fixtures/hostile/inputs.mjs, at about 1 MB, renders in a child process that
//   is killed at a limit far above normal (a backtracking regex or a quadratic tree used to hang);
// - a tag's `src` is fetched only from origins the builder names, never from a loopback, private,
//   link-local or unspecified address unless allowed by address too, redirects only to allowed
//   origins, a JSON media type only; the page says "could not be loaded (on the server)" and the
//   details go to stderr;
// - limits on tags, rendered bytes and time, requests in parallel, a bounded cache that expires;
// - no path or system error in the page; tags in <svg>/<math> left alone; the output passes the
//   Nu HTML Checker (vnu-jar, on Java) with no error.
// Needs no browser. Each check is a node:test test (harness/runner.mjs).
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Socket } from 'node:net';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { HOSTILE_HTML, HOSTILE_SRC } from '../test/fixtures/hostile/inputs.mjs';
import { assert, checkRunner } from '../harness/runner.mjs';

const OUT = '.tmp/ssr-safety';
mkdirSync(OUT, { recursive: true });
/** Far above normal: an ordinary 1 MB post renders in about a second here. */
const SHAPE_LIMIT_MS = 20_000;
const { check, finish } = checkRunner(60_000);
const ssr = await import('../dist/ssr.js');
const { renderHtml, FETCH_CACHE: CACHE } = ssr;
const { LIMITS } = await import('../dist/data/limits.js');

/** Runs `run()` with console.warn recorded; returns [result, warnings]. */
async function warnings(run) {
  const seen = [];
  const warn = console.warn;
  console.warn = (...args) => seen.push(args.join(' '));
  try {
    return [await run(), seen];
  } finally {
    console.warn = warn;
  }
}

/** What a published page must never carry, whatever happened on the build machine. */
function assertClean(html, where) {
  for (const leak of ['network error', 'timed out', 'HTTP 4', 'HTTP 5', 'document is not defined', 'ENOENT', 'ECONNREFUSED', 'not allowed', resolve('.'), 'FetchRefused', 'private IP']) {
    assert(!html.includes(leak), `${where}: the page says “${leak}”`);
  }
}

// ---------------------------------------------------------------- linear time

/**
 * A shape made about `bytes` long (or with exactly `n` repetitions), then `suffix`, rendered in a
 * child process that is killed at SHAPE_LIMIT_MS: a render that blocks the event loop (as the old
 * backtracking regex did) fails here instead of hanging the suite.
 */
function renderShape(index, { bytes, n: exact, suffix = '' }) {
  const script = `
    const { HOSTILE_HTML } = await import(${JSON.stringify(new URL('../test/fixtures/hostile/inputs.mjs', import.meta.url).href)});
    const { renderHtml } = await import(${JSON.stringify(new URL('../dist/ssr.js', import.meta.url).href)});
    const shape = HOSTILE_HTML[${index}];
    let n = ${exact ?? 16};
    while (${exact === undefined} && shape.make(n).length < ${bytes}) n *= 2;
    const html = shape.make(n) + ${JSON.stringify(suffix)};
    console.warn = () => {};
    const started = performance.now();
    const out = await renderHtml(html);
    process.stdout.write(JSON.stringify({ bytes: html.length, ms: performance.now() - started, rendered: out.split('shadowrootmode="open"').length - 1 }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: SHAPE_LIMIT_MS, maxBuffer: 1 << 20 });
  if (run.signal) return { killed: true };
  assert(run.status === 0, `exit ${run.status}: ${run.stderr.slice(0, 300)}`);
  return JSON.parse(run.stdout);
}

for (const [index, shape] of HOSTILE_HTML.entries()) {
  await check(`linear time: ${shape.name}, about 1 MB, renders within ${SHAPE_LIMIT_MS / 1000} s`, async () => {
    const result = renderShape(index, { bytes: 1_000_000 });
    assert(!result.killed, `still running after ${SHAPE_LIMIT_MS / 1000} s`);
    return `${(result.bytes / 1e6).toFixed(2)} MB in ${Math.round(result.ms)} ms`;
  });
}

await check('the 30-comment block-editor post that used to hang (over 120 s) renders, with its widget', async () => {
  const result = renderShape(0, { n: 30, suffix: '<tip-tier-badge><p>Tier 2</p></tip-tier-badge>' });
  assert(!result.killed, `still running after ${SHAPE_LIMIT_MS / 1000} s`);
  assert(result.rendered === 1, `${result.rendered} widgets rendered`);
  return `${Math.round(result.ms)} ms`;
});

// ---------------------------------------------------------------- a server of our own on loopback

const dataset = readFileSync('test/fixtures/fictional-2025.json', 'utf8');
const hits = new Map();
const hit = (path) => hits.get(path) ?? 0;
const other = createServer((request, response) => {
  hits.set(`other${request.url}`, hit(`other${request.url}`) + 1);
  response.writeHead(200, { 'content-type': 'application/json' }).end(dataset);
});
const hanging = new Set();
/** Requests for /slow.json being answered now, and the most at once. */
const slow = { now: 0, most: 0 };
const server = createServer((request, response) => {
  const path = request.url.split('?')[0];
  hits.set(request.url, hit(request.url) + 1);
  const json = () => response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(dataset);
  if (path === '/data.json') json();
  else if (path === '/page.json') response.writeHead(200, { 'content-type': 'text/html' }).end(dataset);
  else if (path === '/invalid.json') response.writeHead(200, { 'content-type': 'application/json' }).end('{"metrics": 5}');
  else if (path === '/missing.json') response.writeHead(404).end('no');
  else if (path === '/redirect-in') response.writeHead(302, { location: '/data.json' }).end();
  else if (path === '/redirect-out') response.writeHead(302, { location: `${otherUrl}/data.json` }).end();
  else if (path === '/redirect-localhost') response.writeHead(302, { location: `http://localhost:${server.address().port}/data.json` }).end();
  else if (path === '/redirect-loop') response.writeHead(302, { location: '/redirect-loop' }).end();
  else if (path === '/slow.json') {
    slow.now++;
    slow.most = Math.max(slow.most, slow.now);
    setTimeout(() => {
      slow.now--;
      json();
    }, 1500);
  }
  else if (path === '/hang.json') hanging.add(response);
  else response.writeHead(404).end();
});
server.listen(0, '127.0.0.1');
other.listen(0, '127.0.0.1');
await Promise.all([once(server, 'listening'), once(other, 'listening')]);
const base = `http://127.0.0.1:${server.address().port}`;
const otherUrl = `http://127.0.0.1:${other.address().port}`;
const local = { fetchOrigins: [base], allowAddresses: ['127.0.0.1'] };
const card = (src, metric = 'shelter-funding') => `<tip-stat-card metric="${metric}" src="${src}"><p>A figure.</p></tip-stat-card>`;
const FIGURE = 'part="value"';
const PLAIN = 'could not be loaded (on the server)';

await check('without fetchOrigins nothing is fetched: the page says “could not be loaded (on the server)”, stderr says why', async () => {
  const [out, warned] = await warnings(() => renderHtml(card(`${base}/data.json`)));
  assert(hit('/data.json') === 0, `${hit('/data.json')} requests reached the server`);
  assert(out.includes(PLAIN) && !out.includes(FIGURE), 'the page does not show the plain message');
  assert(warned.some((w) => w.includes('fetching is off')), `stderr: ${warned.join(' | ')}`);
  assertClean(out, 'fetching off');
  return '0 requests';
});

await check('a relative src without baseUrl: no request, the plain message (it used to say “document is not defined”)', async () => {
  const [out] = await warnings(() => renderHtml(card('/data.json'), { fetchOrigins: [base], allowAddresses: ['127.0.0.1'] }));
  assert(out.includes(PLAIN), 'no plain message');
  assertClean(out, 'relative src');
  const [withBase] = await warnings(() => renderHtml(card('/data.json'), { ...local, baseUrl: `${base}/post/` }));
  assert(withBase.includes(FIGURE), 'with baseUrl and an allowed origin, the figure is missing');
  return 'relative src fetched only with baseUrl and an allowed origin';
});

await check('an allowed origin on a loopback address is still refused unless allowAddresses names the address', async () => {
  const before = hit('/data.json');
  const [out, warned] = await warnings(() => renderHtml(card(`${base}/data.json`), { fetchOrigins: [base] }));
  assert(hit('/data.json') === before, 'the request reached the server');
  assert(out.includes(PLAIN), 'no plain message');
  assertClean(out, 'loopback refused');
  const [allowed] = await warnings(() => renderHtml(card(`${base}/data.json`), local));
  assert(allowed.includes(FIGURE), 'allowed explicitly, the figure is missing');
  return `refused: ${warned.find((w) => w.includes('was not loaded'))?.slice(0, 90)}…; allowed with allowAddresses`;
});

await check(`every server-side hostile src of the shared list (${HOSTILE_SRC.filter((s) => s.blockedOnServer).length}) is refused before connecting, with its origin allowed`, async () => {
  const blocked = HOSTILE_SRC.filter((s) => s.blockedOnServer);
  const origins = [...new Set(blocked.map((s) => new URL(s.src).origin))];
  // Every socket this process opens meanwhile is recorded, and one to anywhere but loopback is
  // stopped before it connects: the test proves no connection is attempted, and a regression
  // sends nothing off this machine.
  const attempts = [];
  const connect = Socket.prototype.connect;
  Socket.prototype.connect = function (...args) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const host = typeof first === 'object' && first ? (first.host ?? 'localhost') : (args[1] ?? 'localhost');
    attempts.push(host);
    if (!/^(127\.|::1$|localhost$)/.test(host)) {
      process.nextTick(() => this.destroy(new Error(`the test stopped a connection to ${host}`)));
      return this;
    }
    return connect.apply(this, args);
  };
  let out;
  let warned;
  try {
    [out, warned] = await warnings(() => renderHtml(blocked.map((s) => card(s.src)).join('\n'), { fetchOrigins: origins, maxTags: 1000 }));
  } finally {
    Socket.prototype.connect = connect;
  }
  const refused = warned.filter((w) => /was not loaded: .*not allowed/.test(w));
  assert(refused.length === blocked.length, `${refused.length} of ${blocked.length} refused by address:\n${warned.join('\n')}`);
  const offMachine = attempts.filter((host) => !/^(127\.|::1$|localhost$)/.test(host));
  assert(offMachine.length === 0, `connections attempted to ${offMachine.join(', ')}`);
  assert(out.split(PLAIN).length - 1 === blocked.length, 'not every tag shows the plain message');
  assertClean(out, 'hostile src');
  return `${blocked.length} refused, ${attempts.length} sockets opened (names only, refused at their lookup: ${attempts.join(', ') || 'none'}), none off this machine`;
});

await check('other hostile src schemes (ftp, file, data, javascript) are never fetched', async () => {
  const schemes = HOSTILE_SRC.filter((s) => /^(ftp|file|data|javascript):/.test(s.src));
  const [out] = await warnings(() => renderHtml(schemes.map((s) => card(s.src)).join('\n'), { fetchOrigins: [base] }));
  assert(out.split(PLAIN).length - 1 === schemes.length, 'not every tag shows the plain message');
  assert(!out.includes('root:'), 'a file was read');
  return `${schemes.length} refused`;
});

await check('redirects: followed within an allowed origin; refused to another origin, to a name of the same address, and in a loop', async () => {
  const [inside] = await warnings(() => renderHtml(card(`${base}/redirect-in`), local));
  assert(inside.includes(FIGURE), 'a redirect within the origin was not followed');
  const [out, warned] = await warnings(() => renderHtml([card(`${base}/redirect-out`), card(`${base}/redirect-localhost`), card(`${base}/redirect-loop`)].join(''), local));
  assert(hit('other/data.json') === 0, 'the other origin was reached');
  assert(out.split(PLAIN).length - 1 === 3, 'not every refused redirect shows the plain message');
  assert(warned.some((w) => w.includes('redirects')), `no loop message: ${warned.join(' | ')}`);
  assertClean(out, 'redirects');
  return `other origin reached ${hit('other/data.json')} times`;
});

await check('a src that answers 404, HTML or an invalid dataset: the same plain message in the page, the reason on stderr', async () => {
  const [out, warned] = await warnings(() => renderHtml([card(`${base}/missing.json`), card(`${base}/page.json`), card(`${base}/invalid.json`)].join(''), local));
  assert(out.split(PLAIN).length - 1 === 3, 'the three do not show the plain message');
  for (const reason of ['HTTP 404', 'served as text/html, not JSON', 'invalid:']) assert(warned.some((w) => w.includes(reason)), `stderr lacks “${reason}”: ${warned.join(' | ')}`);
  assertClean(out, 'failures');
  return 'HTTP 404, text/html, invalid: one message';
});

await check('three tags with a slow src (1.5 s each) are fetched in parallel', async () => {
  const [out] = await warnings(() => renderHtml([1, 2, 3].map((i) => card(`${base}/slow.json?${i}`)).join(''), local));
  assert(out.split(FIGURE).length - 1 === 3, 'not all three rendered');
  assert(slow.most === 3, `at most ${slow.most} of the 3 requests were in flight at once`);
  return `${slow.most} requests in flight at once`;
});

await check('timeLimitMs: a src that never answers is abandoned at the limit; tags not reached keep their fallback', async () => {
  const started = Date.now();
  const page = [card(`${base}/hang.json`), ...Array.from({ length: 6 }, (_, i) => card(`${base}/hang.json?${i}`))].join('');
  const [out, warned] = await warnings(() => renderHtml(page, { ...local, timeLimitMs: 1000, concurrency: 2 }));
  const ms = Date.now() - started;
  // Without the render's own limit, each hanging fetch would end only at LIMITS.timeoutMs (10 s).
  assert(ms < LIMITS.timeoutMs / 2, `${ms} ms: the fetches ran until their own timeout`);
  assert(out.includes(PLAIN), 'no plain message');
  assert(warned.some((w) => w.includes('timeLimitMs')), `no time-limit warning: ${warned.join(' | ')}`);
  assertClean(out, 'time limit');
  for (const response of hanging) response.destroy();
  return `${ms} ms, ${out.split('shadowrootmode').length - 1} of 7 rendered`;
});

await check('maxTags: 2,000 badges render the first 200 (default), with a warning, and the output stays bounded', async () => {
  const page = '<tip-tier-badge><p>Tier 2</p></tip-tier-badge>'.repeat(2000);
  const [out, warned] = await warnings(() => renderHtml(page));
  const rendered = out.split('shadowrootmode').length - 1;
  assert(rendered === 200, `${rendered} rendered`);
  assert(warned.some((w) => w.includes('maxTags')), 'no warning');
  return `${(page.length / 1e3).toFixed(0)} kB in → ${(out.length / 1e6).toFixed(1)} MB out (it was 13 MB)`;
});

await check('maxRenderedBytes: rendering stops before the limit, with a warning', async () => {
  const page = '<tip-tier-badge><p>Tier 2</p></tip-tier-badge>'.repeat(20);
  const [out, warned] = await warnings(() => renderHtml(page, { maxRenderedBytes: 50_000 }));
  assert(out.length - page.length <= 50_000, `${out.length - page.length} bytes added`);
  assert(out.includes('shadowrootmode') && warned.some((w) => w.includes('maxRenderedBytes')), 'nothing rendered, or no warning');
  return `${out.split('shadowrootmode').length - 1} of 20 rendered, ${out.length - page.length} bytes added`;
});

await check(`the fetch cache holds the last ${CACHE.maxEntries} datasets of 300 different src, and forgets after its expiry`, async () => {
  const src = (i) => `${base}/data.json?n=${i}`;
  await warnings(() => renderHtml(Array.from({ length: 300 }, (_, i) => card(src(i))).join(''), { ...local, maxTags: 300, concurrency: 1 }));
  const kept = Array.from({ length: CACHE.maxEntries }, (_, i) => 300 - CACHE.maxEntries + i);
  await warnings(() => renderHtml(kept.map((i) => card(src(i))).join(''), { ...local, concurrency: 1 }));
  const refetched = kept.filter((i) => hit(`/data.json?n=${i}`) !== 1);
  assert(refetched.length === 0, `the last ${CACHE.maxEntries} were fetched again: ${refetched.join(', ')}`);
  await warnings(() => renderHtml(card(src(300 - CACHE.maxEntries - 1)), local));
  assert(hit(`/data.json?n=${300 - CACHE.maxEntries - 1}`) === 2, 'the one before them was still cached');
  const again = `${base}/data.json?again`;
  await warnings(() => renderHtml(card(again), local));
  const ttl = CACHE.ttlMs;
  CACHE.ttlMs = 50;
  await new Promise((r) => setTimeout(r, 100));
  await warnings(() => renderHtml(card(again), local));
  CACHE.ttlMs = ttl;
  assert(hit('/data.json?again') === 2, `fetched ${hit('/data.json?again')} times after the expiry`);
  return `the last ${CACHE.maxEntries} answered from the cache, the ${CACHE.maxEntries + 1}th from the end fetched again; refetched after expiry`;
});

// ---------------------------------------------------------------- paths, foreign content, options

await check('a missing dataset file: no path and no system error in the page; both on stderr', async () => {
  const [out, warned] = await warnings(() => renderHtml('<tip-tier-badge></tip-tier-badge>', { dataset: 'missing.json' }));
  assertClean(out, 'missing dataset');
  assert(!out.includes('missing.json'), 'the path is in the page');
  assert(out.includes('could not be loaded'), 'no message');
  assert(warned.some((w) => w.includes('missing.json') && w.includes('ENOENT')), `stderr: ${warned.join(' | ')}`);
  return 'page: “could not be loaded (on the server)”';
});

await check('a tag inside <svg> or <math> is left as written, with a warning; one beside them is rendered', async () => {
  const page = '<svg><tip-stat-card metric="convictions"></tip-stat-card></svg><math><tip-tier-badge></tip-tier-badge></math><svg><foreignObject><tip-tier-badge></tip-tier-badge></foreignObject></svg>';
  const [out, warned] = await warnings(() => renderHtml(page));
  const templates = out.split('<template').length - 1;
  assert(templates === 1, `${templates} templates (only the one in foreignObject, an HTML integration point, should be rendered)`);
  assert(out.startsWith('<svg><tip-stat-card metric="convictions"></tip-stat-card></svg><math><tip-tier-badge></tip-tier-badge></math>'), 'svg and math were changed');
  assert(warned.filter((w) => w.includes('<svg> or <math>')).length === 2, `warnings: ${warned.join(' | ')}`);
  return '2 left alone, 1 rendered in foreignObject';
});

await check('bad options are a builder\'s error (TypeError), and the CLI exits 2 with its usage', async () => {
  for (const options of [{ fetchOrigins: ['ftp://x.org'] }, { fetchOrigins: ['https://x.org/path'] }, { allowAddresses: ['not-an-ip'] }, { maxTags: 0 }]) {
    let error;
    try {
      await renderHtml('<p></p>', options);
    } catch (e) {
      error = e;
    }
    assert(error instanceof TypeError, `${JSON.stringify(options)}: ${error}`);
  }
  const run = spawnSync(process.execPath, ['bin/tip-widgets.mjs', 'render', '-', '--allow-origin', 'nope'], { encoding: 'utf8', input: '<p></p>' });
  assert(run.status === 2 && /not an http\(s\) origin/.test(run.stderr), `CLI: exit ${run.status} ${run.stderr.slice(0, 120)}`);
  return '4 option errors; CLI --allow-origin nope: exit 2';
});

// ---------------------------------------------------------------- the Nu HTML Checker

await check('the server output of a seven-widget page passes the Nu HTML Checker (vnu-jar) with no error', async () => {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  assert(java.status === 0, 'java is missing (Debian: default-jre-headless)');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Seven widgets</title></head><body><main>
<tip-tier-badge show-history><p>Serbia: Tier 2.</p></tip-tier-badge>
<p>Inline: <tip-tier-badge variant="compact"><span>Tier 2</span></tip-tier-badge></p>
<tip-stat-card metric="convictions" show-breakdown><p>Convictions.</p></tip-stat-card>
<tip-stat-card metric="no-such-metric"><p>A figure.</p></tip-stat-card>
<tip-yoy-chart preset="law-enforcement"><p>Law enforcement.</p></tip-yoy-chart>
<tip-recommendation-list limit="4"><p>Recommendations.</p></tip-recommendation-list>
<tip-hotline-callout locale="sr"><p>Help.</p></tip-hotline-callout>
</main></body></html>`;
  const [out] = await warnings(() => renderHtml(page));
  assert(!out.includes('<?>'), 'Lit’s <?> is in the output');
  const file = `${OUT}/seven.html`;
  writeFileSync(file, out);
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', file], { encoding: 'utf8' });
  assert(run.status === 0, `vnu: ${run.stderr.split('\n').slice(0, 8).join('\n')}`);
  return `${(out.length / 1e3).toFixed(0)} kB, 0 errors`;
});

server.closeAllConnections();
other.closeAllConnections();
server.close();
other.close();
console.log('');
finish();
