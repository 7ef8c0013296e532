/**
 * Escapes what would start a new block at the beginning of a line of paragraph Markdown. Tiptap escapes
 * inline syntax (`*`, `_`, backticks, `<`, `>`) but writes a paragraph whose text is `# x`, `1. x`, `- x`,
 * `---` or a setext underline as is, which Markdown then reads as a heading, list or rule: the text would
 * change meaning on export. Invariant: the output is the same inline Markdown, with a backslash (or for
 * leading indentation, a character reference) added only where a line would otherwise open a block.
 * Pure string work: no DOM, no Tiptap.
 */

const ATX = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const BULLET = /^( {0,3})([-+*])(?=[ \t]|$)/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])(?=[ \t]|$)/;
const THEMATIC = /^( {0,3})([-_*])[ \t]*(?:\2[ \t]*){2,}$/;
const SETEXT = /^( {0,3})(=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^( {0,3})(?=[|:-])\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const INDENTED_CODE = /^(?: {4}|\t)/;

/** Insert a backslash before the character at `at` (all the markers here are escapable ASCII punctuation). */
const escapeAt = (line: string, at: number) => `${line.slice(0, at)}\\${line.slice(at)}`;

/** Escape one line; `first` is true for the paragraph's first line (no setext underline possible there). */
function escapeLine(line: string, first: boolean): string {
  if (first && INDENTED_CODE.test(line)) return `&#32;${line.slice(1)}`;
  const m = ATX.exec(line) ?? THEMATIC.exec(line) ?? BULLET.exec(line) ?? (first ? null : SETEXT.exec(line));
  if (m) return escapeAt(line, m[1]!.length);
  const ordered = ORDERED.exec(line);
  if (ordered) return escapeAt(line, ordered[1]!.length + ordered[2]!.length);
  if (line.includes('|') && TABLE_DELIMITER.test(line)) return escapeAt(line, /^ */.exec(line)![0].length);
  return line;
}

/**
 * Escape block starts in the Markdown of one paragraph (as Tiptap renders its inline content, before any
 * list or quote prefixes are added).
 */
export function escapeBlockStarts(paragraphMarkdown: string): string {
  return paragraphMarkdown
    .split('\n')
    .map((line, index) => escapeLine(line, index === 0))
    .join('\n');
}
