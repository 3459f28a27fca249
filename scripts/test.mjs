// `npm test`: every gate in order — Chromium present, lint, types, generated files fresh, browser tests, built sizes.
import { spawnSync } from 'node:child_process';
import { findChrome, HOW_TO_GET_CHROME } from '../harness/chrome.mjs';

if (!findChrome()) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const steps = [
  ['lint (eslint, lit-analyzer)', 'npm', ['run', '--silent', 'lint']],
  ['types (tsc --noEmit)', 'npm', ['run', '--silent', 'typecheck']],
  ['dataset provenance (node)', 'node', ['checks/data.mjs']],
  ['generated data chunks are fresh', 'node', ['generate/bundled.mjs', '--check']],
  ['generated element lists are fresh (src/elements.mjs)', 'node', ['generate/element-lists.mjs', '--check']],
  ['generated validator is fresh', 'node', ['generate/validator.mjs', '--check']],
  ['custom-elements.json is fresh', 'node', ['checks/manifest.mjs']],
  ['iframe snippet heights are fresh (tip-widgets.css)', 'node', ['generate/embed-heights.mjs', '--check']],
  ['generated framework and editor types are fresh (types/)', 'node', ['generate/framework-types.mjs', '--check']],
  ['browser tests (@web/test-runner, headless Chromium)', 'node', ['scripts/wtr.mjs', '--coverage']],
  ['build (npm + CDN)', 'node', ['build-tools/build.mjs']],
  ['size budgets on built files', 'node', ['checks/size.mjs']],
  ['package: npm pack, install, import every entry in Chromium', 'node', ['e2e/package.mjs']],
  ['pages: strict CSP, two copies, hostile host CSS, layout shift (built files, Chromium)', 'node', ['e2e/pages.mjs']],
  ['quick exit: keyboard, Shift three times, Back, no stylesheet, strict CSP (built files, Chromium)', 'node', ['e2e/quick-exit.mjs']],
  ['print: every figure with its source line and quote, the chart picture and table, no Share button (built files, Chromium)', 'node', ['e2e/print.mjs']],
  ['share: the menu loads on click, PNG size and font, strict CSP keeps the SVG (built files, Chromium)', 'node', ['e2e/share.mjs']],
  ['iframe embed: widget, height, origin checks, hostile queries (built files, Chromium)', 'node', ['integrations/iframe/test.mjs']],
  ['server rendering: CLI, every metric alike on server and browser, JavaScript off, hydration, axe, hostile data (built files, Chromium)', 'node', ['e2e/ssr.mjs']],
  ['server rendering on hostile input: linear time, fetch policy, limits, Nu HTML Checker (built files)', 'node', ['e2e/ssr-safety.mjs']],
  ['figure images and static figures: PNG/SVG per widget, language and theme, Cyrillic, hostile data, render --static (built files, Chromium)', 'node', ['e2e/figure.mjs']],
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
