// Which figures a year-on-year chart plots: a named preset or an explicit list, and why a list cannot be drawn.
import { metricById } from '../../data/load.js';
import type { Dataset, Metric, Unit } from '../../data/types.js';
import { idList } from '../../data/clip.js';

/**
 * The named sets of figures. A preset keeps only the ids a dataset has with both years, so a
 * file for another country or year still draws what it can.
 */
export const PRESETS = {
  'law-enforcement': ['police-suspects', 'investigations', 'prosecutions', 'convictions'],
  'victim-protection': [
    'potential-victims-referred',
    'victims-identified',
    'shelter-accommodated',
    'especially-vulnerable-witness-status',
    'video-interviews',
    'victims-foster-families',
  ],
  funding: ['cptv-funding'],
} as const satisfies Record<string, readonly string[]>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
export const DEFAULT_PRESET: PresetName = 'law-enforcement';

/** One plotted figure: the reporting period's value beside the comparison period's. */
export interface Series {
  id: string;
  metric: Metric;
  value: number;
  previous: number;
}

export type Selection =
  | { ok: true; series: Series[]; unit: Unit }
  | { ok: false; reason: 'unknown' | 'no-previous'; id: string }
  | { ok: false; reason: 'mixed-units'; units: Unit[] }
  | { ok: false; reason: 'empty' };

/** `"a, b,,a"` → `['a', 'b']`: trimmed, empty entries and repeats dropped. */
export function parseMetrics(list: string): string[] {
  return [...new Set(idList(list))];
}

/** True when the metric has a single number for the reporting period and one for the comparison period. */
function comparable(metric: Metric, dataset: Dataset): boolean {
  const { value, previous, year, period } = metric;
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    typeof previous === 'number' &&
    Number.isFinite(previous) &&
    (year === undefined || year === dataset.reportingPeriod) &&
    period === undefined
  );
}

/** Ids of every metric a chart can plot, for warnings that list the valid values. */
export function comparableIds(dataset: Dataset): string[] {
  return Object.keys(dataset.metrics).filter((id) => comparable(dataset.metrics[id]!, dataset));
}

/**
 * The figures to plot. An explicit list wins over the preset, and every id in it must be a
 * comparable metric; one axis never mixes units (people and dinars), so mixed units are refused.
 */
export function selectSeries(dataset: Dataset, ids: string[] | undefined, preset: PresetName): Selection {
  const explicit = ids !== undefined;
  const series: Series[] = [];
  for (const id of ids ?? PRESETS[preset]) {
    const metric = metricById(dataset, id);
    if (!metric || !comparable(metric, dataset)) {
      if (!explicit) continue;
      return { ok: false, reason: metric ? 'no-previous' : 'unknown', id };
    }
    series.push({ id, metric, value: metric.value as number, previous: metric.previous as number });
  }
  if (!series.length) return { ok: false, reason: 'empty' };
  const units = [...new Set(series.map((s) => s.metric.unit))];
  if (units.length > 1) return { ok: false, reason: 'mixed-units', units };
  return { ok: true, series, unit: units[0]! };
}
