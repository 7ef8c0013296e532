/**
 * Lint findings per outline place, from the exported Markdown. Pure (no DOM), so it runs in the lint worker
 * as well as in tests; importing it pulls in the linter and its parsers, so the app loads it only there.
 */
import { lintSpec } from '../../lint';
import { importMarkdown } from '../../markdown';
import { diagnosticPlace } from '../shell/jump';

/** Messages by section id (`meta` for the title and metadata). */
export type Findings = Record<string, string[]>;

/** Lints `markdown` and groups the warnings and errors by the section they concern; info is left out. */
export function lintFindings(markdown: string): Findings {
  const result = importMarkdown(markdown);
  const out: Findings = {};
  for (const d of lintSpec(result)) {
    if (d.severity === 'info') continue;
    const place = diagnosticPlace(d, result.source);
    const section = place ? place.split('.')[0]! : 'meta';
    (out[section] ??= []).push(`Line ${d.line}: ${d.message}`);
  }
  return out;
}
