/**
 * Background work after an edit (an editor reporting its text, the draft autosave, the preview's export) runs
 * in the browser's idle time, after the frame that shows the keystroke, never as a timer task that can land
 * between a keydown and its frame. Where there is no `requestIdleCallback` (Safari, Node) the work runs when
 * the delay ends.
 */

type IdleScope = typeof globalThis & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/** How long idle work may wait for an idle period before it runs anyway. */
export const IDLE_TIMEOUT_MS = 300;

/**
 * Runs `task` in the first idle period at least `delayMs` from now (at most `timeoutMs` after that when the
 * page is never idle). Returns a function that cancels it if it has not run yet.
 */
export function whenIdle(task: () => void, delayMs: number, timeoutMs = IDLE_TIMEOUT_MS): () => void {
  const scope = globalThis as IdleScope;
  let idle: number | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  const timer = setTimeout(() => {
    if (scope.requestIdleCallback) idle = scope.requestIdleCallback(run, { timeout: timeoutMs });
    else run();
  }, delayMs);
  return () => {
    done = true;
    clearTimeout(timer);
    if (idle !== undefined) scope.cancelIdleCallback?.(idle);
  };
}
