/** The exact Markdown the current document exports to. Pure: the same state gives the same text. */
import { exportMarkdown } from '../../markdown';
import type { DocState } from '../../store/store';

/**
 * Imported specs export preserving their source unless normalized; new specs export in canonical form (which
 * reuses the import's parse of content unchanged since import, when there is one).
 */
export function exportText(s: Pick<DocState, 'spec' | 'source' | 'exportMode'>): string {
  return s.exportMode === 'preserving' && s.source
    ? exportMarkdown(s.spec, { mode: 'preserving', source: s.source })
    : exportMarkdown(s.spec, { mode: 'canonical', source: s.source ?? undefined });
}
