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
