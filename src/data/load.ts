// Finds the dataset an element should show: its `data` property, its `src` URL, or the bundled report.
import type { Dataset, Metric } from './types.js';
import { clip } from './validate.js';

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

let bundled: Promise<Dataset> | undefined;

/** The report dataset shipped with the package, loaded once, on first use, as its own chunk. */
export function bundledDataset(): Promise<Dataset> {
  bundled ??= import('../../data/serbia-2025.json').then((m) => m.default as unknown as Dataset);
  return bundled;
}

const bySrc = new Map<string, Promise<Dataset>>();

async function validated(input: unknown, file: string): Promise<Dataset> {
  const { validateDataset } = await import('./validate.js');
  const result = validateDataset(input);
  if (!result.ok) throw new DatasetError('invalid', file, result.error);
  return result.data;
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
      text = await response.text();
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
