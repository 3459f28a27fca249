// The CDN bundle's entry (dist/cdn/tip-widgets.js): a small loader for one <script type="module"> tag
// on a CMS page. It imports each element's code only when its tag is on the page (see cdn/autoload.ts).
import { preload, start } from './cdn/autoload.js';

export { load } from './cdn/autoload.js';
export { TAGS } from './cdn/elements.js';

/**
 * The whole library, every element registered: what this module exported before it became a
 * loader (the element classes, `TipElement`, `define`, `bundledDataset`, `datasetFromSrc`,
 * `LIMITS`, `toCyrillic`). For scripts that need the classes themselves, like the iframe page;
 * a page of tags needs none of it.
 */
export function library(): Promise<typeof import('./cdn/library.js')> {
  preload('library');
  return import('./cdn/library.js');
}

start();
