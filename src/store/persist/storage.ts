/**
 * Edge module: where drafts are kept. IndexedDB (through idb-keyval) when the browser allows it, otherwise
 * a Map that lasts as long as the tab. Invariants: a save is refused, not applied, when the stored revision
 * is not the one the writer last saw (another tab wrote meanwhile), so no tab overwrites another's edits
 * unseen; a save never changes a draft's given name or creation time (Rename may run in another tab); a
 * draft and its list entry are written in one transaction.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { metaOf, type Draft, type DraftMeta } from './draft';

export type SaveOutcome = 'saved' | 'conflict';

/** Storage for drafts. Every method may reject (quota full, storage gone); callers report it. */
export interface DraftStorage {
  readonly kind: 'indexeddb' | 'memory';
  /** List entries of every draft, newest first. */
  list(): Promise<DraftMeta[]>;
  /** The stored record as written (any version), or undefined. */
  load(id: string): Promise<unknown>;
  /** Writes `draft` if the stored revision is `draft.rev - 1` (or there is none). */
  save(draft: Draft): Promise<SaveOutcome>;
  /** Puts a record back as it was (undo of a delete). */
  put(id: string, record: unknown, meta: DraftMeta): Promise<void>;
  rename(id: string, name: string | null): Promise<void>;
  remove(id: string): Promise<void>;
  /** The draft opened last, in any tab. */
  last(): Promise<string | null>;
  setLast(id: string): Promise<void>;
}

const draftKey = (id: string) => `draft:${id}`;
const metaKey = (id: string) => `meta:${id}`;
const LAST = 'last';
const newestFirst = (a: DraftMeta, b: DraftMeta) => b.updatedAt - a.updatedAt;

/** The record to write: `draft`, keeping the stored name and creation time; null on a revision conflict. */
function merged(old: Partial<Pick<Draft, 'rev' | 'name' | 'createdAt'>> | undefined, draft: Draft): Draft | null {
  if (old && typeof old.rev === 'number' && old.rev !== draft.rev - 1) return null;
  return old ? { ...draft, name: old.name ?? null, createdAt: old.createdAt ?? draft.createdAt } : draft;
}

/** Drafts in IndexedDB database `specwright`, one object store of `draft:<id>`, `meta:<id>` and `last` keys. */
export class IdbDraftStorage implements DraftStorage {
  readonly kind = 'indexeddb';
  private readonly db: UseStore;

  constructor(dbName = 'specwright') {
    this.db = createStore(dbName, 'drafts');
  }

  /** Resolves once the database opens and answers; rejects where IndexedDB is missing or refused. */
  async probe(): Promise<void> {
    if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('IndexedDB is not available');
    await this.db('readonly', (s) => promisifyRequest(s.count()));
  }

  list(): Promise<DraftMeta[]> {
    return this.db('readonly', async (s) => {
      const range = IDBKeyRange.bound('meta:', 'meta:\uffff');
      const metas = (await promisifyRequest(s.getAll(range))) as DraftMeta[];
      return metas.sort(newestFirst);
    });
  }

  load(id: string): Promise<unknown> {
    return this.db('readonly', (s) => promisifyRequest(s.get(draftKey(id))));
  }

  save(draft: Draft): Promise<SaveOutcome> {
    return this.db('readwrite', async (s) => {
      // The meta beside the draft carries its revision: reading it, not the draft, keeps an autosave of a
      // 1 MB spec from deserializing megabytes on the main thread every time (docs/performance.md).
      const meta = (await promisifyRequest(s.get(metaKey(draft.id)))) as DraftMeta | undefined;
      const old = typeof meta?.rev === 'number' ? meta : ((await promisifyRequest(s.get(draftKey(draft.id)))) as Draft | undefined);
      const record = merged(old, draft);
      if (!record) return 'conflict';
      s.put(record, draftKey(draft.id));
      s.put(metaOf(record), metaKey(draft.id));
      await promisifyRequest(s.transaction);
      return 'saved';
    });
  }

  put(id: string, record: unknown, meta: DraftMeta): Promise<void> {
    return this.db('readwrite', (s) => {
      s.put(record, draftKey(id));
      s.put(meta, metaKey(id));
      return promisifyRequest(s.transaction);
    });
  }

  rename(id: string, name: string | null): Promise<void> {
    return this.db('readwrite', async (s) => {
      const [draft, meta] = await Promise.all([promisifyRequest(s.get(draftKey(id))), promisifyRequest(s.get(metaKey(id)))]);
      if (draft && typeof draft === 'object') s.put({ ...draft, name }, draftKey(id));
      if (meta && typeof meta === 'object') s.put({ ...meta, name }, metaKey(id));
      await promisifyRequest(s.transaction);
    });
  }

  remove(id: string): Promise<void> {
    return this.db('readwrite', (s) => {
      s.delete(draftKey(id));
      s.delete(metaKey(id));
      return promisifyRequest(s.transaction);
    });
  }

  async last(): Promise<string | null> {
    const v = await this.db('readonly', (s) => promisifyRequest(s.get(LAST)));
    return typeof v === 'string' ? v : null;
  }

  setLast(id: string): Promise<void> {
    return this.db('readwrite', (s) => {
      s.put(id, LAST);
      return promisifyRequest(s.transaction);
    });
  }
}

/** Drafts in this tab's memory only: used when the browser keeps no storage for the page. */
export class MemoryDraftStorage implements DraftStorage {
  readonly kind = 'memory';
  private readonly drafts = new Map<string, unknown>();
  private readonly metas = new Map<string, DraftMeta>();
  private lastId: string | null = null;

  async list(): Promise<DraftMeta[]> {
    return [...this.metas.values()].sort(newestFirst);
  }
  async load(id: string): Promise<unknown> {
    return structuredClone(this.drafts.get(id));
  }
  async save(draft: Draft): Promise<SaveOutcome> {
    const record = merged(this.drafts.get(draft.id) as Draft | undefined, draft);
    if (!record) return 'conflict';
    this.drafts.set(draft.id, structuredClone(record));
    this.metas.set(draft.id, metaOf(record));
    return 'saved';
  }
  async put(id: string, record: unknown, meta: DraftMeta): Promise<void> {
    this.drafts.set(id, structuredClone(record));
    this.metas.set(id, meta);
  }
  async rename(id: string, name: string | null): Promise<void> {
    const d = this.drafts.get(id);
    if (d && typeof d === 'object') this.drafts.set(id, { ...d, name });
    const m = this.metas.get(id);
    if (m) this.metas.set(id, { ...m, name });
  }
  async remove(id: string): Promise<void> {
    this.drafts.delete(id);
    this.metas.delete(id);
  }
  async last(): Promise<string | null> {
    return this.lastId;
  }
  async setLast(id: string): Promise<void> {
    this.lastId = id;
  }
}
