// Everything the CDN bundle exported before it became a loader: every element registered, the base
// class, the data helpers and the transliteration. Loaded on request through `library()`.
export * from '../index.js';
// Serbian Latin → Cyrillic, for pages that translate their own text alongside the widgets.
export { toCyrillic } from '../i18n/translit.js';
