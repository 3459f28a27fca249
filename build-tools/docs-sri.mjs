// `npm run docs:sri`: writes this build's Subresource Integrity hashes into docs/embed.md (every
// `<published CDN address>/<file>" … integrity="…"` pair, from dist/cdn/integrity.json). Run it
// after `npm run build` when publishing; `node e2e/package.mjs --strict-docs` then passes.
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const base = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn`;
const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const doc = readFileSync('docs/embed.md', 'utf8');
let changed = 0;
const missing = [];
const updated = doc.replace(new RegExp(`(${escaped}/([\\w./-]+)"[^>]*?integrity=")([^"]+)"`, 'g'), (whole, head, file, hash) => {
  const current = integrity[file];
  if (!current) {
    missing.push(file);
    return whole;
  }
  if (current !== hash) changed++;
  return `${head}${current}"`;
});
if (missing.length) {
  console.error(`docs-sri: integrity.json has no hash for ${missing.join(', ')}`);
  process.exit(1);
}
writeFileSync('docs/embed.md', updated);
console.log(`docs-sri: ${changed} hash(es) updated in docs/embed.md`);
