// How a widget takes over a shadow root rendered by tip-widgets/ssr. Installed by the entries that
// serve such pages (tip-widgets/hydrate.js; the CDN loader when the page has server-rendered roots),
// so ordinary pages never download it.
import type { PropertyValues } from 'lit';
import { TipElement } from './tip-element.js';
import { loadLocale } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';

/** The members of TipElement this reaches (protected and private ones, seen from here). */
export interface TakeOverView {
  renderRoot: HTMLElement | DocumentFragment;
  renderOptions: { renderBefore?: ChildNode | null };
  lang_: Locale;
  src?: string;
  data?: unknown;
  settled: Promise<void>;
  refreshLocale(): void;
  willUpdate(changed: PropertyValues): void;
  update(changed: PropertyValues): void;
  hasUpdated: boolean;
}

let installed = false;

/**
 * Makes every tip-* widget whose shadow root came with the page (lit's part markers in it, which a
 * root lit has not rendered into yet cannot have) take it over on its first update. Call it before
 * the first widget is defined.
 */
export function installTakeOver(): void {
  if (installed) return;
  installed = true;
  const proto = TipElement.prototype as unknown as { scheduleUpdate(this: TakeOverView): unknown };
  const schedule = proto.scheduleUpdate;
  proto.scheduleUpdate = function (this: TakeOverView) {
    const serverRendered = !this.hasUpdated && [...this.renderRoot.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE);
    return serverRendered ? takeOver(this, () => schedule.call(this)) : schedule.call(this);
  };
}

/**
 * Waits for the widget's dataset and language, then lets `render` run its first update, which
 * must render what the server rendered; until then the server's content stays on screen as it is.
 */
export async function takeOver(el: TakeOverView, render: () => unknown): Promise<unknown> {
  el.refreshLocale();
  // Starts loading what the element shows (its first update would, but the server's content must
  // stay untouched until the data is here).
  el.willUpdate(new Map());
  const { src, data } = el;
  await Promise.all([el.settled, loadLocale(el.lang_)]);
  // The load has started already, for the `src`/`data` the first update will see as changed: that
  // update must not start it again (loading from the start would blank the widget), unless the page
  // changed them in the meantime. Kept here, on the pages that take over, rather than in
  // TipElement, which every page downloads.
  el.willUpdate = (changed) => {
    delete (el as Partial<TakeOverView>).willUpdate;
    if (el.src === src) changed.delete('src');
    if (el.data === data) changed.delete('data');
    el.willUpdate(changed);
  };
  const root = el.renderRoot;
  if ((root as ShadowRoot).adoptedStyleSheets?.length) {
    // Without lit's hydrate support (the CDN bundle; an app that did not import
    // tip-widgets/hydrate.js first), lit adopted its styles into the root and would render a
    // second copy after the server's. The server's content is replaced by the same content in this
    // one task instead: nothing paints in between, so no flash, no shift, one copy.
    root.replaceChildren();
    // lit would insert before the server's first node, which is gone.
    el.renderOptions.renderBefore = null;
    return render();
  }
  // Hydration that finds other markup than this render's (the server used another dataset, or a
  // relative `src` it could not load) throws in lit. Then the server's content goes and the widget
  // renders afresh, keeping the server's styles (lit adopted none: it meant to hydrate). For the
  // first update only: the own property gives way to the class's method again.
  const update = el.update;
  el.update = (changed) => {
    delete (el as Partial<TakeOverView>).update;
    try {
      update.call(el, changed);
    } catch {
      for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
      el.renderOptions.renderBefore = null;
      update.call(el, changed);
    }
  };
  return render();
}
