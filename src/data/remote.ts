// Datasets from outside the package: a `src` address (fetched with limits) or a `data` object, both
// validated against data/schema.json. Its own module, loaded by import() only when a widget on the
// page has `src` or `data`, so the bundled default never downloads the fetch code or the validator.
import type { Dataset } from './types.js';
import { clip } from './clip.js';
import { DatasetError } from './load.js';
import { LIMITS } from './limits.js';

const bySrc = new Map<string, Promise<Dataset>>();

async function validated(input: unknown, file: string): Promise<Dataset> {
  const { validateDataset } = await import('./validate.js');
  const result = validateDataset(input);
  if (!result.ok) throw new DatasetError('invalid', file, result.error);
  return result.data;
}

/** A token of RFC 9110 (a type or subtype): letters, digits and these signs. One character class, anchored: it cannot backtrack. */
const TOKEN = /^[-!#$%&'*+.^`|~\w]+$/;

/**
 * Why a response's Content-Type is not JSON, or '' when it is: its essence (`type/subtype`, before
 * any `;` parameters) must be `application/json` or end in `+json`, in any case. Parsed as WHATWG
 * MIME Sniffing's "parse a MIME type" reads the essence (HTTP whitespace around it, token
 * characters in it), with indexOf and slices: linear in the header's length. The reason names
 * the served type, clipped: the header is the server's text, and the message shows it. The server
 * renderer (ssr/fetch.ts) applies the same rule.
 */
export function notJson(header: string | null): string {
  const essence = (header ?? '').split(';', 1)[0]!;
  let start = 0;
  let end = essence.length;
  while (start < end && ' \t\n\r'.includes(essence[start]!)) start++;
  while (end > start && ' \t\n\r'.includes(essence[end - 1]!)) end--;
  const served = essence.slice(start, end).toLowerCase();
  const slash = served.indexOf('/');
  const subtype = served.slice(slash + 1);
  if (slash > 0 && TOKEN.test(served.slice(0, slash)) && TOKEN.test(subtype) && (served === 'application/json' || subtype.endsWith('+json'))) return '';
  return `served ${served ? `as ${clip(served, 40)}` : 'without a Content-Type'}, not JSON`;
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
      // Only a JSON media type: a page or a script someone can upload is not taken for a dataset.
      const wrongType = notJson(response.headers.get('content-type'));
      if (wrongType) {
        controller.abort();
        throw new DatasetError('load', file, wrongType);
      }
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

