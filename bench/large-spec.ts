/**
 * A large, deterministic spec written as Markdown straight from the template description (not through the
 * exporter, so the benchmark's input does not depend on the code it measures): thousands of table rows and
 * glossary entries, long code blocks, paragraphs with inline markup, cells with pipes and backticks.
 */
import { META_FIELDS, TEMPLATE, sectionHeading, subsectionHeading, type FieldKind } from '../src/spec';

/**
 * How big each part is; the defaults give about 1.6 MB. remark-gfm's table parsing grows faster than linearly
 * with the rows of one table (3,000 rows each took 7 s to parse here), so each table keeps 1,000 rows.
 */
export interface LargeSpecSize {
  tableRows: number;
  glossaryEntries: number;
  codeLines: number;
  paragraphs: number;
  listItems: number;
}

export const DEFAULT_SIZE: LargeSpecSize = { tableRows: 1000, glossaryEntries: 2000, codeLines: 1200, paragraphs: 40, listItems: 200 };

/** A small seeded PRNG (mulberry32) so every run measures the same text. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'replica quorum snapshot lease shard tenant token ledger commit batch index cursor region failover ' +
  'latency budget checksum manifest schema watcher compaction raft gossip vector clock tombstone'
).split(' ');

/** Generates the Markdown text of a large spec. */
export function largeSpecMarkdown(size: LargeSpecSize = DEFAULT_SIZE): string {
  const rand = rng(42);
  const word = () => WORDS[Math.floor(rand() * WORDS.length)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const sentence = (i: number) =>
    `The ${word()} ${words(6)} uses \`${word()}_${i}\`, **${word()}** and [${word()}](https://example.com/${i}) to ${words(8)}.`;
  const paragraph = (i: number) => Array.from({ length: 4 }, (_, k) => sentence(i * 4 + k)).join(' ');
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
        const lines = Array.from({ length: size.codeLines }, (_, i) => `    let ${word()}_${i} = ${word()}(${i}, "${words(3)}"); // ${words(4)}`);
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
