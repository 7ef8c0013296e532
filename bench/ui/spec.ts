/**
 * Deterministic big specs for the UI benchmark, built as a spec object from the template description and
 * written out by the exporter (canonical mode), so the editor imports exactly what it would export. Every
 * prose value stays within what the rich editor keeps (paragraphs, bold, code spans, links, one bullet list)
 * and under the prose widget's source-mode threshold, so the purpose field opens in Tiptap.
 */
import { FIELDS, createEmptySpec, setAt, specSchema, type FieldKind, type Spec } from '../../src/spec';
import { exportMarkdown } from '../../src/markdown';
import { rng } from '../shared/random';
import { specText, type SpecSize } from '../shared/spec-text';

/** How much of everything: rows per typed table, glossary entries, lines per code block, paragraphs per prose field. */
export type UiSpecSize = SpecSize;

/** About 200 KB of Markdown: 320 rows in each table. */
export const SPEC_200KB: UiSpecSize = { tableRows: 320, glossaryEntries: 320, codeLines: 80, paragraphs: 5, listItems: 40 };
/** About 1 MB of Markdown: 1,000 rows in each table, 560-line code blocks. */
export const SPEC_1MB: UiSpecSize = { tableRows: 1000, glossaryEntries: 1500, codeLines: 560, paragraphs: 28, listItems: 150 };

/** The value of one field of kind `kind`, sized by `size`. */
function fieldValue(kind: FieldKind, size: UiSpecSize, rand: () => number): unknown {
  const { word, words, sentence, paragraph, codeLine } = specText(rand);
  switch (kind.kind) {
    case 'prose': {
      const paras = Array.from({ length: size.paragraphs }, (_, i) => paragraph(i));
      paras.splice(Math.floor(size.paragraphs / 2), 0, Array.from({ length: 5 }, (_, i) => `- ${sentence(i)}`).join('\n'));
      return paras.join('\n\n');
    }
    case 'list':
      return Array.from({ length: size.listItems }, (_, i) => sentence(i));
    case 'code': {
      const lines = Array.from({ length: size.codeLines }, (_, i) => codeLine(i));
      return ['fn generated() {', ...lines, '}'].join('\n');
    }
    case 'table':
      return Array.from({ length: size.tableRows }, (_, i) =>
        Object.fromEntries(kind.columns.map((c, k) => [c.key, k === 0 ? `${c.key.toUpperCase()}_${i + 1}` : i % 5 === 0 ? `\`${word()}::${word()}\` ${words(4)}` : words(6)])),
      );
    case 'keyValue':
      return Object.fromEntries(kind.keys.map((k) => [k.key, words(5)]));
    case 'terms':
      return Array.from({ length: size.glossaryEntries }, (_, i) => ({ term: `${word()} ${i + 1}`, definition: words(10) }));
  }
}

/** A spec named `name` with every template field filled to `size`. */
export function uiSpec(name: string, size: UiSpecSize): Spec {
  const rand = rng(7);
  let spec = createEmptySpec(name);
  spec = { ...spec, meta: { version: '2.1', status: 'Draft', lastUpdated: '2025-06-01' } };
  for (const f of FIELDS) spec = setAt(spec, f.path, fieldValue(f.sub.field, size, rand));
  return specSchema.parse(spec);
}

/** The canonical Markdown of {@link uiSpec}: what the benchmark imports. */
export function uiSpecMarkdown(name: string, size: UiSpecSize): string {
  return exportMarkdown(uiSpec(name, size), { mode: 'canonical' });
}
