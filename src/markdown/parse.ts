/** The one Markdown dialect Specwright reads and writes: CommonMark + GFM, via unified/remark. Pure. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import type { Root } from 'mdast';
import { guardNesting } from './nesting';

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

/**
 * Parses Markdown into mdast with positions (offsets into `text`). Lines nested deeper than any real document
 * are parsed as plain text (see nesting.ts), so parsing stays fast on hostile input.
 */
export function parseMarkdown(text: string): Root {
  return parser.parse(guardNesting(text).text);
}

/** Whether a text has lines nested too deep to normalize (canonical export then keeps such text as written). */
export function isTooDeep(text: string): boolean {
  return guardNesting(text).lines.length > 0;
}

/** Serializes mdast in the canonical style. The result ends with one newline. */
export function stringifyMarkdown(tree: Root, overrides?: StringifyOptions): string {
  if (!overrides) return stringifier.stringify(tree);
  return unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { ...STRINGIFY_OPTIONS, ...overrides }).stringify(tree);
}
