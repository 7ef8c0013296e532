import type { Spec } from '../spec';
import type { SourceDoc } from './types';
export interface ExportOptions {
  /** `preserving` (default when `source` is given) writes untouched parts from the source bytes. */
  mode?: 'canonical' | 'preserving';
  source?: SourceDoc;
  /** Canonical only: write the template's placeholder text for empty fields. */
  placeholders?: boolean;
}
/** Writes a spec as Markdown. (Being written.) */
export function exportMarkdown(_spec: Spec, _options: ExportOptions = {}): string {
  throw new Error('Cannot export yet, expected the exporter to be written');
}
