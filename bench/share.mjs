// Section 11 of `npm run bench`: the time to make a PNG in the browser with the Share menu (issue 26),
// on the built CDN files: from the click on "Download image (PNG)" to the file handed to the browser
// (the figure drawn, the font put in, Image -> canvas -> toBlob). The first run also fetches the font
// and is reported apart; then the median of `runs`. The page (test/pages/share.html) is served from
// the repository root, as e2e/share.mjs serves it.

/** Puts the page's downloads in window.downloads (name, bytes, time) instead of starting them. */
function captureDownloads() {
  window.downloads = [];
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob) => {
    const url = create(blob);
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function () {
    window.downloads.push({ name: this.download, bytes: blobs.get(this.href)?.size ?? 0, at: performance.now() });
  };
}

/** One PNG through the menu at `size`: milliseconds from the click to the download, and its bytes. */
function onePng(size) {
  return (async () => {
    const root = document.querySelector('tip-stat-card').shadowRoot;
    const button = root.querySelector('[part~="share"]');
    if (button.getAttribute('aria-expanded') !== 'true') button.click();
    for (let i = 0; i < 200 && !root.querySelector('.share-menu:not([hidden])'); i++) await new Promise((r) => setTimeout(r, 10));
    root.querySelector('.share-menu select').value = size;
    const before = window.downloads.length;
    const started = performance.now();
    root.querySelector('[data-action="png"]').click();
    for (let i = 0; i < 1000 && window.downloads.length === before; i++) await new Promise((r) => setTimeout(r, 5));
    const done = window.downloads[before];
    return done ? { ms: done.at - started, bytes: done.bytes } : undefined;
  })();
}

export async function browserImageTimes({ browser, repoUrl, runs = 9, size = '1200x675' }) {
  const page = await browser.newPage();
  try {
    await page.goto(`${repoUrl}/test/pages/share.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('tip-stat-card'), { timeout: 10_000 });
    await page.evaluate(() => document.querySelector('tip-stat-card').loadComplete);
    await page.evaluate(captureDownloads);
    const first = await page.evaluate(onePng, size);
    if (!first) throw new Error('no PNG from the Share menu');
    const times = [];
    let bytes = first.bytes;
    for (let i = 0; i < runs; i++) {
      const run = await page.evaluate(onePng, size);
      times.push(run.ms);
      bytes = run.bytes;
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { page: 'tip-stat-card metric=convictions locale=sr-Cyrl (CDN)', size, firstMs: first.ms, medianMs: sorted[Math.floor(sorted.length / 2)], runs: times, pngBytes: bytes };
  } finally {
    await page.close();
  }
}

export function printBrowserImageTimes(r) {
  console.log('\n11. Time to make a PNG in the browser (the Share menu, issue 26; first run with the font fetched apart, then median; no goal)');
  if (!r) return console.log('      not measured');
  console.log(`      ${`${r.page} ${r.size}`.padEnd(28)} median ${r.medianMs.toFixed(0).padStart(4)} ms   first ${r.firstMs.toFixed(0)} ms   ${(r.pngBytes / 1000).toFixed(1)} kB PNG`);
}
