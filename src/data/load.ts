// Finds the dataset an element should show: its `data` property, its `src` URL, or the bundled report.
import type { Dataset, Discrepancy, Hotline, Metric, Recommendation } from './types.js';
import { clip } from './clip.js';

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

/** Limits that keep a hostile or broken `src` from freezing the page. Documented in the README. */
export const LIMITS = {
  /** Largest dataset file accepted, in bytes (the bundled one is about 60 KB). */
  maxBytes: 1_000_000,
  /** A response that has not finished by then is abandoned. */
  timeoutMs: 10_000,
};

/** The parts of the bundled dataset a widget needs; the rest is never downloaded. */
export interface Needs {
  /** Metric ids, or `all`. Unknown ids are left out (the widget then reports them). */
  metrics: readonly string[] | 'all';
  recommendations?: boolean;
  /** The hotlines, and the metrics they cite. */
  hotlines?: boolean;
}

export const ALL: Needs = { metrics: 'all', recommendations: true, hotlines: true };

type Core = Omit<Dataset, 'metrics' | 'recommendations' | 'hotlines' | 'discrepancies'>;
/** A bundled metric with the discrepancies it cites. */
type MetricChunk = { metric: Metric; discrepancies: Discrepancy[] };
const parts = new Map<string, Promise<unknown>>();
/** Every id the bundled dataset has, for assembled datasets that hold only some metrics. */
const bundledIds = new WeakMap<Dataset, readonly string[]>();

function part<T>(key: string, load: () => Promise<{ default: unknown }>): Promise<T> {
  let pending = parts.get(key);
  if (!pending) {
    pending = load().then((m) => m.default);
    parts.set(key, pending);
  }
  return pending as Promise<T>;
}

/**
 * The report dataset shipped with the package, assembled from the chunks `needs` names: a
 * page with one stat card loads the core and one metric, not all of them. Each chunk is
 * loaded once per page however many widgets ask for it.
 */
export async function bundledDataset(needs: Needs = ALL): Promise<Dataset> {
  const chunks = await import('./bundled/index.generated.js');
  const metricIds = Object.keys(chunks.metrics);
  const core = await part<Core>('core', chunks.core);
  const hotlines = needs.hotlines ? await part<Hotline[]>('hotlines', chunks.hotlines) : [];
  const wanted = new Set(needs.metrics === 'all' ? metricIds : needs.metrics.filter((id) => metricIds.includes(id)));
  for (const line of hotlines) for (const id of line.metrics ?? []) if (metricIds.includes(id)) wanted.add(id);
  const [recommendations, ...loaded] = await Promise.all([
    needs.recommendations ? part<Recommendation[]>('recommendations', chunks.recommendations) : Promise.resolve([]),
    ...[...wanted].map((id) => part<MetricChunk>(`metric:${id}`, chunks.metrics[id]!)),
  ]);
  const metrics: Record<string, Metric> = {};
  const discrepancies = new Map<string, Discrepancy>();
  [...wanted].forEach((id, i) => {
    const chunk = loaded[i] as MetricChunk;
    metrics[id] = chunk.metric;
    for (const d of chunk.discrepancies) discrepancies.set(d.id, d);
  });
  const dataset: Dataset = { ...core, metrics, recommendations, hotlines, discrepancies: [...discrepancies.values()] };
  bundledIds.set(dataset, metricIds);
  return dataset;
}

/** Every metric id of `dataset`, including those an assembled bundled dataset did not load. */
export function metricIds(dataset: Dataset): readonly string[] {
  return bundledIds.get(dataset) ?? Object.keys(dataset.metrics);
}

const bySrc = new Map<string, Promise<Dataset>>();

async function validated(input: unknown, file: string): Promise<Dataset> {
  const { validateDataset } = await import('./validate.js');
  const result = validateDataset(input);
  if (!result.ok) throw new DatasetError('invalid', file, result.error);
  return result.data;
}

/**
 * The body as text, read chunk by chunk and abandoned as soon as it passes the size limit, so
 * a response without Content-Length (or one that lies) cannot fill memory until the timeout.
 */
async function readCapped(response: Response, controller: AbortController, file: string): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > LIMITS.maxBytes) {
      controller.abort();
      throw new DatasetError('load', file, 'file too large');
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

async function fetchDataset(url: URL, file: string): Promise<Dataset> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), LIMITS.timeoutMs);
  try {
    let text: string;
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) throw new DatasetError('load', file, `HTTP ${response.status}`);
      const declared = Number(response.headers.get('content-length'));
      if (declared > LIMITS.maxBytes) throw new DatasetError('load', file, 'file too large');
      text = await readCapped(response, controller, file);
    } catch (error) {
      if (error instanceof DatasetError) throw error;
      throw new DatasetError('load', file, controller.signal.aborted ? 'timed out' : 'network error');
    }
    if (text.length > LIMITS.maxBytes) throw new DatasetError('load', file, 'file too large');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new DatasetError('invalid', file, 'not valid JSON');
    }
    return await validated(json, file);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The dataset at `src`, fetched and validated once per resolved URL however many widgets ask.
 * Only `http:` and `https:` addresses are fetched. A failed load is not cached, so a later
 * widget (or a changed `src`) may try again.
 */
export function datasetFromSrc(src: string, base = document.baseURI): Promise<Dataset> {
  const file = clip(src.trim(), 80);
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    return Promise.reject(new DatasetError('load', file, 'not a valid address'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return Promise.reject(new DatasetError('load', file, 'only http and https addresses are loaded'));
  }
  const key = url.href;
  let pending = bySrc.get(key);
  if (!pending) {
    pending = fetchDataset(url, file);
    bySrc.set(key, pending);
    pending.catch(() => bySrc.delete(key));
  }
  return pending;
}

const checkedObjects = new WeakMap<object, Promise<Dataset>>();

/** A dataset handed over as the `data` property, validated once per object. */
export function datasetFromObject(data: unknown): Promise<Dataset> {
  if (typeof data !== 'object' || data === null) {
    return Promise.reject(new DatasetError('invalid', 'data property', '/: must be an object'));
  }
  let pending = checkedObjects.get(data);
  if (!pending) {
    pending = validated(data, 'data property');
    checkedObjects.set(data, pending);
  }
  return pending;
}

/** A metric by id, never reaching the prototype chain (`__proto__`, `constructor`). */
export function metricById(dataset: Dataset, id: string): Metric | undefined {
  return Object.hasOwn(dataset.metrics, id) ? dataset.metrics[id] : undefined;
}
