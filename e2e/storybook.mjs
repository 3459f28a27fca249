// `npm run test:storybook`: opens every story of the static build (`storybook-static/`) in headless
// Chromium and fails on an uncaught error, a console error, a story without a rendered tip-* widget,
// or an axe violation. The docs pages are opened too: no error and no axe violation.
//
//   node e2e/storybook.mjs [dir]     STORY_FILTER=stat-card limits the run to matching ids.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, HOW_TO_GET_CHROME } from '../harness/chrome.mjs';
import { serve } from '../harness/serve.mjs';
import { finish, record } from '../harness/runner.mjs';

const ROOT = resolve(process.argv[2] ?? 'storybook-static');
const STORY_TIMEOUT_MS = 15_000;
/** A docs page renders all of a widget's stories at once (or the 54-row data table). */
const DOCS_TIMEOUT_MS = 30_000;
/** A widget whose data never arrives (the Loading story) is checked as it stands after this long. */
const SETTLE_MS = 4_000;
/** Pages checked at once, each in its own window of one browser. */
const CONCURRENCY = Math.max(2, Math.min(4, availableParallelism()));
const TOTAL_BUDGET_MS = 4 * 60_000;

if (!existsSync(resolve(ROOT, 'index.json'))) {
  console.error(`No ${ROOT}/index.json: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const chrome = findChrome();
if (!chrome) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
/** Rules a story fragment cannot meet (landmarks, the page's h1); the a11y addon skips the same. */
const { disabled: AXE_DISABLED } = JSON.parse(readFileSync(new URL('../stories/docs/a11y-rules.json', import.meta.url), 'utf8'));

const index = JSON.parse(readFileSync(resolve(ROOT, 'index.json'), 'utf8'));
const only = process.env.STORY_FILTER;
const entries = Object.values(index.entries).filter(
  (entry) => (entry.type === 'story' || entry.type === 'docs') && (!only || entry.id.includes(only)),
);
if (entries.length === 0) {
  console.error(`e2e/storybook: no stories or docs pages to test${only ? ` match STORY_FILTER=${only}` : ' in storybook-static/index.json'}.`);
  process.exit(1);
}

/**
 * Runs in the page: finds the tip-* elements the story rendered (also inside shadow roots of
 * composed stories), waits for each one's `loadComplete` (at most `settleMs`), and says what
 * is missing.
 */
async function inspectStory(settleMs) {
  const root = document.querySelector('#storybook-root');
  if (!root) return { problem: 'no #storybook-root' };
  const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  const widgets = all(root).filter((el) => el.localName.startsWith('tip-') && customElements.get(el.localName));
  if (widgets.length === 0) return { problem: 'the story renders no tip-* widget' };
  await Promise.race([Promise.all(widgets.map((w) => w.loadComplete)), new Promise((ok) => setTimeout(ok, settleMs))]);
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  const empty = widgets.find((w) => !w.shadowRoot || !w.shadowRoot.textContent.trim());
  return empty ? { problem: `<${empty.localName}> rendered nothing` } : {};
}

/** Runs in the page: axe on `selector` without the disabled rules; one line per violation. */
async function runAxe(selector, disabled) {
  const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
  // axe runs one scan per page at a time; wait out one the a11y addon may have started.
  for (let attempt = 0; ; attempt++) {
    try {
      const { violations } = await window.axe.run(selector, { rules, resultTypes: ['violations'] });
      return violations.map((v) => `${v.id} (${v.nodes.length}× ${v.nodes[0]?.target.join(' ')})`);
    } catch (error) {
      if (attempt > 20 || !String(error).includes('already running')) throw error;
      await new Promise((ok) => setTimeout(ok, 250));
    }
  }
}

/** Checks one entry in `page`; resolves to undefined when it passes, else to the reason. */
async function check(page, base, entry) {
  const mode = entry.type === 'docs' ? 'docs' : 'story';
  // a11y.manual: the a11y addon's own automatic scan stays off; this script runs axe itself.
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${mode}&globals=a11y.manual:!true`, { waitUntil: 'load' });
  const rootSelector = mode === 'docs' ? '#storybook-docs' : '#storybook-root';
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.childElementCount > 0 || document.body.classList.contains('sb-show-errordisplay'),
    { timeout: (mode === 'docs' ? DOCS_TIMEOUT_MS : STORY_TIMEOUT_MS) - 2_000 },
    rootSelector,
  );
  const shown = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay') ? (document.querySelector('#error-message')?.textContent ?? 'error') : '',
  );
  if (shown) return `Storybook shows an error: ${shown.trim().split('\n')[0]}`;
  if (mode === 'docs') {
    // A docs page renders its stories and our docs elements: give them a moment to load.
    await new Promise((ok) => setTimeout(ok, 1_000));
  } else {
    const result = await page.evaluate(inspectStory, SETTLE_MS);
    if (result.problem) return result.problem;
  }
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(runAxe, rootSelector, AXE_DISABLED);
  return violations.length ? `axe: ${violations.join('; ')}` : undefined;
}

const started = Date.now();
const { url, close } = await serve({ root: ROOT });
const browser = await puppeteer.launch({ executablePath: chrome, args: chromeArgs(), headless: true });
const results = new Map();
let next = 0;

async function worker() {
  // A context (window) of its own: a background tab in a shared window gets no animation frames.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  /** Problems the page reports while the current entry runs. */
  let reported = [];
  page.on('pageerror', (error) => reported.push(`uncaught error: ${error.message.split('\n')[0]}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url;
    reported.push(`console error: ${message.text().split('\n')[0]}${where ? ` (${where})` : ''}`);
  });
  page.on('requestfailed', (request) => reported.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));

  while (next < entries.length) {
    const entry = entries[next++];
    const label = entry.type === 'docs' ? `docs ${entry.id}` : entry.id;
    if (Date.now() - started > TOTAL_BUDGET_MS) {
      results.set(entry.id, false);
      console.log(`FAIL ${label}: not run, the ${TOTAL_BUDGET_MS / 1000} s budget is spent`);
      continue;
    }
    reported = [];
    const limit = entry.type === 'docs' ? DOCS_TIMEOUT_MS : STORY_TIMEOUT_MS;
    let timer;
    let problem;
    try {
      problem = await Promise.race([
        check(page, url, entry),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${limit / 1000} s`)), limit))),
      ]);
    } catch (error) {
      problem = error instanceof Error ? error.message.split('\n')[0] : String(error);
    } finally {
      clearTimeout(timer);
    }
    // Let late console messages of this entry arrive before judging it.
    await new Promise((ok) => setTimeout(ok, 50));
    const reasons = [problem, ...reported].filter(Boolean);
    results.set(entry.id, reasons.length === 0);
    record(label, reasons.length === 0, reasons.join(' | '));
  }
  await context.close();
}

try {
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, entries.length) }, worker));
} finally {
  await browser.close();
  await close();
}

const passed = [...results.values()].filter(Boolean).length;
const failed = entries.length - passed;
const stories = entries.filter((e) => e.type === 'story').length;
console.log(`\n${stories} stories and ${entries.length - stories} docs pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failed) console.error(`${failed} of ${entries.length} failed`);
finish();
