/**
 * The one document store: the spec being edited, the imported source that preserving export needs, row ids,
 * file info, export mode and import diagnostics. State stays plain data (structured-cloneable: no handles, no
 * functions) and every action is a pure state transition, so undo (zundo) and IndexedDB persistence can wrap
 * it later without changes here. File handles live in the editor's io layer, referenced by number.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import { createEmptySpec, getAt, setAt, type Spec } from '../spec';
import { importMarkdown, type Diagnostic, type ImportResult, type SourceDoc } from '../markdown';
import { historyOptions } from './history';
import { assignRowIds, duplicateRow, insertRows, moveRowTo, pasteRows, removeRow, type RowDoc, type RowIds } from './rows';

export type ExportMode = 'preserving' | 'canonical';
type PathKey = string | number;

/** Where the document came from and where Save writes. */
export interface FileInfo {
  /** The imported or saved file's name (`chainfire.md`); null for a new spec. */
  name: string | null;
  /** Id of a File System Access handle kept by the io layer; null when there is none. */
  handleId: number | null;
}

export interface DocState {
  spec: Spec;
  /** The imported document, for preserving export; null for a new spec. */
  source: SourceDoc | null;
  rowIds: RowIds;
  nextId: number;
  exportMode: ExportMode;
  diagnostics: Diagnostic[];
  file: FileInfo;
  /** True after an edit that was not saved, downloaded or replaced since. */
  dirty: boolean;
  /** Counts documents loaded (new or imported); forms key on it to drop per-document state such as touched. */
  docId: number;
}

/** What importText reports; on failure the state is unchanged. */
export type ImportOutcome = { ok: true; diagnostics: Diagnostic[] } | { ok: false; error: string };

export interface DocActions {
  /** Starts an empty spec named `name`, exported in canonical mode. */
  newSpec(name: string): void;
  /** Imports Markdown; on any failure keeps the current document and returns the reason. */
  importText(text: string, fileName: string | null, handleId?: number | null): ImportOutcome;
  /** Loads an import computed elsewhere (in a worker): the same as importText with that result. */
  openImport(result: ImportResult, fileName: string | null, handleId?: number | null): void;
  /** Opens a spec read from spec JSON; it exports in canonical form (there is no Markdown to preserve). */
  openSpec(spec: Spec, fileName: string | null): void;
  /** Sets the value at `path` (`overview.purpose`, or keys); a no-op when the value is unchanged. */
  setField(path: string | PathKey[], value: unknown): void;
  /** Inserts rows (one blank row by default) at `index` (default: the end). */
  addRows(path: string, index?: number, rows?: unknown[]): void;
  /** Pastes rows at row `id` (a blank row there takes the first one; see rows.ts). */
  pasteRows(path: string, id: string, rows: unknown[]): void;
  removeRow(path: string, id: string): void;
  duplicateRow(path: string, id: string): void;
  /** Moves a row by `delta` places (clamped at the ends). */
  moveRow(path: string, id: string, delta: number): void;
  /** Moves a row to position `index` (drag and drop). */
  moveRowTo(path: string, id: string, index: number): void;
  setExportMode(mode: ExportMode): void;
  /** Records that the current text was written out (saved or downloaded). */
  markSaved(file?: Partial<FileInfo>): void;
}

export type State = DocState & DocActions;

/** The document state for `spec`, with fresh row ids. */
export function docFor(spec: Spec, rest: Partial<DocState> = {}, docId = 0): DocState {
  const { rowIds, nextId } = assignRowIds(spec, 1);
  return {
    spec,
    source: null,
    rowIds,
    nextId,
    exportMode: 'canonical',
    diagnostics: [],
    file: { name: null, handleId: null },
    dirty: false,
    docId,
    ...rest,
  };
}

const rowDoc = (s: DocState): RowDoc => ({ spec: s.spec, rowIds: s.rowIds, nextId: s.nextId });
/** The state change for a row operation's result: nothing when it changed nothing. */
const edited = (s: DocState, r: RowDoc): Partial<DocState> => (r.spec === s.spec ? {} : { ...r, dirty: true });

/** The document store; `useSpecStore.temporal` holds its undo history (see history.ts). */
export const useSpecStore = create<State>()(temporal((set, get) => ({
  ...docFor(createEmptySpec()),

  newSpec: (name) => set((s) => docFor(createEmptySpec(name.trim()), {}, s.docId + 1)),

  importText: (text, fileName, handleId = null) => {
    let result;
    try {
      result = importMarkdown(text);
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    get().openImport(result, fileName, handleId);
    return { ok: true, diagnostics: result.diagnostics };
  },

  openImport: (result, fileName, handleId = null) =>
    set((s) =>
      docFor(
        result.spec,
        {
          source: result.source,
          exportMode: 'preserving',
          diagnostics: result.diagnostics,
          file: { name: fileName, handleId },
        },
        s.docId + 1,
      ),
    ),

  openSpec: (spec, fileName) => set((s) => docFor(spec, { file: { name: fileName, handleId: null } }, s.docId + 1)),

  setField: (path, value) => {
    if (Object.is(getAt(get().spec, path), value)) return;
    set((s) => ({ spec: setAt(s.spec, path, value), dirty: true }));
  },

  addRows: (path, index, rows) => set((s) => edited(s, insertRows(rowDoc(s), path, index, rows))),
  pasteRows: (path, id, rows) => set((s) => edited(s, pasteRows(rowDoc(s), path, id, rows))),
  removeRow: (path, id) => set((s) => edited(s, removeRow(rowDoc(s), path, id))),
  duplicateRow: (path, id) => set((s) => edited(s, duplicateRow(rowDoc(s), path, id))),
  moveRow: (path, id, delta) =>
    set((s) => {
      const i = s.rowIds[path]?.indexOf(id) ?? -1;
      return i < 0 ? {} : edited(s, moveRowTo(rowDoc(s), path, id, i + delta));
    }),
  moveRowTo: (path, id, index) => set((s) => edited(s, moveRowTo(rowDoc(s), path, id, index))),

  setExportMode: (mode) => set({ exportMode: mode }),

  markSaved: (file) => set((s) => ({ dirty: false, file: { ...s.file, ...file } })),
}), historyOptions));
