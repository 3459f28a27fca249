// Finds the dataset an element should show: the bundled report, assembled from the parts a widget
// needs, or a dataset from a `src` address or a `data` object. The code for those two is in
// ./remote.ts, which a page downloads only when one of its widgets uses them.
import type { Dataset, Discrepancy, Hotline, Metric, Recommendation } from './types.js';
import * as chunks from './bundled/index.generated.js';

/** Why a dataset could not be used; `file` and `reason` are shown to the reader. */
export class DatasetError extends Error {
  constructor(
    readonly kind: 'load' | 'invalid',
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${kind === 'load' ? 'Could not load' : 'Invalid dataset'} ${file}: ${reason}`);
    this.name = 'DatasetError';
  }
}

/** The parts of the bundled dataset a widget needs; the rest is never downloaded. */
export interface Needs {
  /** Metric ids, or `all`. Unknown ids are left out (the widget then reports them). */
  metrics: readonly string[] | 'all';
  recommendations?: boolean;
  /** The hotlines, and the metrics they cite. */
  hotlines?: boolean;
  /**
   * What no widget shows: the summary, the section verdicts and the quotes of the pages that give
   * the earlier tiers. Without it those fields are absent (a widget's dataset holds what it shows).
   */
  report?: boolean;
}

export const ALL: Needs = { metrics: 'all', recommendations: true, hotlines: true, report: true };

type Core = Omit<Dataset, 'metrics' | 'recommendations' | 'hotlines' | 'discrepancies'>;
/** A bundled metric with the discrepancies it cites. */
type MetricChunk = { metric: Metric; discrepancies: Discrepancy[] };
/** The bundled hotlines, with the metrics they cite by id, each as its own part holds it. */
type HotlinesChunk = { hotlines: Hotline[]; metrics: Record<string, MetricChunk> };
const parts = new Map<string, Promise<unknown>>();
/** Every id the bundled dataset has, for assembled datasets that hold only some metrics. */
const bundledIds = new WeakMap<Dataset, readonly string[]>();

function part<T>(key: string, load: () => Promise<{ default: unknown }>): Promise<T> {
  let pending = parts.get(key);
  if (!pending) {
    pending = load().then((m) => m.default);
    // A failed chunk stays failed for the page: Chromium keeps a module that failed to load in its
    // module map until the page reloads (seen in Chromium 156: a second card's import of a chunk
    // that had failed once failed again at once, though the server would have answered).
    parts.set(key, pending);
  }
  return pending as Promise<T>;
}

/**
 * The report dataset shipped with the package, assembled from the chunks `needs` names: a
 * page with one stat card loads the core and one metric, not all of them. Each chunk is
 * loaded once per page however many widgets ask for it. The translations of these parts are
 * merged in by ./translations.ts, for widgets in another language only.
 */
export async function bundledDataset(needs: Needs = ALL): Promise<Dataset> {
  const metricIds = Object.keys(chunks.metrics);
  // Without the report part, the summary and verdicts are absent: no widget reads them (see Needs.report).
  const core = chunks.core as unknown as Core;
  // The metrics the hotlines cite come with them; a metric asked for by id comes from its own part,
  // even when the hotlines carry it too (the same figures; no widget waits on another's file).
  const wanted = needs.metrics === 'all' ? metricIds : needs.metrics.filter((id) => metricIds.includes(id));
  const [report, recommendations, lines, ...loaded] = await Promise.all([
    needs.report ? part<Partial<Dataset>>('report', chunks.report) : {},
    needs.recommendations ? part<Recommendation[]>('recommendations', chunks.recommendations) : [],
    needs.hotlines ? part<HotlinesChunk>('hotlines', chunks.hotlines) : undefined,
    ...wanted.map((id) => part<MetricChunk>(`metric:${id}`, chunks.metrics[id]!)),
  ]);
  const metrics: Record<string, Metric> = {};
  const discrepancies = new Map<string, Discrepancy>();
  // The metrics asked for by id, then those the hotlines carry (the same figures where both have one).
  const found: [string, MetricChunk][] = [...wanted.map((id, i): [string, MetricChunk] => [id, loaded[i] as MetricChunk]), ...Object.entries(lines?.metrics ?? {})];
  for (const [id, chunk] of found) {
    metrics[id] ??= chunk.metric;
    for (const d of chunk.discrepancies) discrepancies.set(d.id, d);
  }
  const dataset: Dataset = { ...core, ...report, metrics, recommendations, hotlines: lines?.hotlines ?? [], discrepancies: [...discrepancies.values()] };
  bundledIds.set(dataset, metricIds);
  return dataset;
}

/** Every metric id of `dataset`, including those an assembled bundled dataset did not load. */
export function metricIds(dataset: Dataset): readonly string[] {
  return bundledIds.get(dataset) ?? Object.keys(dataset.metrics);
}

/** Marks `copy` (a bundled dataset with its translations) as holding the same ids as `dataset`. */
export function sameIds(copy: Dataset, dataset: Dataset): Dataset {
  bundledIds.set(copy, metricIds(dataset));
  return copy;
}

/**
 * The dataset at `src`, fetched and validated once per resolved URL however many widgets ask.
 * Only `http:` and `https:` addresses are fetched; a failed load is not cached. The fetch and
 * validation code (./remote.ts) is downloaded on the first call, so pages that never use `src`
 * or `data` never load it.
 */
export function datasetFromSrc(src: string, base?: string): Promise<Dataset> {
  return import('./remote.js').then((remote) => remote.fetchedDataset(src, base));
}

/** A dataset handed over as the `data` property, validated once per object (lazily, as above). */
export function datasetFromObject(data: unknown): Promise<Dataset> {
  return import('./remote.js').then((remote) => remote.objectDataset(data));
}

/** A metric by id, never reaching the prototype chain (`__proto__`, `constructor`). */
export function metricById(dataset: Dataset, id: string): Metric | undefined {
  return Object.hasOwn(dataset.metrics, id) ? dataset.metrics[id] : undefined;
}
