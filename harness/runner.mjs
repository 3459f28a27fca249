// The one harness of the end-to-end suites (e2e/, integrations/*/test.mjs), on Node's own test
// runner (node:test): each check is a test, reported as it ends, with node's closing totals
// (`# pass N`, `# fail M`) that CI reads and the exit code it sets; and their axe scan.
// Two ways in: `check(name, run)` runs a check (bounded in time), and `record(name, ok, detail)`
// reports a check a suite made itself (the package, Storybook and WordPress suites judge many
// things in one pass of a real install, a built catalog or a real WordPress).
import { createRequire } from 'node:module';
import process from 'node:process';
import { test } from 'node:test';

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

let failures = 0;

/** A check made by the suite itself, reported as one test that passes or fails with `detail`. Returns `ok`. */
export function record(name, ok, detail = '') {
  if (!ok) failures++;
  void test(name, (t) => {
    if (!ok) throw new Error(detail || 'failed');
    if (detail) t.diagnostic(String(detail));
  });
  return ok;
}

/**
 * `check(name, run)` awaits `run()` as one test that fails when it throws or takes longer than
 * `timeoutMs`; what it returns is reported beside it. Never throws.
 */
export function checkRunner(timeoutMs) {
  async function check(name, run) {
    await test(name, async (t) => {
      let timer;
      try {
        const detail = await Promise.race([
          run(),
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs / 1000} s`)), timeoutMs))),
        ]);
        if (detail) t.diagnostic(String(detail));
      } catch (error) {
        failures++;
        throw error;
      } finally {
        clearTimeout(timer);
      }
    });
  }
  return { check, finish };
}

/**
 * After a suite's last check, with its browsers and servers closed: node:test prints the totals
 * and sets the exit code as the process ends. A handle something left open must not hold CI, so
 * ten seconds later the process ends anyway, failing if any check failed.
 */
export function finish() {
  setTimeout(() => process.exit(failures ? 1 : (process.exitCode ?? 0)), 10_000).unref();
}
