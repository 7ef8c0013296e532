/**
 * The drafts session's state for the UI (storage status, open draft, read-only, the drafts list, messages) and
 * the storage and tab coordination it works with. Plain data in a small vanilla store; no logic beyond reporting
 * a storage failure.
 */
import { createStore } from 'zustand/vanilla';
import type { DraftMeta } from './draft';
import { MemoryDraftStorage, type DraftStorage } from './storage';
import type { Tabs } from './tabs';

export type ReadOnlyReason = 'open-elsewhere' | 'taken-over' | 'changed-elsewhere';
export type StorageStatus =
  | { kind: 'starting' }
  | { kind: 'browser'; persistent: boolean | null }
  | { kind: 'memory'; reason: string };

export interface SessionState {
  storage: StorageStatus;
  /** The draft being edited (null until the first edit of a fresh start). */
  draftId: string | null;
  readOnly: ReadOnlyReason | null;
  /** An edit is waiting to be written. */
  pending: boolean;
  drafts: DraftMeta[];
  /** Drafts open in other tabs. */
  elsewhere: string[];
  /** The latest message for the user (the shell shows it). */
  notice: { id: number; text: string; tone: 'info' | 'error' } | null;
}

/** The session's state, for the UI. */
export const sessionStore = createStore<SessionState>()(() => ({
  storage: { kind: 'starting' },
  draftId: null,
  readOnly: null,
  pending: false,
  drafts: [],
  elsewhere: [],
  notice: null,
}));

export const session = sessionStore.getState;
export const patch = (p: Partial<SessionState>) => sessionStore.setState(p);
let noticeSeq = 0;
/** Shows `text` to the user (the shell's message line). */
export const tell = (text: string, tone: 'info' | 'error' = 'info') => patch({ notice: { id: ++noticeSeq, text, tone } });

/** Where drafts go and who coordinates tabs; set once by startDrafts. */
export const ctx: { storage: DraftStorage; tabs: Tabs | null } = { storage: new MemoryDraftStorage(), tabs: null };

/** Reports a failed storage operation: the session keeps working in memory and the user is told once. */
export function storageFailed(e: unknown): void {
  const full = e instanceof DOMException && e.name === 'QuotaExceededError';
  const reason = full ? 'browser storage is full' : `browser storage failed (${e instanceof Error ? e.message : String(e)})`;
  const was = session().storage;
  patch({ storage: { kind: 'memory', reason } });
  if (was.kind !== 'memory' || was.reason !== reason) {
    tell(`Drafts are not being saved: ${reason}. Your work stays in this tab only; download it before closing the tab.`, 'error');
  }
}

