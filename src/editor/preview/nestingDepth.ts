/**
 * A quick, conservative estimate of how deeply a Markdown text nests quotes and lists, read from line
 * prefixes without parsing. Parsers slow down sharply (or overflow the stack) on pathological nesting,
 * so callers check this first. Invariant: never lower than the real depth of `>` quotes and list markers
 * opened on one line, plus half the leading indentation in columns; linear time. Pure: no DOM.
 */

const PREFIX = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)*/;

/** Estimated maximum nesting depth of block quotes and lists in `markdown`. */
export function nestingDepth(markdown: string): number {
  let max = 0;
  let start = 0;
  while (start <= markdown.length) {
    let end = markdown.indexOf('\n', start);
    if (end === -1) end = markdown.length;
    const prefix = PREFIX.exec(markdown.slice(start, Math.min(end, start + 4096)))?.[0] ?? '';
    const indent = /^[ \t]*/.exec(prefix)?.[0] ?? '';
    const columns = indent.length + 3 * (indent.match(/\t/g)?.length ?? 0);
    const quotes = prefix.match(/>/g)?.length ?? 0;
    const markers = prefix.match(/(?:[-+*]|\d{1,9}[.)])[ \t]/g)?.length ?? 0;
    const depth = quotes + markers + Math.floor(columns / 2);
    if (depth > max) max = depth;
    start = end + 1;
  }
  return max;
}
