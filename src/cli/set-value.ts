/**
 * What `set` changes: the value at a field path, where the path must already exist in the spec or add one
 * row (or list item) right after the last. The result is unvalidated; the caller checks it against the schema.
 * Pure: no I/O.
 */
import { FIELDS, getAt, parsePath, setAt, type Spec } from '../spec';
import { UsageError } from './errors';
import { formatPath } from './spec-input';

type Key = string | number;

/**
 * `spec` with VALUE `raw` at `path`. A string field takes `raw` as it is; any other field (a list, a row, an
 * object) takes `raw` parsed as JSON. Throws a `UsageError` for a malformed path, one the spec does not
 * have, or a non-JSON value where JSON is needed.
 */
export function setValue(spec: Spec, path: string, raw: string): Spec {
  let keys: Key[];
  try {
    keys = parsePath(path);
  } catch {
    throw new UsageError(`PATH '${path}' is malformed, expected a field path such as meta.status or architecture.dependencies[0].purpose`);
  }
  const current = getAt(spec, keys);
  if (current !== undefined) return setAt(spec, keys, typeof current === 'string' ? raw : parseJsonValue(path, raw));
  return appendAt(spec, keys, path, raw);
}

/** Handles a path that does not exist yet: allowed only as index `length` of a list or table field. */
function appendAt(spec: Spec, keys: Key[], path: string, raw: string): Spec {
  const i = firstMissing(spec, keys);
  const parentKeys = keys.slice(0, i);
  const parent = getAt(spec, parentKeys);
  const key = keys[i]!;
  const parentName = formatPath(parentKeys);
  if (!Array.isArray(parent)) {
    const known = parent && typeof parent === 'object' ? Object.keys(parent).join(', ') : 'no fields';
    const where = parentKeys.length ? `${parentName} has` : 'the spec has';
    throw new UsageError(`PATH '${path}' is not in the spec: ${where} ${known}`);
  }
  const field = FIELDS.find((f) => f.path === parentKeys.join('.'));
  const kind = field?.sub.field;
  const appendable = kind && (kind.kind === 'table' || kind.kind === 'terms' || kind.kind === 'list');
  if (key !== parent.length || !appendable) {
    const rows = parent.length ? `[0] to [${parent.length - 1}]` : 'none';
    const extra = appendable ? `; [${parent.length}] adds one` : '';
    throw new UsageError(`PATH '${path}' is not in the spec: ${parentName} has ${parent.length} ${parent.length === 1 ? 'entry' : 'entries'} (${rows})${extra}`);
  }
  const rest = keys.slice(i + 1);
  if (kind.kind === 'list') {
    if (rest.length) throw new UsageError(`PATH '${path}' is not in the spec: items of ${parentName} are strings`);
    return setAt(spec, keys, raw);
  }
  const row = Object.fromEntries(kind.columns.map((c) => [c.key, '']));
  if (rest.length === 0) return setAt(spec, keys, { ...row, ...(parseJsonValue(path, raw) as object) });
  const column = rest[0];
  if (rest.length > 1 || typeof column !== 'string' || !(column in row)) {
    throw new UsageError(`PATH '${path}' is not in the spec: rows of ${parentName} have ${Object.keys(row).join(', ')}`);
  }
  return setAt(spec, keys.slice(0, i + 1), { ...row, [column]: raw });
}

/** Index of the first key along `keys` whose value is undefined. */
function firstMissing(spec: Spec, keys: Key[]): number {
  for (let i = 1; i <= keys.length; i++) if (getAt(spec, keys.slice(0, i)) === undefined) return i - 1;
  return keys.length;
}

function parseJsonValue(path: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new UsageError(`VALUE for '${path}' must be JSON (the field is not a string), got '${raw}'`);
  }
}
