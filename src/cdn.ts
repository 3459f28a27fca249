// The CDN bundle's entry (dist/cdn/tip-widgets.js): a small loader for one <script type="module"> tag
// on a CMS page. It imports each element's code only when its tag is on the page (see cdn/autoload.ts).
import { preload, start } from './cdn/autoload.js';
import { ELEMENTS, TAGS } from './cdn/elements.js';

export { load } from './cdn/autoload.js';
export { TAGS };

// generated: elements (npm run gen:elements)
/** The whole library: every element class (each registered), and what `./cdn/library.js` exports. */
type Library = Omit<typeof import('./cdn/library.js'), 'assemble'> &
  typeof import('./components/tier-badge/tier-badge.js') &
  typeof import('./components/stat-card/stat-card.js') &
  typeof import('./components/yoy-chart/yoy-chart.js') &
  typeof import('./components/recommendation-list/recommendation-list.js') &
  typeof import('./components/hotline-callout/hotline-callout.js');
// end generated: elements

/**
 * The whole library, every element registered: what this module exported before it became a
 * loader (the element classes, `TipElement`, `define`, `bundledDataset`, `datasetFromSrc`,
 * `LIMITS`, `toCyrillic`). For scripts that need the classes themselves, like the iframe page;
 * a page of tags needs none of it. The element classes come from the chunks the loader imports
 * for their tags (one import path per element: rolldown then gives each its own chunk, whose
 * exports are the module's, with no namespace object built at run time), or are the ones the page
 * registered from a file of several elements (see `assemble` in cdn/library.ts).
 */
export async function library(): Promise<Library> {
  for (const key of ['library', ...TAGS]) preload(key);
  const parts = await Promise.all([import('./cdn/library.js'), ...TAGS.map((tag) => ELEMENTS[tag]!())]);
  // The element chunks define their tags a turn after they run (src/cdn/define.ts).
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  return parts[0].assemble(parts, TAGS) as Library;
}

start();
