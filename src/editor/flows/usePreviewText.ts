/**
 * The live preview's text, kept off the keystroke path: the store is watched outside React, and the export
 * runs only once typing pauses (debounced) and the browser is idle, so a keystroke never waits for it.
 */
import { useEffect, useState } from 'react';
import { useSpecStore, type DocState } from '../../store/store';
import { exportText } from './exportText';

export type PreviewText = { ok: true; text: string } | { ok: false; error: string };

const DEBOUNCE_MS = 150;

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

function compute(s: DocState): PreviewText {
  try {
    return { ok: true, text: exportText(s) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The export text of the current document, updated shortly after edits stop. */
export function usePreviewText(): PreviewText {
  const [value, setValue] = useState<PreviewText>(() => compute(useSpecStore.getState()));
  useEffect(() => {
    const w = window as IdleWindow;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    const run = () => setValue(compute(useSpecStore.getState()));
    const schedule = () => {
      clearTimeout(timer);
      if (idle !== undefined) w.cancelIdleCallback?.(idle);
      timer = setTimeout(() => {
        idle = w.requestIdleCallback ? w.requestIdleCallback(run, { timeout: 500 }) : (run(), undefined);
      }, DEBOUNCE_MS);
    };
    run();
    const unsubscribe = useSpecStore.subscribe((s, prev) => {
      if (s.spec !== prev.spec || s.exportMode !== prev.exportMode || s.source !== prev.source) schedule();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      if (idle !== undefined) w.cancelIdleCallback?.(idle);
    };
  }, []);
  return value;
}
