// Entry point: registers every tip-* element (`import 'tip-widgets'`). Each is also importable alone.
export { define } from './define.js';
export { TipElement } from './base/tip-element.js';
// generated: elements (npm run gen:elements)
export * from './components/tier-badge/tier-badge.js';
export * from './components/stat-card/stat-card.js';
export * from './components/yoy-chart/yoy-chart.js';
export * from './components/recommendation-list/recommendation-list.js';
export * from './components/hotline-callout/hotline-callout.js';
// end generated: elements
export type * from './data/types.js';
export { bundledDataset, datasetFromSrc } from './data/load.js';
export { LIMITS } from './data/limits.js';
export type { Locale, LocaleInfo, LocalePack } from './i18n/locale.js';
export { registerLocale } from './i18n/register.js';
