/**
 * Row bookkeeping for the spec's array fields (tables, lists, the glossary). Each row carries a stable id that
 * lives beside the spec, never inside it, so the spec JSON stays exactly what import/export see while React
 * keys and per-row subscriptions survive reordering. Pure: every function returns new values.
 */
import { FIELDS, getAt, setAt, type FieldRef, type Spec } from '../spec';

/** Row ids per array field path (`configuration.envVars`), parallel to the spec's arrays. */
export type RowIds = Record<string, string[]>;

/** The template fields whose value is an array of rows or items. */
export const ARRAY_FIELDS: readonly FieldRef[] = FIELDS.filter((f) => ['table', 'list', 'terms'].includes(f.sub.field.kind));

/** A blank row for an array field: '' for a list item, every template column empty for a table row. */
export function blankRow(path: string): unknown {
  const ref = ARRAY_FIELDS.find((f) => f.path === path);
  if (!ref) throw new Error(`Cannot make a row for '${path}', expected an array field path`);
  const field = ref.sub.field;
  if (field.kind === 'list') return '';
  if (field.kind === 'table' || field.kind === 'terms') {
    return Object.fromEntries(field.columns.map((c) => [c.key, '']));
  }
  throw new Error(`Cannot make a row for '${path}', expected an array field path`);
}

/** Fresh ids for every array field of `spec`, counting up from `nextId`. */
export function assignRowIds(spec: Spec, nextId: number): { rowIds: RowIds; nextId: number } {
  const rowIds: RowIds = {};
  let n = nextId;
  for (const f of ARRAY_FIELDS) {
    const rows = getAt(spec, f.path);
    rowIds[f.path] = Array.isArray(rows) ? rows.map(() => `r${n++}`) : [];
  }
  return { rowIds, nextId: n };
}

/** The document part that row operations change. */
export interface RowDoc {
  spec: Spec;
  rowIds: RowIds;
  nextId: number;
}

function rowsOf(doc: RowDoc, path: string): { rows: unknown[]; ids: string[] } {
  const rows = getAt(doc.spec, path);
  const ids = doc.rowIds[path];
  if (!Array.isArray(rows) || !ids) throw new Error(`Cannot edit rows of '${path}', expected an array field path`);
  return { rows, ids };
}

function withRows(doc: RowDoc, path: string, rows: unknown[], ids: string[], nextId = doc.nextId): RowDoc {
  return { spec: setAt(doc.spec, path, rows), rowIds: { ...doc.rowIds, [path]: ids }, nextId };
}

/** Inserts `rows` (blank rows when omitted: one) at `index` (the end when omitted). */
export function insertRows(doc: RowDoc, path: string, index?: number, newRows?: unknown[]): RowDoc {
  const { rows, ids } = rowsOf(doc, path);
  const add = newRows ?? [blankRow(path)];
  const at = index === undefined ? rows.length : Math.max(0, Math.min(index, rows.length));
  let n = doc.nextId;
  const addIds = add.map(() => `r${n++}`);
  return withRows(
    doc,
    path,
    [...rows.slice(0, at), ...add, ...rows.slice(at)],
    [...ids.slice(0, at), ...addIds, ...ids.slice(at)],
    n,
  );
}

/** Removes the row with id `id`; unchanged when there is none. */
export function removeRow(doc: RowDoc, path: string, id: string): RowDoc {
  const { rows, ids } = rowsOf(doc, path);
  const i = ids.indexOf(id);
  if (i < 0) return doc;
  return withRows(doc, path, rows.filter((_, j) => j !== i), ids.filter((_, j) => j !== i));
}

/** Inserts a copy of row `id` right after it. */
export function duplicateRow(doc: RowDoc, path: string, id: string): RowDoc {
  const { rows, ids } = rowsOf(doc, path);
  const i = ids.indexOf(id);
  if (i < 0) return doc;
  return insertRows(doc, path, i + 1, [structuredClone(rows[i])]);
}

/** Moves row `id` to position `to` (clamped); unchanged when it is already there. */
export function moveRowTo(doc: RowDoc, path: string, id: string, to: number): RowDoc {
  const { rows, ids } = rowsOf(doc, path);
  const from = ids.indexOf(id);
  const dest = Math.max(0, Math.min(to, rows.length - 1));
  if (from < 0 || from === dest) return doc;
  const move = <T>(xs: T[]): T[] => {
    const copy = [...xs];
    const [x] = copy.splice(from, 1);
    copy.splice(dest, 0, x as T);
    return copy;
  };
  return withRows(doc, path, move(rows), move(ids));
}

/** True for a row with no text in any cell (or an empty list item). */
export function isBlankRow(row: unknown): boolean {
  if (typeof row === 'string') return row.trim() === '';
  if (!row || typeof row !== 'object') return true;
  return Object.values(row).every((v) => (v && typeof v === 'object' ? isBlankRow(v) : String(v ?? '').trim() === ''));
}

/**
 * Pastes `newRows` at row `id`: when that row is blank the first pasted row replaces it, and the rest go
 * right after it (a spreadsheet's paste into an empty line); otherwise all go after it.
 */
export function pasteRows(doc: RowDoc, path: string, id: string, newRows: unknown[]): RowDoc {
  const { rows, ids } = rowsOf(doc, path);
  const i = ids.indexOf(id);
  if (i < 0 || newRows.length === 0) return doc;
  if (!isBlankRow(rows[i])) return insertRows(doc, path, i + 1, newRows);
  const [first, ...rest] = newRows;
  const replaced = { ...doc, spec: setAt(doc.spec, [...parsePathKeys(path), i], first) };
  return rest.length ? insertRows(replaced, path, i + 1, rest) : replaced;
}

const parsePathKeys = (path: string): string[] => path.split('.');
