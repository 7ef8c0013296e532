/** The one Markdown dialect Specwright reads and writes: CommonMark + GFM, via unified/remark. Pure. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The fixed options of the canonical style: `-` bullets, `**strong**`, `*emphasis*`, fenced code, `---` rules,
 * ATX headings, one blank line between blocks. Chosen to match TEMPLATE.md.
 */
export const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: '-',
  bulletOther: '*',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  ruleRepetition: 3,
  listItemIndent: 'one',
  setext: false,
  incrementListMarker: true,
  resourceLink: false,
  tightDefinitions: false,
  closeAtx: false,
  quote: '"',
};

const stringifier = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, STRINGIFY_OPTIONS).freeze();

/** Parses Markdown into mdast with positions. Throws only on programmer error (remark does not reject input). */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** Serializes mdast in the canonical style. The result ends with one newline. */
export function stringifyMarkdown(tree: Root, overrides?: StringifyOptions): string {
  if (!overrides) return stringifier.stringify(tree);
  return unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { ...STRINGIFY_OPTIONS, ...overrides }).stringify(tree);
}
