// The pages whose weight we promise: built the way a user would build them (npm path: a tiny app
// bundled by Vite from the package; CDN path: one <script type="module"> tag), served locally and
// opened in headless Chromium, recording every JavaScript response. Shared by checks/size.mjs and the bench.
import { TERSER_OPTIONS } from '../build-tools/terser-options.mjs';
import { mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { breakdown, compressed, KB } from './sizes.mjs';

/**
 * Ceiling of the CDN chart page (issue 15), gzip: measured + 0.7 kB, rounded up to the tenth
 * printed (2026-12-06: 69.80 kB when one shared chunk replaced three; 69.75 kB once the chunks lost
 * their tree-shaking annotations, which leaves it at 70.5; 69.53 kB once data files were named by
 * their hash alone: 70.3). Lower it when a change saves bytes. The
 * four-widget page's ceiling is beside it in PAGES (24.2 kB since issue 26's Share control).
 */
const CDN_CHART_CEILING = 70.3 * KB;

const STAT_CARD = '<tip-stat-card metric="convictions">Traffickers convicted in 2024: 21 (18 in 2023)</tip-stat-card>';
const FOUR = [
  '<tip-tier-badge show-history>Serbia: Tier 2 in the 2025 Trafficking in Persons Report</tip-tier-badge>',
  STAT_CARD,
  '<tip-recommendation-list limit="4">The report lists twelve prioritized recommendations.</tip-recommendation-list>',
  '<tip-hotline-callout>If you need help, contact an anti-trafficking organisation in Serbia.</tip-hotline-callout>',
].join('\n');
// Three screens of article above the chart: it is not near the viewport until the reader scrolls.
const CHART = `<article><p>An article about the report.</p><div style="height: 300vh"></div>
<tip-yoy-chart preset="law-enforcement">Police suspects 24 (16), investigated 42 (28), prosecuted 32 (33), convicted 21 (18).</tip-yoy-chart></article>`;

/**
 * The three pages of the budgets. `expect` is text each widget must show once rendered (proof
 * that the page works, so its bytes mean something). `budget` is first-load JS, gzip: the goal
 * the shipping issue set. `ceiling` is what npm test enforces today: the size last measured
 * (2026-11-28, after the second size pass: 16.4, 22.5 and 73.1 kB; the chart's sources then
 * added 0.5 kB) plus 0.7 kB. The goals are not met yet (see README, "Size"); the ceiling keeps a regression from landing while the gap is closed. Lower a ceiling whenever
 * a change makes a page smaller; never raise one to let a change through.
 */
export const PAGES = [
  {
    id: 'stat-card',
    title: 'one stat card',
    budget: 12 * KB,
    ceiling: 17.1 * KB,
    // The CDN page (one <script> tag, the loader by tag) may pay at most this over the npm page of
    // the same run: issue 15's goal, met and enforced.
    cdnOverNpm: 1.5 * KB,
    imports: ['tip-widgets/stat-card.js'],
    body: STAT_CARD,
    expect: { 'tip-stat-card': '21' },
  },
  {
    id: 'four-widgets',
    title: 'four non-chart widgets',
    budget: 20 * KB,
    // 22.37 kB since the hotlines carry the metrics they cite (2026-12-06), + 0.7 kB.
    ceiling: 23.1 * KB,
    // CDN: issue 15's goal of 24 kB, met (23.87 kB: the four elements in one file, the hotlines'
    // figures in their own data file) and enforced until issue 26. RAISED for issue 26's Share
    // control, which the issue allows (up to 0.3 kB), by exactly its cost: the Share button and its
    // lazy import measured +150 B (23,962 B before, TIP_BYTES=1 npm run size, 2026-12-07). The rest
    // that grew this page (the host colour scheme and print CSS, +65 B; issue 27's quick exit, +18 B)
    // was paid back with savings elsewhere (the `bytes` commits: 24,103 B after). So 24.15 kB, and
    // the 24 kB goal is printed as missed.
    cdnGoal: 24 * KB,
    cdnCeiling: 24.15 * KB,
    imports: ['tip-widgets/tier-badge.js', 'tip-widgets/stat-card.js', 'tip-widgets/recommendation-list.js', 'tip-widgets/hotline-callout.js'],
    body: FOUR,
    expect: { 'tip-tier-badge': 'Tier 2', 'tip-stat-card': '21', 'tip-recommendation-list': 'prosecute', 'tip-hotline-callout': 'Help' },
  },
  {
    id: 'chart',
    title: 'chart, after scrolling to it',
    budget: 65 * KB,
    // RAISED for issue 26's Share control, which the issue allows (up to 0.3 kB), by exactly its
    // cost: measured 73,743 B before (TIP_BYTES=1 npm run size, 2026-12-07); the Share button, its
    // lazy import and the shared functions its menu takes from this page's chunk +260 B (change()
    // moved to data/change.ts to keep it under 0.3 kB). The host colour scheme and print CSS (+69 B)
    // were paid back with savings elsewhere (74,025 B after). So 73.8 + 0.26 kB.
    ceiling: 74.06 * KB,
    // CDN: issue 15's goal (no heavier than the single bundle's 73.3 kB) is met; measured + 0.7 kB.
    cdnGoal: 73.3 * KB,
    cdnCeiling: CDN_CHART_CEILING,
    imports: ['tip-widgets/yoy-chart.js'],
    body: CHART,
    scroll: 'tip-yoy-chart',
    expect: { 'tip-yoy-chart': '21' },
  },
];

/** The comparison: what a hand-rolled widget pays for lit plus `chart.js/auto`, both imported eagerly. */
export const NAIVE = {
  id: 'naive',
  title: 'naive: lit + chart.js/auto, eager',
  script: `import { LitElement, html, css, render } from 'lit';\nimport Chart from 'chart.js/auto';\n// Kept alive so nothing is tree-shaken: a widget that draws a chart uses all of this.\nglobalThis.naive = { LitElement, html, css, render, Chart };\n`,
  body: '<p>lit + chart.js/auto</p>',
};

function html({ title, head = '', body, script }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body>
    ${body}
    ${script ? `<script type="module" src="./main.js"></script>` : ''}
  </body>
</html>
`;
}

function link(target, path) {
  rmSync(path, { recursive: true, force: true });
  symlinkSync(resolve(target), path, 'dir');
}

/**
 * Builds each page of `pages` as its own tiny Vite app (minified, lit deduped, source maps on)
 * into `<work>/www/<folder>/<id>/` (`npm` unless told). `nodeModules` is where `tip-widgets`, `lit`
 * and `chart.js` resolve: a folder of symlinks to this repo (checks/size.mjs, the bench) or a real install
 * (test-package). `minify: 'terser'` builds with terser instead of Vite's default minifier.
 */
export async function buildNpmPages({ work, pages = [...PAGES, NAIVE], nodeModules, packageRoot = '.', logLevel = 'warn', folder = 'npm', minify }) {
  const { build } = await import('vite');
  const sources = join(work, 'src');
  mkdirSync(sources, { recursive: true });
  if (nodeModules) {
    link(nodeModules, join(sources, 'node_modules'));
  } else {
    const modules = join(sources, 'node_modules');
    mkdirSync(modules, { recursive: true });
    link(packageRoot, join(modules, 'tip-widgets'));
    for (const name of ['lit', 'chart.js']) link(join(packageRoot, 'node_modules', name), join(modules, name));
  }
  const built = {};
  for (const page of pages) {
    const dir = join(sources, page.id);
    mkdirSync(dir, { recursive: true });
    const script = page.script ?? `${page.imports.map((spec) => `import '${spec}';`).join('\n')}\n`;
    writeFileSync(join(dir, 'main.js'), script);
    writeFileSync(join(dir, 'index.html'), html({ title: page.title, body: page.body, script: true }));
    const outDir = resolve(work, 'www', folder, page.id);
    await build({
      root: dir,
      configFile: false,
      logLevel,
      base: './',
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: true,
        target: 'es2022',
        reportCompressedSize: false,
        // The preload polyfill is the app's, not ours; a user's bundler config decides it.
        modulePreload: { polyfill: false },
        // Vite's default minifier unless asked: `terser` is the option a size-minded app may choose.
        ...(minify === 'terser' ? { minify: 'terser', terserOptions: TERSER_OPTIONS } : {}),
      },
    });
    built[page.id] = `${folder}/${page.id}/index.html`;
  }
  return built;
}

/**
 * Writes the same pages for the CDN bundle: `<www>/<folder>/<id>.html` (`cdn-pages` unless told),
 * loading `<www>/<dist>/cdn/tip-widgets.js` (`<www>/dist`: a symlink to `distDir`, this repo's
 * dist/ unless told; the bench also links an earlier build's as `dist-before`) and its stylesheet.
 */
export function writeCdnPages({ work, pages = PAGES, distDir = 'dist', folder = 'cdn-pages', dist = 'dist' }) {
  const www = join(work, 'www');
  mkdirSync(join(www, folder), { recursive: true });
  if (!existsSync(join(www, dist))) link(distDir, join(www, dist));
  const written = {};
  for (const page of pages) {
    const head = `<link rel="stylesheet" href="../${dist}/cdn/tip-widgets.css" />\n    <script type="module" src="../${dist}/cdn/tip-widgets.js"></script>`;
    writeFileSync(join(www, folder, `${page.id}.html`), html({ title: `${page.title} (CDN)`, head, body: page.body }));
    written[page.id] = `${folder}/${page.id}.html`;
  }
  return written;
}

/** Waits until every tip-* element on the page is defined and has loaded (or failed) and rendered. */
export async function widgetsSettled(page, timeout = 20_000) {
  const outcome = await page.evaluate(async (ms) => {
    const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('tip-')))];
    if (!tags.length) return 'ok';
    const settled = (async () => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.loadComplete));
      return 'ok';
    })();
    const late = new Promise((resolve) => setTimeout(() => resolve(`timed out after ${ms} ms waiting for ${tags.filter((t) => !customElements.get(t)).map((t) => `<${t}> to be defined`).join(', ') || 'the widgets to load'}`), ms));
    return Promise.race([settled, late]);
  }, timeout);
  if (outcome !== 'ok') throw new Error(outcome);
}

/** Text each widget shows in its shadow root, by tag (the first of each tag). */
export function shadowTexts(page) {
  return page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('*')) {
      if (!el.localName.startsWith('tip-') || out[el.localName] !== undefined) continue;
      out[el.localName] = el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : null;
    }
    return out;
  });
}

/**
 * Opens `url` in a fresh browser context and records every JavaScript response (and any JSON the
 * page fetches) on first load and, for `scroll`, after scrolling that element into view and
 * waiting for its chart. Returns { firstLoad, afterScroll, errors, texts }, responses as
 * { url, path, type, body }.
 */
export async function loadPage(browser, url, { scroll, viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const responses = [];
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const href = response.url();
    const isJs = type === 'script' || /\.m?js(\?|$)/.test(new URL(href).pathname);
    const isJson = (type === 'fetch' || type === 'xhr') && /\.json(\?|$)/.test(new URL(href).pathname);
    if (!isJs && !isJson) return;
    responses.push(
      response.buffer().then(
        (body) => ({ url: href, path: new URL(href).pathname, type: isJs ? 'js' : 'json', body }),
        () => undefined,
      ),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await widgetsSettled(page);
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 });
    const firstLoad = (await Promise.all(responses)).filter(Boolean);
    let afterScroll;
    if (scroll) {
      await page.evaluate((sel) => document.querySelector(sel).scrollIntoView({ block: 'center' }), scroll);
      await page.waitForFunction((sel) => Boolean(document.querySelector(sel)?.chart), { timeout: 20_000, polling: 100 }, scroll);
      await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 });
      afterScroll = (await Promise.all(responses)).filter(Boolean);
    }
    const texts = await shadowTexts(page);
    return { firstLoad, afterScroll, errors, texts };
  } finally {
    await context.close();
  }
}

/** Checks `texts` (from {@link shadowTexts}) against a page's `expect`; returns problems. */
export function missingTexts(page, texts) {
  const problems = [];
  for (const [tag, needle] of Object.entries(page.expect ?? {})) {
    const text = texts[tag];
    if (text === undefined) problems.push(`<${tag}> is not on the page`);
    else if (text === null) problems.push(`<${tag}> has no shadow root (not upgraded)`);
    else if (needle instanceof RegExp ? !needle.test(text) : !text.includes(needle)) problems.push(`<${tag}> does not show “${needle}”: “${text.slice(0, 120)}”`);
  }
  return problems;
}

/**
 * Loads every page in Chromium and sizes what it downloaded. `entries` are
 * { id, title, budget?, url, scroll?, expect? }; `www` is the served folder (to find each
 * response's file and source map for the breakdown). Returns one row per page.
 */
export async function measurePages({ browser, baseUrl, www, entries }) {
  const rows = [];
  for (const entry of entries) {
    const result = await loadPage(browser, `${baseUrl}/${entry.url}`, { scroll: entry.scroll });
    const problems = [...result.errors, ...missingTexts(entry, result.texts)];
    const sized = (responses) => {
      const files = responses.map((r) => ({ name: r.path, path: join(www, decodeURIComponent(r.path)), ...compressed(r.body) }));
      const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
      const onDisk = files.filter((f) => existsSync(f.path));
      const { groups, sources } = breakdown(onDisk);
      return { total, groups, sources, files: files.map(({ name, raw, gzip, brotli }) => ({ name, raw, gzip, brotli })) };
    };
    const first = sized(result.firstLoad);
    const after = result.afterScroll ? sized(result.afterScroll) : undefined;
    const counted = after ?? first;
    rows.push({ ...entry, first, after, counted, problems });
  }
  return rows;
}
