/** The columns a table editor shows: the template's, then any extra columns imported rows carry. Pure. */
import type { ColumnDef, TableRow } from '../../spec';

export interface GridColumn {
  /** The row key: a template column key, or the header text of an extra column. */
  key: string;
  header: string;
  hint: string;
  aliases: readonly string[];
  /** True for a column beyond the template's (stored in `row.extra`). */
  extra: boolean;
}

/** Extra column headers over all rows, in first-seen order. */
export function extraHeaders(rows: readonly TableRow[] | undefined): string[] {
  const seen = new Set<string>();
  for (const row of rows ?? []) for (const k of Object.keys(row.extra ?? {})) seen.add(k);
  return [...seen];
}

/** Template columns followed by the extra ones. */
export function gridColumns(template: readonly ColumnDef[], extras: readonly string[]): GridColumn[] {
  return [
    ...template.map((c) => ({ key: c.key, header: c.header, hint: c.hint, aliases: c.aliases, extra: false })),
    ...extras.map((h) => ({ key: h, header: h, hint: '', aliases: [], extra: true })),
  ];
}

/** A cell's text in `row`. */
export function cellValue(row: TableRow, col: GridColumn): string {
  return (col.extra ? row.extra?.[col.key] : row[col.key]) ?? '';
}

/** The row with one cell set; extra columns go to `row.extra`. */
export function withCell(row: TableRow, col: GridColumn, value: string): TableRow {
  return (col.extra ? { ...row, extra: { ...row.extra, [col.key]: value } } : { ...row, [col.key]: value }) as TableRow;
}

/**
 * A width per column, in `ch`, from the longest text in it (header included), clamped and rounded up to
 * steps of 4 so typing rarely changes the layout.
 */
export function columnWidths(rows: readonly TableRow[] | undefined, columns: readonly GridColumn[]): number[] {
  return columns.map((col) => {
    let longest = col.header.length + 2;
    for (const row of rows ?? []) longest = Math.max(longest, cellValue(row, col).length);
    return Math.min(48, Math.max(10, Math.ceil((longest + 3) / 4) * 4));
  });
}
