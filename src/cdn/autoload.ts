// The CDN loader: imports an element's code when its tag is on the page, or appears on it later.
import { ELEMENTS, first, SELECTOR, TAGS } from './elements.js';

/**
 * For each tag, the chunks its element chunk imports statically (lit, the base class, data…),
 * as paths relative to the bundle, written in by the CDN build (build-tools/chunk-graph.mjs) in place
 * of this placeholder; `library` too; and `sets`, the address of the files that hold several
 * elements each, less the bitmask that names the set (chunk-graph.mjs). The loader starts
 * fetching the chunks together with the element chunk: otherwise the browser would only
 * discover them after the element chunk had arrived, one more round trip. Left as the
 * placeholder (the source run as is, in tests and `npm run dev`), nothing is preloaded, each
 * element comes from its own module, and everything still works. An object literal, not JSON:
 * the build writes it as one, and the loader needs no code to read it.
 */
const GRAPH = { __TIP_CHUNK_GRAPH__: 0 } as unknown as Record<string, string[] | undefined> & { sets?: string };

/** Imports `path` (relative to the bundle, as the graph gives it). */
const get = (path: string): Promise<unknown> => import(/* @vite-ignore */ new URL(path, import.meta.url).href);

/** Starts fetching the chunks `key` (a tag, or `library`) imports, so that they arrive together. */
export function preload(key: string): void {
  for (const path of GRAPH[key] ?? []) get(path).catch(() => undefined);
}

/** Tags whose code has been asked for, by this copy of the loader. */
const requested = new Map<string, Promise<CustomElementConstructor | undefined>>();
/** Shadow roots already observed. */
const watched = new WeakSet<ShadowRoot>();

/**
 * Loads the code of `tag` unless it is already defined (the page's own definition, or another copy
 * of the bundle, wins) and resolves to the tag's constructor; `undefined` for a tag this bundle
 * does not have, or when the code could not be loaded (the widget's fallback text stays; one
 * warning says why). Safe to call any number of times. `set`: the file of several elements that
 * holds this one, when the loader imports that instead; should it fail (a self-hosted copy
 * without it), the element's own chunk is imported after all.
 */
export function load(tag: string, set?: Promise<unknown>): Promise<CustomElementConstructor | undefined> {
  const registry = globalThis.customElements;
  const defined = registry?.get(tag);
  if (defined) return Promise.resolve(defined);
  const importer = Object.hasOwn(ELEMENTS, tag) ? ELEMENTS[tag] : undefined;
  if (!registry || !importer) return Promise.resolve(undefined);
  let pending = requested.get(tag);
  if (!pending) {
    // Shared chunks first, in parallel with the element chunk; each is fetched once however many
    // elements import it. Their failures are the element import's failure, reported once below.
    preload(tag);
    pending = (set ? set.catch(importer) : importer()).then(
      () => registry.get(tag),
      (error: unknown) => {
        requested.delete(tag); // a later sighting of the tag may try again
        console.warn(
          `[tip-widgets] <${tag}> could not be loaded (${error instanceof Error ? error.message : String(error)}); its fallback text stays.`,
        );
        return undefined;
      },
    );
    requested.set(tag, pending);
  }
  return pending;
}

/** Observes the shadow root of `el` once it has rendered one, for tags rendered inside it. */
function watchShadowOf(el: Element, observer: MutationObserver): void {
  void customElements
    .whenDefined(el.localName)
    .then(() => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
    .then(() => {
      const root = el.shadowRoot;
      if (!root || watched.has(root)) return;
      watched.add(root);
      scan(root, observer);
      observer.observe(root, { childList: true, subtree: true });
    })
    .catch(() => undefined);
}

/**
 * Every tag of ours in `root` (and `root` itself). The tags this scan finds that no copy has asked
 * for or defined yet come, when they are two or more, from the one file that holds exactly them
 * (build-tools/chunk-graph.mjs): a file per element would cost each its own gzip window, about a
 * quarter of their bytes. The first scan sees every tag of the parsed page.
 */
function scan(root: Element | ShadowRoot | Document, observer: MutationObserver): void {
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && Object.hasOwn(ELEMENTS, root.localName)) found.push(root);
  // The tags to load, as the bitmask that names their file (bit i for TAGS[i]); two bits or more: that file.
  let mask = 0;
  for (const { localName } of found) if (!requested.has(localName) && !customElements.get(localName)) mask |= 1 << TAGS.indexOf(localName);
  const set = GRAPH.sets && mask & (mask - 1) ? first(() => get(`${GRAPH.sets}${mask}.js`))() : undefined;
  for (const el of found) {
    void load(el.localName, set);
    watchShadowOf(el, observer);
  }
}

/**
 * Starts the loader on `document`: the tags there now, and any added later, by a script or inside
 * a shadow root one of our elements renders. A second copy of the bundle on the page (two pasted
 * snippets, a self-hosted copy beside a CDN one) finds the first one running and does nothing.
 */
export function start(): void {
  if (typeof document === 'undefined' || typeof MutationObserver !== 'function' || !globalThis.customElements) return;
  const key = Symbol.for('tip-widgets.autoload');
  const global = globalThis as typeof globalThis & { [key: symbol]: unknown };
  if (global[key]) return;
  global[key] = true;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node, observer);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document, observer);
}
