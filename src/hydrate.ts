// Entry point for pages rendered by tip-widgets/ssr (`import 'tip-widgets/hydrate.js'`): lit's hydrate
// support, then every element, so the widgets take over their server-rendered shadow roots instead of
// rendering a second copy. Its own entry, not part of index.js: ordinary pages do not load it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/**
 * Lit reads the hydrate support once, when lit-element first evaluates, so the elements (and lit)
 * must evaluate after it. A static `export * from './index.js'` does not guarantee that: bundlers
 * write their own modules' imports before external ones (Vite 8 does), which would evaluate lit
 * first. A dynamic import does. Resolves to the same exports as `tip-widgets` once defined.
 */
export const ready: Promise<typeof import('./index.js')> = import('./index.js');
