/**
 * Lint findings per place, for the outline: the linter runs over the exported text a while after the
 * preview settles and only while the author is not typing (`whenTypingPauses`), in a Web Worker
 * (lintClient), so neither its parsers (protobuf, TOML) weigh on the first load nor its run (seconds on a
 * 1 MB spec, on the second of two cores) on the keys of a burst.
 */
import { useEffect, useState } from 'react';
import { whenTypingPauses } from '../../store/idle';
import { lintInBackground } from '../lint/lintClient';
import type { Findings } from '../lint/lintFindings';
import { usePreviewText } from './usePreviewText';

const LINT_DELAY_MS = 600;

export type { Findings };

export function useLintFindings(): Findings {
  const preview = usePreviewText();
  const [findings, setFindings] = useState<Findings>({});
  useEffect(() => {
    if (!preview.ok) return;
    let live = true;
    const cancel = whenTypingPauses(() => {
      lintInBackground(preview.text).then(
        (out) => live && setFindings(out),
        () => live && setFindings({}),
      );
    }, LINT_DELAY_MS);
    return () => {
      live = false;
      cancel();
    };
  }, [preview]);
  return findings;
}
