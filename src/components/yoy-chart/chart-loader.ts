// Loads chart.js on first need, with only the parts <tip-yoy-chart> draws. (Tests count the charts
// alive in chart.js's own registry, Chart.instances, which destroy() empties.)
import type { Chart } from 'chart.js';

let pending: Promise<typeof Chart> | undefined;

async function importChart(): Promise<typeof Chart> {
  // Destructured, so bundlers (Vite/Rollup and webpack alike) keep only these exports: about
  // 51 KB gzip instead of 69 KB for `chart.js/auto`. No Legend, Title or Tooltip plugin: the
  // legend, the summary and the table are real text in the shadow DOM.
  const { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale } =
    await import('chart.js');
  // Registration is global and idempotent; a page that shares our chart.js keeps its own parts.
  Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale);
  return Chart;
}

/**
 * The chart.js `Chart` class, imported once per page on first call. A failed import is
 * forgotten, but Chromium keeps a module that failed to load in its module map until the page
 * reloads, so a later chart usually fails the same way and shows the table (as data chunks do).
 */
export async function loadChart(): Promise<typeof Chart> {
  if (!pending) {
    pending = importChart();
    pending.catch(() => (pending = undefined));
  }
  return pending;
}

/**
 * Resolves when the browser is idle, at the latest after a second (requestIdleCallback's timeout);
 * at once where there is no requestIdleCallback (Safari).
 */
export const whenIdle = (): Promise<unknown> =>
  new Promise((resolve) => (typeof requestIdleCallback == 'function' ? requestIdleCallback(resolve, { timeout: 1000 }) : setTimeout(resolve)));
