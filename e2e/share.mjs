// The Share menu on the BUILT CDN files in Chromium (issue 26): its code loads on the first click;
// the PNG download has the asked size, drawn with the packaged font (fetched from dist/fonts/ on
// first use); under a strict Content-Security-Policy (img-src without data:) the PNG says it cannot
// be made and the SVG download still works. Prints the time to a PNG (median of 5; the first, which
// fetches the font, apart).
import puppeteer from 'puppeteer-core';
import { chromeArgs, preflight } from '../harness/chrome.mjs';
import { assert, checkRunner, finish, axeViolations } from '../harness/runner.mjs';
import { serve } from '../harness/serve.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const executablePath = preflight('e2e/share', ['dist/cdn/tip-widgets.js', 'dist/fonts/DejaVuSans.ttf']);
const server = await serve({ root: '.', headers: (path) => (path === '/test/pages/share-csp.html' ? { 'content-security-policy': CSP } : {}) });
const browser = await puppeteer.launch({ executablePath, args: chromeArgs(), headless: true });
const { check } = checkRunner(60_000);

async function open(path) {
  const page = await browser.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('tip-stat-card'), { timeout: 10_000 });
  await page.evaluate(() => document.querySelector('tip-stat-card').loadComplete);
  // Downloads are captured in the page (name, type, bytes as base64) instead of started.
  await page.evaluate(() => {
    window.downloads = [];
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    const blobs = new Map();
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      const url = create(blob);
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      void blob.arrayBuffer().then((bytes) => {
        let binary = '';
        for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
        window.downloads.push({ name: this.download, type: blob.type, base64: btoa(binary), at: performance.now() });
      });
    };
  });
  return { page, requests, problems };
}

/** Opens the menu, picks `size`, runs `action`; resolves to { download, status, ms }. */
function run(page, action, size) {
  return page.evaluate(
    async (action, size) => {
      const root = document.querySelector('tip-stat-card').shadowRoot;
      const button = root.querySelector('[part~="share"]');
      if (button.getAttribute('aria-expanded') !== 'true') button.click();
      for (let i = 0; i < 200 && !root.querySelector('.share-menu:not([hidden])'); i++) await new Promise((r) => setTimeout(r, 25));
      const status = root.querySelector('.share-menu [role="status"]');
      status.textContent = '';
      root.querySelector('.share-menu select').value = size;
      const before = window.downloads.length;
      const started = performance.now();
      root.querySelector(`[data-action="${action}"]`).click();
      for (let i = 0; i < 400 && !status.textContent; i++) await new Promise((r) => setTimeout(r, 25));
      for (let i = 0; i < 100 && window.downloads.length === before && /PNG|SVG|Преуз/.test(status.textContent) && !/не може/.test(status.textContent); i++) await new Promise((r) => setTimeout(r, 25));
      const download = window.downloads[before];
      return { download, status: status.textContent, ms: download ? download.at - started : undefined };
    },
    action,
    size,
  );
}

/** Width and height from a PNG's IHDR. */
function pngSize(base64) {
  const bytes = Buffer.from(base64, 'base64');
  assert(bytes.subarray(1, 4).toString() === 'PNG', 'not a PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const plain = await open('/test/pages/share.html');

await check('the Share menu loads on the first click only, and is axe-clean open', async () => {
  const before = plain.requests.filter((p) => /control-/.test(p)).length;
  assert(before === 0, 'the menu code loaded before the click');
  await run(plain.page, 'svg', 'widget');
  assert(plain.requests.some((p) => /chunks\/control-/.test(p)), `the menu's chunk was not requested (${plain.requests.filter((p) => p.includes('chunks')).join(', ')})`);
  const violations = await axeViolations(plain.page);
  assert(violations.length === 0, violations.join('; '));
});

await check('PNG 1080x1080 in Serbian Cyrillic: the asked size, drawn with the packaged font; median time of 5', async () => {
  const first = await run(plain.page, 'png', '1080x1080');
  assert(first.download, `no download: ${first.status}`);
  assert(first.download.name === 'tip-stat-card-convictions-sr-Cyrl-1080x1080.png', first.download.name);
  assert(first.download.type === 'image/png', first.download.type);
  const [w, h] = pngSize(first.download.base64);
  assert(w === 1080 && h === 1080, `${w}x${h}`);
  assert(plain.requests.includes('/dist/fonts/DejaVuSans.ttf') && plain.requests.includes('/dist/fonts/DejaVuSans-Bold.ttf'), `the font was not fetched: ${plain.requests.filter((p) => p.includes('font')).join(', ')}`);
  assert(/Осуђени трговци људима/.test(first.status), `the status gives no alt text: ${first.status}`);
  assert(!plain.requests.some((p) => p.startsWith('/dist/cdn/fonts/')), 'the CDN build looked for the fonts beside its chunks first (a 404)');
  const times = [];
  for (let i = 0; i < 5; i++) times.push((await run(plain.page, 'png', '1200x675')).ms);
  times.sort((a, b) => a - b);
  assert(plain.problems.length === 0, plain.problems.join('; '));
  return `time to a PNG in the browser: first (font fetched) ${first.ms.toFixed(0)} ms; then median ${times[2].toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`;
});

await check("strict CSP (img-src 'self', no data:): the PNG says it cannot be made, the SVG still downloads", async () => {
  const csp = await open('/test/pages/share-csp.html');
  const png = await run(csp.page, 'png', 'widget');
  assert(!png.download, 'a PNG was made under the strict CSP');
  assert(/PNG/.test(png.status) && /SVG/.test(png.status), `status: ${png.status}`);
  const svg = await run(csp.page, 'svg', 'widget');
  assert(svg.download?.type.startsWith('image/svg+xml'), `no SVG: ${svg.status}`);
  const text = Buffer.from(svg.download.base64, 'base64').toString('utf8');
  assert(text.includes('Осуђени трговци људима') && text.includes('21'), 'the SVG lacks the figure');
  const violations = await csp.page.evaluate(() => window.violations);
  assert(violations.some((v) => v.startsWith('img-src data')), `no img-src violation reported: ${violations.join('; ')}`);
  await csp.page.close();
  return `violations: ${violations.join('; ')}`;
});

await browser.close();
await server.close();
finish();
