// Finds the Chromium the tests and benchmarks drive, and the flags it needs on this kind of machine.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Path of a Chromium/Chrome binary, or undefined. `CHROME_PATH` wins when set. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export const HOW_TO_GET_CHROME =
  'No Chromium found: set CHROME_PATH to a Chrome/Chromium binary, or install Debian\'s package: sudo apt-get install -y chromium';

/**
 * What a suite on built files needs before it starts: each of `files` (else one line naming the
 * missing file and the build command, exit 1) and a Chromium (else HOW_TO_GET_CHROME, exit 1).
 * Returns the Chromium's path. `name` starts the message, as the suite names itself.
 */
export function preflight(name, files) {
  for (const file of files) {
    if (!existsSync(file)) {
      console.error(`${name}: ${file} is missing; run \`npm run build\` first.`);
      process.exit(1);
    }
  }
  const chrome = findChrome();
  if (!chrome) {
    console.error(HOW_TO_GET_CHROME);
    process.exit(1);
  }
  return chrome;
}

/**
 * Flags for headless Chromium as root in a closed network: no sandbox (root), no GPU, and no
 * background networking (its connections are refused here and slow the start).
 */
export function chromeArgs() {
  const profile = mkdtempSync(join(tmpdir(), 'tip-chrome-'));
  // Chromium has exited by the time this process does; leave no profile folders behind.
  process.once('exit', () => rmSync(profile, { recursive: true, force: true }));
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--user-data-dir=${profile}`,
  ];
}

/**
 * Opens `url` in a fresh browser context (so no cookie or cache is shared with other pages) and
 * records what a test looks at: page errors, console errors and failed requests (`errors`), every
 * request's address (`requests`) and the text of any dialog, which is dismissed (`dialogs`).
 * `init` runs before any of the page's scripts. Close with `context.close()`.
 */
export async function openPage(browser, url, { init, javaScript = true, viewport = { width: 1024, height: 800 }, timeout = 30_000 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  await page.setJavaScriptEnabled(javaScript);
  const errors = [];
  const requests = [];
  const dialogs = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  if (init) await page.evaluateOnNewDocument(init);
  await page.goto(url, { waitUntil: 'load', timeout });
  return { page, context, errors, requests, dialogs };
}
