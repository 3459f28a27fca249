// The CDN bundle's entry: every element registered, for one <script type="module"> tag on a CMS page.
export * from './index.js';
// Serbian Latin → Cyrillic, for pages that translate their own text alongside the widgets.
export { toCyrillic } from './i18n/translit.js';
