/**
 * Turns pasted text into table rows: tab-separated lines from a spreadsheet (with its quoting), a Markdown
 * table, or plain lines. Pure.
 */
import type { TableRow } from '../../spec';
import { withCell, type GridColumn } from './columns';

export interface PastedTable {
  /** Header cells when the paste had a header row (always for a Markdown table). */
  header: string[] | null;
  rows: string[][];
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** Splits a Markdown table row on pipes that are not escaped or inside a code span; `\|` becomes `|`. */
export function splitMarkdownRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

/** Tab-separated values as spreadsheets copy them: quoted cells may hold tabs, newlines and `""`. */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      let j = i + 1;
      let quoted = '';
      while (j < text.length) {
        if (text[j] === '"' && text[j + 1] === '"') (quoted += '"'), (j += 2);
        else if (text[j] === '"') break;
        else quoted += text[j++];
      }
      cell += quoted;
      i = j + 1;
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (ch === '\t') (row.push(cell), (cell = ''), (atCellStart = true));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) (row.push(cell), rows.push(row));
  // A cell's own line breaks cannot live in a Markdown table cell.
  return rows.map((r) => r.map((c) => c.replace(/\s*[\r\n]+\s*/g, ' ')));
}

/**
 * Reads pasted text as a table; null when it is a single line without tabs (an ordinary paste into one cell).
 */
export function parsePastedTable(text: string): PastedTable | null {
  const trimmed = text.replace(/^(?:[ \t]*\r?\n)+|(?:\r?\n[ \t]*)+$/g, '');
  if (trimmed === '' || (!trimmed.includes('\t') && !/[\r\n]/.test(trimmed))) return null;
  const lines = trimmed.split(/\r?\n/);
  if (lines.length >= 2 && lines[0]!.includes('|') && DELIMITER_ROW.test(lines[1]!)) {
    return {
      header: splitMarkdownRow(lines[0]!),
      rows: lines.slice(2).filter((l) => l.trim() !== '').map(splitMarkdownRow),
    };
  }
  const rows = splitTsv(trimmed).filter((r) => r.some((c) => c.trim() !== ''));
  return { header: null, rows };
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function columnFor(header: string, columns: readonly GridColumn[]): GridColumn | undefined {
  const h = norm(header);
  return columns.find((c) => norm(c.header) === h || c.aliases.some((a) => norm(a) === h));
}

/**
 * Rows from a pasted table. With a header (a Markdown table, or a first TSV line naming the columns), cells go
 * to the columns they name; unknown headers become extra columns. Without one, cells fill columns from
 * `startCol` on, as a spreadsheet pastes; cells past the last column are dropped.
 */
export function pastedRows(pasted: PastedTable, columns: readonly GridColumn[], startCol: number, blank: TableRow): TableRow[] {
  let { header, rows } = pasted;
  if (!header && rows.length > 1 && rows[0]!.every((c) => c.trim() !== '' && columnFor(c, columns))) {
    header = rows[0]!;
    rows = rows.slice(1);
  }
  const targets: GridColumn[] = header
    ? header.map((h) => columnFor(h, columns) ?? { key: h, header: h, hint: '', aliases: [], extra: true })
    : columns.slice(startCol);
  return rows.map((cells) =>
    cells.reduce<TableRow>((row, cell, j) => (targets[j] ? withCell(row, targets[j], cell) : row), { ...blank }),
  );
}
