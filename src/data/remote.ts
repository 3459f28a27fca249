// Datasets from outside the package: a `src` address (fetched with limits) or a `data` object, both
// validated against data/schema.json. Its own module, loaded by import() only when a widget on the
// page has `src` or `data`, so the bundled default never downloads the fetch code or the validator.
import type { Dataset } from './types.js';
import { clip } from './clip.js';
import { DatasetError, LIMITS } from './load.js';

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
export function fetchedDataset(src: string, base = document.baseURI): Promise<Dataset> {
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
export function objectDataset(data: unknown): Promise<Dataset> {
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

