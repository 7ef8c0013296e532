/**
 * Between the document store's state and a draft. Invariant: `stateFromDraft(draftFromState(s))` gives the
 * same spec, the same source document (the source text imported again) and so the same export, in both modes.
 */
import type { ImportResult } from '../../markdown';
import { docFor, type DocState } from '../store';
import { DRAFT_VERSION, type Draft } from './draft';

/** What a draft keeps that the document does not: its identity and history in storage. */
export interface DraftIdentity {
  id: string;
  rev: number;
  name: string | null;
  createdAt: number;
}

/** The draft of document `s`, written at `now`. */
export function draftFromState(s: DocState, who: DraftIdentity, now: number): Draft {
  return {
    version: DRAFT_VERSION,
    id: who.id,
    rev: who.rev,
    name: who.name,
    spec: s.spec,
    sourceText: s.source?.text ?? null,
    fileName: s.file.name,
    exportMode: s.exportMode,
    unexported: s.dirty,
    createdAt: who.createdAt,
    updatedAt: now,
  };
}

/**
 * The document state of `draft` (row ids fresh, no file handle), numbered `docId`. `imported` is
 * importMarkdown(draft.sourceText) (null when there is none), computed by the caller, in a worker if it likes.
 */
export function stateFromDraft(draft: Draft, docId: number, imported: ImportResult | null): DocState {
  return docFor(
    draft.spec,
    {
      source: imported?.source ?? null,
      diagnostics: imported?.diagnostics ?? [],
      exportMode: imported ? draft.exportMode : 'canonical',
      file: { name: draft.fileName, handleId: null },
      dirty: draft.unexported,
    },
    docId,
  );
}
