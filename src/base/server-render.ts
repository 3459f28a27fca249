// What a server render (tip-widgets/ssr) hands its elements: Lit renders on the server in one
// synchronous pass, so an element cannot await its dataset or its language there as it does in a
// browser. The renderer asks first (what would you load?), awaits it, then renders with the answer.
import type { Dataset } from '../data/types.js';
import type { DatasetError, Needs } from '../data/load.js';

/** Where an element's data comes from, as its attributes say. */
export interface DataSource {
  /** No `src`, no `data`: the bundled report, in the parts `needs` names. */
  bundled: boolean;
  needs: Needs;
  src?: string;
  data?: unknown;
}

/** One element's question to the server renderer. */
export interface ServerRequest extends DataSource {
  /** The locale the element resolved (from its `locale`, else the page's `lang`). */
  lang: import('../i18n/locale.js').Locale;
}

export interface ServerAnswer {
  dataset?: Dataset;
  error?: DatasetError;
}

export interface ServerRender {
  /** The nearest `lang` around the tag in the page being rendered (no DOM to walk up on the server). */
  inheritedLang?: string;
  /** Records what the element needs; returns the data once the renderer has loaded it. */
  answer(request: ServerRequest): ServerAnswer | undefined;
}

let current: ServerRender | undefined;

/** Runs `render` (synchronous) with `context` visible to the elements it creates. */
export function withServerRender<T>(context: ServerRender, render: () => T): T {
  current = context;
  try {
    return render();
  } finally {
    current = undefined;
  }
}

/** The context of the server render in progress, if any. */
export function serverRender(): ServerRender | undefined {
  return current;
}
