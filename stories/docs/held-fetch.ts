// Holds one made-up dataset address open, so the Loading story shows the loading state for as long as you look.

/** A `src` nobody serves: requests for it never answer while {@link holdFetch} is active. */
export const HELD_SRC = 'story-data/held-open.json';

/**
 * Wraps `fetch` so that requests for {@link HELD_SRC} stay pending; every other request goes
 * through untouched. Returns the function that puts the original `fetch` back.
 *
 * On a real page the loading state lasts as long as the dataset takes to arrive, and the
 * widget gives up after 10 s with a "timed out" message.
 */
export function holdFetch(): () => void {
  const original = window.fetch;
  const held = new URL(HELD_SRC, document.baseURI).href;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url, document.baseURI).href === held) return new Promise<Response>(() => {});
    return original.call(window, input, init);
  };
  return () => {
    window.fetch = original;
  };
}
