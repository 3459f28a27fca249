// Printing a page of widgets (issue 26), on the BUILT CDN files in Chromium: each figure prints with
// its source line and its quote (the closed "Source and notes" disclosure prints open), the chart
// prints its picture and its table, and no Share button or menu is printed, even one left open.
// Checked under print media (puppeteer's emulateMediaType) through what the browser would lay out
// (checkVisibility(), which is false inside a closed <details>), then once through page.pdf().
import puppeteer from 'puppeteer-core';
import { chromeArgs, preflight } from '../harness/chrome.mjs';
import { assert, checkRunner, finish } from '../harness/runner.mjs';
import { serve } from '../harness/serve.mjs';
import { TAGS } from '../src/elements.mjs';

const executablePath = preflight('e2e/print', ['dist/cdn/tip-widgets.js', 'dist/cdn/tip-widgets.css']);
const server = await serve({ root: '.' });
const browser = await puppeteer.launch({ executablePath, args: chromeArgs(), headless: true });
const { check } = checkRunner(30_000);

const page = await browser.newPage();
const problems = [];
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
await page.setViewport({ width: 900, height: 900 });
await page.goto(`${server.url}/test/pages/print.html`, { waitUntil: 'load' });

/** What a printed page would show of each widget, read under the current media. */
const printed = () =>
  page.evaluate((tags) => {
    const visible = (el) => Boolean(el && el.checkVisibility() && el.getBoundingClientRect().height > 0);
    return [...document.querySelectorAll(tags.join(','))].map((el) => {
      const root = el.shadowRoot;
      const quotes = [...root.querySelectorAll('blockquote')];
      const table = root.querySelector('table');
      const canvas = root.querySelector('canvas');
      return {
        tag: el.localName,
        sourceLine: visible(root.querySelector('[part~="source-line"]')),
        quotes: quotes.length,
        quotesShown: quotes.filter(visible).length,
        closedDetails: [...root.querySelectorAll('details')].filter((d) => !d.open).length,
        share: visible(root.querySelector('[part~="share"]')),
        menu: visible(root.querySelector('.share-menu')),
        // The table's box, which the screen's visually-hidden class shrinks to a pixel.
        table: table ? visible(table) && table.parentElement.getBoundingClientRect().width > 100 : null,
        canvas: canvas ? visible(canvas) : null,
      };
    });
  }, TAGS);

await check('the page renders every widget and draws the chart', async () => {
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), { timeout: 10_000 }, TAGS);
  await page.evaluate((tags) => Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.loadComplete)), TAGS);
  await page.evaluate(() => document.querySelector('tip-yoy-chart').scrollIntoView({ block: 'center' }));
  await page.waitForFunction(() => document.querySelector('tip-yoy-chart')?.shadowRoot?.querySelector('canvas')?.width > 0, { timeout: 15_000 });
  // A reader opened the card's Share menu and left it open.
  await page.evaluate(() => document.querySelector('tip-stat-card').shadowRoot.querySelector('[part~="share"]').click());
  await page.waitForFunction(() => document.querySelector('tip-stat-card').shadowRoot.querySelector('.share-menu:not([hidden])'), { timeout: 10_000 });
  assert(problems.length === 0, problems.join('; '));
});

await check('on screen: the Share buttons show, the source disclosures are closed, the table is behind its button', async () => {
  const rows = await printed();
  for (const r of rows) {
    assert(r.share, `${r.tag}: no Share button on screen`);
    if (r.closedDetails) assert(r.quotesShown < r.quotes, `${r.tag}: its closed disclosure shows its quotes on screen`);
  }
  const chart = rows.find((r) => r.tag === 'tip-yoy-chart');
  assert(chart.table === false, 'the chart table shows on screen before its button is pressed');
  return rows.map((r) => `${r.tag}: ${r.quotesShown}/${r.quotes} quotes shown`).join('; ');
});

await check('in print: every source line and every quote, the chart picture and its table, no Share button or menu', async () => {
  await page.emulateMediaType('print');
  try {
    const rows = await printed();
    for (const r of rows) {
      assert(r.sourceLine, `${r.tag}: its source line does not print`);
      assert(r.quotes > 0 || r.tag === 'tip-recommendation-list', `${r.tag}: no quote in the widget`);
      assert(r.quotesShown === r.quotes, `${r.tag}: ${r.quotesShown} of ${r.quotes} quotes print (closed disclosures: ${r.closedDetails})`);
      assert(!r.share, `${r.tag}: its Share button prints`);
      assert(!r.menu, `${r.tag}: its Share menu prints`);
    }
    const chart = rows.find((r) => r.tag === 'tip-yoy-chart');
    assert(chart.canvas === true, 'the chart picture does not print');
    assert(chart.table === true, 'the chart table does not print');
    return rows.map((r) => `${r.tag}: ${r.quotesShown}/${r.quotes} quotes`).join('; ');
  } finally {
    await page.emulateMediaType(null);
  }
});

await check('page.pdf() prints the page, and the widgets are as they were afterwards', async () => {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  assert(pdf.length > 10_000 && Buffer.from(pdf.subarray(0, 5)).toString() === '%PDF-', `not a PDF (${pdf.length} bytes)`);
  const rows = await printed();
  assert(rows.every((r) => r.share), 'a Share button stayed hidden after printing');
  assert(problems.length === 0, problems.join('; '));
  return `${pdf.length} bytes`;
});

await browser.close();
await server.close();
finish();
