/**
 * Splits a GFM table row into cells the way GFM does, from the source line: an unescaped `|` separates cells
 * even inside a code span (only `\|` keeps a pipe in a cell), and the leading and trailing pipes are optional.
 * remark-gfm's tree cannot show a row's cell count as written, so the linter counts here. Pure.
 */

/** A cell as written: its text (untrimmed) and where it starts in the row text. */
export interface RowCell {
  text: string;
  start: number;
}

/** The cells of one table row as GFM splits them. */
export function splitRow(row: string): RowCell[] {
  const cells: RowCell[] = [];
  let i = 0;
  while (i < row.length && /[ \t]/.test(row[i]!)) i++;
  if (row[i] === '|') i++;
  let start = i;
  let text = '';
  let sawContent = false;
  for (; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\' && (row[i + 1] === '|' || row[i + 1] === '\\')) {
      text += c + row[i + 1];
      i++;
      sawContent = true;
      continue;
    }
    if (c === '|') {
      cells.push({ text, start });
      text = '';
      start = i + 1;
      sawContent = false;
      continue;
    }
    text += c;
    if (!/[ \t\r]/.test(c)) sawContent = true;
  }
  // A trailing pipe ends the last cell; text after the last pipe is a cell only when it is not blank (or when it
  // is all the row has: `| ` is one empty cell).
  if (sawContent || cells.length === 0) cells.push({ text, start });
  return cells;
}

/** Where the first unescaped pipe inside a code span of the row is (GFM splits the cell there), or -1. */
export function pipeInCodeSpan(row: string): number {
  for (const m of row.matchAll(/(`+)(?:(?!\1)[\s\S])*?\1/g)) {
    const pipe = /(^|[^\\])\|/.exec(m[0]);
    if (pipe) return m.index + pipe.index + pipe[1]!.length;
  }
  return -1;
}
