// `npm run size` (and a step of `npm test`): the first-load JavaScript of the budget pages, built the
// way users build them, loaded in headless Chromium. Fails when a page grows past its ceiling (today's
// size), when a page does not work, or when the validator or chart.js loads eagerly; prints the gap
// to the shipping issue's goals, which are not met yet.
//
// Pages (bench/pages.mjs): one stat card; the four non-chart widgets; the chart after scrolling to
// it. Budgets are enforced for the npm path (a tiny Vite app that imports the element entry points
// from dist/, minified, lit deduped); the CDN bundle's pages and the naive lit + chart.js/auto page
// are measured beside them and printed. Enforced for both builds: every page renders its figures
// without errors; the dataset validator never loads on these pages and is not statically reachable
// from any entry (it is only for `src`/`data`); chart.js loads only once a chart nears the viewport.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, preflight } from '../harness/chrome.mjs';
import { serve } from '../harness/serve.mjs';
import { buildNpmPages, measurePages, NAIVE, PAGES, writeCdnPages } from '../bench/pages.mjs';
import { containsValidator, jsFiles, kB, staticClosure } from '../bench/sizes.mjs';

const started = Date.now();
const verbose = process.argv.includes('--verbose');

const chrome = preflight('checks/size', ['dist/index.js', 'dist/stat-card.js', 'dist/cdn/tip-widgets.js']);

const work = mkdtempSync(join(tmpdir(), 'tip-size-'));
const www = join(work, 'www');
const failures = [];

/** The built entry script of a Vite page (from its index.html). */
function viteEntry(id) {
  const index = readFileSync(join(www, 'npm', id, 'index.html'), 'utf8');
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(index)?.[1];
  return src ? resolve(www, 'npm', id, src) : undefined;
}

/** Proves from the build graph that the validator is only reachable through import(). */
function validatorStaticCheck(label, entry, dir) {
  const withValidator = jsFiles(dir).filter(containsValidator);
  const eager = staticClosure(entry).filter((file) => withValidator.includes(file));
  if (eager.length) {
    failures.push(`${label}: the validator is loaded eagerly, in ${eager.map((f) => f.slice(dir.length + 1)).join(', ')} (statically imported from the entry)`);
  }
  return { files: withValidator.map((f) => f.slice(dir.length + 1)), eager: eager.length > 0 };
}

const row = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
const WIDTHS = [56, 9, 9, 9, 24];
const goalsMissed = [];

function groupsLine(groups) {
  const order = ['lit', 'widget code', 'widget CSS', 'data', 'validator', 'chart.js', 'other'];
  return order
    .filter((name) => groups[name])
    .map((name) => `${name} ${kB(groups[name].gzip)}`)
    .join(' · ');
}

let server;
let browser;
try {
  await buildNpmPages({ work, pages: [...PAGES, NAIVE] });
  if (verbose) console.log(`built the pages (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const cdn = writeCdnPages({ work });
  server = await serve({ root: www });
  browser = await puppeteer.launch({ executablePath: chrome, args: chromeArgs(), headless: true });

  const npmRows = await measurePages({ browser, baseUrl: server.url, www, entries: PAGES.map((p) => ({ ...p, url: `npm/${p.id}/index.html` })) });
  const cdnRows = await measurePages({ browser, baseUrl: server.url, www, entries: PAGES.map((p) => ({ ...p, url: cdn[p.id] })) });
  const [naive] = await measurePages({ browser, baseUrl: server.url, www, entries: [{ ...NAIVE, url: `npm/${NAIVE.id}/index.html` }] });

  console.log('First-load JavaScript, gzip -9 / brotli 11 (1 kB = 1000 bytes). Breakdown: each part compressed alone.');
  console.log(row(['page', 'gzip', 'brotli', 'goal', 'result'], WIDTHS));
  // Budgets are enforced for the npm path; for the CDN bundle and the naive page they are printed.
  // For both builds: every page works, the validator never loads, and chart.js loads only for a
  // chart that has come near the viewport.
  const print = (label, r, budgetEnforced) => {
    const { gzip, brotli } = r.counted.total;
    let result = '';
    if (r.budget) {
      // The goal is reported; the ceiling (today's size, see bench/pages.mjs) is what fails the check.
      const over = gzip - r.budget;
      result = over > 0 ? `goal missed +${kB(over)}` : `goal met (${kB(-over)} left)`;
      if (over > 0) goalsMissed.push(`${label}: ${kB(gzip)} gzip, ${kB(over)} over the ${kB(r.budget)} goal`);
      if (budgetEnforced && r.ceiling && gzip > r.ceiling) {
        result = `FAIL > ceiling ${kB(r.ceiling)}`;
        failures.push(`${label}: ${kB(gzip)} gzip is over its ceiling of ${kB(r.ceiling)} (a regression: the page grew)`);
      }
    }
    console.log(row([label, kB(gzip), kB(brotli), r.budget ? kB(r.budget) : '', result], WIDTHS));
    console.log(`    ${groupsLine(r.counted.groups)}`);
    if (r.after) console.log(`    before scrolling: ${kB(r.first.total.gzip)} gzip (${groupsLine(r.first.groups)})`);
    if (verbose) {
      for (const f of r.counted.files) console.log(`      ${f.name}  ${kB(f.gzip)} gzip`);
      for (const s of r.counted.sources.filter((source) => source.minified >= 200)) console.log(`        ${s.group.padEnd(12)} ${String(s.minified).padStart(7)} B min  ${kB(s.gzip).padStart(8)} gzip alone  ${s.name}`);
    }
    if (!r.id || r.id === NAIVE.id) return;
    if (r.counted.groups.validator) failures.push(`${label}: the dataset validator was downloaded (${kB(r.counted.groups.validator.gzip)} gzip); it is only for src/data datasets`);
    if (r.first.groups['chart.js']) failures.push(`${label}: chart.js (${kB(r.first.groups['chart.js'].gzip)} gzip) loaded ${r.after ? 'before the chart neared the viewport' : 'on a page without a chart'}`);
    if (r.after && !r.after.groups['chart.js']) failures.push(`${label}: no chart.js was downloaded after scrolling to the chart (is the chart drawn?)`);
    for (const problem of r.problems) failures.push(`${label}: ${problem}`);
  };
  for (const r of npmRows) print(`npm  ${r.title}`, r, true);
  for (const r of cdnRows) print(`cdn  ${r.title} (budget not enforced)`, r, false);
  // The CDN bundle's ceilings (issue 15): the one-card page within cdnOverNpm of the npm page
  // measured in this run; the four-widget page under its ceiling (24.2 kB; its goal, 24 kB, until issue 26's Share control);
  // the chart page under its cdnCeiling (bench/pages.mjs).
  for (const r of cdnRows) {
    const npmRow = npmRows.find((n) => n.id === r.id);
    const limit = r.cdnOverNpm !== undefined ? npmRow.counted.total.gzip + r.cdnOverNpm : r.cdnGoalEnforced ? r.cdnGoal : r.cdnCeiling;
    if (limit === undefined) continue;
    const { gzip } = r.counted.total;
    const how =
      r.cdnOverNpm !== undefined ? `the npm page's ${kB(npmRow.counted.total.gzip)} + ${kB(r.cdnOverNpm)}` : r.cdnGoalEnforced ? `issue 15's goal, enforced` : `its ceiling`;
    console.log(`    cdn ${r.title}: ${kB(gzip)} ≤ ${kB(limit)} (${how})${gzip > limit ? '  ← FAIL' : ''}${r.cdnGoal && gzip > r.cdnGoal ? `; goal ${kB(r.cdnGoal)} not met` : ''}`);
    if (gzip > limit) failures.push(`cdn ${r.title}: ${kB(gzip)} gzip is over ${kB(limit)} (${how}; a regression: the page grew)`);
  }
  print(NAIVE.title, naive, false);

  console.log('\nWhere the validator lives (it must be reachable only through import()):');
  for (const page of PAGES) {
    const found = validatorStaticCheck(`npm ${page.title}`, viteEntry(page.id), join(www, 'npm', page.id));
    console.log(`  npm ${page.title}: ${found.files.join(', ') || 'not bundled'}${found.eager ? '  ← EAGER' : '  (lazy)'}`);
  }
  const cdnFound = validatorStaticCheck('cdn bundle', resolve('dist/cdn/tip-widgets.js'), resolve('dist/cdn'));
  console.log(`  cdn: ${cdnFound.files.join(', ') || 'not bundled'}${cdnFound.eager ? '  ← EAGER' : '  (lazy)'}`);
} catch (error) {
  failures.push(`could not measure: ${error?.stack ?? error}`);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (goalsMissed.length) {
  console.log(`\nGoals not met yet (reported, not enforced; the ceilings in bench/pages.mjs are):`);
  for (const goal of goalsMissed) console.log(`  · ${goal}`);
}
if (failures.length) {
  console.error(`\nchecks/size: ${failures.length} problem(s) (${seconds} s):`);
  for (const failure of failures) console.error(`  ✖ ${failure}`);
  process.exit(1);
}
console.log(`\nchecks/size: no page over its ceiling, every page works, validator lazy, chart.js lazy (${seconds} s).`);
