// Browser tests of the BUILT iframe embed (dist/cdn/embed.html, embed.js, embed-host.js) in headless Chromium.
// The host page is served from http://127.0.0.1:<port> and the frames from http://localhost:<other port>,
// so every check crosses origins as a real embed does; embed.html is served with a strict CSP. Run by
// `npm test` after the build; reports each check through node:test (harness/runner.mjs).
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, preflight } from '../../harness/chrome.mjs';
import { assert, axeViolations, checkRunner } from '../../harness/runner.mjs';
import { serve } from '../../harness/serve.mjs';
import { iframeHeightPx } from '../../stories/docs/iframe-height.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const CHECK_MS = 30_000;
const HEIGHTS = JSON.parse(readFileSync('stories/docs/iframe-heights.generated.json', 'utf8'));
/** An embedded page is a fragment of its host page: landmarks and the h1 are the host's (as for stories). */
const { disabled: AXE_DISABLED } = JSON.parse(readFileSync('stories/docs/a11y-rules.json', 'utf8'));

const executablePath = preflight('integrations/iframe/test', ['dist/cdn/embed.html', 'dist/cdn/embed.js', 'dist/cdn/embed-host.js', 'dist/cdn/tip-widgets.js']);

const hostServer = await serve({ root: '.' });
const frameServer = await serve({ root: '.', headers: (path) => (path === '/dist/cdn/embed.html' ? { 'content-security-policy': CSP } : {}) });
const HOST = hostServer.url;
/** Another origin for the frames: same machine, another host name and port. */
const FRAMES = frameServer.url.replace('127.0.0.1', 'localhost');
const EMBED = `${FRAMES}/dist/cdn/embed.html`;
const FRAMES_URL = FRAMES;
const browser = await puppeteer.launch({ executablePath, args: chromeArgs(), headless: true });

const { check, finish } = checkRunner(CHECK_MS);


/** The phone height a snippet starts with: the Storybook builder's own rule (stories/docs/iframe-height.mjs). */
function initialHeight(tag, attributes) {
  return iframeHeightPx(HEIGHTS, tag, new Map(Object.entries(attributes).map(([name, value]) => [name, value === '' ? true : value])));
}

/**
 * Opens the host page (origin A) with a column `width` px wide. Records console messages of the page
 * and its frames, page errors, dialogs, and every height message the page receives.
 */
async function openHost({ width = 1000 } = {}) {
  const page = await browser.newPage();
  const problems = [];
  const warnings = [];
  const dialogs = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const where = message.location()?.url ?? '';
    if (where.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${where})`);
    if (message.type() === 'warn') warnings.push(message.text());
  });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  await page.evaluateOnNewDocument(() => {
    window.__heights = [];
    window.addEventListener('message', (event) => {
      if (event.data?.type === 'tip-widgets:height') window.__heights.push({ origin: event.origin, height: event.data.height });
    });
  });
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${HOST}/test/pages/embed-host.html`, { waitUntil: 'load' });
  await page.evaluate((w) => (document.getElementById('column').style.width = `${w}px`), width);
  return { page, problems, warnings, dialogs };
}

/** Adds an iframe with `query` to the column; resolves to its puppeteer Frame once embed.js has run. */
async function addFrame(page, { id, query, height, src, widget = true }) {
  await page.evaluate(
    (id, url, height) => {
      const frame = document.createElement('iframe');
      frame.id = id;
      frame.title = `Widget ${id}`;
      if (height) frame.height = String(height);
      frame.src = url;
      document.getElementById('column').append(frame);
    },
    id,
    src ?? `${EMBED}${query}`,
    height ?? 0,
  );
  return frameOf(page, id, { widget });
}

/** The Frame inside iframe #id, once its document has loaded (after a navigation too). */
async function frameOf(page, id, { widget = true } = {}) {
  const handle = await page.waitForSelector(`#${id}`);
  await page.waitForFunction(
    (id) => new Promise((ok) => {
      const el = document.getElementById(id);
      // A frame that is already loaded has fired load; wait one tick for a pending navigation to start.
      setTimeout(() => ok(true), 50);
      el.addEventListener('load', () => ok(true), { once: true });
    }),
    {},
    id,
  );
  const frame = await handle.contentFrame();
  if (widget) {
    // Polled by time, not by animation frame: Chromium pauses rAF in a frame below the fold, and the
    // widget is created once the bundle's library() has loaded, which may be after the first poll.
    await frame.waitForFunction(() => document.querySelector('#tip-embed > *:not(noscript)'), { timeout: 10_000, polling: 100 });
    await frame.evaluate(async () => {
      const el = document.querySelector('#tip-embed > *');
      if (el.loadComplete) await el.loadComplete;
    });
  }
  return frame;
}

/** What a reader sees in the frame, and whether its document fits without scrolling. */
function readFrame(frame) {
  return frame.evaluate(() => {
    const el = document.querySelector('#tip-embed > *');
    const root = document.documentElement;
    return {
      tag: el?.localName ?? '',
      text: (el?.shadowRoot ?? el)?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      message: el?.shadowRoot?.querySelector('[part~="message"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      lang: root.lang,
      title: document.title,
      content: Math.ceil(root.getBoundingClientRect().height),
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      background: getComputedStyle(document.body).backgroundColor + ' / ' + getComputedStyle(root).backgroundColor,
    };
  });
}

/** The iframe's height in the host page, in CSS px. */
const frameHeight = (page, id) => page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, id);

/** Waits until iframe #id is as tall as its content (embed-host.js resized it) and returns both readings. */
async function settled(page, id, frame) {
  let seen;
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const inside = await readFrame(frame);
    const outside = await frameHeight(page, id);
    seen = { inside, outside };
    if (Math.abs(outside - inside.content) <= 1 && inside.scrollHeight <= inside.clientHeight) return seen;
  }
  throw new Error(`iframe #${id} is ${seen.outside}px tall for ${seen.inside.content}px of content (scrollHeight ${seen.inside.scrollHeight}, clientHeight ${seen.inside.clientHeight})`);
}

const addHostScript = (page) => page.addScriptTag({ url: `${FRAMES}/dist/cdn/embed-host.js` });

// ---------------------------------------------------------------- the widget, its height, a locale change, a resize

await check('stat card in a frame from another origin: figures shown, height posted and applied, no scrollbar; then locale=sr, then 1000 → 320 px', async () => {
  const { page, problems, warnings, dialogs } = await openHost({ width: 1000 });
  try {
    // The frame loads before embed-host.js: the script must ask it for its height.
    const start = initialHeight('tip-stat-card', { metric: 'convictions' });
    let frame = await addFrame(page, { id: 'card', query: '?widget=stat-card&metric=convictions', height: start });
    await addHostScript(page);
    const en = await settled(page, 'card', frame);
    assert(en.inside.tag === 'tip-stat-card', `the frame shows <${en.inside.tag}>`);
    assert(/Traffickers convicted/.test(en.inside.text) && /\b21\b/.test(en.inside.text), `the card does not show its figure: ${en.inside.text.slice(0, 160)}`);
    assert(!en.inside.message, `the card shows a message: ${en.inside.message}`);
    assert(en.inside.lang === 'en', `<html lang="${en.inside.lang}">`);
    assert(/^Stat card: .*Trafficking in Persons Report/.test(en.inside.title), `document title "${en.inside.title}"`);
    assert(en.inside.background === 'rgba(0, 0, 0, 0) / rgba(0, 0, 0, 0)', `background is not transparent: ${en.inside.background}`);
    assert(en.inside.scrollWidth <= en.inside.clientWidth, `horizontal overflow: ${en.inside.scrollWidth} > ${en.inside.clientWidth}`);
    const posted = await page.evaluate(() => window.__heights.at(-1));
    assert(posted?.origin === new URL(FRAMES_URL).origin, `last height message from ${posted?.origin}`);
    assert(posted.height === en.inside.content, `posted ${posted.height}px for ${en.inside.content}px of content`);

    // A locale change: the host points the frame at the same widget in Serbian (Cyrillic).
    await page.evaluate((url) => (document.getElementById('card').src = url), `${FRAMES_URL}/dist/cdn/embed.html?widget=stat-card&metric=convictions&locale=sr`);
    frame = await frameOf(page, 'card');
    await frame.waitForFunction(() => document.documentElement.lang === 'sr-Cyrl');
    const sr = await settled(page, 'card', frame);
    assert(/[Ѐ-ӿ]{4}/.test(sr.inside.text) && /\b21\b/.test(sr.inside.text), `the Serbian card reads: ${sr.inside.text.slice(0, 160)}`);
    assert(sr.inside.content !== en.inside.content, `the Serbian card is as tall as the English one (${sr.inside.content}px): did the height follow?`);

    // A container resize: the column narrows to 320 px; the text wraps, the card grows, the frame follows.
    await page.evaluate(() => (document.getElementById('column').style.width = '320px'));
    await frame.waitForFunction((h) => Math.ceil(document.documentElement.getBoundingClientRect().height) > h, { timeout: 5_000 }, sr.inside.content);
    const narrow = await settled(page, 'card', frame);
    assert(narrow.inside.clientWidth === 320, `the frame is ${narrow.inside.clientWidth}px wide`);
    assert(narrow.inside.scrollWidth <= narrow.inside.clientWidth, `horizontal overflow at 320 px: ${narrow.inside.scrollWidth}`);
    assert(problems.length === 0, problems.join('; '));
    assert(warnings.length === 0, `warnings: ${warnings.join(' | ')}`);
    assert(dialogs.length === 0, `dialogs: ${dialogs.join(' | ')}`);
    return `snippet ${start}px → ${en.outside}px (en, 1000 px), ${sr.outside}px (sr), ${narrow.outside}px (sr, 320 px); scrollHeight ≤ clientHeight each time`;
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- the snippet in docs/embed.md, as pasted

await check('the docs/embed.md iframe snippet, pasted as written (placeholder address → this build): its height is the generated one, the script fits the frame', async () => {
  const doc = readFileSync('docs/embed.md', 'utf8');
  const snippet = /^## iframe embed[\s\S]*?```html\n([\s\S]*?)\n```/m.exec(doc)?.[1];
  assert(snippet, 'docs/embed.md has no ```html block under "## iframe embed"');
  const PLACEHOLDER = 'https://your-site.example/tip-widgets/';
  assert(snippet.includes(`${PLACEHOLDER}embed.html?`) && snippet.includes(`${PLACEHOLDER}embed-host.js`), 'the snippet does not use the placeholder folder');
  const { page, problems, warnings } = await openHost({ width: 700 });
  try {
    await page.evaluate((html) => {
      // Our own documentation, inserted as a CMS would paste it (the script in it runs).
      document.getElementById('column').append(document.createRange().createContextualFragment(html));
    }, snippet.replaceAll(PLACEHOLDER, `${FRAMES_URL}/dist/cdn/`));
    const attrs = await page.evaluate(() => {
      const frame = document.querySelector('#column iframe');
      frame.id = 'documented';
      return { height: Number(frame.getAttribute('height')), src: frame.src, title: frame.title };
    });
    const query = Object.fromEntries(new URL(attrs.src).searchParams);
    const { widget, ...attributes } = query;
    const expected = initialHeight(`tip-${widget}`, attributes);
    assert(attrs.height === expected, `the documented height is ${attrs.height}; the stylesheet gives ${expected} for ${JSON.stringify(query)} (update docs/embed.md)`);
    const frame = await frameOf(page, 'documented');
    const seen = await settled(page, 'documented', frame);
    assert(/\b21\b/.test(seen.inside.text) && !seen.inside.message, `the documented frame shows: ${seen.inside.text.slice(0, 160)}`);
    assert(seen.inside.lang === 'sr-Cyrl', `<html lang="${seen.inside.lang}">`);
    assert(problems.length === 0 && warnings.length === 0, [...problems, ...warnings].join('; '));
    return `height="${attrs.height}" as generated; resized to ${seen.outside}px at 700 px; title “${attrs.title}”`;
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- the snippet's initial height, without embed-host.js

await check('without embed-host.js, each widget fits the snippet\'s initial height in a 380 px column (no scrollbar)', async () => {
  const { page, problems } = await openHost({ width: 380 });
  // What the stylesheet measures: stat cards per metric in each language; the other widgets as the
  // documented snippets use them, in English (a list of 4 recommendations, not all 12).
  const cases = [
    ['tip-tier-badge', {}],
    ['tip-tier-badge', { 'show-history': '' }],
    ['tip-tier-badge', { variant: 'compact' }],
    ['tip-stat-card', { metric: 'convictions' }],
    ['tip-stat-card', { metric: 'cptv-funding', locale: 'sr' }],
    ['tip-stat-card', { metric: 'victims-identified', 'show-breakdown': '' }],
    ['tip-yoy-chart', {}],
    ['tip-recommendation-list', { limit: '4' }],
    ['tip-hotline-callout', {}],
  ];
  try {
    const seen = [];
    for (const [i, [tag, attributes]] of cases.entries()) {
      const query = `?${new URLSearchParams({ widget: tag.replace(/^tip-/, ''), ...attributes })}`;
      const height = initialHeight(tag, attributes);
      const frame = await addFrame(page, { id: `f${i}`, query, height });
      await new Promise((r) => setTimeout(r, 300));
      const inside = await readFrame(frame);
      assert(!inside.message, `${query}: ${inside.message}`);
      assert(inside.scrollHeight <= inside.clientHeight, `${query}: ${inside.content}px of content in a ${height}px frame (scrollHeight ${inside.scrollHeight})`);
      seen.push(`${tag.replace(/^tip-/, '')} ${inside.content}/${height}`);
    }
    assert(problems.length === 0, problems.join('; '));
    return `content/initial px: ${seen.join(', ')}`;
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- hostile queries

const HOSTILE = [
  {
    name: 'unknown widget spelled as markup, with a src and a javascript: theme',
    query: `?widget=${encodeURIComponent('<img src=x onerror=alert(1)>')}&metric=${encodeURIComponent('<script>alert(2)</script>')}&theme=${encodeURIComponent('javascript:alert(3)')}&src=${encodeURIComponent('https://evil.example/x.json')}&onclick=alert(4)`,
    expect: ['unknown widget “<img src=x onerror=alert(1)>”', '“src” is not accepted'],
  },
  {
    name: 'a known widget with an unknown attribute and a src',
    query: `?widget=stat-card&metric=convictions&onclick=alert(1)&src=${encodeURIComponent('https://evil.example/x.json')}`,
    expect: ['unknown attribute “onclick”', '“src” is not accepted'],
  },
  {
    name: 'a known widget with markup for a metric (the card checks it, as on any page)',
    query: `?widget=stat-card&metric=${encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>')}`,
    expect: ['<img src=x onerror=alert(1)>'],
    widget: true,
  },
  {
    name: 'a known widget with a javascript: theme',
    query: `?widget=tier-badge&theme=${encodeURIComponent('javascript:alert(1)')}`,
    expect: ['javascript:alert(1)'],
    widget: true,
  },
];

for (const hostile of HOSTILE) {
  await check(`hostile query (${hostile.name}): a readable message as text, no element from markup, one warning, no dialog`, async () => {
    const { page, problems, warnings, dialogs } = await openHost({ width: 600 });
    try {
      const frame = await addFrame(page, { id: 'hostile', query: hostile.query, height: 200 });
      await new Promise((r) => setTimeout(r, 500));
      const seen = await frame.evaluate(() => {
        const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
        const nodes = all(document);
        const widget = document.querySelector('#tip-embed > [theme], #tip-embed > tip-stat-card, #tip-embed > tip-tier-badge');
        const message = widget
          ? (widget.shadowRoot?.querySelector('[part~="message"]')?.textContent ?? '')
          : (document.querySelector('.tip-embed-message')?.textContent ?? '');
        return {
          message: message.replace(/\s+/g, ' ').trim(),
          widget: widget?.localName ?? '',
          injected: nodes.filter((el) => ['img', 'iframe', 'object', 'embed'].includes(el.localName) || (el.localName === 'script' && !/\/embed\.js$/.test(el.src)) || el.hasAttribute('onerror') || el.hasAttribute('onclick')).map((el) => `<${el.localName}>`),
          tipTags: nodes.filter((el) => el.localName.startsWith('tip-')).map((el) => el.localName),
          src: nodes.filter((el) => el.hasAttribute('src') && el.localName.startsWith('tip-')).length,
        };
      });
      for (const text of hostile.expect) assert(seen.message.includes(text), `the message does not say “${text}”: ${seen.message.slice(0, 300)}`);
      assert(seen.injected.length === 0, `elements created from the query: ${seen.injected.join(', ')}`);
      assert(seen.src === 0, 'a widget was given a src');
      if (hostile.widget) assert(seen.tipTags.length === 1, `widgets in the frame: ${seen.tipTags.join(', ') || 'none'}`);
      else assert(seen.tipTags.length === 0, `a widget was created: ${seen.tipTags.join(', ')}`);
      await new Promise((r) => setTimeout(r, 200));
      assert(dialogs.length === 0, `dialogs: ${dialogs.join(' | ')}`);
      assert(warnings.length === 1, `${warnings.length} console warnings: ${warnings.join(' | ')}`);
      assert(problems.length === 0, problems.join('; '));
      return `“${seen.message.slice(0, 110)}…”`;
    } finally {
      await page.close();
    }
  });
}

// ---------------------------------------------------------------- embed-host.js believes only our frames

await check('embed-host.js ignores height messages from frames that are not ours and from the page itself, and clamps our own', async () => {
  const { page, problems } = await openHost({ width: 600 });
  try {
    const frame = await addFrame(page, { id: 'ours', query: '?widget=tier-badge', height: 100 });
    await addHostScript(page);
    const before = await settled(page, 'ours', frame);
    // A frame on the same origin as ours, but not embed.html, and a frame on the host's own origin.
    const stranger = await addFrame(page, { id: 'stranger', src: `${FRAMES_URL}/test/pages/measure.html`, height: 150, widget: false });
    const local = await addFrame(page, { id: 'local', src: `${HOST}/test/pages/measure.html`, height: 150, widget: false });
    for (const f of [stranger, local]) await f.evaluate(() => window.parent.postMessage({ type: 'tip-widgets:height', height: 3000 }, '*'));
    await page.evaluate(() => window.postMessage({ type: 'tip-widgets:height', height: 3000 }, '*'));
    await new Promise((r) => setTimeout(r, 400));
    const after = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('iframe')].map((f) => [f.id, f.getBoundingClientRect().height])));
    assert(after.ours === before.outside, `our frame went from ${before.outside}px to ${after.ours}px on a message that was not its own`);
    assert(after.stranger === 150 && after.local === 150, `the other frames were resized: ${JSON.stringify(after)}`);
    // Our own frame claims an absurd height: clamped to 20000 px, not believed as is.
    await frame.evaluate(() => window.parent.postMessage({ type: 'tip-widgets:height', height: 1e9 }, '*'));
    await page.waitForFunction(() => document.getElementById('ours').getBoundingClientRect().height === 20_000, { timeout: 3_000 });
    await frame.evaluate(() => window.parent.postMessage({ type: 'tip-widgets:height', height: 'tall' }, '*'));
    await new Promise((r) => setTimeout(r, 200));
    assert((await frameHeight(page, 'ours')) === 20_000, 'a non-numeric height changed the frame');
    assert(problems.length === 0, problems.join('; '));
    return `ours stayed ${before.outside}px; strangers stayed 150px; 1e9 clamped to 20000px`;
  } finally {
    await page.close();
  }
});

// ---------------------------------------------------------------- the embed page on its own: strict CSP, axe

for (const theme of ['light', 'dark']) {
  await check(`embed.html alone under a strict CSP (${theme} theme): styled, no violation, axe clean`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico') && problems.push(`console error: ${message.text()}`));
    try {
      await page.evaluateOnNewDocument(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const response = await page.goto(`${EMBED}?widget=stat-card&metric=victims-identified&show-breakdown&theme=${theme}`, { waitUntil: 'load' });
      assert(response.headers()['content-security-policy'] === CSP, 'embed.html was not served with the CSP');
      await page.waitForFunction(() => document.querySelector('tip-stat-card')?.shadowRoot?.querySelector('[part~="value"]'), { timeout: 10_000 });
      await page.evaluate(() => document.querySelector('tip-stat-card').loadComplete);
      const seen = await page.evaluate(() => ({
        weight: getComputedStyle(document.querySelector('tip-stat-card').shadowRoot.querySelector('.figure')).fontWeight,
        margin: getComputedStyle(document.body).margin,
        violations: window.__cspViolations,
      }));
      assert(seen.weight === '700', `figure font-weight ${seen.weight}: shadow styles not applied`);
      assert(seen.margin === '0px', `body margin ${seen.margin}: embed.css not applied`);
      assert(seen.violations.length === 0, `CSP violations: ${seen.violations.join('; ')}`);
      // axe is injected as an inline script, which this CSP refuses: lift it for the scan only.
      await page.setBypassCSP(true);
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('tip-stat-card')?.shadowRoot?.querySelector('[part~="value"]'), { timeout: 10_000 });
      const violations = await axeViolations(page, AXE_DISABLED);
      assert(violations.length === 0, `axe: ${violations.join('; ')}`);
      assert(problems.length === 0, problems.join('; '));
      return `0 CSP violations, 0 axe violations (${AXE_DISABLED.join(', ')} off: the host page's job)`;
    } finally {
      await page.close();
    }
  });
}

await check('embed.html refusing a query: the message is text in its own colours, axe clean', async () => {
  const page = await browser.newPage();
  try {
    await page.setBypassCSP(true);
    await page.goto(`${EMBED}?widget=nope&src=x`, { waitUntil: 'load' });
    await page.waitForSelector('.tip-embed-message');
    const seen = await page.evaluate(() => {
      const box = document.querySelector('.tip-embed-message');
      return { text: box.textContent, colour: getComputedStyle(box).color, background: getComputedStyle(box).backgroundColor };
    });
    assert(/cannot be shown/.test(seen.text) && /unknown widget “nope”/.test(seen.text), `message: ${seen.text}`);
    assert(seen.background === 'rgb(255, 255, 255)', `message background ${seen.background}: it would take the host page's colour`);
    const violations = await axeViolations(page, AXE_DISABLED);
    assert(violations.length === 0, `axe: ${violations.join('; ')}`);
    return `“${seen.text.slice(0, 60)}…”, ${seen.colour} on ${seen.background}`;
  } finally {
    await page.close();
  }
});

/** The sandbox docs/embed.md gives a frame with `quick-exit`: scripts, its own origin, and the tab's navigation on a click or key press. */
const EXIT_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-top-navigation-by-user-activation';
/** Where the quick exit goes in these checks: a neutral page of the host's server (the default, google.com, is not reachable here). */
const EXIT_TARGET = `${HOST}/test/pages/exit-target.html`;

/** A hotline callout with `quick-exit` in a frame sandboxed with `sandbox`, its button ready. */
async function exitFrame(page, sandbox) {
  const query = `?widget=hotline-callout&quick-exit&exit-url=${encodeURIComponent(EXIT_TARGET)}`;
  await page.evaluate(
    (url, sandbox) => {
      const frame = document.createElement('iframe');
      frame.id = 'exit';
      frame.title = 'Hotline callout';
      frame.height = '1400';
      if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
      frame.src = url;
      document.getElementById('column').append(frame);
    },
    `${EMBED}${query}`,
    sandbox,
  );
  const frame = await frameOf(page, 'exit');
  await frame.waitForFunction(() => document.querySelector('tip-hotline-callout')?.shadowRoot.querySelector('[part~="exit-button"]'), { timeout: 10_000, polling: 50 });
  return frame;
}

for (const [how, sandbox] of [
  ['the sandbox docs/embed.md gives', EXIT_SANDBOX],
  ['no sandbox (the plain snippet)', null],
]) {
  await check(`quick exit in a frame from another origin, ${how}: one click leaves the whole tab for exit-url, and Back does not return to the page`, async () => {
    const { page, problems } = await openHost();
    try {
      const frame = await exitFrame(page, sandbox);
      const button = await frame.waitForSelector('tip-hotline-callout >>> [part~="exit-button"]');
      const left = page.waitForNavigation({ waitUntil: 'load' });
      await button.click();
      await left;
      assert(page.url() === EXIT_TARGET, `the tab is at ${page.url()}, not ${EXIT_TARGET}`);
      await page.goBack({ waitUntil: 'load' }).catch(() => null);
      assert(!page.url().includes('embed-host.html'), `Back returned to the page with the widget (${page.url()})`);
      assert(problems.length === 0, problems.join('; '));
      return `left for ${new URL(EXIT_TARGET).pathname}; Back goes to ${page.url()}`;
    } finally {
      await page.close();
    }
  });
}

await check('quick exit in a frame with the documented sandbox: Shift pressed three times (focus in the frame) leaves the whole tab', async () => {
  const { page, problems } = await openHost();
  try {
    const frame = await exitFrame(page, EXIT_SANDBOX);
    // A reader who tabbed into the frame: the focus is on the button, and nothing is clicked.
    await frame.evaluate(() => document.querySelector('tip-hotline-callout').shadowRoot.querySelector('[part~="exit-button"]').focus());
    const left = page.waitForNavigation({ waitUntil: 'load' });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await left;
    assert(page.url() === EXIT_TARGET, `the tab is at ${page.url()}`);
    assert(problems.length === 0, problems.join('; '));
    return `left for ${new URL(EXIT_TARGET).pathname}`;
  } finally {
    await page.close();
  }
});

await check('quick exit in a frame sandboxed without top navigation: the frame itself leaves, the page around it stays', async () => {
  const { page } = await openHost();
  try {
    const frame = await exitFrame(page, 'allow-scripts allow-same-origin');
    const button = await frame.waitForSelector('tip-hotline-callout >>> [part~="exit-button"]');
    await button.click();
    await page.waitForFunction((target) => {
      try {
        return document.getElementById('exit').contentWindow.location.href === target;
      } catch {
        return false;
      }
    }, { timeout: 10_000 }, EXIT_TARGET).catch(() => null);
    const frameUrl = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('exit-target'))?.url();
    assert(page.url().includes('embed-host.html'), `the tab left: ${page.url()}`);
    assert(frameUrl === EXIT_TARGET, `the frame is at ${page.frames().map((f) => f.url()).join(', ')}`);
    return 'the frame left, the host page stayed';
  } finally {
    await page.close();
  }
});

await browser.close();
await hostServer.close();
await frameServer.close();
finish();
