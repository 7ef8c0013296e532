/**
 * Lint findings per place, for the outline: the linter runs over the exported text a while after the
 * preview settles, in a Web Worker (lintClient), so neither its parsers (protobuf, TOML) weigh on the first
 * load nor its run on the main thread. It starts only in a pause in typing twice as long as its last run took
 * (`whenTypingPauses`; however long the burst before it): a run takes the second core for most of a
 * second on a 1 MB spec, a worker cannot be stopped mid-run (Chromium finishes the task after `terminate()`),
 * and on a two-core machine the keys typed during a run were drawn about twice as late (docs/performance.md).
 * Until a run completes, the outline keeps the last findings.
 */
import { useEffect, useRef, useState } from 'react';
import { TYPING_PAUSE_MS, whenTypingPauses } from '../../store/idle';
import { lintInBackground } from '../lint/lintClient';
import type { Findings } from '../lint/lintFindings';
import { usePreviewText } from './usePreviewText';

const LINT_DELAY_MS = 600;
/** The longest pause in typing the linter waits for, however slow its last run was. */
export const MAX_LINT_PAUSE_MS = 2000;

export type { Findings };

/**
 * The pause in typing to wait for before a run that is expected to take `lastRunMs`: twice that. A run started
 * once the author had paused as long as it takes still ran into the next keys (a 250 ms run at 200 KB after a
 * 450 ms pause, docs/performance.md); the longer the author has paused, the likelier the pause goes on.
 */
export function lintPauseMs(lastRunMs: number): number {
  return Math.min(MAX_LINT_PAUSE_MS, Math.max(TYPING_PAUSE_MS, Math.round(2 * lastRunMs)));
}

export function useLintFindings(): Findings {
  const preview = usePreviewText();
  const [findings, setFindings] = useState<Findings>({});
  /** How long the last run took, from request to findings (0 before the first). */
  const lastRunMs = useRef(0);
  useEffect(() => {
    if (!preview.ok) return;
    let live = true;
    const cancel = whenTypingPauses(
      () => {
        const start = performance.now();
        lintInBackground(preview.text).then(
          (out) => {
            lastRunMs.current = performance.now() - start;
            if (live) setFindings(out);
          },
          () => live && setFindings({}),
        );
      },
      LINT_DELAY_MS,
      { pauseMs: lintPauseMs(lastRunMs.current), maxWaitMs: Infinity },
    );
    return () => {
      live = false;
      cancel();
    };
  }, [preview]);
  return findings;
}
