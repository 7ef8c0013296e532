/**
 * Edge module: where drafts are kept. IndexedDB (through idb-keyval) when the browser allows it, otherwise
 * a Map that lasts as long as the tab. Invariants: a save is refused, not applied, when the stored revision
 * is not the one the writer last saw (another tab wrote meanwhile), so no tab overwrites another's edits
 * unseen; a save never changes a draft's given name or creation time (Rename may run in another tab); a
 * draft, its parts and its list entry are written in one transaction.
 *
 * In IndexedDB a draft is a small head record plus one record per part of the spec (each subsection's value,
 * the title, ...) and one for the imported source text. An autosave writes the head and only the parts whose
 * value is not the very object this tab last wrote: typing in one table cell of a 1 MB spec clones that
 * table, not the whole spec and its source text, on the main thread (docs/performance.md). Records written
 * whole (by earlier versions) are read as they are.
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
const partKey = (id: string, part: string) => `part:${id}:${part}`;
const partRange = (id: string) => IDBKeyRange.bound(`part:${id}:`, `part:${id}:\uffff`);
/** The part that holds the imported source text. */
const SOURCE_PART = '#source';

/**
 * Where each part goes in the spec, in the spec's key order: `[key]` is a top-level value, `[key, null]` an
 * object whose entries are parts of their own, `[key, sub]` one of those entries.
 */
type LayoutEntry = [string] | [string, string | null];

/** The head of a draft stored in parts: the draft without its spec and source text. */
interface DraftHead extends Omit<Draft, 'spec' | 'sourceText'> {
  layout: LayoutEntry[];
  hasSource: boolean;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const partName = (entry: LayoutEntry) => (entry.length === 1 ? entry[0] : `${entry[0]}/${entry[1]}`);

/** `draft` as a head and its parts (name -> value). Pure. */
export function splitDraft(draft: Draft): { head: DraftHead; parts: Map<string, unknown> } {
  const { spec, sourceText, ...rest } = draft;
  const layout: LayoutEntry[] = [];
  const parts = new Map<string, unknown>();
  for (const [key, value] of Object.entries(spec)) {
    if (isPlainObject(value)) {
      layout.push([key, null]);
      for (const [sub, subValue] of Object.entries(value)) {
        const entry: LayoutEntry = [key, sub];
        layout.push(entry);
        parts.set(partName(entry), subValue);
      }
    } else {
      layout.push([key]);
      parts.set(partName([key]), value);
    }
  }
  if (sourceText !== null) parts.set(SOURCE_PART, sourceText);
  return { head: { ...rest, layout, hasSource: sourceText !== null }, parts };
}

/** The draft record of a head and its parts, as `splitDraft` took it apart. Pure. */
export function joinDraft(head: DraftHead, part: (name: string) => unknown): Record<string, unknown> {
  const { layout, hasSource, ...rest } = head;
  const spec: Record<string, unknown> = {};
  for (const entry of layout) {
    if (entry.length === 1) spec[entry[0]] = part(partName(entry));
    else if (entry[1] === null) spec[entry[0]] = {};
    else (spec[entry[0]] as Record<string, unknown>)[entry[1]] = part(partName(entry));
  }
  return { ...rest, spec, sourceText: hasSource ? part(SOURCE_PART) : null };
}

const isHead = (record: unknown): record is DraftHead => isPlainObject(record) && Array.isArray(record.layout) && !('spec' in record);
const LAST = 'last';
const newestFirst = (a: DraftMeta, b: DraftMeta) => b.updatedAt - a.updatedAt;

/** The record to write: `draft`, keeping the stored name and creation time; null on a revision conflict. */
function merged(old: Partial<Pick<Draft, 'rev' | 'name' | 'createdAt'>> | undefined, draft: Draft): Draft | null {
  if (old && typeof old.rev === 'number' && old.rev !== draft.rev - 1) return null;
  return old ? { ...draft, name: old.name ?? null, createdAt: old.createdAt ?? draft.createdAt } : draft;
}

/**
 * Drafts in IndexedDB database `specwright`, one object store of `draft:<id>` (the head), `part:<id>:<part>`,
 * `meta:<id>` and `last` keys.
 */
export class IdbDraftStorage implements DraftStorage {
  readonly kind = 'indexeddb';
  private readonly db: UseStore;
  /**
   * Per draft, the revision this tab last wrote and its part values (the objects themselves, compared by
   * identity). Trusted only while the stored revision is still that one: after another tab's write, every
   * part is written again.
   */
  private readonly written = new Map<string, { rev: number; parts: Map<string, unknown> }>();

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
    return this.db('readonly', async (s) => {
      const record: unknown = await promisifyRequest(s.get(draftKey(id)));
      if (!isHead(record)) return record;
      const [keys, values] = await Promise.all([promisifyRequest(s.getAllKeys(partRange(id))), promisifyRequest(s.getAll(partRange(id)))]);
      const prefix = partKey(id, '').length;
      const parts = new Map(keys.map((k, i) => [String(k).slice(prefix), values[i]]));
      return joinDraft(record, (name) => parts.get(name));
    });
  }

  save(draft: Draft): Promise<SaveOutcome> {
    const { head, parts } = splitDraft(draft);
    return this.db('readwrite', async (s) => {
      // The meta beside the draft carries its revision: reading it, not the draft, keeps an autosave of a
      // 1 MB spec from deserializing megabytes on the main thread every time (docs/performance.md).
      const meta = (await promisifyRequest(s.get(metaKey(draft.id)))) as DraftMeta | undefined;
      const cached = this.written.get(draft.id);
      const known = cached && typeof meta?.rev === 'number' && meta.rev === cached.rev ? cached.parts : undefined;
      // Otherwise read the head too (small), for the revision and the parts the stored draft has.
      const stored: unknown = known ? undefined : await promisifyRequest(s.get(draftKey(draft.id)));
      const record = merged((stored as Partial<Draft> | undefined) ?? meta, draft);
      if (!record) {
        this.written.delete(draft.id);
        return 'conflict';
      }
      // Parts the stored draft has and this one does not (a section gone, the source text dropped).
      const stale = known ? [...known.keys()] : isHead(stored) ? [...stored.layout.map(partName), SOURCE_PART] : [];
      for (const name of stale) if (!parts.has(name)) s.delete(partKey(draft.id, name));
      for (const [name, value] of parts) if (!known || known.get(name) !== value) s.put(value, partKey(draft.id, name));
      s.put({ ...head, name: record.name, createdAt: record.createdAt }, draftKey(draft.id));
      s.put(metaOf(record), metaKey(draft.id));
      await promisifyRequest(s.transaction);
      this.written.set(draft.id, { rev: record.rev, parts });
      return 'saved';
    });
  }

  put(id: string, record: unknown, meta: DraftMeta): Promise<void> {
    this.written.delete(id);
    return this.db('readwrite', (s) => {
      s.delete(partRange(id));
      const whole = isPlainObject(record) && isPlainObject(record.spec) ? splitDraft(record as Draft) : null;
      if (whole) {
        for (const [name, value] of whole.parts) s.put(value, partKey(id, name));
        const { spec: _spec, sourceText: _source, ...kept } = record as Draft;
        s.put({ ...kept, layout: whole.head.layout, hasSource: whole.head.hasSource }, draftKey(id));
      } else {
        s.put(record, draftKey(id));
      }
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
    this.written.delete(id);
    return this.db('readwrite', (s) => {
      s.delete(draftKey(id));
      s.delete(partRange(id));
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
