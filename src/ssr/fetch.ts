/// <reference types="node" />
// The server renderer's fetch of a tag's `src`: off unless the builder names the origins it may
// reach, and even then never to a loopback, link-local, private, shared (CGNAT), multicast, reserved
// or unspecified address, however the host is written, unless the builder allows that address too.
//
// The address check is made on the address the connection actually uses, in the socket's DNS
// lookup (request-filtering-agent), so a name that resolves to 127.0.0.1, or resolves differently
// on the second lookup, is refused as the literal address would be. Redirects are followed by hand,
// each to an allowed origin only. Responses are capped in size and time as in the browser, need a
// JSON media type, and are kept in a small cache that forgets after a few minutes. A failure is
// told to the build (stderr) in full and to the page only as "could not be loaded".
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import ipaddr from 'ipaddr.js';
import { useAgent } from 'request-filtering-agent';
import { LIMITS } from '../data/limits.js';
import { notJson } from '../data/remote.js';

/** What the builder allowed the server render to fetch. */
export interface FetchPolicy {
  /** Origins (`https://data.example.org`) whose addresses `src` may name; none: nothing is fetched. */
  origins: readonly string[];
  /** Addresses (`10.0.0.5`, `::1`) or CIDR ranges (`10.0.0.0/24`) allowed although not public. */
  addresses: readonly string[];
}

/** The cache of fetched datasets: a few entries, least recently used first out, each forgotten after a while. */
export const CACHE = { maxEntries: 16, ttlMs: 5 * 60_000 };
/** Redirects followed for one `src`, each to an allowed origin. */
const MAX_REDIRECTS = 3;

/** Why a `src` was not loaded; `message` goes to the build's stderr, never into the page. */
export class FetchRefused extends Error {
  override name = 'FetchRefused';
}

/** Origins as the URL parser writes them; throws a TypeError naming a bad entry (a builder's mistake). */
export function checkPolicy(origins: unknown, addresses: unknown): FetchPolicy {
  const list = (value: unknown, what: string): string[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new TypeError(`tip-widgets/ssr: ${what} must be an array of strings.`);
    return value as string[];
  };
  const originList = list(origins, 'fetchOrigins').map((origin) => {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin.replace(/\/$/, '')) {
      throw new TypeError(`tip-widgets/ssr: fetchOrigins: “${origin}” is not an http(s) origin such as https://data.example.org.`);
    }
    return url.origin;
  });
  const addressList = list(addresses, 'allowAddresses');
  for (const address of addressList) {
    if (!ipaddr.isValid(address) && !isCidr(address)) throw new TypeError(`tip-widgets/ssr: allowAddresses: “${address}” is not an IP address or CIDR range.`);
  }
  return { origins: originList, addresses: addressList };
}

function isCidr(text: string): boolean {
  try {
    ipaddr.parseCIDR(text);
    return true;
  } catch {
    return false;
  }
}

interface Entry {
  at: number;
  json: Promise<unknown>;
}
const cache = new Map<string, Entry>();

/**
 * The JSON at `url`, fetched under `policy` (or taken from the cache), abandoned at `deadline`
 * (an epoch time in ms) or after LIMITS.timeoutMs. Rejects with a FetchRefused that says why.
 */
export function fetchJson(url: URL, policy: FetchPolicy, deadline: number): Promise<unknown> {
  // A dataset fetched under one render's policy is not another's: a stricter render fetches anew (and is refused).
  const key = JSON.stringify([url.href, policy.origins, policy.addresses]);
  const now = Date.now();
  for (const [k, entry] of cache) {
    if (now - entry.at > CACHE.ttlMs) cache.delete(k);
  }
  const hit = cache.get(key);
  if (hit) {
    // Least recently used goes first: a hit moves to the end.
    cache.delete(key);
    cache.set(key, hit);
    return hit.json;
  }
  const json = fetchFollowing(url, policy, Math.min(deadline, now + LIMITS.timeoutMs));
  cache.set(key, { at: now, json });
  json.catch(() => cache.get(key)?.json === json && cache.delete(key));
  while (cache.size > CACHE.maxEntries) cache.delete(cache.keys().next().value!);
  return json;
}

function allowedOrigin(url: URL, policy: FetchPolicy): boolean {
  return (url.protocol === 'http:' || url.protocol === 'https:') && policy.origins.includes(url.origin);
}

async function fetchFollowing(first: URL, policy: FetchPolicy, deadline: number): Promise<unknown> {
  let url = first;
  for (let hop = 0; ; hop++) {
    if (!allowedOrigin(url, policy)) throw new FetchRefused(`${url.origin} is not in fetchOrigins`);
    const response = await get(url, policy, deadline);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location !== undefined) {
      response.resume();
      if (hop >= MAX_REDIRECTS) throw new FetchRefused(`more than ${MAX_REDIRECTS} redirects`);
      try {
        url = new URL(response.headers.location, url);
      } catch {
        throw new FetchRefused('a redirect to an invalid address');
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchRefused(`HTTP ${status}`);
    }
    const wrongType = notJson(response.headers['content-type'] ?? null);
    if (wrongType) {
      response.resume();
      throw new FetchRefused(wrongType);
    }
    const text = await readCapped(response, deadline);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new FetchRefused('not valid JSON');
    }
  }
}

/** One GET through the filtering agent; the address check happens as the socket connects. */
function get(url: URL, policy: FetchPolicy, deadline: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const left = deadline - Date.now();
    if (left <= 0) {
      reject(new FetchRefused('timed out'));
      return;
    }
    const agent = useAgent(url.href, { allowIPAddressList: [...policy.addresses] });
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { agent, method: 'GET', headers: { accept: 'application/json' } }, resolve);
    // Until the headers arrive; the body has its own timer (readCapped), to the same deadline.
    const timer = setTimeout(() => req.destroy(new FetchRefused('timed out')), left);
    req.on('response', () => clearTimeout(timer));
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error instanceof FetchRefused ? error : new FetchRefused(error.message));
    });
    req.end();
  });
}

/** The body as text, abandoned past LIMITS.maxBytes (a lying or missing Content-Length included) or the deadline. */
function readCapped(response: IncomingMessage, deadline: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(response.headers['content-length']);
    if (declared > LIMITS.maxBytes) {
      response.destroy();
      reject(new FetchRefused('file too large'));
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const timer = setTimeout(() => response.destroy(new FetchRefused('timed out')), Math.max(0, deadline - Date.now()));
    response.on('data', (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size > LIMITS.maxBytes) response.destroy(new FetchRefused('file too large'));
      else chunks.push(chunk);
    });
    response.on('end', () => {
      clearTimeout(timer);
      resolve(new TextDecoder().decode(concat(chunks, size)));
    });
    response.on('error', (error) => {
      clearTimeout(timer);
      reject(error instanceof FetchRefused ? error : new FetchRefused(error.message));
    });
  });
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
