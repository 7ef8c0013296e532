/**
 * Lint findings per place, for the outline: the linter runs over the exported text a while after the
 * preview settles, loaded on first use so its parsers (protobuf, TOML) stay out of the first load.
 */
import { useEffect, useState } from 'react';
import { importMarkdown } from '../../markdown';
import { diagnosticPlace } from '../shell/jump';
import { usePreviewText } from './usePreviewText';

const LINT_DELAY_MS = 600;

/** Messages by section id (`meta` for the title and metadata). */
export type Findings = Record<string, string[]>;

export function useLintFindings(): Findings {
  const preview = usePreviewText();
  const [findings, setFindings] = useState<Findings>({});
  useEffect(() => {
    if (!preview.ok) return;
    let live = true;
    const timer = setTimeout(() => {
      import('../../lint')
        .then(({ lintSpec }) => {
          if (!live) return;
          const result = importMarkdown(preview.text);
          const out: Findings = {};
          for (const d of lintSpec(result)) {
            if (d.severity === 'info') continue;
            const place = diagnosticPlace(d, result.source);
            const section = place ? place.split('.')[0]! : 'meta';
            (out[section] ??= []).push(`Line ${d.line}: ${d.message}`);
          }
          setFindings(out);
        })
        .catch(() => live && setFindings({}));
    }, LINT_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [preview]);
  return findings;
}
