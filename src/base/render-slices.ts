// Renders widgets in short slices of the main thread: many widgets filling in at once become several
// short tasks, with the page's own input and rendering free to run between them.

/**
 * Longest a run of renders may take before the rest wait for a later task, in ms. Lighthouse's
 * mobile profile counts every task 4× (a mid-range phone): 8 ms here is about 32 ms there, under
 * the 50 ms from which a task is "long" and blocks input.
 */
export const SLICE_MS = 8;

/** One message channel for every "later": a new task each time, without setTimeout's 4 ms clamp. */
const channel = typeof MessageChannel === 'function' && typeof performance !== 'undefined' ? new MessageChannel() : undefined;
const posted: Array<() => void> = [];
if (channel) channel.port1.onmessage = () => posted.shift()!();
// In Node (tip-widgets/ssr, its CLI, an Eleventy build) a port with a listener keeps the process
// alive for ever; unref() lets it exit. Browsers' ports have no unref.
(channel?.port1 as { unref?: () => void } | undefined)?.unref?.();
function later(callback: () => void): void {
  posted.push(callback);
  channel!.port2.postMessage(0);
}

/** When the current slice started; undefined between slices (a task posted at its start ends it). */
let start: number | undefined;
function elapsed(): number {
  if (start === undefined) {
    start = performance.now();
    later(() => (start = undefined));
  }
  return performance.now() - start;
}

/** Renders waiting for a later task, first come first served. */
const waiting: Array<() => void> = [];
function drain(): void {
  start = undefined;
  elapsed();
  // At least one render per task, however long, so that every widget gets its turn.
  do waiting.shift()!();
  while (waiting.length && elapsed() < SLICE_MS);
  if (waiting.length) later(drain);
}

/**
 * Notes work done outside {@link inSlice} (an element's first render, at its upgrade) so that the
 * renders after it in the same task count it: the slice's clock starts now if it is not running.
 */
export function sliceWork(): void {
  if (channel) elapsed();
}

// This module is evaluated in the task that evaluates the widgets' code and upgrades their tags,
// which is long already: the clock of the first slice starts here.
sliceWork();

/**
 * Runs `render` now if the current slice of renders has time left, else in a later task, after the
 * widgets already waiting; resolves (or rejects) with what `render` returned (or threw). Outside a
 * browser (server rendering), renders at once.
 */
export function inSlice<T>(render: () => T): T | Promise<T> {
  if (!channel || (!waiting.length && elapsed() < SLICE_MS)) return render();
  return new Promise<T>((resolve, reject) => {
    const queued = waiting.push(() => {
      try {
        resolve(render());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    if (queued === 1) later(drain);
  });
}
