// The check runner of the built-file test scripts (test-pages, test-embed, test-ssr): one line per check,
// each bounded in time, and the closing "N passed, M failed" line that CI reads; and their axe scan.
import { createRequire } from 'node:module';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core on the whole of `page` (a puppeteer page; the page's CSP must allow the injected
 * script), without the rules in `disabled`: one line per violation, empty when there is none.
 */
export async function axeViolations(page, disabled = []) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (off) => {
    const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
    const { violations } = await window.axe.run(document, { rules, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id} (${v.nodes.length}× ${v.nodes[0]?.target.join(' ')})`);
  }, disabled);
}

/** Throws `message` unless `condition` holds; for use inside a check. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * A runner whose checks each finish within `timeoutMs`. `check(name, run)` awaits `run()`, prints
 * ✔ with what it returned or ✖ with why, and never throws; `finish()` prints the totals and
 * returns the exit code.
 */
export function checkRunner(timeoutMs) {
  let passed = 0;
  let failed = 0;
  async function check(name, run) {
    const started = Date.now();
    let timer;
    try {
      const detail = await Promise.race([
        run(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs / 1000} s`)), timeoutMs))),
      ]);
      passed++;
      console.log(`✔ ${name}${detail ? ` — ${detail}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`✖ ${name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
  function finish() {
    console.log(`${passed} passed, ${failed} failed`);
    return failed ? 1 : 0;
  }
  return { check, finish };
}
