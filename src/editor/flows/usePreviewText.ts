/**
 * The live preview's text, kept off the keystroke path: the store is watched outside React, and the export
 * runs only once the author pauses typing and the browser is idle (`whenTypingPauses`), so a keystroke never
 * waits for it and no preview is drawn between the keys of a burst (a burst longer than MAX_TYPING_WAIT_MS
 * gets one); the short delay merges edits that come without keys (a toolbar command, a row moved). One shared
 * scheduler serves every reader (the preview pane, the outline's lint counts).
 */
import { useSyncExternalStore } from 'react';
import { whenTypingPauses } from '../../store/idle';
import { useSpecStore, type DocState } from '../../store/store';
import { exportText } from './exportText';

export type PreviewText = { ok: true; text: string } | { ok: false; error: string };

const DEBOUNCE_MS = 50;

function compute(s: DocState): PreviewText {
  try {
    return { ok: true, text: exportText(s) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

let current: PreviewText | null = null;
const listeners = new Set<() => void>();
let stop: (() => void) | null = null;

function start(): () => void {
  let cancel: (() => void) | undefined;
  const run = () => {
    cancel = undefined;
    current = compute(useSpecStore.getState());
    for (const l of listeners) l();
  };
  const unsubscribe = useSpecStore.subscribe((s, prev) => {
    if (s.spec === prev.spec && s.exportMode === prev.exportMode && s.source === prev.source) return;
    // Scheduled once per stale preview (the run reads the latest state), so that a long burst of typing still
    // sees the preview updated MAX_TYPING_WAIT_MS after its first unpreviewed change.
    cancel ??= whenTypingPauses(run, DEBOUNCE_MS, { timeoutMs: 500 });
  });
  return () => {
    unsubscribe();
    cancel?.();
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  stop ??= start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stop?.();
      stop = null;
      current = null;
    }
  };
}

function snapshot(): PreviewText {
  return (current ??= compute(useSpecStore.getState()));
}

/** The export text of the current document, updated shortly after edits stop. */
export function usePreviewText(): PreviewText {
  return useSyncExternalStore(subscribe, snapshot);
}
