/** exportMarkdown: a spec as Markdown, preserving (over its imported source) or canonical. Pure. */
import type { Spec } from '../spec';
import { exportCanonical } from './canonical';
import { exportPreserving } from './preserving';
import type { SourceDoc } from './types';

export interface ExportOptions {
  /** `preserving` (the default when `source` is given) writes untouched parts from the source bytes. */
  mode?: 'canonical' | 'preserving';
  /** What import returned beside the spec; needed for preserving export. */
  source?: SourceDoc;
  /** Canonical only: write the template's placeholder text in empty fields. */
  placeholders?: boolean;
}

/** Writes a spec as Markdown. Canonical output ends with one newline and is idempotent under import. */
export function exportMarkdown(spec: Spec, options: ExportOptions = {}): string {
  const mode = options.mode ?? (options.source ? 'preserving' : 'canonical');
  if (mode === 'preserving' && options.source) return exportPreserving(spec, options.source);
  return exportCanonical(spec, { placeholders: options.placeholders, source: options.source });
}
