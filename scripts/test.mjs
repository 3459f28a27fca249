// `npm test`: every gate in order — Chromium present, lint, types, generated files fresh, browser tests, built sizes.
import { spawnSync } from 'node:child_process';
import { findChrome, HOW_TO_GET_CHROME } from './chrome.mjs';

if (!findChrome()) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const steps = [
  ['lint (eslint, lit-analyzer)', 'npm', ['run', '--silent', 'lint']],
  ['types (tsc --noEmit)', 'npm', ['run', '--silent', 'typecheck']],
  ['dataset provenance (node)', 'node', ['scripts/check-data.mjs']],
  ['generated data chunks are fresh', 'node', ['scripts/gen-bundled.mjs', '--check']],
  ['generated element lists are fresh (src/elements.mjs)', 'node', ['scripts/gen-elements.mjs', '--check']],
  ['generated validator is fresh', 'node', ['scripts/gen-validator.mjs', '--check']],
  ['custom-elements.json is fresh', 'node', ['scripts/check-manifest.mjs']],
  ['iframe snippet heights are fresh (tip-widgets.css)', 'node', ['scripts/gen-embed-heights.mjs', '--check']],
  ['generated framework and editor types are fresh (types/)', 'node', ['scripts/gen-types.mjs', '--check']],
  ['browser tests (@web/test-runner, headless Chromium)', 'node', ['scripts/wtr.mjs', '--coverage']],
  ['build (npm + CDN)', 'node', ['scripts/build.mjs']],
  ['size budgets on built files', 'node', ['scripts/check-size.mjs']],
  ['package: npm pack, install, import every entry in Chromium', 'node', ['scripts/test-package.mjs']],
  ['pages: strict CSP, two copies, hostile host CSS, layout shift (built files, Chromium)', 'node', ['scripts/test-pages.mjs']],
  ['iframe embed: widget, height, origin checks, hostile queries (built files, Chromium)', 'node', ['scripts/test-embed.mjs']],
  ['server rendering: CLI, JavaScript off, hydration, axe, hostile data (built files, Chromium)', 'node', ['scripts/test-ssr.mjs']],
  ['server rendering on hostile input: linear time, fetch policy, limits, Nu HTML Checker (built files)', 'node', ['scripts/test-ssr-safety.mjs']],
];

const only = process.argv.slice(2);
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}).`);
    process.exit(status || 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
