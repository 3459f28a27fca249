// One shared observer of `lang` attributes, so widgets follow a page that switches language.

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes. One observer serves
 * every widget on the page and is disconnected when the last widget leaves, so nothing leaks.
 * Returns the function that stops listening.
 */
export function watchLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** How many widgets are listening now (for leak tests). */
export function langListenerCount(): number {
  return listeners.size;
}
