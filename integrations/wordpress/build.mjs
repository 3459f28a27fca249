// `npm run build`, last step: dist/wordpress/tip-widgets.zip, the WordPress plugin (integrations/wordpress/plugin/) with
// the CDN build's files inside, so a site serves the widgets itself.
//
// The plugin's allow-list, shortcodes and block controls read generated/widgets.json: the build's
// one description of the widgets (dist/widgets.json, build-tools/widgets.mjs, from
// custom-elements.json, the registry and the dataset), copied in: never a hand copy that could drift.
// generated/integrity.json holds the SRI hashes the jsDelivr setting prints, from dist/cdn/integrity.json.
// The files are not committed; they are made fresh with every build.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const OUT = 'dist/wordpress';
const STAGE = join(OUT, 'tip-widgets');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

if (!existsSync('dist/cdn/tip-widgets.js')) {
  console.error('integrations/wordpress/build: dist/cdn/ is missing; run the CDN build first (npm run build).');
  process.exit(1);
}

// The plugin's version must be the package's: the jsDelivr setting loads tip-widgets@VERSION.
for (const [file, pattern] of [
  ['integrations/wordpress/plugin/tip-widgets.php', /^\s*\*\s*Version:\s*(\S+)/m],
  ['integrations/wordpress/plugin/tip-widgets.php', /TIP_WIDGETS_VERSION', '([^']+)'/],
  ['integrations/wordpress/plugin/readme.txt', /^Stable tag:\s*(\S+)/m],
]) {
  const found = readFileSync(file, 'utf8').match(pattern)?.[1];
  if (found !== pkg.version) {
    console.error(`integrations/wordpress/build: ${file} says version ${found}, package.json ${pkg.version}.`);
    process.exit(1);
  }
}

if (!existsSync('dist/widgets.json')) {
  console.error('integrations/wordpress/build: dist/widgets.json is missing; run the build first (npm run build).');
  process.exit(1);
}
const data = JSON.parse(readFileSync('dist/widgets.json', 'utf8'));
if (data.version !== pkg.version) {
  console.error(`integrations/wordpress/build: dist/widgets.json is of version ${data.version}, package.json ${pkg.version}; run the build again.`);
  process.exit(1);
}

// The jsDelivr setting prints these hashes: the loader, the stylesheet, and every chunk the loader can
// import (in an import map, so the browser checks the chunks too). Every such file must have one.
const cdnIntegrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const integrity = {};
for (const file of ['tip-widgets.js', 'tip-widgets.css', ...readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)]) {
  if (!/^sha384-[A-Za-z0-9+/]+={0,2}$/.test(cdnIntegrity[file] ?? '')) {
    console.error(`integrations/wordpress/build: dist/cdn/integrity.json has no sha384 hash for ${file}; run the CDN build again (npm run build).`);
    process.exit(1);
  }
  integrity[file] = cdnIntegrity[file];
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
cpSync('integrations/wordpress/plugin', STAGE, { recursive: true });
mkdirSync(join(STAGE, 'generated'), { recursive: true });
writeFileSync(join(STAGE, 'generated', 'widgets.json'), `${JSON.stringify(data, null, 1)}\n`);
writeFileSync(join(STAGE, 'generated', 'integrity.json'), `${JSON.stringify(integrity, null, 1)}\n`);
// The CDN build, without source maps (they are for debugging the package, and would triple the zip).
cpSync('dist/cdn', join(STAGE, 'cdn'), { recursive: true, filter: (src) => !src.endsWith('.map') });

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const entries = {};
for (const file of files(STAGE).sort()) entries[relative(OUT, file).split('\\').join('/')] = [readFileSync(file), { level: 9, mtime: new Date('2025-01-01T00:00:00Z') }];
const zip = zipSync(entries);
writeFileSync(join(OUT, 'tip-widgets.zip'), zip);
console.log(`build: ${OUT}/tip-widgets.zip (${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(1)} KiB)`);
