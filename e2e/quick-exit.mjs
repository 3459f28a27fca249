// The quick exit of <tip-hotline-callout quick-exit> on a BUILT page (dist/cdn/, no stylesheet, a strict
// CSP), top-level: the keyboard alone reaches the button and leaves, three presses of Shift leave,
// two do not, and Back never returns to the page. (The iframe embed's exits are checked in
// integrations/iframe/test.mjs; the texts, languages and axe in test/quick-exit.test.ts.) Run by `npm test`.
import puppeteer from 'puppeteer-core';
import { chromeArgs, preflight } from '../harness/chrome.mjs';
import { assert, checkRunner } from '../harness/runner.mjs';
import { serve } from '../harness/serve.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const PAGE = '/test/pages/quick-exit.html';
const TARGET = '/test/pages/exit-target.html';

const executablePath = preflight('e2e/quick-exit', ['dist/cdn/tip-widgets.js']);
const server = await serve({ root: '.', headers: (path) => (path === PAGE ? { 'content-security-policy': CSP } : {}) });
const browser = await puppeteer.launch({ executablePath, args: chromeArgs(), headless: true });
const { check, finish } = checkRunner(25_000);

/** Opens `path` (after about:blank, so Back has somewhere to go) and records problems and the scripts loaded. */
async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  const scripts = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !(message.location()?.url ?? '').endsWith('/favicon.ico')) problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warn') problems.push(`warning: ${message.text()}`);
  });
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('tip-hotline-callout')?.shadowRoot?.querySelector('[part~="numbers"]'), { timeout: 10_000, polling: 50 });
  return { page, problems, scripts };
}

const exitButton = (page) => page.waitForSelector('tip-hotline-callout >>> [part~="exit-button"]', { timeout: 10_000 });

/** Leaves by `act`, then checks where the tab is and that Back does not return to the widget's page. */
async function leaves(page, act) {
  const historyBefore = await page.evaluate(() => history.length);
  const left = page.waitForNavigation({ waitUntil: 'load' });
  await act();
  await left;
  assert(new URL(page.url()).pathname === TARGET, `the tab is at ${page.url()}`);
  const historyAfter = await page.evaluate(() => history.length);
  assert(historyAfter === historyBefore, `history grew from ${historyBefore} to ${historyAfter} entries`);
  await page.goBack({ waitUntil: 'load' }).catch(() => null);
  assert(!page.url().includes(PAGE), `Back returned to the page with the widget (${page.url()})`);
  return page.url();
}

await check('keyboard alone: the first Tab reaches "Quick exit" (filled, without the stylesheet, under a strict CSP); Enter leaves for exit-url, and Back does not return', async () => {
  const { page, problems, scripts } = await open(PAGE);
  try {
    const button = await exitButton(page);
    // The control for the last check: the exit's own chunk is what a page with quick-exit loads.
    assert(scripts.some((path) => /\/exit-[^/]*\.js$/.test(path)), `no exit chunk among ${scripts.join(', ')}`);
    const look = await button.evaluate((b) => ({ background: getComputedStyle(b).backgroundColor, colour: getComputedStyle(b).color, name: b.textContent }));
    assert(look.name === 'Quick exit', `button text: ${look.name}`);
    assert(look.background === 'rgb(164, 38, 44)' && look.colour === 'rgb(255, 255, 255)', `button colours ${look.colour} on ${look.background}`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part'));
    assert(focused === 'exit-button', `the first Tab reached ${focused}`);
    const back = await leaves(page, () => page.keyboard.press('Enter'));
    assert(problems.length === 0, problems.join('; '));
    return `left for ${TARGET}; Back goes to ${back}`;
  } finally {
    await page.close();
  }
});

await check('Shift pressed three times, wherever the focus is, leaves for exit-url; Back does not return', async () => {
  const { page, problems } = await open(PAGE);
  try {
    await exitButton(page);
    const back = await leaves(page, async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    });
    assert(problems.length === 0, problems.join('; '));
    return `left; Back goes to ${back}`;
  } finally {
    await page.close();
  }
});

await check('Shift pressed twice, or three times slowly, does not leave', async () => {
  const { page, problems } = await open(PAGE);
  try {
    await exitButton(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await new Promise((resolve) => setTimeout(resolve, 1300));
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift');
      await new Promise((resolve) => setTimeout(resolve, 1200));
    }
    assert(new URL(page.url()).pathname === PAGE, `the page left: ${page.url()}`);
    assert(problems.length === 0, problems.join('; '));
    return 'still on the page';
  } finally {
    await page.close();
  }
});

await check('a callout without quick-exit loads none of its code', async () => {
  const { page, scripts } = await open('/test/pages/hotline-callout.html');
  try {
    const exit = scripts.filter((path) => /\/exit-[^/]*\.js$/.test(path));
    assert(exit.length === 0, `loaded ${exit.join(', ')}`);
    return `${scripts.length} scripts, none of the quick exit`;
  } finally {
    await page.close();
  }
});

await browser.close();
await server.close();
finish();
