// The change of a figure from the comparison period, in words' parts (the stat card's line, the
// figure images). Its own module, not format.ts's: a page without a stat card (the chart's) then
// keeps it out of its first load even when the Share menu's lazy code needs it (measured: 0.1 kB
// gzip of the npm chart page). The CDN build puts it back inside format.ts (vite.config.ts).
import { formatAmount, formatNumber } from './format.js';
import type { Metric } from './types.js';
import type { Locale } from '../i18n/locale.js';

export interface Change {
  direction: 'up' | 'down' | 'same';
  /** Absolute difference, formatted ("6", "16.5 million Serbian dinars"). */
  diff: string;
  /** Percent change with sign ("+10.3%"); absent when the previous figure is 0. */
  percent?: string;
  previous: string;
}

/** The change from `previous` to `value`, or undefined when either is missing or a range. */
export function change(metric: Metric, locale: Locale): Change | undefined {
  const { value, previous, unit } = metric;
  if (typeof value !== 'number' || typeof previous !== 'number') return undefined;
  const delta = value - previous;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const result: Change = {
    direction,
    diff: formatAmount(Math.abs(delta), unit, locale),
    previous: formatAmount(previous, unit, locale),
  };
  // No percentage for an unchanged figure: "Unchanged from 2023 (1)" says it; "(0%)" would repeat it.
  if (previous !== 0 && delta !== 0) {
    result.percent = formatNumber(delta / previous, locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
  }
  return result;
}
