/**
 * Typed tables (dependencies, environment variables, error codes, and glossaries written as tables).
 * Columns are mapped by header name in any order; extra columns are kept in each row's `extra`. Pure.
 */
import type { Table } from 'mdast';
import type { ColumnDef, SubsectionDef } from '../../spec';
import { normalizeName } from '../headings';
import { escapeCell, sameText, toLf, unescapeCell } from '../text';
import type { RowSource, Span } from '../types';
import { nodeSpan, type FieldCodec, type ReadContext } from './types';

export type Row = Record<string, string> & { extra?: Record<string, string> };

/** The template columns of a table-like field. */
export function columnsOf(def: SubsectionDef): readonly ColumnDef[] {
  const f = def.field;
  return f.kind === 'table' || f.kind === 'terms' ? f.columns : [];
}

/** The column key a header denotes, or undefined for a header the template does not have. */
export function columnKey(header: string, columns: readonly ColumnDef[]): string | undefined {
  const n = normalizeName(header);
  return columns.find((c) => [c.header, ...c.aliases].some((h) => normalizeName(h) === n))?.key;
}

/** The cell text inside a raw `| cell |` slice. */
function cellText(raw: string): string {
  let s = raw.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return unescapeCell(s);
}

/** Reads a GFM table as rows of the field's columns; undefined when its header maps to none of the key column. */
export function readTable(node: Table, def: SubsectionDef, ctx: ReadContext) {
  const columns = columnsOf(def);
  const [head, ...body] = node.children;
  if (!head) return undefined;
  const headerCells = head.children.map((c) => {
    const span = nodeSpan(c, ctx);
    return { header: cellText(ctx.text.slice(span.start, span.end)), span };
  });
  const used = new Set<string>();
  const mapped: { header: string; key: string; span: Span; overflow?: boolean }[] = headerCells.map(({ header, span }) => {
    const key = columnKey(header, columns);
    const k = key && !used.has(key) ? key : `extra:${header}`;
    used.add(k);
    return { header, key: k, span };
  });
  if (!used.has(columns[0]!.key)) return undefined;
  // GFM ignores cells beyond the header's width, but they are the author's text: keep them as extra columns.
  const widest = Math.max(0, ...body.map((row) => row.children.length));
  for (let i = mapped.length; i < widest; i++) {
    const at = headerCells[headerCells.length - 1]!.span;
    mapped.push({ header: `Column ${i + 1}`, key: `extra:Column ${i + 1}`, span: ctx.lines.span(at.end, at.end), overflow: true });
  }
  const items: RowSource[] = body.map((row) => {
    const cells: Span[] = row.children.map((c) => nodeSpan(c, ctx));
    const value: Row = {};
    for (const c of columns) value[c.key] = '';
    mapped.forEach((col, i) => {
      const span = cells[i];
      const text = span ? cellText(ctx.text.slice(span.start, span.end)) : '';
      if (col.key.startsWith('extra:')) (value.extra ??= {})[col.header] = text;
      else value[col.key] = text;
    });
    return { span: nodeSpan(row, ctx), cells, value };
  });
  return { columns: mapped, items };
}

/** Whether rows are the template's sample rows (`tokio | Async runtime`, `... | ...`). */
export function isPlaceholderRows(rows: Row[], def: SubsectionDef): boolean {
  const lines = def.placeholder.split('\n').slice(2);
  if (rows.length === 0 || rows.length !== lines.length) return false;
  return rows.every((r, i) => {
    const cells = lines[i]!.split('|').slice(1, -1).map((c) => c.trim());
    const cols = columnsOf(def);
    return !r.extra && cols.every((c, j) => sameText(r[c.key] ?? '', cells[j] ?? ''));
  });
}

/** Header names of a set of rows: template columns, then extra columns in order of first appearance. */
export function headersOf(rows: Row[], def: SubsectionDef): { header: string; key: string }[] {
  const cols = columnsOf(def).map((c) => ({ header: c.header, key: c.key }));
  const extra = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.extra ?? {})) extra.add(k);
  return [...cols, ...[...extra].map((h) => ({ header: h, key: `extra:${h}` }))];
}

/** The value of a row in a column (`extra:Version` reads `row.extra.Version`). */
export function cellOf(row: Row, key: string): string {
  return key.startsWith('extra:') ? (row.extra?.[key.slice(6)] ?? '') : (row[key] ?? '');
}

/** `| a | b |` */
export function writeRow(cells: string[]): string {
  // `| a |  |` would pad an empty cell with two spaces; write `| a | |` (markdownlint's compact table style).
  return `|${cells.map((c) => (c === '' ? ' ' : ` ${escapeCell(c)} `)).join('|')}|`;
}

/** A whole GFM table in the canonical style. */
export function writeTable(headers: { header: string; key: string }[], rows: Row[]): string {
  const lines = [writeRow(headers.map((h) => h.header)), `| ${headers.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(writeRow(headers.map((h) => cellOf(r, h.key))));
  return lines.join('\n');
}

export const tableCodec: FieldCodec = {
  read(nodes, def, ctx) {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.type !== 'table') continue;
      const t = readTable(node, def, ctx);
      if (!t) continue;
      const rows = t.items.map((it) => it.value as Row);
      const value = isPlaceholderRows(rows, def) ? [] : rows;
      return { value, node: i, source: { span: nodeSpan(node, ctx), columns: t.columns, items: t.items, form: 'table' } };
    }
    return undefined;
  },
  empty: () => [],
  isEmpty: (v) => !Array.isArray(v) || v.length === 0,
  write(value, def, opts) {
    const rows = (Array.isArray(value) ? value : []) as Row[];
    if (rows.length === 0) return opts.placeholders ? def.placeholder : '';
    return writeTable(headersOf(rows, def), rows);
  },
  patch(value, def, ctx) {
    return patchTable((Array.isArray(value) ? value : []) as Row[], def, ctx.text, ctx.src);
  },
};

/**
 * A changed table in its source form: header and delimiter rows and every unchanged row keep their bytes;
 * changed and new rows are written in the source's column order. A new extra column rewrites the table.
 */
export function patchTable(
  rows: Row[],
  def: SubsectionDef,
  text: string,
  src: { span: Span; columns?: { header: string; key: string }[]; items?: RowSource[] },
): string {
  const columns = src.columns;
  const srcHeaders = new Set(columns?.map((c) => c.key));
  const fits = columns && headersOf(rows, def).every((h) => srcHeaders.has(h.key) || !rows.some((r) => cellOf(r, h.key) !== ''));
  if (!columns || !src.items || !fits) return writeTable(headersOf(rows, def), rows);
  const items = src.items;
  const firstRowStart = items[0]?.span.start;
  const headerEnd = firstRowStart ?? src.span.end;
  const headerText = toLf(text.slice(src.span.start, headerEnd)).replace(/\n$/, '');
  const written = diffRows(
    items.map((it) => it.value),
    rows,
  ).map((op) => (op.keep !== undefined ? text.slice(items[op.keep]!.span.start, items[op.keep]!.span.end) : writeRow(columns.map((c) => cellOf(op.row!, c.key)))));
  return [firstRowStart === undefined ? toLf(text.slice(src.span.start, src.span.end)) : headerText, ...written].join('\n');
}

/** For each new row: the index of an identical old row kept in order (LCS), or the row to write. */
export function diffRows<T>(old: unknown[], now: T[]): { keep?: number; row?: T }[] {
  const eq = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const n = old.length;
  const m = now.length;
  // Trim the common prefix and suffix first: an edit usually touches one row of hundreds.
  let pre = 0;
  while (pre < n && pre < m && eq(old[pre], now[pre])) pre++;
  let suf = 0;
  while (suf < n - pre && suf < m - pre && eq(old[n - 1 - suf], now[m - 1 - suf])) suf++;
  const a = old.slice(pre, n - suf);
  const b = now.slice(pre, m - suf);
  const out: { keep?: number; row?: T }[] = [];
  for (let i = 0; i < pre; i++) out.push({ keep: i });
  if (a.length * b.length > 4_000_000) {
    for (const row of b) out.push({ row });
  } else {
    const dp: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
      for (let j = b.length - 1; j >= 0; j--)
        dp[i]![j] = eq(a[i], b[j]) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    let i = 0;
    let j = 0;
    while (j < b.length) {
      if (i < a.length && eq(a[i], b[j])) {
        out.push({ keep: pre + i });
        i++;
        j++;
      } else if (i < a.length && dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
      else out.push({ row: b[j++]! });
    }
  }
  for (let i = n - suf; i < n; i++) out.push({ keep: i });
  return out;
}
