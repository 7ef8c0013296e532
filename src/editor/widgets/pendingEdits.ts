/**
 * Edits an editor widget holds back while the author types: the rich text and code editors report their
 * text about every 100 ms, in the browser's idle time after a frame (serializing and updating the store on
 * every key, or between a key and its frame, would cost a frame). Anything that reads the document on the
 * author's behalf (save, download, copy, a replacing import, leaving the page) calls `flushPendingEdits()`
 * first, so it never misses the last keys typed.
 */
import { whenIdle } from '../../store/idle';

/** On a page that is never idle, a held report still goes out this long after its delay. */
const IDLE_TIMEOUT_MS = 150;

const pending = new Set<() => void>();

/** Registers `flush` as holding an edit; the returned function withdraws it (call it when flushed). */
export function holdEdit(flush: () => void): () => void {
  pending.add(flush);
  return () => {
    pending.delete(flush);
  };
}

/** Reports every held edit now. */
export function flushPendingEdits(): void {
  for (const flush of [...pending]) flush();
}

/** An editor's report of its text, held back while the author types. */
export interface HeldReport {
  /**
   * An edit happened: report it in the first idle period `delayMs` after the first unreported one (not pushed
   * back by more typing).
   */
  held(): void;
  /** Report now if an edit is held. */
  flush(): void;
  /** Forget the held edit (an external value replaced the text). */
  drop(): void;
}

/** Holds `report` back `delayMs` (plus an idle wait) per burst of edits; `flushPendingEdits` reports it at once. */
export function heldReport(report: () => void, delayMs: number): HeldReport {
  let cancel: (() => void) | undefined;
  let release: (() => void) | undefined;
  const drop = () => {
    cancel?.();
    cancel = undefined;
    release?.();
    release = undefined;
  };
  const flush = () => {
    if (!release) return;
    drop();
    report();
  };
  return {
    held() {
      cancel ??= whenIdle(flush, delayMs, IDLE_TIMEOUT_MS);
      release ??= holdEdit(flush);
    },
    flush,
    drop,
  };
}
