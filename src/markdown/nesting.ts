/**
 * A guard against pathological nesting. micromark's time grows with the square of container depth (10,000
 * nested `>` take about 20 s), so lines nested deeper than any real spec are read as plain text: their
 * characters are masked, with offsets and line breaks unchanged, before parsing. The source text itself is
 * never changed; spans still slice the original. Pure.
 */

/** More container markers than this at the start of one line is not a spec, it is an attack or an accident. */
export const MAX_NESTING = 100;
/** Leading indentation beyond this many columns is treated the same way. */
export const MAX_INDENT = 400;

const MARKER = /[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/** 1-based numbers of the lines that nest too deep, and the text to parse with those lines masked. */
export function guardNesting(text: string): { text: string; lines: number[] } {
  // Fast path: no line can be deep without a long run of markers or spaces.
  if (!/(?:[>\-*+][ \t]*){100}|[ \t]{400}/.test(text)) return { text, lines: [] };
  const lines: number[] = [];
  let out = '';
  let start = 0;
  let lineNo = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    if (tooDeep(line)) {
      lines.push(lineNo);
      out += line.replace(/[^\r]/g, 'x');
    } else out += line;
    if (end < text.length) out += '\n';
    start = end + 1;
    lineNo++;
  }
  return { text: out, lines };
}

function tooDeep(line: string): boolean {
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
  if (indent > MAX_INDENT) return true;
  let depth = 0;
  MARKER.lastIndex = 0;
  while (MARKER.exec(line)) {
    if (++depth > MAX_NESTING) return true;
  }
  return false;
}
