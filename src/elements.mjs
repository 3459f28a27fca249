// The registry of elements: one line per element, read by the generator (generate/element-lists.mjs,
// `npm run gen:elements`) and by the build and the test scripts. Everything that lists the
// elements derives from here or from custom-elements.json:
//   - generated into marked regions (`npm test` fails when one is stale): the entry files
//     src/<name>.ts, the element exports of src/index.ts, the server renderer's tags and classes
//     (src/ssr.ts), the CDN loader's table (src/cdn/elements.ts) and its library type (src/cdn.ts),
//     the CLI's list of tags, and the "exports" and "sideEffects" of package.json;
//   - read at build time: the npm build's entries (vite.config.ts); Storybook's element order;
//   - read by the tests: the tag lists of the end-to-end scripts.
// Adding an element is its folder (src/components/<name>/<name>.ts, with its styles and messages)
// plus one line here, then `npm run gen:elements && npm run analyze` (docs/architecture.md).
// `entryNote` ends the head comment of the element's entry file. Order matters: it is the README's order, and the CDN loader names a file of several elements by
// a bitmask in this order (bit i for ELEMENTS[i]).

/** @type {readonly { name: string, className: string, entryNote?: string }[]} */
export const ELEMENTS = [
  { name: 'tier-badge', className: 'TipTierBadge' },
  { name: 'stat-card', className: 'TipStatCard' },
  { name: 'yoy-chart', className: 'TipYoyChart', entryNote: 'chart.js loads later, only when a chart nears the viewport' },
  { name: 'recommendation-list', className: 'TipRecommendationList' },
  { name: 'hotline-callout', className: 'TipHotlineCallout' },
];

/** The tags, `tip-<name>`, in registry order. */
export const TAGS = ELEMENTS.map((element) => `tip-${element.name}`);
