// Server rendering on the BUILT files: the CLI (bin/tip-widgets.mjs, dist/ssr.js) renders pages in all
// three locales; every metric's card says the same rendered by renderWidget and by the npm build in
// Chromium (numbers, dates, currency: Node's Intl against the browser's); Chromium reads the pages
// with JavaScript off (the whole widget is there), then with
// tip-widgets/hydrate.js (the widgets take over their shadow roots: same text, one copy, no layout
// shift, a clean console, working buttons and disclosures), runs axe in light and dark, and renders
// a hostile dataset that must stay text. Run by `npm test` after the build; each check is a node:test test (harness/runner.mjs).
// Over 500 lines in one file on purpose: every check shares one build's CLI output, one server
// and one Chromium, and the checks read as the story of one page (rendered, read without script,
// taken over, checked by axe, attacked).
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, preflight } from '../harness/chrome.mjs';
import { assert, axeViolations, checkRunner } from '../harness/runner.mjs';
import { serve } from '../harness/serve.mjs';
import { TAGS } from '../src/elements.mjs';

const LOCALES = ['en', 'sr-Latn', 'sr-Cyrl'];
const OUT = '.tmp/ssr-test';
const CHECK_MS = 40_000;

const executablePath = preflight('e2e/ssr', ['dist/ssr.js', 'dist/hydrate.js', 'dist/index.js']);

const { check, finish } = checkRunner(CHECK_MS);

/** The CLI as a user runs it; returns { status, stdout, stderr }. */
function cli(args, input) {
  const run = spawnSync(process.execPath, ['bin/tip-widgets.mjs', ...args], { encoding: 'utf8', input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// ---------------------------------------------------------------- the pages, rendered by the CLI

// lit and chart.js from node_modules, as the npm build expects a bundler or an import map to provide them.
const IMPORT_MAP = `<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
    'chart.js': '/node_modules/chart.js/dist/chart.js',
    '@kurkle/color': '/node_modules/@kurkle/color/dist/color.esm.js',
  },
})}</script>`;

const WIDGETS = [
  '<tip-tier-badge show-history><p>Serbia: Tier 2 in the 2025 Trafficking in Persons Report.</p></tip-tier-badge>',
  '<tip-stat-card metric="convictions"><p>Traffickers convicted in 2024: 21 (18 in 2023).</p></tip-stat-card>',
  '<tip-recommendation-list limit="4"><p>The report lists twelve prioritized recommendations.</p></tip-recommendation-list>',
  '<tip-hotline-callout><p>If you need help, contact an anti-trafficking organisation in Serbia.</p></tip-hotline-callout>',
  // Below two screens: the chart is drawn only when scrolled near (chart.js is not loaded before).
  '<div style="height: 200vh"></div>',
  '<tip-yoy-chart preset="law-enforcement"><p>Suspects 24, investigated 42, prosecuted 32, convicted 21.</p></tip-yoy-chart>',
];

/** A plain article: `script` is the page's module (none: the server's HTML alone), `theme` each widget's. */
function page({ lang, script, theme, widgets = WIDGETS }) {
  const dark = theme === 'dark';
  const tags = widgets.map((w) => (theme ? w.replace(/^<(tip-[a-z-]+)/, `<$1 theme="${theme}"`) : w));
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Server-rendered widgets (${lang})</title>
    <link rel="icon" href="data:," />
    <style>body { margin: 0 auto; max-width: 40rem; padding: 1rem; font-family: Georgia, serif;${dark ? ' background: #111; color: #eee;' : ''} }</style>
    ${script ? `${IMPORT_MAP}\n    <script type="module" src="${script}"></script>` : ''}
  </head>
  <body>
    <main>
      <h1>An article</h1>
      <p>Text before the widgets.</p>
      ${tags.join('\n      ')}
    </main>
  </body>
</html>
`;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

/** Writes `name.src.html`, renders it with the CLI into `name.html`, returns the served path. */
function rendered(name, html, extra = []) {
  const source = `${OUT}/${name}.src.html`;
  writeFileSync(source, html);
  const run = cli(['render', source, '-o', `${OUT}/${name}.html`, ...extra]);
  assert(run.status === 0, `CLI exited ${run.status} on ${name}: ${run.stderr}`);
  return `/${OUT}/${name}.html`;
}

/**
 * `rendered()` for a page whose tags the CLI must fetch (`src`) from this process's own server: run
 * asynchronously, as `spawnSync` would block the server it waits for.
 */
async function renderedFetching(name, html, extra = []) {
  const source = `${OUT}/${name}.src.html`;
  writeFileSync(source, html);
  await new Promise((resolve, reject) =>
    execFile(process.execPath, ['bin/tip-widgets.mjs', 'render', source, '-o', `${OUT}/${name}.html`, ...extra], (error, _stdout, stderr) =>
      error ? reject(new Error(`CLI failed on ${name}: ${stderr}`)) : resolve(),
    ),
  );
  return `/${OUT}/${name}.html`;
}

const server = await serve({ root: '.' });
const browser = await puppeteer.launch({ executablePath, args: chromeArgs(), headless: true });

/**
 * Opens `path`; records page errors, console errors and warnings, failed requests and every script
 * fetched. `beforeLoad(page)` runs before the page is requested (listeners, scripts for every document).
 */
async function open(path, { js = true, width = 1024, height = 800, shifts = false, beforeLoad } = {}) {
  const page = await browser.newPage();
  const problems = [];
  const scripts = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warn', 'warning'].includes(message.type())) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.setViewport({ width, height });
  if (!js) await page.setJavaScriptEnabled(false);
  if (shifts) {
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const where = entry.sources.map((s) => `${s.node?.nodeName ?? '?'} in ${s.node?.getRootNode?.()?.host?.localName ?? 'page'} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`);
          window.__shifts.push({ value: entry.value, at: Math.round(entry.startTime), where });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }
  if (beforeLoad) await beforeLoad(page);
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, problems, scripts };
}

/**
 * What each widget shows, read through the DevTools protocol (it works with the page's JavaScript
 * off): per tag, the shadow root's text, whitespace collapsed, and its element children.
 */
async function shadows(page) {
  const session = await page.createCDPSession();
  const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
  await session.detach();
  const out = {};
  const text = (node) => {
    if (node.nodeType === 3) return node.nodeValue;
    if (node.nodeType === 8 || node.localName === 'style') return '';
    return (node.children ?? []).map(text).join('');
  };
  const walk = (node) => {
    const name = node.localName;
    if (TAGS.includes(name)) {
      const roots = node.shadowRoots ?? [];
      out[name] = {
        roots: roots.length,
        text: roots.map((r) => text(r)).join('').replace(/\s+/g, ' ').trim(),
        children: roots.flatMap((r) => (r.children ?? []).filter((c) => c.nodeType === 1 && c.localName !== 'style').map((c) => c.localName)),
      };
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return out;
}

/** Whether a script the page loaded is (or bundles) chart.js: by its address, or its source map's sources. */
function chartJs(url) {
  const path = new URL(url).pathname;
  if (path.startsWith('/node_modules/')) return path.startsWith('/node_modules/chart.js/');
  const map = `.${path}.map`;
  return existsSync(map) && JSON.parse(readFileSync(map, 'utf8')).sources.some((source) => /node_modules\/chart\.js\//.test(source));
}

// ---------------------------------------------------------------- the CLI

await check('CLI: usage on no command and on --help, exit 2 on bad input', async () => {
  const none = cli([]);
  assert(none.status === 2 && /Usage:/.test(none.stderr), `no command: exit ${none.status}, ${none.stderr.slice(0, 80)}`);
  const help = cli(['--help']);
  assert(help.status === 0 && /tip-widgets render <page.html/.test(help.stdout), `--help: exit ${help.status}`);
  const bad = [
    [['render', '--tag', 'tip-nope'], /unknown tag “tip-nope”/],
    [['render', 'no-such-page.html'], /cannot read no-such-page.html: ENOENT/],
    [['render', '--tag', 'tip-stat-card', 'x y=1'], /is not name=value/],
    [['render', '--frobnicate'], /unknown option --frobnicate/],
    [['draw', 'page.html'], /unknown command “draw”/],
    [['render', '--tag', 'tip-stat-card', '--dataset', 'package.json'], /not valid|must have/],
  ];
  for (const [args, expected] of bad.slice(0, 5)) {
    const run = cli(args);
    assert(run.status === 2, `${args.join(' ')}: exit ${run.status}`);
    assert(expected.test(run.stderr), `${args.join(' ')}: ${run.stderr.split('\n')[0]}`);
  }
  return `${bad.length - 1} bad command lines refused with exit 2 and a reason`;
});

await check('CLI --tag prints one widget: its tag, a declarative shadow root with styles, the fallback', async () => {
  const run = cli(['render', '--tag', 'tip-stat-card', 'metric=convictions', 'locale=sr']);
  assert(run.status === 0, `exit ${run.status}: ${run.stderr}`);
  const html = run.stdout;
  assert(html.startsWith('<tip-stat-card metric="convictions" locale="sr"><template shadowrootmode="open"') || html.startsWith('<tip-stat-card metric="convictions" locale="sr"><template shadowroot="open" shadowrootmode="open"'), html.slice(0, 120));
  assert(/<style>:host\{/.test(html), 'no <style> in the shadow root');
  assert(html.includes('Осуђени трговци људима') && html.includes('>21<'), 'the Cyrillic label or the figure is missing');
  assert(/<\/template><p>Traffickers convicted: 21 in 2024 \(18 in 2023\)\./.test(html), 'no fallback paragraph after the shadow root');
  const bad = cli(['render', '--tag', 'tip-stat-card', 'metric=nope']);
  assert(bad.status === 0 && bad.stdout.includes('there is no metric “nope” in this dataset.'), 'an unknown metric does not render the readable message');
  assert(/unknown metric="nope"/.test(bad.stderr), 'no warning on stderr for the unknown metric');
  return `${(html.length / 1000).toFixed(1)} kB of HTML; a bad metric renders the widget's message and warns on stderr, exit 0`;
});

await check('CLI render of a page keeps everything else byte for byte, and a second run changes nothing', async () => {
  const source = page({ lang: 'en' });
  const path = rendered('idempotent', source);
  const once = readFileSync(path.slice(1), 'utf8');
  const stripped = once.replace(/<template shadowroot[\s\S]*?<\/template>(?=<p>)/g, '');
  assert(stripped === source, 'the page outside the shadow roots changed');
  const twice = cli(['render', '-'], once);
  assert(twice.status === 0 && twice.stdout === once, 'rendering the rendered page again changed it');
  return `${TAGS.length} tags rendered in place; stdin works`;
});

// ---------------------------------------------------------------- JavaScript off

const CARD_EN = {
  label: 'Traffickers convicted',
  figure: '21',
  year: 'in 2024',
  comparison: 'Up 3 from 18 in 2023(+16.7%)',
  quote: '“Courts convicted 21 traffickers, all for sex trafficking, compared with 18 convictions in 2023.”',
};

const pages = {};
for (const lang of LOCALES) {
  pages[lang] = {
    static: rendered(`${lang}-static`, page({ lang })),
    hydrated: rendered(`${lang}`, page({ lang, script: '/dist/hydrate.js' })),
    csr: `/${OUT}/${lang}-csr.html`,
  };
  // The same tags rendered in the browser by the npm build, for comparison.
  writeFileSync(`${OUT}/${lang}-csr.html`, page({ lang, script: '/dist/index.js' }));
}

const serverText = {};

for (const lang of LOCALES) {
  await check(`${lang}, JavaScript off: every widget is in the page, as the browser would render it`, async () => {
    const csr = await open(pages[lang].csr);
    await csr.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), { timeout: 10_000 }, TAGS);
    await csr.page.evaluate((tags) => Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.loadComplete)), TAGS);
    const browserText = await shadows(csr.page);
    await csr.page.close();
    const { page: off, problems } = await open(pages[lang].static, { js: false });
    const seen = await shadows(off);
    serverText[lang] = seen;
    for (const tag of TAGS) {
      assert(seen[tag]?.roots === 1, `${tag}: ${seen[tag]?.roots ?? 0} shadow roots`);
      assert(seen[tag].text === browserText[tag].text, `${tag} differs from the browser's rendering:\n  server:  ${seen[tag].text.slice(0, 300)}\n  browser: ${browserText[tag].text.slice(0, 300)}`);
    }
    await off.close();
    assert(problems.length === 0, problems.join('; '));
    return TAGS.map((t) => `${t.slice(4)} ${seen[t].text.length} chars`).join(', ');
  });
}

await check('en, JavaScript off: the card shows label, figure with year, comparison, flag; "Source and notes" opens to the quote and the source link', async () => {
  const { page: off } = await open(pages.en.static, { js: false });
  const text = serverText.en['tip-stat-card'].text;
  for (const [what, expected] of Object.entries(CARD_EN)) assert(text.includes(expected), `${what} “${expected}” is not in the card: ${text.slice(0, 200)}`);
  assert(text.includes('The report’s figures do not agree here; see “Source and notes”.'), 'no flag on the convictions card');
  // The page's scripts are off; DevTools still evaluates, which is how these read what is visible.
  const visible = async (selector) => {
    const handle = await (await off.$('tip-stat-card')).$(`pierce/${selector}`);
    return handle ? handle.evaluate((el) => el.checkVisibility() && el.getBoundingClientRect().height > 0) : false;
  };
  for (const selector of ['[part~="label"]', '.figure', '[part~="delta"]', 'p.flag', 'summary', '[part~="source-line"] a']) {
    assert(await visible(selector), `${selector} is not visible`);
  }
  assert(!(await visible('blockquote')), 'the quote shows before the disclosure is opened');
  const summary = await (await off.$('tip-stat-card')).$('pierce/summary');
  const summaryText = await summary.evaluate((s) => s.textContent);
  assert(summaryText === 'Source and notes', `summary: ${summaryText}`);
  // A real click (input events, not script): <details> opens by itself.
  await summary.click();
  assert(await visible('blockquote'), 'the quote is not shown after opening "Source and notes"');
  assert(await visible('details a'), 'the source link is not shown after opening "Source and notes"');
  const href = await (await (await off.$('tip-stat-card')).$('pierce/details a')).evaluate((a) => a.href);
  assert(href.startsWith('https://www.state.gov/'), `source link: ${href}`);
  // The chart, with no script to draw it: its summary and its table, no empty canvas box.
  const chart = await off.$('tip-yoy-chart');
  const table = await (await chart.$('pierce/table')).boundingBox();
  const chartBox = await (await chart.$('pierce/[part~="chart"]')).boundingBox();
  const chartSummary = await (await chart.$('pierce/[part~="summary"]')).boundingBox();
  assert(table && table.height > 60, `the chart's table is not shown (${JSON.stringify(table)})`);
  assert(chartSummary && chartSummary.height > 0, "the chart's summary is not shown");
  assert(chartBox === null, 'the empty chart box shows without JavaScript');
  await off.close();
  return `disclosure opened by a click with JavaScript off; chart table ${Math.round(table.height)} px tall`;
});

// ---------------------------------------------------------------- every metric: the server's text is the browser's

// Node's Intl and Chromium's format numbers, dates and currency each their own way (ICU versions,
// CLDR data, the narrow no-break space): a difference would show as a server-rendered card whose
// text changes when it hydrates. Every metric's card, in every locale, rendered by
// tip-widgets/ssr's renderWidget (dist/ssr.js) and by the npm build in Chromium, must say the same
// thing. One page per locale holds all the cards.

const METRICS = Object.keys(JSON.parse(readFileSync('data/serbia-2025.json', 'utf8')).metrics);

/**
 * Each stat card of `page` in document order: its metric, its shadow root's whole text (the notes
 * behind "Source and notes" included) and the text a reader sees (innerText), whitespace collapsed.
 * Read through DevTools, which evaluates with the page's JavaScript off.
 */
async function cardTexts(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('tip-stat-card')].map((card) => {
      const root = card.shadowRoot;
      const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
      const whole = root ? [...root.childNodes].filter((n) => (n.nodeType === 1 && n.localName !== 'style') || n.nodeType === 3).map((n) => n.textContent).join('') : '';
      const base = root?.querySelector('[part~="base"]');
      return { metric: card.getAttribute('metric'), text: squash(whole), visible: squash(base?.innerText), value: squash(root?.querySelector('[part~="value"]')?.textContent) };
    }),
  );
}

/** The figures, years, dates and amounts of a text, in order: digit runs with their separators, %, currency signs and names. */
function figures(text) {
  return text.match(/\d(?:[\d.,\u00a0\u202f ]*\d)?|[$€%]|(?<!\p{L})(?:RSD|EUR|USD|din\p{L}*|дин\p{L}*|evr\p{L}*|евр\p{L}*|dolar\p{L}*|долар\p{L}*|dollars?)(?!\p{L})/gu) ?? [];
}

/** Where two lists first differ, for a readable failure. */
function firstDifference(a, b) {
  const i = a.findIndex((x, n) => x !== b[n]);
  const at = i === -1 ? Math.min(a.length, b.length) : i;
  return `at figure ${at + 1}: server ${JSON.stringify(a.slice(at, at + 4))}, browser ${JSON.stringify(b.slice(at, at + 4))}`;
}

const { renderWidget } = await import('../dist/ssr.js');

for (const lang of LOCALES) {
  await check(`${lang}: every metric's card (${METRICS.length}) says the same rendered by tip-widgets/ssr and in Chromium: text, figures, dates, currency`, async () => {
    // The server: renderWidget for each card, the page read with JavaScript off.
    const tags = await Promise.all(METRICS.map((metric) => renderWidget('tip-stat-card', { metric, 'show-breakdown': true, locale: lang })));
    const serverPath = `/${OUT}/metrics-${lang}-server.html`;
    writeFileSync(serverPath.slice(1), page({ lang, widgets: tags }));
    // The browser: the same tags and fallbacks, without the server's shadow roots, rendered by the npm build.
    const bare = tags.map((t) => t.replace(/<template shadowroot[\s\S]*?<\/template>(?=<p>)/, ''));
    assert(bare.every((t, i) => !t.includes('<template') && t !== tags[i]), 'a tag had no server-rendered shadow root to strip');
    const browserPath = `/${OUT}/metrics-${lang}-browser.html`;
    writeFileSync(browserPath.slice(1), page({ lang, script: '/dist/index.js', widgets: bare }));

    const { page: off, problems: offProblems } = await open(serverPath, { js: false });
    const server = await cardTexts(off);
    await off.close();
    const { page: on, problems } = await open(browserPath);
    await on.waitForFunction(() => customElements.get('tip-stat-card'), { timeout: 10_000 });
    await on.evaluate(() => Promise.all([...document.querySelectorAll('tip-stat-card')].map((el) => el.loadComplete)));
    const browser = await cardTexts(on);
    await on.close();

    assert(server.length === METRICS.length && browser.length === METRICS.length, `cards: ${server.length} on the server, ${browser.length} in the browser, ${METRICS.length} metrics`);
    const loading = lang === 'en' ? /Loading|could not/ : /Učitavanje|Учитавање|nisu mogli|нису могли/;
    let compared = 0;
    for (const [i, metric] of METRICS.entries()) {
      const s = server[i];
      const b = browser[i];
      assert(s.metric === metric && b.metric === metric, `card ${i + 1}: ${s.metric} / ${b.metric}, expected ${metric}`);
      assert(s.value && !loading.test(s.text), `${metric}: the server rendered no figure: ${s.text.slice(0, 160)}`);
      assert(b.value && !loading.test(b.text), `${metric}: the browser rendered no figure: ${b.text.slice(0, 160)}`);
      assert(s.visible.includes(s.value), `${metric}: the server's figure ${s.value} is not in the visible text: ${s.visible.slice(0, 160)}`);
      const fs = figures(s.text);
      const fb = figures(b.text);
      assert(fs.join('|') === fb.join('|'), `${metric} (${lang}): figures differ ${firstDifference(fs, fb)}`);
      assert(s.visible === b.visible, `${metric} (${lang}): the visible text differs:\n  server:  ${s.visible.slice(0, 300)}\n  browser: ${b.visible.slice(0, 300)}`);
      assert(s.text === b.text, `${metric} (${lang}): the text differs:\n  server:  ${s.text.slice(0, 300)}\n  browser: ${b.text.slice(0, 300)}`);
      compared += fs.length;
    }
    const trouble = [...offProblems, ...problems];
    assert(trouble.length === 0, trouble.join('; '));
    return `${METRICS.length} cards, ${compared} figures, years and currency marks alike`;
  });
}

// ---------------------------------------------------------------- JavaScript on: hydration

// The CDN bundle carries no hydrate support (ordinary pages would pay for it): its widgets replace
// the server's shadow content with the same content in one task once their data is there.
const CLIENTS = [
  { script: 'npm', label: 'hydrated by tip-widgets/hydrate.js', hydrates: true },
  { script: 'cdn', label: 'taken over by the CDN bundle', hydrates: false },
];
for (const lang of LOCALES) pages[lang].cdn = rendered(`${lang}-cdn`, page({ lang, script: '/dist/cdn/tip-widgets.js' }));

for (const client of CLIENTS) for (const lang of LOCALES) {
  await check(`${lang}, ${client.label}: same text, one copy of each shadow root, CLS 0 without tip-widgets.css, console clean`, async () => {
    const { page: on, problems, scripts } = await open(client.hydrates ? pages[lang].hydrated : pages[lang].cdn, { shifts: true, width: 412, height: 915 });
    await on.waitForFunction((tags) => tags.every((t) => customElements.get(t)), { timeout: 10_000 }, TAGS);
    const state = await on.evaluate(async (tags) => {
      const els = [...document.querySelectorAll(tags.join(','))];
      await Promise.all(els.map((el) => el.loadComplete));
      return els.map((el) => ({
        tag: el.localName,
        updated: el.hasUpdated,
        // Hydrated, not rendered again: the server's <style> and lit's markers are still there.
        styles: el.shadowRoot.querySelectorAll('style').length,
        adopted: el.shadowRoot.adoptedStyleSheets.length,
        markers: [...el.shadowRoot.childNodes].filter((n) => n.nodeType === 8 && n.data.startsWith('lit-part')).length,
        bases: el.shadowRoot.querySelectorAll('[part~="base"]').length,
      }));
    }, TAGS);
    for (const s of state) {
      assert(s.updated, `${s.tag} did not update`);
      if (client.hydrates) assert(s.styles === 1 && s.adopted === 0 && s.markers === 1, `${s.tag} was rendered again, not hydrated (${JSON.stringify(s)})`);
      else assert(s.styles === 0 && s.adopted > 0, `${s.tag} kept the server's content beside its own (${JSON.stringify(s)})`);
      assert(s.bases === 1, `${s.tag} has ${s.bases} copies of its content`);
    }
    const after = await shadows(on);
    for (const tag of TAGS) {
      assert(after[tag].roots === 1, `${tag}: ${after[tag].roots} shadow roots`);
      assert(after[tag].text === serverText[lang][tag].text, `${tag}'s text changed on hydration:\n  before: ${serverText[lang][tag].text.slice(0, 200)}\n  after:  ${after[tag].text.slice(0, 200)}`);
      assert(JSON.stringify(after[tag].children) === JSON.stringify(serverText[lang][tag].children), `${tag}'s children changed: ${after[tag].children}`);
    }
    assert(!scripts.some(chartJs), `chart.js loaded before the chart came near: ${scripts.filter(chartJs)}`);
    // Scroll the chart in: chart.js loads and draws on the canvas in the server-rendered box.
    await on.evaluate(() => document.querySelector('tip-yoy-chart').scrollIntoView({ block: 'center' }));
    await on.waitForFunction(
      () => {
        const canvas = document.querySelector('tip-yoy-chart').shadowRoot.querySelector('canvas');
        return canvas && canvas.width > 0 && document.querySelector('tip-yoy-chart').chart;
      },
      { timeout: 15_000, polling: 100 },
    );
    await new Promise((r) => setTimeout(r, 300));
    const shifts = await on.evaluate(() => window.__shifts);
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    assert(cls === 0, `layout shift ${cls}: ${JSON.stringify(shifts)}`);
    assert(problems.length === 0, problems.join('; '));
    await on.close();
    return `${state.length} widgets ${client.hydrates ? 'hydrated' : 'took over'}, chart drawn after scrolling, CLS 0 at 412 px`;
  });
}

await check('en, hydrated: buttons and disclosures work, events fire', async () => {
  const { page: on, problems } = await open(pages.en.hydrated);
  await on.waitForFunction((tags) => tags.every((t) => customElements.get(t)), { timeout: 10_000 }, TAGS);
  await on.evaluate((tags) => Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.loadComplete)), TAGS);
  const result = await on.evaluate(async () => {
    const chart = document.querySelector('tip-yoy-chart');
    const button = chart.shadowRoot.querySelector('button[aria-controls="table"]');
    const before = button.textContent.trim();
    button.click();
    await chart.updateComplete;
    const tableShown = !chart.shadowRoot.querySelector('#table').classList.contains('visually-hidden');
    const card = document.querySelector('tip-stat-card');
    const details = card.shadowRoot.querySelector('details');
    card.shadowRoot.querySelector('summary').click();
    // A property set after hydration renders as usual: the card shows another figure.
    let loaded = 0;
    card.addEventListener('tip-load', () => loaded++);
    card.metric = 'victims-identified';
    await card.loadComplete;
    return { before, after: button.textContent.trim(), tableShown, open: details.open, figure: card.shadowRoot.querySelector('.figure').textContent, loaded };
  });
  assert(result.before === 'Show table' && result.after === 'Hide table' && result.tableShown, `table button: ${JSON.stringify(result)}`);
  assert(result.open, '"Source and notes" did not open');
  assert(result.figure === '64' && result.loaded === 1, `after metric change: figure ${result.figure}, tip-load ${result.loaded}×`);
  assert(problems.length === 0, problems.join('; '));
  await on.close();
  return 'table toggled, disclosure opened, metric changed to 64 with one tip-load';
});

await check('a server rendering the client cannot hydrate (another dataset) is replaced by the client\'s, no error', async () => {
  // The server used a dataset the page does not give the client: the card exists there, not in the bundled report.
  const widgets = ['<tip-stat-card metric="shelter-funding"><p>A figure.</p></tip-stat-card>'];
  const path = rendered('mismatch', page({ lang: 'en', script: '/dist/hydrate.js', widgets }), ['--dataset', 'test/fixtures/fictional-2025.json']);
  assert(readFileSync(path.slice(1), 'utf8').includes('part="value"'), 'the server did not render the card');
  const { page: on, problems } = await open(path);
  await on.waitForFunction(() => customElements.get('tip-stat-card'), { timeout: 10_000 });
  const seen = await on.evaluate(async () => {
    const card = document.querySelector('tip-stat-card');
    await card.loadComplete;
    const root = card.shadowRoot;
    return { message: root.querySelector('[part~="message"]')?.textContent.replace(/\s+/g, ' ').trim(), values: root.querySelectorAll('[part~="value"]').length, styles: root.querySelectorAll('style').length };
  });
  await on.close();
  const errors = problems.filter((p) => !p.includes('unknown metric="shelter-funding"'));
  assert(errors.length === 0, errors.join('; '));
  assert(seen.values === 0 && /no metric “shelter-funding”/.test(seen.message ?? ''), `after the take-over: ${JSON.stringify(seen)}`);
  assert(seen.styles === 1, `styles: ${seen.styles}`);
  return 'the client shows its own message, styled, with one warning and no error';
});

for (const client of [{ script: '/dist/hydrate.js', label: 'tip-widgets/hydrate.js' }, { script: '/dist/cdn/tip-widgets.js', label: 'the CDN bundle' }]) {
  await check(`a widget with \`src\` rendered on the server is taken over by ${client.label} with one fetch of its dataset and no "Loading…" in between`, async () => {
    // The take-over starts the load before the widget's first update, whose `src` is "changed":
    // that update must not load again, which would blank the server's figure for the fetch. A
    // second load of the same `src` comes from the cache within the task, so no frame shows it:
    // the script after the card (it runs before any module) counts "Loading…" put into its root.
    const widgets = [
      '<tip-stat-card metric="shelter-funding" src="/test/fixtures/fictional-2025.json"><p>A figure.</p></tip-stat-card>',
      `<script>window.__loadingInserted = 0; new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (/Loading/.test(n.textContent)) window.__loadingInserted++; }).observe(document.querySelector('tip-stat-card').shadowRoot, { childList: true, subtree: true });</script>`,
    ];
    const name = `src-${client.script.includes('cdn') ? 'cdn' : 'npm'}`;
    const path = await renderedFetching(name, page({ lang: 'en', script: client.script, widgets }), ['--base-url', `${server.url}/`, '--allow-origin', server.url, '--allow-address', '127.0.0.1']);
    assert(readFileSync(path.slice(1), 'utf8').includes('part="value"'), 'the server did not render the card from its src');
    let fetches = 0;
    const { page: on, problems } = await open(path, {
      beforeLoad: async (p) => {
        p.on('request', (request) => request.url().endsWith('/fictional-2025.json') && fetches++);
        // Every frame before it is painted: was the card showing its loading state?
        await p.evaluateOnNewDocument(() => {
          window.__loadingSeen = 0;
          const look = () => {
            if (/Loading/.test(document.querySelector('tip-stat-card')?.shadowRoot?.textContent ?? '')) window.__loadingSeen++;
            requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        });
      },
    });
    await on.waitForFunction(() => customElements.get('tip-stat-card'), { timeout: 10_000 });
    const seen = await on.evaluate(async () => {
      const card = document.querySelector('tip-stat-card');
      await card.loadComplete;
      await new Promise((r) => setTimeout(r, 200));
      return { value: card.shadowRoot.querySelector('[part~="value"]')?.textContent.replace(/\s+/g, ' ').trim(), bases: card.shadowRoot.querySelectorAll('[part~="base"]').length, loading: window.__loadingSeen, inserted: window.__loadingInserted };
    });
    await on.close();
    assert(problems.length === 0, problems.join('; '));
    assert(seen.value && seen.bases === 1, `the card after the take-over: ${JSON.stringify(seen)}`);
    assert(fetches === 1, `the dataset was fetched ${fetches} times by the page`);
    assert(seen.loading === 0, `"Loading…" was on screen for ${seen.loading} frame(s)`);
    assert(seen.inserted === 0, `"Loading…" was rendered into the card ${seen.inserted} time(s) (loaded again by the first update)`);
    return `figure "${seen.value.slice(0, 40)}", 1 fetch, 0 frames of "Loading…"`;
  });
}

await check('a `src` the page changes while the take-over waits for the first one is loaded, not dropped (hydrate.js)', async () => {
  const widgets = ['<tip-stat-card metric="shelter-funding" src="/test/fixtures/fictional-2025.json"><p>A figure.</p></tip-stat-card>'];
  const path = await renderedFetching('src-changed', page({ lang: 'en', script: '/dist/hydrate.js', widgets }), ['--base-url', `${server.url}/`, '--allow-origin', server.url, '--allow-address', '127.0.0.1']);
  let held;
  let released;
  const heldRequest = new Promise((resolve) => (held = resolve));
  const { page: on, problems } = await open(path, {
    beforeLoad: async (p) => {
      await p.setRequestInterception(true);
      p.on('request', (request) => {
        // The first dataset is held until the page has changed `src`: the take-over is waiting for it.
        if (request.url().endsWith('/fictional-2025.json') && !released) held(request);
        else void request.continue();
      });
    },
  });
  const first = await heldRequest;
  await on.evaluate(() => document.querySelector('tip-stat-card').setAttribute('src', '/data/serbia-2025.json'));
  released = true;
  await first.continue();
  const seen = await on.evaluate(async () => {
    const card = document.querySelector('tip-stat-card');
    await card.loadComplete;
    return card.shadowRoot.querySelector('[part~="message"]')?.textContent.replace(/\s+/g, ' ').trim() ?? card.shadowRoot.textContent.replace(/\s+/g, ' ').trim().slice(0, 80);
  });
  await on.close();
  // The report's dataset has no "shelter-funding": the card must say so, not show the first dataset's figure.
  assert(/no metric “shelter-funding”/.test(seen), `after the change of src: ${seen}`);
  const other = problems.filter((p) => !p.includes('shelter-funding'));
  assert(other.length === 0, other.join('; '));
  return `the new src was loaded: “${seen.slice(0, 70)}…”`;
});

// ---------------------------------------------------------------- axe, light and dark

for (const theme of ['light', 'dark']) {
  for (const lang of ['en', 'sr-Cyrl']) {
    await check(`axe on the server-rendered page (${theme}, ${lang}): no violations`, async () => {
      const path = rendered(`axe-${theme}-${lang}`, page({ lang, theme }));
      const { page: p, problems } = await open(path);
      const violations = await axeViolations(p);
      assert(violations.length === 0, `axe: ${violations.join('; ')}`);
      assert(problems.length === 0, problems.join('; '));
      await p.close();
      return '0 violations';
    });
  }
}

// ---------------------------------------------------------------- a hostile dataset

/** The payloads of test/hardening/datasets.test.ts, read from that file so both stay one list. */
function hardeningPayloads() {
  const source = readFileSync('test/hardening/datasets.test.ts', 'utf8');
  const list = source.slice(source.indexOf('const PAYLOADS = ['), source.indexOf('];', source.indexOf('const PAYLOADS = [')) + 1);
  // Our own repository's test file: a list of string literals.
  return new Function(`return ${list.slice(list.indexOf('['))}`)();
}

await check('a hostile dataset rendered on the server stays inert text (the hardening payloads, every string field)', async () => {
  const payloads = hardeningPayloads();
  assert(payloads.length >= 10, `only ${payloads.length} payloads found in test/hardening/datasets.test.ts`);
  const { validateDataset } = await import('../dist/data/validate.js');
  const base = JSON.parse(readFileSync('test/fixtures/hostile/maximal.json', 'utf8'));
  // Every string field takes the first payload (starting at a different one each time) that the schema accepts.
  let n = 0;
  let accepted = 0;
  const poison = (node, set) => {
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value === 'string') {
        for (let k = 0; k < payloads.length; k++) {
          const candidate = payloads[(n + k) % payloads.length];
          node[key] = candidate;
          if (validateDataset(set).ok) {
            accepted++;
            break;
          }
          node[key] = value;
        }
        n++;
      } else if (value && typeof value === 'object') poison(value, set);
    }
  };
  const hostile = structuredClone(base);
  poison(hostile, hostile);
  assert(validateDataset(hostile).ok, 'the poisoned dataset does not validate');
  const file = `${OUT}/hostile.json`;
  writeFileSync(file, JSON.stringify(hostile));
  const metric = Object.keys(hostile.metrics)[0];
  const widgets = WIDGETS.map((w) => w.replace('metric="convictions"', `metric="${metric}" show-breakdown`).replace(' preset="law-enforcement"', ` metrics="${Object.keys(hostile.metrics).slice(0, 3).join(',')}"`));
  const path = rendered('hostile', page({ lang: 'en', widgets }), ['--dataset', file]);
  const { page: p } = await open(path);
  const found = await p.evaluate((tags) => {
    const bad = [];
    const texts = [];
    for (const el of document.querySelectorAll(tags.join(','))) {
      const root = el.shadowRoot;
      if (!root) {
        bad.push(`${el.localName} has no shadow root`);
        continue;
      }
      texts.push(root.textContent);
      for (const node of root.querySelectorAll('*')) {
        if (['script', 'iframe', 'object', 'embed', 'img', 'svg', 'math', 'form', 'base', 'meta', 'h1'].includes(node.localName)) bad.push(`<${node.localName}> in ${el.localName}`);
        for (const name of node.getAttributeNames()) {
          if (name.startsWith('on')) bad.push(`${name} on <${node.localName}> in ${el.localName}`);
          if (name === 'href' && !/^(https?:\/\/|tel:\+?[0-9]+$)/.test(node.getAttribute(name))) bad.push(`href ${node.getAttribute(name)} in ${el.localName}`);
        }
      }
    }
    return { bad, text: texts.join(' '), xss: window.__xss ?? null, injected: document.getElementById('injected') !== null };
  }, TAGS);
  await p.close();
  assert(found.bad.length === 0, found.bad.join('; '));
  assert(found.xss === null && !found.injected, `a payload ran (__xss=${found.xss}, injected=${found.injected})`);
  const shown = payloads.filter((s) => found.text.includes(s));
  assert(shown.length >= 5, `only ${shown.length} payloads are shown as text`);
  return `${accepted} string fields poisoned; ${shown.length} payloads shown verbatim as text; no element, handler or link from them`;
});

// ---------------------------------------------------------------- the Eleventy example

await check('Eleventy example (examples/eleventy): built, every widget in the HTML with JavaScript off, taken over with it on', async () => {
  const site = 'examples/eleventy/_site';
  rmSync(site, { recursive: true, force: true });
  const build = spawnSync('npx', ['--no-install', '@11ty/eleventy', '--quiet'], { cwd: 'examples/eleventy', encoding: 'utf8' });
  assert(build.status === 0, `eleventy exited ${build.status}: ${build.stderr.slice(-500)}`);
  const siteServer = await serve({ root: site });
  try {
    const results = [];
    for (const [path, expected] of [
      ['/', { 'tip-stat-card': 'Traffickers convicted21in 2024', 'tip-tier-badge': 'Tier 2', 'tip-yoy-chart': 'Suspects in police criminal complaints rose', 'tip-recommendation-list': 'Vigorously', 'tip-hotline-callout': 'ASTRA' }],
      ['/sr/', { 'tip-stat-card': 'Identifikovane žrtve', 'tip-tier-badge': 'Nivo 2' }],
    ]) {
      const off = await browser.newPage();
      await off.setJavaScriptEnabled(false);
      await off.goto(`${siteServer.url}${path}`, { waitUntil: 'load' });
      const before = await shadows(off);
      await off.close();
      for (const [tag, text] of Object.entries(expected)) assert(before[tag]?.text.includes(text), `${path} ${tag} without JavaScript: ${before[tag]?.text.slice(0, 120)}`);
      const on = await browser.newPage();
      const problems = [];
      on.on('pageerror', (error) => problems.push(error.message));
      on.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && problems.push(m.text()));
      await on.goto(`${siteServer.url}${path}`, { waitUntil: 'load' });
      await on.waitForFunction((tags) => tags.every((t) => customElements.get(t)), { timeout: 10_000 }, Object.keys(expected));
      await on.evaluate((tags) => Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.loadComplete)), Object.keys(expected));
      const after = await shadows(on);
      const copies = await on.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].map((el) => el.shadowRoot.querySelectorAll('[part~="base"]').length), Object.keys(expected));
      await on.close();
      // The chart is in view here, so its canvas may already have replaced the placeholder's words.
      const same = (text) => text.replace('Chart loads when scrolled into view.', '');
      for (const tag of Object.keys(expected)) assert(same(after[tag].text) === same(before[tag].text), `${path} ${tag} changed when taken over:\n${before[tag].text}\n${after[tag].text}`);
      assert(copies.every((n) => n === 1), `${path}: copies ${copies}`);
      assert(problems.length === 0, `${path}: ${problems.join('; ')}`);
      results.push(`${path} ${Object.keys(expected).length} widgets`);
    }
    return results.join(', ');
  } finally {
    // The browser keeps its connections open; close them, or close() waits for them.
    siteServer.server.closeAllConnections();
    await siteServer.close();
  }
});

await browser.close();
await server.close();
console.log('');
finish();
