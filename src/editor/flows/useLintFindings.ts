/**
 * Lint findings per place, for the outline: the linter runs over the exported text a while after the
 * preview settles, in a Web Worker (lintClient), so neither its parsers (protobuf, TOML) weigh on the first
 * load nor its run (seconds on a 1 MB spec) on typing.
 */
import { useEffect, useState } from 'react';
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
    const timer = setTimeout(() => {
      lintInBackground(preview.text).then(
        (out) => live && setFindings(out),
        () => live && setFindings({}),
      );
    }, LINT_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [preview]);
  return findings;
}
