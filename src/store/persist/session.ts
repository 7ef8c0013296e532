/**
 * The drafts session: keeps the open document saved as a draft and follows it across documents and tabs.
 * Invariants: every change is written in the first idle moment SAVE_DELAY_MS after it (at most
 * SAVE_IDLE_TIMEOUT_MS later on a busy page; plus the write) and at once when the page is hidden; a new
 * document (New spec, an import) becomes a new draft and the previous one stays as it was;
 * a tab writes only the draft it holds, and a write is refused when another tab wrote first (then this tab
 * turns read-only and says so); when storage fails the editor keeps working in memory and says so.
 */
import { whenIdle } from '../idle';
import { importInBackground } from '../importInBackground';
import { useSpecStore, type DocState } from '../store';
import { clearHistory, isReplaying } from '../undo';
import { draftFromState, stateFromDraft } from './convert';
import { refreshDrafts } from './draftList';
import { metaOf } from './draft';
import { migrateDraft } from './migrate';
import { ctx, patch, session, storageFailed, tell, type ReadOnlyReason } from './sessionState';
import { IdbDraftStorage, MemoryDraftStorage, type DraftStorage } from './storage';
import { Tabs } from './tabs';

/** Longest time between an edit and the start of its write. */
export const SAVE_DELAY_MS = 100;
/** A busy page (never idle) still gets its change written this long after SAVE_DELAY_MS. */
const SAVE_IDLE_TIMEOUT_MS = 100;
/** A storage that does not answer within this long at start is treated as unavailable. */
const PROBE_TIMEOUT_MS = 3000;

/** Store document number -> draft id, so an undo back to an earlier document writes to its draft. */
const docDrafts = new Map<number, string>();
/** The revision this tab last read or wrote, per draft. */
const revs = new Map<string, number>();
const created = new Map<string, number>();
let cancelSave: (() => void) | undefined;
/** Writes run one after another, in order. */
let queue: Promise<void> = Promise.resolve();
/** True while this module itself replaces the document (opening a draft): not an edit. */
let applying = false;

const newId = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);

/** Writes document `s` to draft `id` (queued). */
function write(id: string, s: DocState): Promise<void> {
  const job = queue.then(async () => {
    const rev = (revs.get(id) ?? 0) + 1;
    const now = Date.now();
    if (!created.has(id)) created.set(id, now);
    const draft = draftFromState(s, { id, rev, name: null, createdAt: created.get(id)! }, now);
    try {
      const out = await ctx.storage.save(draft);
      if (out === 'conflict') {
        if (session().draftId === id) becomeReadOnly('changed-elsewhere');
        return;
      }
      revs.set(id, rev);
      if (session().storage.kind === 'memory' && ctx.storage.kind === 'indexeddb') patch({ storage: { kind: 'browser', persistent: null } });
      const meta = { ...metaOf(draft), name: session().drafts.find((d) => d.id === id)?.name ?? null };
      patch({ drafts: [meta, ...session().drafts.filter((d) => d.id !== id)] });
      ctx.tabs?.post({ type: 'saved', id, rev });
    } catch (e) {
      storageFailed(e);
    }
  });
  queue = job;
  return job;
}

/** Writes the open document now if an edit is waiting. */
export function flushDrafts(): Promise<void> {
  cancelSave?.();
  cancelSave = undefined;
  const { draftId, pending, readOnly } = session();
  if (!pending || !draftId || readOnly) return queue;
  patch({ pending: false });
  return write(draftId, useSpecStore.getState());
}

function schedule() {
  patch({ pending: true });
  cancelSave ??= whenIdle(() => void flushDrafts(), SAVE_DELAY_MS, SAVE_IDLE_TIMEOUT_MS);
}

const READ_ONLY_TEXT: Record<Exclude<ReadOnlyReason, 'open-elsewhere'>, string> = {
  'taken-over': 'Another tab took over this draft. This tab is now read-only; your edits up to now were saved.',
  'changed-elsewhere': 'This draft was changed in another tab, so this tab did not overwrite it and is now read-only.',
};

function becomeReadOnly(reason: ReadOnlyReason) {
  cancelSave?.();
  cancelSave = undefined;
  patch({ readOnly: reason, pending: false });
  // A draft found open elsewhere gets a dialog of its own; the others happen while the author works.
  if (reason !== 'open-elsewhere') tell(READ_ONLY_TEXT[reason], 'error');
}

/** Switches the session to draft `id` for the document now in the store (lets go of the previous one). */
async function bind(id: string, docId: number) {
  const prev = session().draftId;
  docDrafts.set(docId, id);
  if (prev && prev !== id) ctx.tabs?.release(prev);
  patch({ draftId: id, readOnly: null });
  void ctx.storage.setLast(id).catch(() => {});
  const held = (await ctx.tabs?.claim(id)) ?? true;
  if (!held && session().draftId === id) becomeReadOnly('open-elsewhere');
}

function documentChanged(s: DocState, p: DocState): boolean {
  return s.spec !== p.spec || s.source !== p.source || s.exportMode !== p.exportMode || s.file.name !== p.file.name || s.dirty !== p.dirty || s.docId !== p.docId;
}

function onStoreChange(s: DocState, p: DocState) {
  if (applying || !documentChanged(s, p)) return;
  const { draftId, pending, readOnly } = session();
  if (s.docId !== p.docId) {
    // The previous document's last edits go to its own draft before the session moves on.
    if (draftId && pending && !readOnly) {
      patch({ pending: false });
      void write(draftId, p);
    }
    const known = isReplaying() ? docDrafts.get(s.docId) : undefined;
    void bind(known ?? newId(), s.docId);
  } else if (readOnly) {
    return;
  } else if (!draftId) {
    void bind(newId(), s.docId);
  }
  schedule();
}

/** Replaces the document with draft `id` from storage; false (and a message) when it cannot be read. */
async function load(id: string): Promise<boolean> {
  let raw: unknown;
  try {
    raw = await ctx.storage.load(id);
  } catch (e) {
    storageFailed(e);
    return false;
  }
  if (raw === undefined) {
    tell('That draft no longer exists; it may have been deleted in another tab.', 'error');
    return false;
  }
  const out = migrateDraft(raw, id);
  if (!out.ok) {
    tell(`Could not open the saved draft: ${out.error}. It is kept as it was.`, 'error');
    return false;
  }
  const { sourceText } = out.draft;
  let imported = null;
  try {
    imported = sourceText === null ? null : await importInBackground(sourceText);
  } catch (e) {
    tell(`Could not open the saved draft: its source text did not import (${e instanceof Error ? e.message : String(e)}).`, 'error');
    return false;
  }
  const docId = useSpecStore.getState().docId + 1;
  applying = true;
  try {
    useSpecStore.setState(stateFromDraft(out.draft, docId, imported));
  } finally {
    applying = false;
  }
  clearHistory();
  revs.set(id, out.draft.rev);
  created.set(id, out.draft.createdAt);
  docDrafts.set(docId, id);
  return true;
}

/** Opens draft `id` in this tab (read-only when another tab has it). */
export async function openDraft(id: string): Promise<void> {
  if (id === session().draftId) return;
  await flushDrafts();
  await queue;
  if (!(await load(id))) return;
  await bind(id, useSpecStore.getState().docId);
}

/** Makes this tab the one editing the open draft: the other tab saves, lets go and turns read-only. */
export async function takeOver(): Promise<void> {
  const id = session().draftId;
  if (!id || !ctx.tabs) return;
  await ctx.tabs.takeOver(id);
  await load(id);
  patch({ readOnly: null });
  tell('You are editing this draft in this tab now.');
}

function onTabMessage(m: Parameters<Parameters<Tabs['listen']>[0]>[0]) {
  const { draftId, readOnly } = session();
  if (m.type === 'changed') void refreshDrafts();
  if (m.type === 'saved') {
    // A read-only view follows the tab that edits the draft.
    if (m.id === draftId && readOnly && m.rev !== revs.get(m.id)) void load(m.id);
    void refreshDrafts();
  }
  if (m.type === 'release' && m.id === draftId && !readOnly) {
    void flushDrafts().then(() => {
      ctx.tabs?.release(m.id);
      becomeReadOnly('taken-over');
      ctx.tabs?.post({ type: 'released', id: m.id });
    });
  }
}

async function openStorage(): Promise<DraftStorage> {
  const idb = new IdbDraftStorage();
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('it did not answer')), PROBE_TIMEOUT_MS));
  try {
    await Promise.race([idb.probe(), timeout]);
    return idb;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    patch({ storage: { kind: 'memory', reason: `this browser keeps no storage for the page (${why})` } });
    tell('Drafts cannot be saved in this browser (private window or storage turned off). Your work stays in this tab only; download it before closing the tab.', 'error');
    return new MemoryDraftStorage();
  }
}

let started: Promise<void> | null = null;

/** Opens storage, restores the last draft and starts saving; resolves when the document is ready. Never rejects. */
export function startDrafts(): Promise<void> {
  started ??= (async () => {
    ctx.storage = await openStorage();
    if (ctx.storage.kind === 'indexeddb') {
      patch({ storage: { kind: 'browser', persistent: null } });
      void navigator.storage
        ?.persist?.()
        .then((persistent) => session().storage.kind === 'browser' && patch({ storage: { kind: 'browser', persistent } }))
        .catch(() => {});
    }
    const tabs = new Tabs();
    ctx.tabs = tabs;
    tabs.onLost = (id) => id === session().draftId && becomeReadOnly('taken-over');
    tabs.listen(onTabMessage);
    await refreshDrafts();
    try {
      const last = (await ctx.storage.last()) ?? session().drafts[0]?.id;
      if (last && (await load(last))) await bind(last, useSpecStore.getState().docId);
    } catch (e) {
      storageFailed(e);
    }
    useSpecStore.subscribe(onStoreChange);
    const flushSoon = () => void flushDrafts();
    window.addEventListener('pagehide', flushSoon);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushSoon());
  })().catch((e: unknown) => storageFailed(e));
  return started;
}
