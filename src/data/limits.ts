// The limits on a `src` dataset, in a module of their own: only the fetch code (./remote.ts, lazy)
// reads them, so a page of bundled widgets does not download them with ./load.ts, which every
// page loads. The package exports them from its entry (src/index.ts), as before.

/** Limits that keep a hostile or broken `src` from freezing the page. Documented in the README. */
export const LIMITS = {
  /** Largest dataset file accepted, in bytes (the bundled one is about 60 KB). */
  maxBytes: 1_000_000,
  /** A response that has not finished by then is abandoned. */
  timeoutMs: 10_000,
};
