/**
 * Background work after an edit (an editor reporting its text, the draft autosave, the preview's export) runs
 * in the browser's idle time, after the frame that shows the keystroke, never as a timer task that can land
 * between a keydown and its frame (`whenIdle`). Work that changes what the page shows (the preview) also waits
 * for a pause in the author's typing (`whenTypingPauses`): drawing that change between two keys of a burst
 * keeps Chromium's frame clock running, so the next key's frame waits for the clock's next tick instead of
 * being drawn at once (up to 16 ms more for that key; measured in docs/performance.md). A long burst still
 * gets such work done MAX_TYPING_WAIT_MS after it was asked for, unless the caller waits for a pause however
 * long the burst (the linter, whose run in a worker takes the second core for up to a second, asks for a
 * pause twice as long as its last run). Where there is no `requestIdleCallback` (Safari, Node) the work runs when
 * the waits end.
 */

type IdleScope = typeof globalThis & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/** How long idle work may wait for an idle period before it runs anyway. */
export const IDLE_TIMEOUT_MS = 300;
/** A pause in typing: no key pressed for this long. */
export const TYPING_PAUSE_MS = 250;
/** Work waiting for a pause in typing runs at the latest this long after it was asked for. */
export const MAX_TYPING_WAIT_MS = 2000;

/** `performance.now()` of the last key the author pressed anywhere on the page. */
let lastKeyAt = -Infinity;
let listening = false;

/** Starts following the author's key presses (once; a no-op where there is no window). */
function followKeys(): void {
  if (listening || typeof window === 'undefined' || typeof window.addEventListener !== 'function') return;
  listening = true;
  window.addEventListener('keydown', () => void (lastKeyAt = performance.now()), { capture: true, passive: true });
}

/**
 * Runs `task` in the first idle period at least `delayMs` from now (at most `timeoutMs` after that when the
 * page is never idle). Returns a function that cancels it if it has not run yet.
 */
export function whenIdle(task: () => void, delayMs: number, timeoutMs = IDLE_TIMEOUT_MS): () => void {
  return schedule(task, delayMs, timeoutMs, 0, 0);
}

/** How {@link whenTypingPauses} waits. */
export interface PauseOptions {
  /** How long an idle wait may last before the task runs anyway (IDLE_TIMEOUT_MS). */
  timeoutMs?: number;
  /** The pause to wait for: no key pressed for this long (TYPING_PAUSE_MS). */
  pauseMs?: number;
  /** While the author keeps typing, run at the latest this long from now (MAX_TYPING_WAIT_MS; `Infinity`: never). */
  maxWaitMs?: number;
}

/**
 * Like {@link whenIdle}, and also at least `pauseMs` after the author's last key press; while the author keeps
 * typing, at most `maxWaitMs` from now.
 */
export function whenTypingPauses(task: () => void, delayMs: number, options: PauseOptions = {}): () => void {
  followKeys();
  const { timeoutMs = IDLE_TIMEOUT_MS, pauseMs = TYPING_PAUSE_MS, maxWaitMs = MAX_TYPING_WAIT_MS } = options;
  return schedule(task, delayMs, timeoutMs, pauseMs, maxWaitMs);
}

/** `pauseMs` 0: no wait for a pause (whenIdle; `maxWaitMs` unused then). */
function schedule(task: () => void, delayMs: number, timeoutMs: number, pauseMs: number, maxWaitMs: number): () => void {
  const scope = globalThis as IdleScope;
  const latest = performance.now() + Math.max(delayMs, maxWaitMs);
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  const wait = (ms: number) => {
    timer = setTimeout(() => {
      const now = performance.now();
      const more = pauseMs > 0 ? Math.min(lastKeyAt + pauseMs, latest) - now : 0;
      if (more >= 1) return wait(more);
      if (scope.requestIdleCallback) idle = scope.requestIdleCallback(run, { timeout: timeoutMs });
      else run();
    }, ms);
  };
  wait(delayMs);
  return () => {
    done = true;
    clearTimeout(timer);
    if (idle !== undefined) scope.cancelIdleCallback?.(idle);
  };
}
