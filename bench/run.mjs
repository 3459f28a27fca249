// `npm run bench`: what the widgets cost a page, measured in headless Chromium in one run. Prints a
// table and writes bench/results.json (git-ignored). A benchmark that reports figures, not a test:
// it exits 0 whether or not a goal is met (checks/size.mjs is the gate for sizes), and 1 only
// when it could not measure.
//
//   1. First-load JavaScript (gzip, brotli) of three pages, npm path and CDN path, beside the naive
//      approach (lit + chart.js/auto, eager).
//   2. Time until N stat cards are rendered (N = 10, 100, 1000) against the same N static <div>s
//      with the same markup and text, median of REPEATS; the ratio and how the cost grows with N.
//      The goal is judged against the unstyled twin (the stricter reading); a second twin with the
//      card's CSS as a page stylesheet (the same look) is timed beside it for context.
//   3. Cumulative layout shift of demo/index.html at 412 px, with the CDN stylesheet (and without,
//      for comparison), on a throttled network so the widgets upgrade after first paint.
//   4. JS heap growth after 200 mount/unmount cycles of a stat card, and of a chart.
//   5. Time until the one-stat-card page shows its figure on Slow 4G (npm and CDN path, and the CDN
//      page server-rendered by tip-widgets/ssr): what the round trips cost a reader on a slow
//      connection (not a goal of the issue; reported).
//   6. HTML bytes (gzip) a server-rendered stat card adds to a page.
//
//   8. Hostile datasets (10,000 metrics, 100,000 levels of nesting, a 5 MB file, by `src` and by
//      `data`): the time from the tag entering the page to its message. The hardening tests check
//      the message and that nothing freezes; the time is measured here, not asserted there.
//   9. Server rendering time: renderHtml per 100 kB of a realistic post, and 1 MB of each hostile
//      shape (test/fixtures/hostile/inputs.mjs) beside 1 MB of that post (issue 24: same order).
//  10. Time to make a PNG on the server (renderImage, issue 26): median of several runs.
//  11. Time to make a PNG in the browser (the Share menu, issue 26; bench/share.mjs): median of several runs.
//
//   7. Issue 15, the CDN bundle as a loader by tag: its pages beside the single bundle it replaced
//      (built from BEFORE_COMMIT in bench/cdn.mjs), the time to the first figure of both, and
//      Lighthouse (mobile profile) on the demo article served compressed, before and after: the
//      long tasks of our files, TBT, max potential FID and CLS, medians of LIGHTHOUSE_RUNS.
//
// Over 500 lines in one file on purpose: the sections share one build, one server and one browser,
// and write one results file that the README's figures come from; each section is a function here,
// and the page builders it shares with checks/size.mjs live in bench/pages.mjs.
//
// Run `npm run build` first. Options: --quick (fewer repeats and cycles, for trying the script),
// --no-before (skip building and measuring the earlier CDN bundle), --runs=N (runs of sections 5 and 7).
// Over 500 lines in one file on purpose: one browser and one set of built pages serve every
// section, and the printed report keeps the sections' order; the page builders and measures it
// shares with the size check are in bench/pages.mjs and bench/sizes.mjs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { chromeArgs, findChrome, HOW_TO_GET_CHROME } from '../harness/chrome.mjs';
import { serve } from '../harness/serve.mjs';
import { buildNpmPages, measurePages, NAIVE, PAGES, widgetsSettled, writeCdnPages } from './pages.mjs';
import { kB, KB } from './sizes.mjs';
import { BEFORE_COMMIT, buildBefore, lighthouseDemo } from './cdn.mjs';
import { imageTimes, printImageTimes, printSsrTimes, ssrBytes, ssrRenderTimes, writeSsrPage } from './ssr.mjs';
import { browserImageTimes, printBrowserImageTimes } from './share.mjs';

const quick = process.argv.includes('--quick');
const REPEATS = quick ? 3 : 11;
const COUNTS = [10, 100, 1000];
const CYCLES = quick ? 50 : 200;
const WARMUP = 20;
// --runs=N: N runs of the first-figure and Lighthouse measurements whatever the other settings.
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7)) || undefined;
const FIRST_FIGURE_RUNS = RUNS ?? (quick ? 2 : 5);
const LIGHTHOUSE_RUNS = RUNS ?? (quick ? 1 : 5);
/** The CDN bundle before it became a loader (bench/cdn.mjs): `{ dir, commit }`, or `{ reason }`. */
let before = { reason: 'skipped (--no-before)' };
/** Issue 15's goals for the CDN pages: one card within 1.5 kB of the npm page's, four widgets 24 kB, the chart no heavier than before. */
const CDN_GOALS = { cardOverNpm: 1.5 * KB, fourWidgets: 24 * KB, chartBefore: 73.3 * KB, tbtMs: 50, cls: 0.001 };
const GOALS = {
  'stat-card': 12 * KB,
  'four-widgets': 20 * KB,
  chart: 65 * KB,
  cardsRatio100: 2,
  cls: 0.01,
  heapBytes: 512 * KB,
};

for (const file of ['dist/index.js', 'dist/cdn/tip-widgets.js', 'demo/index.html']) {
  if (!existsSync(file)) {
    console.error(`bench: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}
const chrome = findChrome();
if (!chrome) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

const work = mkdtempSync(join(tmpdir(), 'tip-bench-'));
const www = join(work, 'www');
const servers = [];
let browser;
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))) },
  units: { bytes: 'bytes; 1 kB = 1000 bytes; gzip -9, brotli quality 11, each file compressed alone', time: 'milliseconds (performance.now() in the page)', heap: 'bytes (CDP Runtime.getHeapUsage after forced GC)' },
  goals: GOALS,
};

/** Loads `url` in a fresh context and waits for its widgets. */
async function fresh(url, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  await widgetsSettled(page);
  // A figure taken from a broken page is not a figure.
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { context, page, errors };
}

// ------------------------------------------------------------------------------------------------
// 1. Sizes

async function sizes(baseUrl) {
  log('1/5 sizes: building the pages and loading each in Chromium');
  const npm = await measurePages({ browser, baseUrl, www, entries: PAGES.map((p) => ({ ...p, url: `npm/${p.id}/index.html` })) });
  const cdnUrls = writeCdnPages({ work });
  const cdn = await measurePages({ browser, baseUrl, www, entries: PAGES.map((p) => ({ ...p, url: cdnUrls[p.id] })) });
  const [naive] = await measurePages({ browser, baseUrl, www, entries: [{ ...NAIVE, url: `npm/${NAIVE.id}/index.html` }] });
  // The CDN bundle as it was before it became a loader, on the same pages.
  const cdnBefore = before.dir ? await measurePages({ browser, baseUrl, www, entries: PAGES.map((p) => ({ ...p, url: `cdn-pages-before/${p.id}.html` })) }) : [];
  // The same npm pages built with terser (a Vite option an app may set), and the naive page too.
  const npmTerser = await measurePages({ browser, baseUrl, www, entries: [...PAGES, NAIVE].map((p) => ({ ...p, url: `npm-terser/${p.id}/index.html` })) });
  const shape = (row) => ({
    title: row.title,
    budget: row.budget,
    gzip: row.counted.total.gzip,
    brotli: row.counted.total.brotli,
    raw: row.counted.total.raw,
    beforeScroll: row.after ? { gzip: row.first.total.gzip, brotli: row.first.total.brotli } : undefined,
    breakdownGzip: Object.fromEntries(Object.entries(row.counted.groups).map(([k, v]) => [k, v.gzip])),
    files: row.counted.files,
    sources: row.counted.sources.map(({ name, group, minified, gzip }) => ({ name, group, minified, gzip })),
    problems: row.problems,
  });
  return {
    npm: Object.fromEntries(npm.map((r) => [r.id, shape(r)])),
    cdn: Object.fromEntries(cdn.map((r) => [r.id, shape(r)])),
    cdnBefore: Object.fromEntries(cdnBefore.map((r) => [r.id, shape(r)])),
    naive: shape(naive),
    npmTerser: Object.fromEntries(npmTerser.map((r) => [r.id, shape(r)])),
  };
}

// ------------------------------------------------------------------------------------------------
// 2. N stat cards against N static copies of their markup

/** In the page: N cards created, appended, loaded and laid out; returns ms. */
function timeCards(n) {
  return (async () => {
    const host = document.createElement('div');
    host.className = 'cards';
    document.body.append(host);
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const card = document.createElement('tip-stat-card');
      card.setAttribute('metric', 'convictions');
      card.textContent = 'Traffickers convicted in 2024: 21 (18 in 2023)';
      host.append(card);
    }
    await Promise.all([...host.children].map((card) => card.loadComplete));
    host.getBoundingClientRect(); // forces style and layout of every card, shadow roots included
    const elapsed = performance.now() - t0;
    host.remove();
    return elapsed;
  })();
}

/**
 * In the page: the same N cards as static markup (their rendered shadow DOM, as plain HTML);
 * returns ms. With `css` (the card's style sheets, `:host` rewritten to the wrapper `.twin`), the
 * twin looks like the card, as a static page with its stylesheet would; the sheet is in place
 * before the clock starts, as a page's CSS is loaded before its body.
 */
function timeStatic(n, markup, css) {
  if (css) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    document.body.getBoundingClientRect();
  }
  const host = document.createElement('div');
  document.body.append(host);
  const range = document.createRange();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const div = document.createElement('div');
    if (css) div.className = 'twin';
    div.append(range.createContextualFragment(markup)); // parsed, as a static page's HTML would be
    host.append(div);
  }
  host.getBoundingClientRect(); // forces style and layout
  const elapsed = performance.now() - t0;
  host.remove();
  return elapsed;
}

async function cardTimes(baseUrl) {
  log(`2/5 time to render N stat cards vs static markup (N = ${COUNTS.join(', ')}; median of ${REPEATS})`);
  const url = `${baseUrl}/npm/stat-card/index.html`;
  // The static twin: one rendered card's shadow DOM, lit's comment markers removed, as plain HTML.
  const probe = await fresh(url);
  const markup = await probe.page.evaluate(() =>
    document.querySelector('tip-stat-card').shadowRoot.getHTML().replace(/<!--[^]*?-->/g, ''),
  );
  const text = await probe.page.evaluate(() => document.querySelector('tip-stat-card').shadowRoot.textContent.replace(/\s+/g, ' ').trim());
  if (!/\b21\b/.test(text)) throw new Error(`the stat card page does not show its figure: ${text.slice(0, 120)}`);
  // The card's CSS for the styled twin: its adopted sheets, `:host(…)`/`:host` aimed at `.twin`.
  const css = await probe.page.evaluate(() =>
    customElements
      .get('tip-stat-card')
      .elementStyles.map((style) => style.cssText)
      .join('\n')
      .replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, '.twin$1')
      .replace(/:host/g, '.twin'),
  );
  await probe.context.close();
  const rows = [];
  for (const n of COUNTS) {
    const cards = [];
    const statics = [];
    const styled = [];
    for (let r = 0; r < REPEATS; r++) {
      // A fresh page each time: no garbage or caches carried over; the page's own card has loaded
      // the code and the convictions data, so this times rendering, not downloading.
      const a = await fresh(url);
      cards.push(await a.page.evaluate(timeCards, n));
      await a.context.close();
      const b = await fresh(url);
      statics.push(await b.page.evaluate(timeStatic, n, markup));
      await b.context.close();
      const c = await fresh(url);
      styled.push(await c.page.evaluate(timeStatic, n, markup, css));
      await c.context.close();
    }
    const row = { n, cardsMs: median(cards), staticMs: median(statics), styledStaticMs: median(styled), cardsRuns: cards, staticRuns: statics, styledStaticRuns: styled };
    row.ratio = row.cardsMs / row.staticMs;
    row.styledRatio = row.cardsMs / row.styledStaticMs;
    row.perCardMs = row.cardsMs / n;
    rows.push(row);
    log(`    N=${n}: cards ${ms(row.cardsMs)}, static ${ms(row.staticMs)} (styled ${ms(row.styledStaticMs)}), ratio ${row.ratio.toFixed(2)} (${row.styledRatio.toFixed(2)})`);
  }
  // Growth: the exponent k in t ∝ N^k between the smallest and largest N (1 = linear), and the
  // least-squares slope in ms per card.
  const first = rows[0];
  const last = rows[rows.length - 1];
  const exponent = Math.log(last.cardsMs / first.cardsMs) / Math.log(last.n / first.n);
  const staticExponent = Math.log(last.staticMs / first.staticMs) / Math.log(last.n / first.n);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const xs = rows.map((r) => r.n);
  const ys = rows.map((r) => r.cardsMs);
  const slope = xs.reduce((acc, x, i) => acc + (x - mean(xs)) * (ys[i] - mean(ys)), 0) / xs.reduce((acc, x) => acc + (x - mean(xs)) ** 2, 0);
  return { metric: 'convictions', text, rows, exponent, staticExponent, slopeMsPerCard: slope };
}

// ------------------------------------------------------------------------------------------------
// 5. Time to the first figure on a slow connection

/**
 * Navigation start to the moment the one-stat-card page shows "21" in the card, on Slow 4G
 * (no CPU throttling, cold cache, fresh context each run): the page's round trips, which bytes
 * alone do not show. The npm page as a user's Vite build makes it; the CDN page as pasted.
 */
async function firstFigure(baseUrl) {
  log(`5/5 time to the first figure on Slow 4G (median of ${FIRST_FIGURE_RUNS})`);
  const pages = { npm: 'npm/stat-card/index.html', cdn: 'cdn-pages/stat-card.html', ssr: 'cdn-pages/stat-card-ssr.html' };
  if (before.dir) pages['cdn-before'] = 'cdn-pages-before/stat-card.html';
  const out = {};
  for (const [path, url] of Object.entries(pages)) {
    const runs = [];
    const fcps = [];
    for (let r = 0; r < FIRST_FIGURE_RUNS; r++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
      await page.goto(`${baseUrl}/${url}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      // The time is read in the same frame the figure is seen, not after a round trip to Node.
      const shown = await page.waitForFunction(
        () => /\b21\b/.test(document.querySelector('tip-stat-card')?.shadowRoot?.querySelector('[part~="value"]')?.textContent ?? '') && performance.now(),
        { timeout: 60_000, polling: 'raf' },
      );
      runs.push(await shown.jsonValue());
      // Server-rendered, the figure is in the first paint itself.
      // Waited for: server-rendered, the figure is found in the frame before that paint is recorded.
      const fcp = await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
            setTimeout(() => resolve(undefined), 10_000);
          }),
      );
      if (fcp !== undefined) fcps.push(fcp);
      await context.close();
    }
    out[path] = { ms: median(runs), runs, ...(fcps.length ? { firstContentfulPaintMs: median(fcps) } : {}) };
    log(`    ${path}: ${ms(out[path].ms)}`);
  }
  return { network: 'Slow 4G (~1.6 Mbps, 562 ms RTT)', ...out };
}

// ------------------------------------------------------------------------------------------------
// 3. Layout shift of the demo article at 412 px

function observeShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Every shift counts: these runs send no input, yet under mobile emulation Chrome marks
      // some shifts hadRecentInput (seen: the widgets' upgrade), which CLS would leave out.
      window.__shifts.push({
        value: entry.value,
        time: entry.startTime,
        sources: (entry.sources ?? []).map((s) => (s.node ? `${s.node.nodeName.toLowerCase()}${s.node.id ? `#${s.node.id}` : ''}${s.node.className && typeof s.node.className === 'string' ? `.${s.node.className.split(' ')[0]}` : ''}` : '?')),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** web-vitals' CLS: the largest session window (shifts < 1 s apart, window ≤ 5 s). */
function sessionCls(shifts) {
  let best = 0;
  let current = 0;
  let windowStart = 0;
  let previous = -Infinity;
  for (const { value, time } of shifts) {
    if (time - previous > 1000 || time - windowStart > 5000) {
      current = 0;
      windowStart = time;
    }
    current += value;
    previous = time;
    best = Math.max(best, current);
  }
  return best;
}

async function layoutShift(repoUrl) {
  log('3/5 layout shift: demo/index.html at 412 px, Slow 4G and 4x CPU throttling, scrolled to the end');
  const measure = async (withStylesheet) => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 915, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    await page.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
    await page.emulateCPUThrottling(4);
    await page.evaluateOnNewDocument(observeShifts);
    if (!withStylesheet) {
      await page.setRequestInterception(true);
      page.on('request', (request) => (request.url().endsWith('/tip-widgets.css') ? request.abort() : request.continue()));
    }
    await page.goto(`${repoUrl}/demo/index.html`, { waitUntil: 'load', timeout: 60_000 });
    await widgetsSettled(page, 60_000);
    // Scroll like a reader, a screen at a time, so the chart loads on the way.
    for (let i = 0; i < 40; i++) {
      const atEnd = await page.evaluate(() => {
        window.scrollBy(0, Math.round(window.innerHeight * 0.8));
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (atEnd) break;
    }
    await page.waitForFunction(() => [...document.querySelectorAll('tip-yoy-chart')].every((el) => el.chart), { timeout: 60_000, polling: 200 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const shifts = await page.evaluate(() => window.__shifts);
    await context.close();
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    return { cls: sessionCls(shifts), total, shifts: shifts.map((s) => ({ ...s, value: Number(s.value.toFixed(5)), time: Math.round(s.time) })) };
  };
  const withCss = await measure(true);
  const withoutCss = await measure(false);
  // Why: each widget's height as the stylesheet reserves it (JavaScript off, so nothing upgrades)
  // beside its height once rendered. A rendered widget taller than its reserve pushes the text below.
  const heights = async (javaScript) => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 915, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    await page.setJavaScriptEnabled(javaScript);
    await page.goto(`${repoUrl}/demo/index.html`, { waitUntil: 'load' });
    if (javaScript) {
      await widgetsSettled(page);
      await page.evaluate(() => document.querySelector('tip-yoy-chart')?.scrollIntoView());
      await page.waitForFunction(() => [...document.querySelectorAll('tip-yoy-chart')].every((el) => el.chart), { timeout: 30_000 });
    }
    const out = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('tip-'))
        .map((el) => {
          const keyAttributes = [...el.attributes].filter((a) => ['metric', 'variant', 'preset', 'limit'].includes(a.name));
          return [`${el.localName}${keyAttributes.map((a) => `[${a.name}=${a.value}]`).join('')}`, Math.round(el.getBoundingClientRect().height)];
        }),
    );
    await context.close();
    return out;
  };
  const reserved = await heights(false);
  const rendered = await heights(true);
  const perWidget = reserved.map(([label, before], i) => ({ widget: label, reservedPx: before, renderedPx: rendered[i]?.[1], differencePx: (rendered[i]?.[1] ?? 0) - before }));
  return { width: 412, network: 'Slow 4G (~1.6 Mbps, 562 ms RTT)', cpuThrottling: 4, withStylesheet: withCss, withoutStylesheet: withoutCss, heights: perWidget };
}

// ------------------------------------------------------------------------------------------------
// 4. Heap growth over mount/unmount cycles

function cycle(kind, times) {
  return (async () => {
    const waitFor = (test, timeout = 10_000) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        const poll = () => (test() ? resolve() : performance.now() - t0 > timeout ? reject(new Error(`${kind}: timed out`)) : requestAnimationFrame(poll));
        poll();
      });
    for (let i = 0; i < times; i++) {
      const el = document.createElement(kind === 'card' ? 'tip-stat-card' : 'tip-yoy-chart');
      if (kind === 'card') el.setAttribute('metric', 'convictions');
      else el.setAttribute('preset', 'law-enforcement');
      el.textContent = 'fallback';
      document.body.append(el);
      await el.loadComplete;
      if (kind === 'chart') await waitFor(() => el.chart);
      el.remove();
    }
  })();
}

async function heap(baseUrl) {
  log(`4/5 heap: ${CYCLES} mount/unmount cycles of a stat card, then of a chart (after ${WARMUP} warm-up cycles)`);
  const out = {};
  for (const kind of ['card', 'chart']) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    await page.goto(`${baseUrl}/cdn-pages/heap.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('tip-stat-card') && customElements.get('tip-yoy-chart'));
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    const settle = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const counters = await cdp.send('Memory.getDOMCounters');
      return { usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
    };
    // Warm-up: chunks loaded, code compiled, caches filled; only growth after that is a leak.
    await page.evaluate(cycle, kind, WARMUP);
    const before = await settle();
    const t0 = Date.now();
    await page.evaluate(cycle, kind, CYCLES);
    const seconds = (Date.now() - t0) / 1000;
    const after = await settle();
    out[kind] = {
      cycles: CYCLES,
      before,
      after,
      growthBytes: after.usedSize - before.usedSize,
      nodesGrowth: after.nodes - before.nodes,
      listenersGrowth: after.listeners - before.listeners,
      seconds,
    };
    log(`    ${kind}: heap ${kB(after.usedSize - before.usedSize)} after ${CYCLES} cycles (${seconds.toFixed(1)} s)`);
    await context.close();
  }
  return out;
}

// ------------------------------------------------------------------------------------------------

/** Section 7: issue 15's table (npm, the CDN bundle before, the CDN bundle now) and Lighthouse. */
// ------------------------------------------------------------------------------------------------
// 8. Hostile datasets

async function hostileSizes(baseUrl) {
  const runs = quick ? 2 : 5;
  log(`8 hostile datasets: time to the widget's message (median of ${runs})`);
  const base = JSON.parse(readFileSync('data/serbia-2025.json', 'utf8'));
  const metrics = (n) => Object.fromEntries(Array.from({ length: n }, (_, k) => [`m${k}`, { label: 'M', section: 'profile', unit: 'count', value: k, quote: 'Q' }]));
  const depth = 100_000;
  mkdirSync(join(www, 'hostile'), { recursive: true });
  const manyMetrics = metrics(10_000);
  writeFileSync(join(www, 'hostile/many.json'), JSON.stringify({ ...base, metrics: manyMetrics }));
  writeFileSync(join(www, 'hostile/deep.json'), '['.repeat(depth) + ']'.repeat(depth));
  writeFileSync(join(www, 'hostile/huge.json'), JSON.stringify({ ...base, padding: 'x'.repeat(5_000_000) }));
  const cases = [
    { name: '10,000 metrics via src', attrs: { src: '../hostile/many.json', metric: 'm1' } },
    { name: '10,000 metrics via data', attrs: { metric: 'm1' }, data: 'many' },
    { name: '100,000 levels of nesting via src', attrs: { src: '../hostile/deep.json' } },
    { name: '100,000 levels of nesting via data', attrs: { metric: 'convictions' }, data: 'deep' },
    { name: '5 MB file via src', attrs: { src: '../hostile/huge.json' } },
  ];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/cdn-pages/heap.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('tip-stat-card'));
  const out = [];
  for (const c of cases) {
    const times = [];
    let message = '';
    for (let i = 0; i < runs; i++) {
      const seen = await page.evaluate(
        async ({ attrs, data, base, many, depth }) => {
          const el = document.createElement('tip-stat-card');
          for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
          if (data === 'many') {
            el.data = { ...base, metrics: many };
          } else if (data === 'deep') {
            let node = { leaf: true };
            for (let k = 0; k < depth; k++) node = { label: node };
            el.data = { ...base, metrics: { convictions: node } };
          }
          const t0 = performance.now();
          document.body.append(el);
          await el.loadComplete;
          const ms = performance.now() - t0;
          const text = el.shadowRoot.querySelector('[part~="message"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
          el.remove();
          return { ms, text };
        },
        // The 10,000 metrics are built once, here, and sent with the case that needs them.
        { attrs: c.attrs, data: c.data, base, many: c.data === 'many' ? manyMetrics : undefined, depth },
      );
      times.push(seen.ms);
      message = seen.text;
    }
    out.push({ name: c.name, ms: median(times), runs: times, message });
    log(`    ${c.name}: ${ms(median(times))}`);
  }
  await context.close();
  return out;
}

function printCdnReport(r) {
  const line = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  const b = r.sizes.cdnBefore;
  console.log(`\n7. The CDN bundle as a loader by tag (issue 15), beside the single bundle of ${r.before?.commit ?? '(not built: ' + r.before?.reason + ')'}`);
  const W = [30, 12, 14, 12, 26];
  console.log(line(['page (gzip, first load)', 'npm', 'CDN before', 'CDN now', 'CDN goal'], W));
  const goals = {
    'stat-card': { value: r.sizes.npm['stat-card'].gzip + CDN_GOALS.cardOverNpm, text: 'npm + 1.5 kB' },
    'four-widgets': { value: CDN_GOALS.fourWidgets, text: '' },
    chart: { value: b.chart?.gzip ?? CDN_GOALS.chartBefore, text: 'no heavier than before' },
  };
  for (const [id, row] of Object.entries(r.sizes.cdn)) {
    const goal = goals[id];
    const met = row.gzip <= goal.value;
    console.log(line([row.title, kB(r.sizes.npm[id].gzip), b[id] ? kB(b[id].gzip) : '—', kB(row.gzip), `≤ ${kB(goal.value)} ${goal.text}: ${met ? 'met' : `MISSED +${kB(row.gzip - goal.value)}`}`], W));
  }
  console.log(`      brotli: ${Object.entries(r.sizes.cdn).map(([id, row]) => `${id} ${b[id] ? `${kB(b[id].brotli)} → ` : ''}${kB(row.brotli)}`).join(' · ')}`);
  const ff = r.firstFigure;
  if (ff['cdn-before']) console.log(`      first figure on ${ff.network}: CDN before ${ms(ff['cdn-before'].ms)} → now ${ms(ff.cdn.ms)} (npm ${ms(ff.npm.ms)}): the loader's one more round trip`);
  const lh = r.lighthouse;
  if (!lh) return;
  console.log(`\n   Lighthouse 12, mobile profile (simulated slow 4G, 4× CPU), demo/index.html served compressed, median of ${LIGHTHOUSE_RUNS} (load average ${lh.loadAverage.join(' ')})`);
  const L = [14, 14, 10, 10, 10, 40];
  console.log(line(['', 'our long tasks', 'longest', 'TBT', 'max FID', 'CLS'], L));
  for (const [label, m] of [['before', lh.before?.median], ['now', lh.now.median]]) {
    if (!m) continue;
    console.log(line([label, m.ourLongTasks, ms(m.ourLongestTaskMs), ms(m.tbtMs), ms(m.maxPotentialFidMs), m.cls.toFixed(4)], L));
  }
  const goalTbt = lh.now.median.tbtMs <= CDN_GOALS.tbtMs && lh.now.median.ourLongTasks === 0;
  console.log(`      goal: no long task of ours and TBT ≤ ${CDN_GOALS.tbtMs} ms → ${goalTbt ? 'met' : 'MISSED'}; CLS ≤ ${CDN_GOALS.cls} → ${lh.now.median.cls <= CDN_GOALS.cls ? 'met' : 'MISSED'}`);
  for (const [label, runs] of [['before', lh.before?.runs ?? []], ['now', lh.now.runs]]) {
    for (const run of runs) console.log(`      ${label.padEnd(6)} TBT ${ms(run.tbtMs).padStart(9)}  ours: ${run.ourLongTasks.map((t) => `${t.duration} ms ${t.url.replace(/^.*\//, '')}`).join(', ') || 'none'}`);
  }
}

function printReport(r) {
  const line = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  const verdict = (value, goal) => (value <= goal ? 'meets' : 'misses');
  console.log(`\ntip-widgets bench — ${r.date}, ${r.chromium}, ${r.machine.cpus} CPU(s) ${r.machine.cpuModel ?? ''}, load average ${r.machine.loadAverageAtStart.join(' ')} at start`);
  console.log('Absolute times on a shared machine are noise; the ratios are the figures.');

  console.log('\n1. First-load JavaScript (gzip -9 / brotli 11; 1 kB = 1000 B)');
  const W = [46, 9, 9, 9, 22];
  console.log(line(['page', 'gzip', 'brotli', 'goal', ''], W));
  for (const [path, rows] of [['npm', r.sizes.npm], ['cdn', r.sizes.cdn]]) {
    for (const [id, row] of Object.entries(rows)) {
      const goal = GOALS[id];
      console.log(line([`${path}  ${row.title}`, kB(row.gzip), kB(row.brotli), kB(goal), `${verdict(row.gzip, goal)} (${row.gzip > goal ? '+' : '−'}${kB(Math.abs(row.gzip - goal))})`], W));
      const parts = ['lit', 'widget code', 'widget CSS', 'data', 'validator', 'chart.js', 'other'].filter((k) => row.breakdownGzip[k]).map((k) => `${k} ${kB(row.breakdownGzip[k])}`);
      console.log(`      ${parts.join(' · ')}${row.beforeScroll ? `  | before scrolling ${kB(row.beforeScroll.gzip)}` : ''}`);
      for (const problem of row.problems) console.log(`      ! ${problem}`);
    }
  }
  console.log(line([`naive  ${r.sizes.naive.title}`, kB(r.sizes.naive.gzip), kB(r.sizes.naive.brotli), '', ''], W));
  const chartNpm = r.sizes.npm.chart;
  const difference = Math.round((chartNpm.gzip / r.sizes.naive.gzip - 1) * 100);
  console.log(`      chart page vs naive: ${kB(chartNpm.gzip)} vs ${kB(r.sizes.naive.gzip)} gzip after scrolling (${Math.abs(difference)}% ${difference > 0 ? 'more' : 'less'}); before the chart nears the screen ${kB(chartNpm.beforeScroll.gzip)} (${Math.round((1 - chartNpm.beforeScroll.gzip / r.sizes.naive.gzip) * 100)}% less)`);
  console.log('      (each part compressed alone; parts add up to a little more than the total)');
  const terser = Object.entries(r.sizes.npmTerser).map(([id, row]) => `${id === NAIVE.id ? 'naive' : id} ${kB(row.gzip)}`);
  console.log(`      npm path built with terser (Vite's build.minify: 'terser'), gzip: ${terser.join(' · ')}`);

  console.log(`\n2. Time until N stat cards are rendered (median of ${REPEATS}; in-page performance.now())`);
  const T = [8, 12, 12, 8, 16, 8, 14];
  console.log(line(['N', 'cards', 'static', 'ratio', 'static + CSS', 'ratio', 'per card'], T));
  for (const row of r.cards.rows) {
    console.log(line([row.n, ms(row.cardsMs), ms(row.staticMs), row.ratio.toFixed(2), ms(row.styledStaticMs), row.styledRatio.toFixed(2), `${(row.perCardMs * 1000).toFixed(0)} µs`], T));
  }
  console.log('      static: the cards\' markup as plain HTML, unstyled (the goal\'s reference); static + CSS: the same with the card\'s stylesheet, so it looks the same');
  const at100 = r.cards.rows.find((row) => row.n === 100);
  console.log(`      growth: t ∝ N^${r.cards.exponent.toFixed(2)} from N=10 to 1000 (static N^${r.cards.staticExponent.toFixed(2)}; 1.00 = linear); slope ${(r.cards.slopeMsPerCard * 1000).toFixed(0)} µs per card`);
  console.log(`      goal: 100 cards within ${GOALS.cardsRatio100}× static → ${at100.ratio.toFixed(2)}× (${verdict(at100.ratio, GOALS.cardsRatio100)}); against the styled static page ${at100.styledRatio.toFixed(2)}×`);

  console.log(`\n3. Cumulative layout shift, demo/index.html at ${r.cls.width} px (${r.cls.network}, CPU ×${r.cls.cpuThrottling})`);
  console.log(`      with tip-widgets.css:    CLS ${r.cls.withStylesheet.cls.toFixed(4)} (sum of all shifts ${r.cls.withStylesheet.total.toFixed(4)}, ${r.cls.withStylesheet.shifts.length} shift(s)) — goal ≤ ${GOALS.cls}: ${verdict(r.cls.withStylesheet.cls, GOALS.cls)}`);
  console.log(`      without the stylesheet:  CLS ${r.cls.withoutStylesheet.cls.toFixed(4)} (${r.cls.withoutStylesheet.shifts.length} shift(s)), for comparison`);
  for (const s of r.cls.withStylesheet.shifts) console.log(`        shift ${s.value} at ${s.time} ms, moved: ${s.sources.join(', ')}`);
  console.log('      height at 412 px reserved by the stylesheet (before upgrade) → rendered:');
  for (const h of r.cls.heights) console.log(`        ${h.widget.padEnd(48)} ${String(h.reservedPx).padStart(5)} → ${String(h.renderedPx).padStart(5)} px  ${h.differencePx > 0 ? `(+${h.differencePx} px: pushes what follows down)` : h.differencePx < 0 ? `(${h.differencePx} px)` : ''}`);

  console.log(`\n4. JS heap growth after ${CYCLES} mount/unmount cycles (forced GC before and after)`);
  for (const [kind, h] of Object.entries(r.heap)) {
    console.log(`      ${kind.padEnd(6)} ${kB(h.growthBytes).padStart(9)}  (DOM nodes ${h.nodesGrowth >= 0 ? '+' : ''}${h.nodesGrowth}, listeners ${h.listenersGrowth >= 0 ? '+' : ''}${h.listenersGrowth}) — goal < ${kB(GOALS.heapBytes)}: ${h.growthBytes < GOALS.heapBytes ? 'meets' : 'misses'}`);
  }

  console.log(`\n5. Time until one stat card shows its figure, ${r.firstFigure.network}, cold cache (median of ${FIRST_FIGURE_RUNS}; no goal)`);
  for (const path of ['npm', 'cdn', 'ssr']) console.log(`      ${path}  ${ms(r.firstFigure[path].ms).padStart(10)}   runs ${r.firstFigure[path].runs.map((t) => t.toFixed(0)).join(', ')} ms; first contentful paint ${ms(r.firstFigure[path].firstContentfulPaintMs ?? NaN)}`);
  console.log('      ssr: the CDN page with its card rendered by tip-widgets/ssr (npx tip-widgets render)');

  console.log('\n6. HTML a server-rendered stat card adds to the page (gzip -9; raw in brackets)');
  console.log(`      one card ${kB(r.ssrBytes.oneCard.gzip)} (${kB(r.ssrBytes.oneCard.raw)}); per card on a page of ten ${kB(r.ssrBytes.perCardOfTen.gzip)} (${kB(r.ssrBytes.perCardOfTen.raw)})`);
  printCdnReport(r);

  console.log(`\n8. Hostile datasets: time from the tag entering the page to its message (median; no goal: the hardening tests check the message and that nothing freezes)`);
  for (const h of r.hostile) console.log(`      ${h.name.padEnd(36)} ${ms(h.ms).padStart(10)}   ${h.message ? `“${h.message.slice(0, 90)}${h.message.length > 90 ? '…' : ''}”` : '! NO MESSAGE: the widget did not refuse it'}`);
  printSsrTimes(r.ssrTimes);
  printImageTimes(r.imageTimes);
  printBrowserImageTimes(r.browserImageTimes);
}

try {
  await buildNpmPages({ work, pages: [...PAGES, NAIVE] });
  await buildNpmPages({ work, pages: [...PAGES, NAIVE], folder: 'npm-terser', minify: 'terser' });
  mkdirSync(join(www, 'cdn-pages'), { recursive: true });
  writeCdnPages({ work });
  if (!process.argv.includes('--no-before')) {
    log(`building the CDN bundle as it was at ${BEFORE_COMMIT}, to measure it beside today's`);
    before = buildBefore({ work });
    if (before.dir) writeCdnPages({ work, distDir: join(before.dir, 'dist'), folder: 'cdn-pages-before', dist: 'dist-before' });
    else log(`    not measured: ${before.reason}`);
  }
  results.before = before.dir ? { commit: before.commit } : { reason: before.reason };
  await writeSsrPage({ www });
  writeFileSync(
    join(www, 'cdn-pages', 'heap.html'),
    // No tag on the page at first: the loader is asked for both elements' code, as a page script may.
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>heap</title><script type="module">import { load } from "../dist/cdn/tip-widgets.js"; load("tip-stat-card"); load("tip-yoy-chart");</script></head><body></body></html>',
  );
  const server = await serve({ root: www });
  servers.push(server);
  const repo = await serve({ root: '.' });
  servers.push(repo);
  browser = await puppeteer.launch({ executablePath: chrome, args: chromeArgs(), headless: true });
  results.chromium = await browser.version();
  results.sizes = await sizes(server.url);
  results.cards = await cardTimes(server.url);
  results.cls = await layoutShift(repo.url);
  results.heap = await heap(server.url);
  results.firstFigure = await firstFigure(server.url);
  results.hostile = await hostileSizes(server.url);
  results.ssrBytes = await ssrBytes();
  results.ssrTimes = await ssrRenderTimes();
  results.imageTimes = await imageTimes();
  results.browserImageTimes = await browserImageTimes({ browser, repoUrl: repo.url, runs: quick ? 3 : 9 });
  log(`7/7 Lighthouse on the demo article, served compressed (median of ${LIGHTHOUSE_RUNS}, now${before.dir ? ' and before' : ''})`);
  results.lighthouse = { loadAverage: loadavg().map((x) => Number(x.toFixed(2))), now: await lighthouseDemo({ root: '.', runs: LIGHTHOUSE_RUNS, chromePath: chrome }) };
  if (before.dir) results.lighthouse.before = await lighthouseDemo({ root: before.dir, runs: LIGHTHOUSE_RUNS, chromePath: chrome });
  results.summary = {
    statCardGzip: results.sizes.npm['stat-card'].gzip,
    fourWidgetsGzip: results.sizes.npm['four-widgets'].gzip,
    chartGzip: results.sizes.npm.chart.gzip,
    naiveGzip: results.sizes.naive.gzip,
    cards100Ratio: results.cards.rows.find((row) => row.n === 100).ratio,
    cards100RatioStyled: results.cards.rows.find((row) => row.n === 100).styledRatio,
    cardsGrowthExponent: results.cards.exponent,
    cls: results.cls.withStylesheet.cls,
    heapGrowthCard: results.heap.card.growthBytes,
    heapGrowthChart: results.heap.chart.growthBytes,
    firstFigureSlow4gNpmMs: results.firstFigure.npm.ms,
    firstFigureSlow4gCdnMs: results.firstFigure.cdn.ms,
    firstFigureSlow4gSsrMs: results.firstFigure.ssr.ms,
    ssrCardGzipBytes: results.ssrBytes.oneCard.gzip,
  };
  results.summary.cdn = {
    statCardGzip: results.sizes.cdn['stat-card'].gzip,
    fourWidgetsGzip: results.sizes.cdn['four-widgets'].gzip,
    chartGzip: results.sizes.cdn.chart.gzip,
    before: Object.fromEntries(Object.entries(results.sizes.cdnBefore).map(([id, row]) => [id, row.gzip])),
    firstFigureSlow4gBeforeMs: results.firstFigure['cdn-before']?.ms,
    lighthouse: { now: results.lighthouse.now.median, before: results.lighthouse.before?.median },
  };
  results.seconds = Math.round((Date.now() - started) / 1000);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
  console.log(`\nwrote bench/results.json (${results.seconds} s)`);
} catch (error) {
  console.error(`bench: could not measure: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  rmSync(work, { recursive: true, force: true });
}
// Lighthouse (section 7) can leave a handle open after its Chromium is gone, and the bench then never
// ended (seen: 20 minutes after writing its results). Everything is written and closed by now.
process.exit(process.exitCode ?? 0);
