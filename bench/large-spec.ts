/**
 * A large, deterministic spec written as Markdown straight from the template description (not through the
 * exporter, so the benchmark's input does not depend on the code it measures): thousands of table rows and
 * glossary entries, long code blocks, paragraphs with inline markup, cells with pipes and backticks.
 */
import { META_FIELDS, TEMPLATE, sectionHeading, subsectionHeading, type FieldKind } from '../src/spec';
import { rng } from './shared/random';
import { specText, type SpecSize } from './shared/spec-text';

/**
 * How big each part is; the defaults give about 1.6 MB. remark-gfm's table parsing grows faster than linearly
 * with the rows of one table (3,000 rows each took 7 s to parse here), so each table keeps 1,000 rows.
 */
export type LargeSpecSize = SpecSize;

export const DEFAULT_SIZE: LargeSpecSize = { tableRows: 1000, glossaryEntries: 2000, codeLines: 1200, paragraphs: 40, listItems: 200 };

/** Generates the Markdown text of a large spec. */
export function largeSpecMarkdown(size: LargeSpecSize = DEFAULT_SIZE): string {
  const { word, words, sentence, paragraph, codeLine } = specText(rng(42));
  const cell = (i: number) => (i % 7 === 0 ? `${words(3)} \\| ${words(2)}` : i % 5 === 0 ? `\`${word()}::${word()}\` ${words(3)}` : words(5));

  const body = (kind: FieldKind, lang: string): string => {
    switch (kind.kind) {
      case 'prose': {
        const paras = Array.from({ length: size.paragraphs }, (_, i) => paragraph(i));
        paras.splice(size.paragraphs / 2, 0, Array.from({ length: 5 }, (_, i) => `- ${sentence(i)}`).join('\n'));
        return paras.join('\n\n');
      }
      case 'list':
        return Array.from({ length: size.listItems }, (_, i) => `- ${sentence(i)}`).join('\n');
      case 'code': {
        const lines = Array.from({ length: size.codeLines }, (_, i) => codeLine(i));
        return ['```' + lang, `fn generated() {`, ...lines, '}', '```'].join('\n');
      }
      case 'table': {
        const head = `| ${kind.columns.map((c) => c.header).join(' | ')} |`;
        const rule = `|${kind.columns.map((c) => '-'.repeat(c.header.length + 2)).join('|')}|`;
        const rows = Array.from({ length: size.tableRows }, (_, i) => `| ${kind.columns.map((c, k) => (k === 0 ? `${c.key}-${i}` : cell(i + k))).join(' | ')} |`);
        return [head, rule, ...rows].join('\n');
      }
      case 'keyValue':
        return kind.keys.map((k) => `- **${k.label}**: ${words(4)}`).join('\n');
      case 'terms':
        return Array.from({ length: size.glossaryEntries }, (_, i) => `- **${word()} ${i}**: ${words(10)}`).join('\n');
    }
  };

  const meta = META_FIELDS.map((f, i) => `${f.label}: ${['2.1', 'Draft', '2025-06-01'][i]}`).join(' | ');
  const out = ['# Megastore Specification', `> ${meta}`];
  for (const section of TEMPLATE) {
    out.push(`## ${sectionHeading(section)}`);
    for (const sub of section.subsections) {
      out.push(`### ${subsectionHeading(sub)}`, body(sub.field, sub.field.kind === 'code' ? sub.field.lang : ''));
    }
  }
  return `${out.join('\n\n')}\n`;
}
