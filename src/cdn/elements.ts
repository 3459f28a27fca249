// Where the CDN loader decides what to import for a tag: one lazy import per element, nothing else.

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
  'tip-tier-badge': () => import('../components/tier-badge/tier-badge.js'),
  'tip-stat-card': () => import('../components/stat-card/stat-card.js'),
  'tip-yoy-chart': () => import('../components/yoy-chart/yoy-chart.js'),
  'tip-recommendation-list': () => import('../components/recommendation-list/recommendation-list.js'),
  'tip-hotline-callout': () => import('../components/hotline-callout/hotline-callout.js'),
};

/** The tags in {@link ELEMENTS}, in the order of the README's table. */
export const TAGS: readonly string[] = Object.keys(ELEMENTS);
