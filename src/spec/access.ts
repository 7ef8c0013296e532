/** Reading and writing a spec by field path (`overview.purpose`, `architecture.dependencies[0].purpose`). Pure. */
import type { Spec } from './schema';

type Key = string | number;

/** Splits `a.b[0].c` into `['a', 'b', 0, 'c']`; throws on a malformed path. */
export function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(path))) {
    const between = path.slice(consumed, m.index);
    if (between !== '' && between !== '.') throw new Error(`Cannot parse path '${path}', expected a.b[0].c`);
    keys.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
    consumed = re.lastIndex;
  }
  if (consumed !== path.length || keys.length === 0) throw new Error(`Cannot parse path '${path}', expected a.b[0].c`);
  return keys;
}

/** The value at `path`, or undefined where the path leads nowhere. */
export function getAt(spec: unknown, path: string | Key[]): unknown {
  let cur: unknown = spec;
  for (const k of typeof path === 'string' ? parsePath(path) : path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<Key, unknown>)[k];
  }
  return cur;
}

/** A copy of `spec` with `value` at `path`; structure along the path is copied, the rest shared. */
export function setAt<T extends Spec | object>(spec: T, path: string | Key[], value: unknown): T {
  const keys = typeof path === 'string' ? parsePath(path) : path;
  const go = (node: unknown, i: number): unknown => {
    if (i === keys.length) return value;
    const k = keys[i]!;
    const base: Record<Key, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : node && typeof node === 'object'
        ? { ...(node as object) }
        : typeof k === 'number'
          ? []
          : {};
    (base as Record<Key, unknown>)[k] = go((node as Record<Key, unknown> | undefined)?.[k], i + 1);
    return base;
  };
  return go(spec, 0) as T;
}
