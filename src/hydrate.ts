// Entry point for pages rendered by tip-widgets/ssr (`import 'tip-widgets/hydrate.js'`): lit's hydrate
// support, then every element, so the widgets take over their server-rendered shadow roots instead of
// rendering a second copy. Its own entry, not part of index.js: ordinary pages do not load it (about
// 2 kB gzip of hydrate support, and base/take-over.ts).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/**
 * Lit reads the hydrate support once, when lit-element first evaluates, so the elements (and lit)
 * must evaluate after it. A static `export * from './index.js'` does not guarantee that: bundlers
 * write their own modules' imports before external ones (Vite 8 does), which would evaluate lit
 * first. Dynamic imports do; the take-over is installed before any element is defined. Resolves
 * to the same exports as `tip-widgets` once every element is defined.
 */
export const ready: Promise<typeof import('./index.js')> = import('./base/take-over.js').then((m) => {
  m.installTakeOver();
  return import('./index.js');
});
