// Browser tests of the BUILT files (dist/) on pages we do not control, served with real HTTP headers:
// a strict Content-Security-Policy, two copies of the library, hostile host CSS, and layout shift on
// a 412 px article. Run by `npm test` after the build; reports each check through node:test (harness/runner.mjs).
// Over 500 lines in one file on purpose: the checks share one server with real headers and one
// Chromium; each is a page we do not control, and reads on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs, preflight } from '../harness/chrome.mjs';
import { assert, checkRunner } from '../harness/runner.mjs';
import { serve } from '../harness/serve.mjs';
import { TAGS } from '../src/elements.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const CHECK_MS = 25_000;
/** Largest cumulative layout shift accepted on the article (Google's "good" is 0.1; we promise far less). */
const MAX_CLS = 0.01;

const executablePath = preflight('e2e/pages', ['dist/cdn/tip-widgets.js', 'dist/cdn/tip-widgets.css', 'dist/index.js']);

const server = await serve({
  root: '.',
  headers: (path) => (path === '/test/pages/csp.html' ? { 'content-security-policy': CSP } : {}),
});
const browser = await puppeteer.launch({ executablePath, args: chromeArgs(), headless: true });

const { check, finish } = checkRunner(CHECK_MS);

/** Opens `path` in a fresh page that records page errors, console errors and failed requests. */
async function open(path, { width = 1024, height = 800, beforeLoad } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The browser asks for /favicon.ico by itself; the test pages have none, and that is not the widgets' doing.
  const ours = (url) => !url.endsWith('/favicon.ico');
  page.on('console', (message) => {
    if (message.type() === 'error' && ours(message.location()?.url ?? '')) problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && ours(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.setViewport({ width, height });
  if (beforeLoad) await beforeLoad(page);
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, problems, response };
}

/** Waits until every widget on the page is defined, loaded and rendered. */
async function widgetsReady(page) {
  // The tags on this page: the CDN bundle loads (and so defines) only those.
  await page.waitForFunction((tags) => tags.every((tag) => !document.querySelector(tag) || customElements.get(tag)), { timeout: 10_000 }, TAGS);
  await page.evaluate(async (tags) => {
    const els = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(els.map((el) => el.loadComplete));
  }, TAGS);
}

/** Scrolls the first chart into view and waits until its canvas has drawn pixels; returns what it found. */
async function chartDrawn(page) {
  await page.evaluate(() => document.querySelector('tip-yoy-chart').scrollIntoView({ block: 'center' }));
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector('tip-yoy-chart')?.shadowRoot?.querySelector('canvas');
      if (!canvas || !canvas.width || !canvas.height) return false;
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
      return painted > 500;
    },
    { timeout: 10_000, polling: 100 },
  );
  return page.evaluate(() => {
    const canvas = document.querySelector('tip-yoy-chart').shadowRoot.querySelector('canvas');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
    const box = canvas.getBoundingClientRect();
    return { width: Math.round(box.width), height: Math.round(box.height), painted, dataUrl: canvas.toDataURL().length };
  });
}


// ---------------------------------------------------------------- (a) strict CSP

await check("strict CSP (default-src 'self'; script-src 'self'; style-src 'self'): every widget styled, chart drawn, no violation", async () => {
  const { page, problems, response } = await open('/test/pages/csp.html');
  try {
    assert(response.headers()['content-security-policy'] === CSP, `the page was not served with the CSP (got ${response.headers()['content-security-policy']})`);
    await widgetsReady(page);
    const chart = await chartDrawn(page);
    assert(chart.width > 100 && chart.height > 100, `chart canvas is ${chart.width}×${chart.height}`);
    const styled = await page.evaluate(() => {
      const inShadow = (tag, selector, n = 0) => document.querySelectorAll(tag)[n]?.shadowRoot?.querySelector(selector);
      const css = (el, prop) => (el ? getComputedStyle(el)[prop] : 'missing');
      return {
        figureWeight: css(inShadow('tip-stat-card', '.figure'), 'fontWeight'),
        fetchedFigure: inShadow('tip-stat-card', '[part~="value"]', 1)?.textContent.trim().slice(0, 20) ?? 'missing',
        baseRadius: css(inShadow('tip-stat-card', '[part~="base"]'), 'borderTopLeftRadius'),
        tierWeight: css(inShadow('tip-tier-badge', '[part~="value"]'), 'fontWeight'),
        recsHeading: css(inShadow('tip-recommendation-list', '[part~="heading"]'), 'fontWeight'),
        hotlineEdge: css(inShadow('tip-hotline-callout', '[part~="base"]'), 'borderInlineStartWidth'),
        chartBox: css(inShadow('tip-yoy-chart', '[part~="chart"]'), 'position'),
        messages: [...document.querySelectorAll('tip-tier-badge, tip-stat-card, tip-yoy-chart, tip-recommendation-list, tip-hotline-callout')]
          .filter((el) => el.shadowRoot.querySelector('[part~="message"]'))
          .map((el) => `${el.localName}: ${el.shadowRoot.querySelector('[part~="message"]').innerText}`),
        violations: window.__cspViolations,
      };
    });
    assert(styled.messages.length === 0, `widgets show messages: ${styled.messages.join('; ')}`);
    assert(styled.figureWeight === '700', `stat card figure font-weight ${styled.figureWeight} (shadow styles not applied?)`);
    assert(/7/.test(styled.fetchedFigure), `the stat card with a src shows "${styled.fetchedFigure}"`);
    assert(styled.baseRadius === '8px', `card radius ${styled.baseRadius}`);
    assert(styled.tierWeight === '700', `tier badge font-weight ${styled.tierWeight}`);
    assert(styled.recsHeading === '700', `recommendation heading font-weight ${styled.recsHeading}`);
    assert(styled.hotlineEdge === '6px', `hotline callout edge ${styled.hotlineEdge}`);
    assert(styled.chartBox === 'relative', `chart box position ${styled.chartBox}`);
    assert(Array.isArray(styled.violations), 'the violation listener (csp-listen.js) did not run');
    assert(styled.violations.length === 0, `CSP violations: ${styled.violations.join('; ')}`);
    assert(problems.length === 0, problems.join('; '));
    // Canary: an inline <style> must be refused and reported, or the listener proves nothing.
    const canary = await page.evaluate(async () => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
      await new Promise((r) => setTimeout(r, 200));
      return window.__cspViolations.length;
    });
    assert(canary > 0, 'an inline <style> added as a canary raised no violation: the CSP or the listener is not working');
    return `chart ${chart.width}×${chart.height}px, ${chart.painted} painted pixels, 0 violations (canary caught)`;
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- (b) two copies

// Which copies may have defined a tag. The CDN bundle is a loader: its element code arrives after
// its script has run, so on the CDN-first page the npm build, which defines its tags as it runs,
// usually gets there first; either way the first definition wins and the other copy is ignored. The
// CDN bundle's two addresses (?copy=2) share the same chunks, so their classes are one and the same.
const CDN_COPIES = ['/dist/cdn/tip-widgets.js', '/dist/cdn/tip-widgets.js?copy=2'];
for (const [path, first, allowed] of [
  ['/test/pages/two-copies.html', 'the first copy to define it', [CDN_COPIES, ['/dist/index.js']]],
  ['/test/pages/two-copies-npm-first.html', '/dist/index.js', [['/dist/index.js']]],
]) {
  await check(`two copies (${path.split('/').pop()}): one definition per tag, from ${first}; widgets render; no error`, async () => {
    const { page, problems } = await open(path);
    try {
      await widgetsReady(page);
      await page.waitForFunction(() => window.__copies, { timeout: 5_000 });
      const copies = await page.evaluate(() => window.__copies);
      const scripts = await page.evaluate(() => [...document.querySelectorAll('script[type="module"][src*="/dist/"]')].length);
      for (const tag of TAGS) {
        const { defined, by, exported } = copies[tag];
        assert(defined, `${tag} is not defined`);
        assert(exported === scripts, `${tag}: only ${exported} of ${scripts} copies loaded`);
        assert(allowed.some((copies) => JSON.stringify(by) === JSON.stringify(copies)), `${tag} is defined by ${JSON.stringify(by)}, expected one of ${JSON.stringify(allowed)}`);
      }
      const rendered = await page.evaluate((tags) => {
        return tags.map((tag) => {
          const el = document.querySelector(tag);
          const message = el.shadowRoot?.querySelector('[part~="message"]');
          return { tag, upgraded: el instanceof customElements.get(tag), message: message?.innerText ?? '', text: (el.shadowRoot?.textContent ?? '').trim().length };
        });
      }, TAGS);
      for (const r of rendered) {
        assert(r.upgraded, `${r.tag} is not upgraded`);
        assert(!r.message, `${r.tag} shows a message: ${r.message}`);
        assert(r.text > 20, `${r.tag} shows no content`);
      }
      await chartDrawn(page);
      assert(problems.length === 0, problems.join('; '));
      return `${scripts} copies, all 5 tags from ${JSON.stringify(await page.evaluate(() => window.__copies['tip-stat-card'].by))}`;
    } finally {
      await page.close();
    }
  });
}

// ---------------------------------------------------------------- (b2) the CDN loader: only the tags on the page, and later ones

await check('CDN loader: loads only the tags on the page, then tags added later (to the page, inside a widget\'s shadow root); a tag the page defined first is kept', async () => {
  const requested = [];
  const { page, problems } = await open('/test/pages/late-tags.html', {
    beforeLoad: (p) => p.on('request', (request) => requested.push(new URL(request.url()).pathname)),
  });
  try {
    const elementChunks = () => requested.filter((path) => /\/dist\/cdn\/chunks\/(tier-badge|stat-card|yoy-chart|recommendation-list|hotline-callout)-[^/]+\.js$/.test(path)).map((path) => path.replace(/^.*\/|-[\w-]{8}\.js$/g, '')); // a chunk's hash is 8 characters, '-' among them
    await page.waitForFunction(() => /\b21\b/.test(document.querySelector('tip-stat-card')?.shadowRoot?.querySelector('[part~="value"]')?.textContent ?? ''), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 300));
    assert(JSON.stringify(elementChunks()) === '["stat-card"]', `element code loaded for a page with one card: ${JSON.stringify(elementChunks())}`);
    // Added by a script, to the page.
    await page.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('tip-tier-badge'), { textContent: 'Serbia: Tier 2' })));
    await page.waitForFunction(() => /Tier 2/.test(document.querySelector('tip-tier-badge')?.shadowRoot?.textContent ?? ''), { timeout: 10_000 });
    // Added inside the shadow root of a widget we rendered (as an element of ours that renders another would).
    await page.evaluate(() => {
      const list = document.createElement('tip-recommendation-list');
      list.setAttribute('limit', '1');
      list.textContent = 'The report lists recommendations.';
      document.querySelector('tip-stat-card').shadowRoot.append(list);
    });
    await page.waitForFunction(() => /prosecute/.test(document.querySelector('tip-stat-card').shadowRoot.querySelector('tip-recommendation-list')?.shadowRoot?.textContent ?? ''), { timeout: 10_000 });
    const callout = await page.evaluate(() => document.querySelector('tip-hotline-callout').shadowRoot?.textContent ?? '');
    assert(callout === "The page's own help line.", `the page's own <tip-hotline-callout> was replaced: "${callout.slice(0, 80)}"`);
    const loaded = elementChunks().sort();
    assert(JSON.stringify(loaded) === '["recommendation-list","stat-card","tier-badge"]', `element code loaded: ${JSON.stringify(loaded)}`);
    assert(problems.length === 0, problems.join('; '));
    const badge = await page.evaluate(() => document.querySelector('tip-tier-badge').shadowRoot.querySelector('[part~="value"]')?.textContent.trim() ?? '');
    return `first load: stat-card only; then ${loaded.join(', ')}; badge "${badge.slice(0, 40)}"; the page's callout kept`;
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- (b3) several kinds of widget: one file of elements; one data file for a callout

/** A chunk's name without its hash (8 characters, '-' among them): `stat-card`, `elements-<hash>` for a file of several elements. */
const chunkName = (path) => path.replace(/^.*\/|-[\w-]{8}\.js$/g, '');
const ELEMENT_CHUNK = /^(tier-badge|stat-card|yoy-chart|recommendation-list|hotline-callout)$/;
/** A file of several elements (build-tools/chunk-graph.mjs): `elements-<hash>-<mask>.js`, bit i for TAGS[i]. */
const ELEMENT_SET = /\/dist\/cdn\/chunks\/elements-[\w-]{8}-(\d+)\.js$/;
const DATASET = JSON.parse(readFileSync('data/serbia-2025.json', 'utf8'));
/** The bundled data parts a chunk may hold (src/data/bundled): a metric, the hotlines, the recommendations, the report. */
const DATA_PARTS = new Set([...readdirSync('src/data/bundled/metrics').map((f) => f.replace(/\.json$/, '')), 'hotlines', 'recommendations', 'report']);

/** Every bundled data part (src/data/bundled, both languages): its name (`convictions`, `hotlines`…) and content. */
function bundledParts(dir = 'src/data/bundled') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return bundledParts(path);
    return entry.name.endsWith('.json') ? [{ name: entry.name.replace(/\.json$/, ''), value: JSON.parse(readFileSync(path, 'utf8')) }] : [];
  });
}

/** The CDN build names data files by their hash alone (vite.config.ts): which part each holds, found by its content. */
const DATA_FILES = await (async () => {
  const parts = bundledParts();
  const found = new Map();
  for (const file of readdirSync('dist/cdn/chunks').filter((f) => /^data-[\w-]{8}\.js$/.test(f))) {
    const { default: value } = await import(pathToFileURL(resolve('dist/cdn/chunks', file)).href);
    const part = parts.find((p) => isDeepStrictEqual(p.value, value));
    if (part) found.set(file, part.name);
  }
  return found;
})();
/** The data part a requested chunk holds, or the chunk's name. */
const partName = (path) => DATA_FILES.get(path.replace(/^.*\//, '')) ?? chunkName(path);

/** Opens `path` recording the chunks it requests: element chunks, files of several elements (by their tags) and data parts. */
async function openRecording(path, { block } = {}) {
  const requested = [];
  const refused = [];
  const warnings = [];
  const opened = await open(path, {
    beforeLoad: async (p) => {
      p.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
      if (block) await p.setRequestInterception(true);
      p.on('request', (request) => {
        const url = new URL(request.url()).pathname;
        if (block?.test(url)) {
          refused.push(url);
          return request.abort('blockedbyclient');
        }
        requested.push(url);
        if (block) void request.continue();
      });
    },
  });
  const chunks = () => requested.filter((url) => url.startsWith('/dist/cdn/chunks/'));
  return {
    ...opened,
    warnings,
    refused,
    elements: () => chunks().map(chunkName).filter((name) => ELEMENT_CHUNK.test(name)),
    sets: () => chunks().flatMap((url) => (ELEMENT_SET.test(url) ? [TAGS.filter((_, i) => Number(ELEMENT_SET.exec(url)[1]) & (1 << i))] : [])),
    data: () => chunks().map(partName).filter((name) => DATA_PARTS.has(name)),
  };
}

/** The text each widget on the page shows, by tag, whitespace squashed (the first of each tag). */
const shownTexts = (page) => page.evaluate((tags) => Object.fromEntries(tags.map((tag) => [tag, document.querySelector(tag)?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? null])), TAGS);

const FOUR_TAGS = ['tip-tier-badge', 'tip-stat-card', 'tip-recommendation-list', 'tip-hotline-callout'];
/** What each of the four widgets must show: the tier, the card's figure, the first recommendation's verb, the state hotline's figures. */
const FOUR_EXPECT = {
  'tip-tier-badge': /Tier 2/,
  'tip-stat-card': /\b21\b/,
  'tip-recommendation-list': /prosecute/,
  'tip-hotline-callout': new RegExp(`${DATASET.metrics['hotline-calls'].label}: 27(?!\\d).*${DATASET.metrics['hotline-victims-identified'].label}: 9(?!\\d)`),
};

await check('CDN loader, several kinds of widget: one file for the four elements, only the data files they show; every widget shows its figures; a chart added later loads its own chunk', async () => {
  const { page, problems, elements, sets, data } = await openRecording('/test/pages/several-widgets.html');
  try {
    await widgetsReady(page);
    const texts = await shownTexts(page);
    for (const tag of FOUR_TAGS) assert(FOUR_EXPECT[tag].test(texts[tag] ?? ''), `<${tag}> shows "${(texts[tag] ?? '').slice(0, 160)}"`);
    assert(JSON.stringify(sets()) === JSON.stringify([FOUR_TAGS]), `files of several elements loaded: ${JSON.stringify(sets())}`);
    assert(elements().length === 0, `element chunks loaded beside the file of four: ${JSON.stringify(elements())}`);
    // The card's metric, the recommendations, and the hotlines with the metrics they cite: no metric part for the callout.
    const firstData = data().sort();
    assert(JSON.stringify(firstData) === '["convictions","hotlines","recommendations"]', `data files: ${JSON.stringify(firstData)}`);
    // A tag of a fifth kind, added later: its own chunk, and it renders.
    await page.evaluate(() => {
      const chart = document.createElement('tip-yoy-chart');
      chart.setAttribute('preset', 'law-enforcement');
      chart.textContent = 'Police suspects 24 (16), investigated 42 (28), prosecuted 32 (33), convicted 21 (18).';
      document.querySelector('main').append(chart);
    });
    await widgetsReady(page);
    const chart = await chartDrawn(page);
    const table = await page.evaluate(() => document.querySelector('tip-yoy-chart').shadowRoot.querySelector('table')?.textContent.replace(/\s+/g, ' ') ?? '');
    assert(/\b21\b/.test(table) && /\b42\b/.test(table), `the chart's table reads "${table.slice(0, 160)}"`);
    assert(JSON.stringify(elements()) === '["yoy-chart"]' && sets().length === 1, `after the chart: element chunks ${JSON.stringify(elements())}, files of several ${sets().length}`);
    assert(problems.length === 0, problems.join('; '));
    return `one file for ${FOUR_TAGS.length} elements; data ${firstData.join(', ')}; then the chart's own chunk (${chart.painted} painted pixels)`;
  } finally {
    await page.close();
  }
});

await check('CDN loader, several kinds of widget, their file blocked (a self-hosted copy without it): each element\'s own chunk stands in, every widget shows its figures, no warning', async () => {
  const { page, problems, warnings, refused, elements, sets } = await openRecording('/test/pages/several-widgets.html', { block: ELEMENT_SET });
  try {
    await widgetsReady(page);
    const texts = await shownTexts(page);
    for (const tag of FOUR_TAGS) assert(FOUR_EXPECT[tag].test(texts[tag] ?? ''), `<${tag}> shows "${(texts[tag] ?? '').slice(0, 160)}"`);
    const loaded = elements().sort();
    assert(JSON.stringify(loaded) === '["hotline-callout","recommendation-list","stat-card","tier-badge"]', `element chunks: ${JSON.stringify(loaded)}`);
    assert(sets().length === 0, 'a file of several elements arrived though blocked');
    assert(warnings.length === 0, `warnings: ${warnings.join(' | ')}`);
    const others = problems.filter((p) => !/blockedbyclient|ERR_BLOCKED_BY_CLIENT/.test(p));
    assert(others.length === 0, others.join('; '));
    assert(refused.length === 1 && Number(ELEMENT_SET.exec(refused[0])?.[1]) === 0b11011, `refused: ${JSON.stringify(refused)} (expected the one file of the four, mask 27)`);
    return `the file was refused; ${loaded.join(', ')} loaded on their own and rendered`;
  } finally {
    await page.close();
  }
});

for (const [path, lang, hotlineFiles] of [
  ['/test/pages/hotline-callout.html', 'en', 1],
  ['/test/pages/hotline-callout-sr.html', 'sr-Latn', 2],
]) {
  await check(`CDN loader, a hotline callout (${lang}): one data file${hotlineFiles > 1 ? ' and its translation' : ''}, no metric part, the state hotline's figures shown`, async () => {
    const { page, problems, data } = await openRecording(path);
    try {
      await widgetsReady(page);
      const facts = await page.evaluate(() => [...document.querySelector('tip-hotline-callout').shadowRoot.querySelectorAll('[part~="report-facts"] li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
      const label = (id) => (lang === 'en' ? DATASET.metrics[id].label : DATASET.metrics[id].labels[lang]);
      const expected = [`${label('hotline-calls')}: 27`, `${label('hotline-victims-identified')}: 9`];
      assert(JSON.stringify(facts) === JSON.stringify(expected), `the callout's figures: ${JSON.stringify(facts)}, expected ${JSON.stringify(expected)}`);
      assert(JSON.stringify(data()) === JSON.stringify(Array(hotlineFiles).fill('hotlines')), `data files: ${JSON.stringify(data())}`);
      assert(problems.length === 0, problems.join('; '));
      return `${data().length} data file(s), ${facts.join('; ')}`;
    } finally {
      await page.close();
    }
  });
}

// ---------------------------------------------------------------- (c) hostile host CSS

await check('hostile host CSS (* { font-size: 40px !important; color: red !important; display: block }, div { display: none }, …): widgets visible and readable', async () => {
  const { page, problems } = await open('/test/pages/hostile-css.html', { width: 800 });
  try {
    await widgetsReady(page);
    await chartDrawn(page);
    const seen = await page.evaluate((tags) => {
      const visible = (el) => {
        if (!el) return 'missing';
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (box.width < 1 || box.height < 1) return `box ${box.width}×${box.height}`;
        if (style.display === 'none' || style.visibility !== 'visible' || Number(style.opacity) < 0.5) return `display ${style.display}, visibility ${style.visibility}, opacity ${style.opacity}`;
        if (parseFloat(style.fontSize) < 8) return `font-size ${style.fontSize}`;
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return 'checkVisibility() is false';
        return 'ok';
      };
      const hosts = tags.map((tag) => {
        const el = document.querySelector(tag);
        const shown = [...el.shadowRoot.children].map((c) => c.innerText ?? '').join(' ').trim();
        return { tag, host: visible(el), text: shown.length, message: el.shadowRoot.querySelector('[part~="message"]')?.innerText ?? '' };
      });
      const card = document.querySelector('tip-stat-card').shadowRoot;
      return {
        hosts,
        figure: visible(card.querySelector('.figure')),
        figureText: card.querySelector('.figure')?.textContent ?? '',
        label: visible(card.querySelector('[part~="label"]')),
        tier: visible(document.querySelector('tip-tier-badge').shadowRoot.querySelector('[part~="value"]')),
        recs: visible(document.querySelector('tip-recommendation-list').shadowRoot.querySelector('[part~="list"] li')),
        hotline: visible(document.querySelector('tip-hotline-callout').shadowRoot.querySelector('[part~="number"]')),
        table: visible(document.querySelector('tip-yoy-chart').shadowRoot.querySelector('[part~="summary"]')),
        canvas: visible(document.querySelector('tip-yoy-chart').shadowRoot.querySelector('canvas')),
      };
    }, TAGS);
    for (const h of seen.hosts) {
      assert(h.host === 'ok', `<${h.tag}> host: ${h.host}`);
      assert(!h.message, `<${h.tag}> shows a message: ${h.message}`);
      assert(h.text > 20, `<${h.tag}> shows ${h.text} characters`);
    }
    for (const key of ['figure', 'label', 'tier', 'recs', 'hotline', 'table', 'canvas']) assert(seen[key] === 'ok', `${key}: ${seen[key]}`);
    assert(/21/.test(seen.figureText), `stat card figure reads "${seen.figureText}"`);
    assert(problems.length === 0, problems.join('; '));
    return `stat card figure "${seen.figureText.trim()}" visible; every widget readable`;
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- (d) layout shift

// ---------------------------------------------------------------- (e) lazy chunks the network blocks

await check('blocked lazy chunks (Serbian texts, `src` code): English stands in, the `src` card says why, one warning each', async () => {
  const blocked = /\/dist\/cdn\/chunks\/(sr|remote)-[^/]+\.js$/;
  const warnings = [];
  const { page, problems } = await open('/test/pages/blocked-chunks.html', {
    beforeLoad: async (p) => {
      await p.setRequestInterception(true);
      p.on('request', (request) => (blocked.test(new URL(request.url()).pathname) ? request.abort('blockedbyclient') : request.continue()));
      p.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    },
  });
  try {
    await widgetsReady(page);
    const seen = await page.evaluate(() => {
      const read = (id) => document.getElementById(id).shadowRoot.textContent.replace(/\s+/g, ' ').trim();
      return { bundled: read('bundled'), remote: read('remote') };
    });
    assert(/Traffickers convicted/.test(seen.bundled) && /\b21\b/.test(seen.bundled), `the bundled card does not show its figure in English: ${seen.bundled.slice(0, 120)}`);
    assert(seen.remote.includes('/data/serbia-2025.json'), `the src card does not name its file: ${seen.remote.slice(0, 200)}`);
    assert(/chunks\/remote-/.test(seen.remote), `the src card does not name the file that failed: ${seen.remote.slice(0, 200)}`);
    const serbian = warnings.filter((w) => /the texts in sr-(Latn|Cyrl) could not be loaded/.test(w));
    assert(serbian.length === 1, `${serbian.length} warnings about the Serbian texts: ${warnings.join(' | ')}`);
    const remote = warnings.filter((w) => w.includes('/data/serbia-2025.json'));
    assert(remote.length === 1, `${remote.length} warnings about the src card: ${warnings.join(' | ')}`);
    const others = problems.filter((p) => !/blockedbyclient|ERR_BLOCKED_BY_CLIENT/.test(p));
    assert(others.length === 0, others.join('; '));
    return `English shown; src card: "${seen.remote.slice(0, 90)}…"; ${warnings.length} warnings`;
  } finally {
    await page.close();
  }
});

/** Opens `path` 412 px wide, lets every widget upgrade and load (and the chart draw, if any), and returns the layout shifts. */
async function layoutShifts(path, { chart }) {
  const { page, problems } = await open(path, {
    width: 412,
    height: 915,
    beforeLoad: (p) =>
      p.evaluateOnNewDocument(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            // Every shift counts: no input is sent, yet Chrome's mobile emulation marks some
            // shifts hadRecentInput (seen: the widgets' upgrade), which CLS would leave out.
            const sources = (entry.sources ?? []).map((s) => {
              const node = s.node;
              const name = node ? (node.nodeType === 1 ? node.localName + (node.className ? `.${node.className}` : '') : node.nodeName) : '?';
              return `${name} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`;
            });
            window.__shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      }),
  });
  try {
    await widgetsReady(page);
    await new Promise((r) => setTimeout(r, 500));
    const beforeChart = await page.evaluate(() => window.__shifts.reduce((sum, s) => sum + s.value, 0));
    if (chart) {
      await chartDrawn(page);
      await new Promise((r) => setTimeout(r, 800));
    }
    const shifts = await page.evaluate(() => window.__shifts);
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    const detail = shifts.map((s) => `${s.value.toFixed(4)} at ${s.at} ms [${s.sources.join(', ')}]`).join('; ');
    assert(problems.length === 0, problems.join('; '));
    assert(cls <= MAX_CLS, `CLS ${cls.toFixed(4)} > ${MAX_CLS}: ${detail}`);
    return { cls, beforeChart, count: shifts.length };
  } finally {
    await page.close();
  }
}

await check(`no layout shift on a 412 px article (documented snippet + stylesheet): CLS ≤ ${MAX_CLS} through upgrade and the lazy chart`, async () => {
  const { cls, beforeChart, count } = await layoutShifts('/test/pages/article-412.html', { chart: true });
  return `CLS ${cls.toFixed(4)} (${beforeChart.toFixed(4)} through upgrade, ${(cls - beforeChart).toFixed(4)} from the lazy chart; ${count} shift entries)`;
});

await check(`no layout shift when a Serbian article opens with a short and a tall stat card (412 px): CLS ≤ ${MAX_CLS}`, async () => {
  const { cls, count } = await layoutShifts('/test/pages/cards-top-412.html', { chart: false });
  return `CLS ${cls.toFixed(4)} (${count} shift entries)`;
});

await check('tags upgraded together wait for their turn looking as before the upgrade: fallback text shown, the stylesheet\'s height kept (412 px article)', async () => {
  const { page, problems } = await open('/test/pages/article-412.html', {
    width: 412,
    height: 915,
    // Each tag's instances measured just before and just after its definition upgrades them (the
    // page's define, wrapped here by the test only).
    beforeLoad: (p) =>
      p.evaluateOnNewDocument(() => {
        window.__upgrades = [];
        const define = customElements.define.bind(customElements);
        customElements.define = (name, ctor, options) => {
          const els = [...document.querySelectorAll(name)];
          const before = els.map((el) => el.getBoundingClientRect().height);
          define(name, ctor, options);
          els.forEach((el, i) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            window.__upgrades.push({
              name: `${name}${el.getAttribute('metric') ? ` ${el.getAttribute('metric')}` : ''}${el.getAttribute('variant') ? ` ${el.getAttribute('variant')}` : ''}`,
              before: before[i],
              after: el.getBoundingClientRect().height,
              pending: el.matches(':state(pending)'),
              fallbackShown: range.getBoundingClientRect().height > 0,
            });
          });
        };
      }),
  });
  try {
    await widgetsReady(page);
    const upgrades = await page.evaluate(() => window.__upgrades);
    const stillPending = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.matches(':state(pending)')).map((el) => el.localName));
    const count = await page.evaluate((tags) => document.querySelectorAll(tags.join(',')).length, TAGS);
    assert(upgrades.length === count, `expected the article's ${count} widgets to upgrade, saw ${upgrades.length}`);
    const wrong = upgrades.filter((u) => !u.pending || !u.fallbackShown || Math.abs(u.after - u.before) > 0.5);
    assert(wrong.length === 0, `at their upgrade: ${wrong.map((u) => `${u.name}: pending ${u.pending}, fallback shown ${u.fallbackShown}, ${u.before.toFixed(1)} → ${u.after.toFixed(1)} px`).join('; ')}`);
    assert(stillPending.length === 0, `still pending after loading: ${stillPending.join(', ')}`);
    assert(problems.length === 0, problems.join('; '));
    return upgrades.map((u) => `${u.name} ${Math.round(u.after)} px`).join(', ');
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- (f) compression of `npm start`'s server

await check('npm start\'s server compresses like a real host: brotli or gzip as Accept-Encoding allows, Vary, the same bytes once decoded', async () => {
  const { request } = await import('node:http');
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  const { readFileSync } = await import('node:fs');
  const compressed = await serve({ root: '.', compress: true });
  const get = (path, acceptEncoding) =>
    new Promise((resolve, reject) => {
      const req = request(`${compressed.url}${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
        const parts = [];
        res.on('data', (part) => parts.push(part));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
      });
      req.on('error', reject);
      req.end();
    });
  try {
    const file = readFileSync('dist/cdn/tip-widgets.css');
    const seen = [];
    for (const [accept, expected] of [['gzip, deflate, br, zstd', 'br'], ['gzip, deflate', 'gzip'], ['br;q=0, gzip', 'gzip'], [undefined, undefined], ['identity', undefined]]) {
      const { headers, body } = await get('/dist/cdn/tip-widgets.css', accept);
      assert(headers['content-encoding'] === expected, `Accept-Encoding ${accept}: content-encoding ${headers['content-encoding']}, expected ${expected ?? 'none'}`);
      assert(/accept-encoding/i.test(headers.vary ?? ''), `Accept-Encoding ${accept}: no Vary: Accept-Encoding`);
      const decoded = expected === 'br' ? brotliDecompressSync(body) : expected === 'gzip' ? gunzipSync(body) : body;
      assert(decoded.equals(file), `Accept-Encoding ${accept}: the decoded body is not the file`);
      assert(Number(headers['content-length']) === body.length, `Accept-Encoding ${accept}: content-length ${headers['content-length']} for ${body.length} bytes`);
      seen.push(`${accept ?? '(none)'} → ${expected ?? 'identity'} ${body.length} B`);
    }
    return seen.join('; ');
  } finally {
    await compressed.close();
  }
});

await browser.close();
await server.close();
finish();
