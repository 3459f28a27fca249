// Server rendering in `npm run bench`: the one-stat-card CDN page rendered by tip-widgets/ssr (timed
// beside the npm and CDN pages in bench.mjs), and the HTML bytes a server-rendered card adds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** `<www>/cdn-pages/<id>-ssr.html`: the CDN page of `id` (writeCdnPages) with its tags rendered on the server. */
export async function writeSsrPage({ www, id = 'stat-card' }) {
  const { renderHtml } = await import('../dist/ssr.js');
  const page = readFileSync(join(www, 'cdn-pages', `${id}.html`), 'utf8');
  writeFileSync(join(www, 'cdn-pages', `${id}-ssr.html`), await renderHtml(page));
  return `cdn-pages/${id}-ssr.html`;
}

/**
 * Bytes of HTML (gzip -9) that server rendering adds to a page: for one card, and per card on a
 * page of ten different cards (each shadow root repeats the card's styles, which gzip mostly folds).
 */
export async function ssrBytes() {
  const { renderHtml } = await import('../dist/ssr.js');
  const metrics = ['convictions', 'victims-identified', 'prosecutions', 'investigations', 'police-suspects', 'shelter-capacity', 'ngo-funding', 'hotline-calls', 'labor-inspections', 'extraditions'];
  const page = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cards</title></head><body><main>${metrics
    .slice(0, n)
    .map((m) => `<tip-stat-card metric="${m}"><p>A figure from the report.</p></tip-stat-card>`)
    .join('\n')}</main></body></html>`;
  const added = async (n) => {
    const plain = page(n);
    const rendered = await renderHtml(plain);
    return { raw: rendered.length - plain.length, gzip: gzip(rendered) - gzip(plain) };
  };
  const one = await added(1);
  const ten = await added(10);
  return { oneCard: one, perCardOfTen: { raw: Math.round(ten.raw / 10), gzip: Math.round(ten.gzip / 10) } };
}

/**
 * Render time of `renderHtml`: per 100 kB of a realistic post (block-editor paragraphs with a widget
 * every twenty), and each hostile shape of test/fixtures/hostile/inputs.mjs at about 1 MB beside
 * 1 MB of that post. Linear parsing keeps them of the same order; the median of `runs`.
 */
export async function ssrRenderTimes({ runs = 3 } = {}) {
  const { renderHtml } = await import('../dist/ssr.js');
  const { HOSTILE_HTML } = await import('../test/fixtures/hostile/inputs.mjs');
  const widgets = ['<tip-stat-card metric="convictions"><p>Convictions.</p></tip-stat-card>', '<tip-tier-badge variant="compact"><span>Tier 2</span></tip-tier-badge>', '<tip-yoy-chart preset="law-enforcement"><p>Law enforcement.</p></tip-yoy-chart>'];
  const post = (bytes) => {
    let html = '';
    for (let i = 0; html.length < bytes; i++) {
      html += `<!-- wp:paragraph -->\n<p>Paragraph ${i}: the report describes the government's efforts, with <a href="/notes/${i}">a note</a> and <em>emphasis</em>, as an ordinary article does.</p>\n<!-- /wp:paragraph -->\n`;
      if (i % 20 === 19) html += `<!-- wp:html -->\n${widgets[(i / 20) % widgets.length | 0]}\n<!-- /wp:html -->\n`;
    }
    return html;
  };
  const sized = (make, bytes) => {
    let n = 16;
    while (make(n).length < bytes) n *= 2;
    return make(n);
  };
  const time = async (html) => {
    const warn = console.warn;
    console.warn = () => {};
    const times = [];
    try {
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await renderHtml(html, { maxTags: 100_000, maxRenderedBytes: 1e9 });
        times.push(performance.now() - started);
      }
    } finally {
      console.warn = warn;
    }
    return times.sort((a, b) => a - b)[times.length >> 1];
  };
  const small = post(100_000);
  const large = post(1_000_000);
  const rows = [{ name: 'ordinary post (block editor, a widget every 20 paragraphs)', bytes: large.length, ms: await time(large) }];
  for (const shape of HOSTILE_HTML) {
    const html = sized(shape.make, 1_000_000);
    rows.push({ name: shape.name, bytes: html.length, ms: await time(html) });
  }
  return { per100kB: { bytes: small.length, widgets: small.split('<tip-').length - 1, ms: await time(small) }, rows };
}

/** Section 9 of the bench's report. */
export function printSsrTimes(t) {
  const ms = (v) => `${v.toFixed(0)} ms`;
  console.log(`\n9. Server rendering time (renderHtml, median of 3; limits raised so that every tag renders)`);
  console.log(`      realistic post: ${ms(t.per100kB.ms)} per ${(t.per100kB.bytes / 1e3).toFixed(0)} kB (${t.per100kB.widgets} widgets)`);
  for (const row of t.rows) console.log(`      ${row.name.slice(0, 60).padEnd(60)} ${(row.bytes / 1e6).toFixed(2)} MB ${ms(row.ms).padStart(8)}  (${ms((row.ms / row.bytes) * 1e6)} per MB)`);
}

/**
 * Time to make a PNG on the server (issue 26): renderImage with format png, for a stat card at
 * 1200×675 and the chart at 1080×1080; the first call (resvg and the font loaded) apart, then the
 * median of `runs`. Printed, never asserted.
 */
export async function imageTimes({ runs = 7 } = {}) {
  const { renderImage } = await import('../dist/ssr.js');
  const cases = [
    ['tip-stat-card', { metric: 'convictions', locale: 'sr' }, '1200x675'],
    ['tip-yoy-chart', {}, '1080x1080'],
  ];
  const out = [];
  for (const [tag, attributes, size] of cases) {
    const time = async () => {
      const t0 = performance.now();
      const { data } = await renderImage(tag, attributes, { size, format: 'png' });
      return { ms: performance.now() - t0, bytes: data.length };
    };
    const first = await time();
    const times = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const run = await time();
      times.push(run.ms);
      bytes = run.bytes;
    }
    const sorted = [...times].sort((a, b) => a - b);
    out.push({ tag, size, firstMs: first.ms, medianMs: sorted[Math.floor(sorted.length / 2)], runs: times, pngBytes: bytes });
  }
  return out;
}

export function printImageTimes(rows) {
  console.log('\n10. Time to make a PNG on the server (tip-widgets/ssr renderImage; first call apart, then median; no goal)');
  for (const r of rows) {
    console.log(`      ${`${r.tag} ${r.size}`.padEnd(28)} median ${r.medianMs.toFixed(0).padStart(4)} ms   first ${r.firstMs.toFixed(0)} ms   ${(r.pngBytes / 1000).toFixed(1)} kB PNG`);
  }
}
