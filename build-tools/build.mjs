// `npm run build`: dist/ for npm (unbundled ES modules + .d.ts) and dist/cdn/ (one self-contained module),
// then the CDN stylesheet, the Subresource Integrity hashes of every CDN file, and the WordPress plugin zip.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function run(cmd, args) {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

run('npx', ['vite', 'build', '--mode', 'npm', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// The figures' font (src/figure/font.ts): DejaVu Sans regular and bold, and their licence, from
// dejavu-fonts-ttf; the only font files in the package (1.4 MB, about 0.7 MB in the tarball).
mkdirSync('dist/fonts', { recursive: true });
for (const file of ['ttf/DejaVuSans.ttf', 'ttf/DejaVuSans-Bold.ttf', 'LICENSE']) {
  copyFileSync(`node_modules/dejavu-fonts-ttf/${file}`, `dist/fonts/${file.replace('ttf/', '')}`);
}
run('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
copyFileSync('src/cdn/tip-widgets.css', 'dist/cdn/tip-widgets.css');
// The iframe embed (embed.html, its script, embed-host.js), written before the files are hashed below.
run('node', ['integrations/iframe/build.mjs']);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const integrity = {};
for (const file of files('dist/cdn').filter((f) => /\.(js|css)$/.test(f)).sort()) {
  integrity[relative('dist/cdn', file)] = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`build: dist/ (npm), dist/cdn/ (${Object.keys(integrity).length} files hashed in integrity.json)`);

// The one description of the widgets that every delivery path reads: dist/widgets.json.
run('node', ['build-tools/widgets.mjs']);

// The WordPress plugin, with the CDN files inside: dist/wordpress/tip-widgets.zip.
run('node', ['integrations/wordpress/build.mjs']);
