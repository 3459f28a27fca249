// Lighthouse 12 (its default mobile profile: a mid-range phone, 4x CPU slowdown, slow 4G, simulated)
// on a page, several times, for the bench: the long tasks our files cause, Total Blocking Time,
// max potential First Input Delay and CLS. Each run is a fresh Chromium, so every run is a cold load.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeArgs } from '../harness/chrome.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs Lighthouse's performance category on `url` `runs` times. `ours(url)` says whether a script
 * address is one of our files; a long task is ours when Lighthouse attributes it to such a script.
 * Returns the medians and every run's figures.
 */
export async function lighthouseRuns({ url, runs = 5, chromePath, ours }) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const args = chromeArgs();
    const chrome = await chromeLauncher.launch({
      chromePath,
      // chromeArgs() brings its own throwaway profile folder; chrome-launcher must not add another.
      userDataDir: false,
      chromeFlags: ['--headless=new', ...args],
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const { audits } = result.lhr;
      const longTasks = (audits['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, startTime: Math.round(t.startTime), duration: Math.round(t.duration) }));
      all.push({
        tbtMs: audits['total-blocking-time'].numericValue,
        maxPotentialFidMs: audits['max-potential-fid'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        lcpMs: audits['largest-contentful-paint'].numericValue,
        performanceScore: result.lhr.categories.performance.score,
        longTasks,
        ourLongTasks: longTasks.filter((t) => ours(t.url)),
        runtimeError: result.lhr.runtimeError?.message,
        warnings: result.lhr.runWarnings,
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (key) => median(all.map((r) => r[key]));
  return {
    runs: all,
    median: {
      tbtMs: pick('tbtMs'),
      maxPotentialFidMs: pick('maxPotentialFidMs'),
      cls: pick('cls'),
      lcpMs: pick('lcpMs'),
      ourLongTasks: median(all.map((r) => r.ourLongTasks.length)),
      ourLongestTaskMs: median(all.map((r) => Math.max(0, ...r.ourLongTasks.map((t) => t.duration)))),
    },
  };
}
