// `npm start`: builds the CDN bundle (if missing or older than the source) and serves the demo article.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../harness/serve.mjs';

function newest(dir) {
  return readdirSync(dir).reduce((max, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return Math.max(max, stat.isDirectory() ? newest(path) : stat.mtimeMs);
  }, 0);
}

const bundle = 'dist/cdn/tip-widgets.js';
if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newest('src'), newest('data'))) {
  console.log('Building the CDN bundle (dist/cdn/)…');
  const { status } = spawnSync('node', ['build-tools/build.mjs'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
const port = Number(process.env.PORT ?? 8080);
// Compressed as a real host or CDN would send the files (brotli or gzip, per Accept-Encoding).
const { url } = await serve({ root: '.', port, compress: true });
console.log(`\n  tip-widgets demo article: ${url}/demo/\n  (Ctrl+C to stop; the catalog is \`npm run storybook\`)\n`);
