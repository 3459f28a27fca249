// How a widget takes over a shadow root rendered by tip-widgets/ssr. Installed through TipElement's
// takeOverWith() by the entries that serve such pages (tip-widgets/hydrate.js; the CDN loader when
// the page has server-rendered roots), so ordinary pages never download it.
import type { PropertyValues } from 'lit';
import { takeOverWith, type TakeOverHandle, type TipElement } from './tip-element.js';

/**
 * Makes every tip-* widget whose shadow root came with the page take it over on its first update.
 * Call it before the first widget is defined.
 */
export function installTakeOver(): void {
  takeOverWith(takeOver);
}

/**
 * The hook TipElement calls on a widget's first update: a root the server rendered has lit's part
 * markers in it, which a root lit has not rendered into yet cannot have.
 */
function takeOver(widget: TipElement, handle: TakeOverHandle): Promise<void> | undefined {
  const serverRendered = [...widget.renderRoot.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE);
  return serverRendered ? takeOverRoot(widget, handle) : undefined;
}

/**
 * Waits for the widget's dataset and language, then lets its first update render what the server
 * rendered; until then the server's content stays on screen as it is.
 */
async function takeOverRoot(widget: TipElement, handle: TakeOverHandle): Promise<void> {
  const ready = handle.load();
  const { src, data } = widget;
  await ready;
  // The load has started already, for the `src`/`data` the first update will see as changed: that
  // update must not start it again (loading from the start would blank the widget), unless the page
  // changed them in the meantime. Kept here, on the pages that take over, rather than in
  // TipElement, which every page downloads.
  const first = (changed: PropertyValues): void => {
    if (widget.src === src) changed.delete('src');
    if (widget.data === data) changed.delete('data');
  };
  const root = widget.renderRoot;
  if (root instanceof ShadowRoot && root.adoptedStyleSheets?.length) {
    // Without lit's hydrate support (the CDN bundle; an app that did not import
    // tip-widgets/hydrate.js first), lit adopted its styles into the root and would render a
    // second copy after the server's. The server's content is replaced by the same content in this
    // one task instead: nothing paints in between, so no flash, no shift, one copy.
    root.replaceChildren();
    // lit would insert before the server's first node, which is gone.
    widget.renderOptions.renderBefore = null;
    await handle.render(first);
    return;
  }
  try {
    await handle.render(first);
  } catch {
    // Hydration that finds other markup than this render's (the server used another dataset, or a
    // relative `src` it could not load) throws in lit. Then the server's content goes and the
    // widget renders afresh in an update of its own, in this task still, keeping the server's
    // styles (lit adopted none: it meant to hydrate). That update sees no changes: the first one
    // has acted on them (its load started, and lit has reflected its attributes).
    for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
    widget.renderOptions.renderBefore = null;
    widget.requestUpdate();
  }
}
