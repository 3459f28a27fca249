// Where the CDN loader decides what to import for a tag: one lazy import per element, nothing else.

let takeOver: Promise<unknown> | undefined;

/**
 * `load`, after this (for an element's chunk, or the loader's file of several elements): on a page rendered by tip-widgets/ssr (a widget with its shadow root already),
 * the code that takes those roots over (base/take-over.ts) is installed before the first element is
 * defined; other pages never load it. The bundle has no hydrate support (every page would pay for
 * it): the widgets replace the server's content with the same content in one task (take-over.ts).
 */
export function first(load: () => Promise<unknown>): () => Promise<unknown> {
  return () =>
    (takeOver ??= [...document.querySelectorAll(SELECTOR)].some((el) => el.shadowRoot)
      ? import('../base/take-over.js').then((m) => m.installTakeOver())
      : Promise.resolve()
    ).then(load);
}

/**
 * Each tag the CDN bundle can load, and the import that registers it. The element modules
 * register themselves (through `define()`, first definition wins), so importing is all it takes.
 * Each import becomes its own chunk; lit, the base class and the data loader become chunks that
 * the element chunks share, so a page with two kinds of widget loads them once.
 *
 * This table is the seam for other ways of starting an element (server-rendered markup that
 * needs hydration support first, say): wrap or replace an entry here, and the loader in
 * `autoload.ts` stays as it is.
 */
export const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  // generated: elements (npm run gen:elements)
  'tip-tier-badge': first(() => import('../components/tier-badge/tier-badge.js')),
  'tip-stat-card': first(() => import('../components/stat-card/stat-card.js')),
  'tip-yoy-chart': first(() => import('../components/yoy-chart/yoy-chart.js')),
  'tip-recommendation-list': first(() => import('../components/recommendation-list/recommendation-list.js')),
  'tip-hotline-callout': first(() => import('../components/hotline-callout/hotline-callout.js')),
  // end generated: elements
};

/** The tags in {@link ELEMENTS}, in the order of the README's table. */
export const TAGS: readonly string[] = Object.keys(ELEMENTS);

/** A selector of every tag in {@link TAGS}: built once, for this check and the loader's scans. */
export const SELECTOR = TAGS.join(',');
