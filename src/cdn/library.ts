// What the CDN bundle exported before it became a loader, beside the element classes (which
// `library()` in cdn.ts imports from the elements' own chunks): the base class, the data helpers
// and the transliteration. Loaded on request through `library()`.
export { define } from '../define.js';
export { TipElement } from '../base/tip-element.js';
export { bundledDataset, datasetFromSrc, LIMITS } from '../data/load.js';
// Serbian Latin → Cyrillic, for pages that translate their own text alongside the widgets.
export { toCyrillic } from '../i18n/translit.js';
