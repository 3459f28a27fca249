// Renders widgets in short slices of the main thread: many widgets upgrading at once become several
// short tasks, with the page's own input and rendering free to run between them.

/**
 * Longest a run of renders may take before the rest wait for a later task, in ms. Lighthouse's
 * mobile profile counts every task 4× (a mid-range phone): 8 ms here is about 32 ms there, under
 * the 50 ms from which a task is "long" and blocks input.
 */
export const SLICE_MS = 8;

type Scheduler = { postTask?: (callback: () => void, options?: { priority?: string }) => Promise<unknown> };

/** Runs `callback` in a new task: no timer clamping (setTimeout's 4 ms after five nested levels). */
function nextTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) {
    void scheduler.postTask(callback, { priority: 'user-visible' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/** When the current slice started, or undefined between slices. */
let sliceStart: number | undefined;
let endPending = false;
/** Renders waiting for a later task, first come first served. */
const waiting: Array<() => void> = [];
let drainPending = false;

function startSlice(now: number): void {
  sliceStart = now;
  if (endPending) return;
  endPending = true;
  // The task running now ends before this callback runs: the next render starts a new slice.
  nextTask(() => {
    endPending = false;
    sliceStart = undefined;
  });
}

function drain(): void {
  drainPending = false;
  const start = performance.now();
  startSlice(start);
  // At least one render per task, however long, so that every widget gets its turn.
  do waiting.shift()!();
  while (waiting.length && performance.now() - start < SLICE_MS);
  if (waiting.length) {
    drainPending = true;
    nextTask(drain);
  }
}

/**
 * Notes work done outside {@link inSlice} (an element's first render, at its upgrade) so that the
 * renders after it in the same task count it: the slice's clock starts now if it is not running.
 */
export function sliceWork(): void {
  if (sliceStart === undefined && typeof performance !== 'undefined' && typeof MessageChannel === 'function') startSlice(performance.now());
}

// This module is evaluated in the task that evaluates the widgets' code and upgrades their tags,
// which is long already: the clock of the first slice starts here.
sliceWork();

/**
 * Runs `render` now if the current slice of renders has time left, else in a later task, after the
 * widgets already waiting. Resolves (or rejects) with what `render` returned (or threw). Outside a
 * browser (server rendering, tests without `performance`), renders at once.
 */
export function inSlice<T>(render: () => T): T | Promise<T> {
  if (typeof performance === 'undefined' || typeof MessageChannel !== 'function') return render();
  const now = performance.now();
  if (!waiting.length) {
    if (sliceStart === undefined) startSlice(now);
    if (now - sliceStart! < SLICE_MS) return render();
  }
  return new Promise<T>((resolve, reject) => {
    waiting.push(() => {
      try {
        resolve(render());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    if (!drainPending) {
      drainPending = true;
      nextTask(drain);
    }
  });
}
