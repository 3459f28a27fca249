#!/usr/bin/env node
// Writes stories/docs/iframe-heights.generated.json: the height each iframe snippet starts with, read
// from src/cdn/tip-widgets.css, the same reservations the script embed makes.
//
// An iframe's width is unknown when its snippet is written, so the snippet takes the phone
// reservation (the taller one): without embed-host.js a desktop frame then shows some empty space
// under the widget rather than a scrollbar. The values are not copied from the stylesheet by hand
// or parsed here: Chromium applies the stylesheet to undefined tip-* tags with each combination of
// the attributes its selectors mention, in a 412 px viewport (below the 48rem breakpoint), and
// this script records the computed `--tip-*-min-height`, so the browser's own cascade decides.
//
//   node generate/embed-heights.mjs           regenerate (after `npm run gen:heights` or a stylesheet edit)
//   node generate/embed-heights.mjs --check   fail when the committed file is stale (`npm test`)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs, HOW_TO_GET_CHROME } from '../harness/chrome.mjs';
import { serve } from '../harness/serve.mjs';

const CSS_FILE = 'src/cdn/tip-widgets.css';
const OUT = 'stories/docs/iframe-heights.generated.json';
/** A phone viewport, as generate/heights.mjs measures phones (the stylesheet's breakpoint is 48rem). */
const VIEWPORT = 412;
const LOCALES = ['en', 'sr-Latn', 'sr'];
/**
 * Added to every reservation: the stylesheet keeps a card within 0.5rem of its measured height
 * (test/layout.test.ts: rounding to 0.25rem, and no rule of its own within 0.25rem of the default),
 * so a frame this much taller never starts with a scrollbar in the measured column.
 */
const SLACK_REM = 0.5;
const check = process.argv.includes('--check');

const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const css = readFileSync(CSS_FILE, 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const dataset = JSON.parse(readFileSync('data/serbia-2025.json', 'utf8'));
/** Attribute names the stylesheet's selectors test. */
const selected = new Set([...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\[([a-z][a-z-]*)/g)].map((m) => m[1]));

/** The values worth trying for one attribute; null is "absent". */
function valuesOf(tag, attr) {
  const type = attr.type?.text ?? 'string';
  if (type.startsWith('boolean')) return [null, ''];
  if (attr.name === 'locale') return [null, ...LOCALES];
  if (tag === 'tip-stat-card' && attr.name === 'metric') return [null, ...Object.keys(dataset.metrics)];
  const union = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  if (union.length > 1 && union.every((p) => /^'[^']*'$/.test(p))) return [null, ...union.map((p) => p.slice(1, -1))];
  throw new Error(`${CSS_FILE} selects <${tag}> by [${attr.name}], whose values this script does not know: teach valuesOf() about it`);
}

/** Every combination of `attrs`' values, as [name, value|null][] lists. */
function combinations(tag, attrs) {
  let out = [[]];
  for (const attr of attrs) out = out.flatMap((combo) => valuesOf(tag, attr).map((value) => [...combo, [attr.name, value]]));
  return out;
}

/** `metric=convictions&show-breakdown`: the lookup key of a combination, absent attributes left out. */
const keyOf = (combo) =>
  combo
    .filter(([, value]) => value !== null)
    .map(([name, value]) => (value === '' ? name : `${name}=${value}`))
    .join('&');

const widgets = {};
const probes = [];
// By tag name: the analyzer's module order is no part of what the file says, so it must not make it stale.
const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((decl) => decl.tagName);
for (const decl of declarations.sort((a, b) => a.tagName.localeCompare(b.tagName))) {
  const attrs = (decl.attributes ?? []).filter((a) => selected.has(a.name)).sort((a, b) => a.name.localeCompare(b.name));
  widgets[decl.tagName] = { attributes: attrs.map((a) => a.name), heights: {} };
  for (const combo of combinations(decl.tagName, attrs)) probes.push({ tag: decl.tagName, combo, key: keyOf(combo) });
}

/** In the page: the computed `--<tag>-min-height` of an undefined `<tag>` with each probe's attributes, in rem (null: none). */
function measure(probes) {
  const host = document.createElement('div');
  document.body.append(host);
  const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return probes.map(({ tag, combo }) => {
    const el = document.createElement(tag);
    for (const [name, value] of combo) if (value !== null) el.setAttribute(name, value);
    host.replaceChildren(el);
    const raw = getComputedStyle(el).getPropertyValue(`--${tag}-min-height`).trim();
    if (!raw) return null;
    const number = parseFloat(raw);
    if (raw.endsWith('rem')) return number;
    if (raw.endsWith('px')) return number / rootPx;
    if (number === 0) return 0;
    throw new Error(`--${tag}-min-height is “${raw}”, not a length in rem or px`);
  });
}

const server = await serve({ root: '.' });
const browser = await puppeteer.launch({ executablePath, args: chromeArgs(), headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: VIEWPORT, height: 900 });
  await page.goto(`${server.url}/test/pages/measure.html`);
  await page.addStyleTag({ url: `/${CSS_FILE}` });
  const rems = await page.evaluate(measure, probes.map(({ tag, combo }) => ({ tag, combo })));
  probes.forEach((probe, i) => (widgets[probe.tag].heights[probe.key] = rems[i]));
} finally {
  await browser.close();
  await server.close();
}

const json = `${JSON.stringify(
  {
    $comment: `Generated by generate/embed-heights.mjs from ${CSS_FILE} (phone reservations, ${VIEWPORT} px viewport), in rem; do not edit by hand. Keys: the attributes the stylesheet selects on, absent ones left out. A snippet's height is (heights[key] ?? heights['']) + slackRem.`,
    slackRem: SLACK_REM,
    widgets,
  },
  null,
  1,
)}\n`;

if (check) {
  const committed = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (committed !== json) {
    console.error(`${OUT} is stale (it no longer matches ${CSS_FILE}): run \`node generate/embed-heights.mjs\` and commit it.`);
    process.exit(1);
  }
  console.log(`${OUT} matches ${CSS_FILE} (${probes.length} combinations).`);
} else {
  writeFileSync(OUT, json);
  console.log(`gen-embed-heights: ${probes.length} combinations of ${Object.keys(widgets).length} widgets written to ${OUT}`);
}
