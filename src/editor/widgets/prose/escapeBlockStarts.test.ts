/**
 * Text typed in a paragraph must come back as that paragraph's text, never as a heading, list, rule or
 * table. Examples pin the escapes; a property test runs random punctuation-heavy paragraphs through the
 * editor's real serializer and reads them back with remark.
 */
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { escapeBlockStarts } from './escapeBlockStarts';
import { parseMdast } from './parseMdast';
import { serializeProse } from './tiptapMarkdown';

describe('escapeBlockStarts', () => {
  const CASES: Array<[string, string]> = [
    ['# not a heading', '\\# not a heading'],
    ['###### six', '\\###### six'],
    ['#hashtag', '#hashtag'],
    ['1. not a list', '1\\. not a list'],
    ['2) nor this', '2\\) nor this'],
    ['1.5 litres', '1.5 litres'],
    ['- dash', '\\- dash'],
    ['+ plus', '\\+ plus'],
    ['-dash', '-dash'],
    ['---', '\\---'],
    ['- - -', '\\- - -'],
    ['first line\n===', 'first line\n\\==='],
    ['first line\n---', 'first line\n\\---'],
    ['===', '==='],
    ['a | b\n--- | ---', 'a | b\n\\--- | ---'],
    ['| a |\n|---|', '| a |\n\\|---|'],
    ['    four spaces', '&#32;   four spaces'],
    ['text  \n# after a hard break', 'text  \n\\# after a hard break'],
    ['plain text', 'plain text'],
  ];
  for (const [input, output] of CASES) {
    it(`escapes ${JSON.stringify(input)}`, () => {
      expect(escapeBlockStarts(input)).toBe(output);
    });
  }
});

/** The text a reader sees in an mdast paragraph, with hard breaks as newlines. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

/** Markdown drops whitespace at line edges; compare without it. */
const normalize = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();

describe('serializeProse keeps a paragraph a paragraph', () => {
  // `@` and the letters of `www.`/`http` are left out: GFM autolink literals turn such text into a link,
  // an inline change outside this module's job (block starts).
  const char = fc.constantFrom(...'#-+*_=|:><`~[]()!\\&;12. abc/"\'^${}'.split(''));
  const run = fc.string({ unit: char, minLength: 1, maxLength: 12 });
  const parts = fc.array(fc.option(run, { nil: null }), { minLength: 1, maxLength: 5 });

  it('for random punctuation-heavy text with hard breaks', () => {
    fc.assert(
      fc.property(parts, (pieces) => {
        // Text runs joined by hard breaks (null), as the editor holds them.
        const lines = pieces.reduce<string[]>((acc, piece) => (piece === null ? [...acc, ''] : [...acc.slice(0, -1), (acc.at(-1) ?? '') + piece]), ['']);
        const wanted = lines.map((line) => line.trim());
        fc.pre(wanted.every((line) => line !== ''));
        const content = lines.flatMap((line, i) => [...(i > 0 ? [{ type: 'hardBreak' }] : []), { type: 'text', text: line }]);
        const markdown = serializeProse({ type: 'doc', content: [{ type: 'paragraph', content }] });
        const tree = parseMdast(markdown);
        expect(tree.children.map((child) => child.type)).toEqual(['paragraph']);
        expect(normalize(textOf(tree.children[0] as Nodes))).toBe(wanted.join('\n'));
      }),
      { numRuns: 2000 },
    );
  });
});
