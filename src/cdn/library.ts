// What the CDN bundle exported before it became a loader, beside the element classes (which
// `library()` in cdn.ts imports from the elements' own chunks): the base class, the data helpers
// and the transliteration; and how `library()` puts them together. Loaded on request through `library()`.
import { TipElement } from '../base/tip-element.js';

export { TipElement };
export { define } from '../define.js';
export { bundledDataset, datasetFromSrc } from '../data/load.js';
export { LIMITS } from '../data/limits.js';
// Serbian Latin → Cyrillic, for pages that translate their own text alongside the widgets.
export { toCyrillic } from '../locales/sr/translit.js';
// A language of the page's own (docs/architecture.md, "Adding a language").
export { registerLocale } from '../i18n/register.js';

/**
 * `parts` (this module, then each element chunk's exports, in the order of `tags`) as the one
 * object `library()` returns. An element class is the one registered under its tag when that is
 * another copy of it from this same build: a page that shows several kinds of widget registers
 * them from one file of several elements (build-tools/chunk-graph.mjs), whose classes are not the
 * element chunks' own, and `library()` hands out the classes of the page's elements. A class
 * another build or the page registered (not a TipElement of this build) leaves ours as it is.
 */
export function assemble(parts: readonly unknown[], tags: readonly string[]): object {
  const library: Record<string, unknown> = Object.assign({}, ...parts);
  delete library.assemble;
  tags.forEach((tag, i) => {
    const registered = customElements.get(tag);
    if (!(registered?.prototype instanceof TipElement)) return;
    for (const [name, value] of Object.entries(parts[i + 1] as object)) {
      if (typeof value === 'function' && value.prototype instanceof TipElement) library[name] = registered;
    }
  });
  return library;
}
