/**
 * What the undo history (zundo's `temporal`) records and how typing coalesces. Invariant: a step is a whole
 * document state (spec, source, row ids, export mode, file); a change that leaves those untouched (marking
 * the document saved, for instance) is no step; consecutive edits of one text field with pauses under
 * COALESCE_MS make one step. Imports only types from the store, so the store can import it without a cycle.
 */
import type { ZundoOptions } from 'zundo';
import type { DocState, State } from './store';

/** The document as one undo step restores it: everything but the export flag. */
export type Snapshot = Omit<DocState, 'dirty'>;

/** Typing pauses shorter than this keep extending the same undo step. */
export const COALESCE_MS = 1000;
/** Steps kept; older ones are dropped. Steps share unchanged structure, so each costs little. */
export const HISTORY_LIMIT = 200;

/** The state as the history stores it. */
export function snapshot(s: DocState): Snapshot {
  const { spec, source, rowIds, nextId, exportMode, diagnostics, file, docId } = s;
  return { spec, source, rowIds, nextId, exportMode, diagnostics, file, docId };
}

/** True when two snapshots hold the same document (the actions copy only what they change). */
export function sameDocument(a: Snapshot, b: Snapshot): boolean {
  return a.spec === b.spec && a.source === b.source && a.rowIds === b.rowIds && a.exportMode === b.exportMode && a.docId === b.docId;
}

const isContainer = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/**
 * The path of the one string that differs between two specs (`overview.purpose`, `configuration.envVars.2.variable`),
 * or null when the change is anything else (several fields, a row added or removed). Follows only the
 * references that differ, so it costs the depth of the change, not the size of the spec.
 */
export function editedLeaf(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a === 'string' && typeof b === 'string') return a === b ? null : path;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return null;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let changed: string | null = null;
  for (const k of keys) {
    if (a[k] === b[k]) continue;
    if (changed !== null || !(k in a) || !(k in b)) return null;
    changed = k;
  }
  if (changed === null) return null;
  return editedLeaf(a[changed], b[changed], path ? `${path}.${changed}` : changed);
}

let last: { path: string; at: number } | null = null;

/** Starts a new step at the next edit (after undo, redo, or loading a document). */
export function breakCoalescing(): void {
  last = null;
}

/** The edit's field path when it may join the previous step, else null. */
function continuesStep(past: Snapshot, current: Snapshot, now: number): boolean {
  const structural = past.rowIds !== current.rowIds || past.source !== current.source || past.exportMode !== current.exportMode || past.docId !== current.docId;
  const path = structural ? null : editedLeaf(past.spec, current.spec);
  const joins = path !== null && last !== null && last.path === path && now - last.at < COALESCE_MS;
  last = path === null ? null : { path, at: now };
  return joins;
}

/** zundo options for the document store. */
export const historyOptions: ZundoOptions<State, Snapshot> = {
  partialize: snapshot,
  equality: sameDocument,
  limit: HISTORY_LIMIT,
  handleSet: (record) => (past, replace, current) => {
    if (continuesStep(past as Snapshot, current, Date.now())) return;
    record(past as State, replace as never);
  },
};
