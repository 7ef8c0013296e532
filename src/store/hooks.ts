/**
 * Selector hooks: each component subscribes to the smallest slice it shows, so a keystroke re-renders only the
 * components whose slice changed (one table row, one field), never the whole form.
 */
import { getAt } from '../spec';
import { useSpecStore } from './store';

type PathKey = string | number;
const NO_IDS: string[] = [];

/** The value at `path` in the spec. */
export function useField<T = unknown>(path: string | PathKey[]): T {
  return useSpecStore((s) => getAt(s.spec, path)) as T;
}

/** The stable row ids of an array field; a new array only when rows are added, removed or moved. */
export function useRowIds(path: string): string[] {
  return useSpecStore((s) => s.rowIds[path] ?? NO_IDS);
}

/** Row `index` of an array field; only that row's edits change the returned object. */
export function useRow<T = unknown>(path: string, index: number): T {
  return useSpecStore((s) => (getAt(s.spec, path) as unknown[] | undefined)?.[index]) as T;
}
