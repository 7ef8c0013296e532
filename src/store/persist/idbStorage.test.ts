/**
 * Drafts in IndexedDB (fake-indexeddb in Node): a draft is stored as a head plus one record per part of the
 * spec and one for the source text; an autosave writes only the parts that changed, and never trusts what it
 * last wrote once another writer has saved the draft.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptySpec, setAt, type Spec } from '../../spec';
import type { Draft } from './draft';
import { IdbDraftStorage, joinDraft, splitDraft } from './storage';

let dbName = '';
let seq = 0;
const puts: string[] = [];
const realPut = IDBObjectStore.prototype.put;

beforeEach(() => {
  dbName = `specwright-test-${++seq}`;
  puts.length = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    puts.push(String(key));
    return realPut.call(this, value, key);
  };
});
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

function specWithRows(title: string): Spec {
  let spec = createEmptySpec(title);
  spec = setAt(spec, 'appendix.errorCodes', [
    { code: 'E1', meaning: 'first' },
    { code: 'E2', meaning: 'second' },
  ]);
  return setAt(spec, 'overview.purpose', 'Stores blobs.');
}

const draft = (rev: number, spec: Spec, sourceText: string | null = '# Imported\n\ntext\n'): Draft => ({
  version: 1,
  id: 'd1',
  rev,
  name: null,
  spec,
  sourceText,
  fileName: 'blob.md',
  exportMode: sourceText === null ? 'canonical' : 'preserving',
  unexported: true,
  createdAt: 1,
  updatedAt: 100 + rev,
});

/** Every key in the test database, sorted. */
async function keys(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('drafts').objectStore('drafts').getAllKeys();
      req.onsuccess = () => {
        open.result.close();
        resolve((req.result as string[]).map(String).sort());
      };
    };
  });
}

/** Writes `value` at `key` directly, as another writer (or an older version) would. */
async function rawPut(key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => {
      const tx = open.result.transaction('drafts', 'readwrite');
      realPut.call(tx.objectStore('drafts'), value, key);
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}

describe('splitDraft / joinDraft', () => {
  it('give back the same draft, key order included, with and without source text', () => {
    for (const d of [draft(1, specWithRows('A')), draft(1, specWithRows('A'), null)]) {
      const { head, parts } = splitDraft(d);
      const joined = joinDraft(head, (name) => parts.get(name));
      expect(joined).toEqual(d);
      expect(Object.keys(joined.spec as object)).toEqual(Object.keys(d.spec));
      expect(JSON.stringify(head)).not.toContain('Stores blobs');
    }
  });
});

describe('IdbDraftStorage', () => {
  it('loads exactly what it saved, and lists it', async () => {
    const s = new IdbDraftStorage(dbName);
    const d = draft(1, specWithRows('Blob store'));
    expect(await s.save(d)).toBe('saved');
    expect(await s.load('d1')).toEqual(d);
    expect(await s.list()).toEqual([{ id: 'd1', name: null, title: 'Blob store', fileName: 'blob.md', updatedAt: 101, rev: 1, createdAt: 1 }]);
  });

  it('writes only the changed parts on the next save: one table edit does not rewrite the spec or the source', async () => {
    const s = new IdbDraftStorage(dbName);
    const first = draft(1, specWithRows('A'));
    await s.save(first);
    expect(puts).toContain('part:d1:appendix/errorCodes');
    expect(puts).toContain('part:d1:#source');
    puts.length = 0;

    const edited = setAt(first.spec, 'appendix.errorCodes[1].meaning', 'second, edited');
    await s.save(draft(2, edited));
    expect(puts.sort()).toEqual(['draft:d1', 'meta:d1', 'part:d1:appendix/errorCodes']);
    expect(((await s.load('d1')) as Draft).spec.appendix.errorCodes[1]!.meaning).toBe('second, edited');
  });

  it('deletes parts the draft no longer has (the source text of a draft that dropped it)', async () => {
    const s = new IdbDraftStorage(dbName);
    const spec = specWithRows('A');
    await s.save(draft(1, spec));
    expect(await keys()).toContain('part:d1:#source');
    await s.save(draft(2, spec, null));
    expect(await keys()).not.toContain('part:d1:#source');
    expect(((await s.load('d1')) as Draft).sourceText).toBeNull();
  });

  it('writes every part again after another writer saved the draft, even values equal to its own last write', async () => {
    const mine = new IdbDraftStorage(dbName);
    const theirs = new IdbDraftStorage(dbName);
    await mine.save(draft(1, specWithRows('A')));
    await theirs.save(draft(2, specWithRows('B')));
    // This tab took the draft back (it has seen revision 2) and sets the title to what it wrote at revision 1.
    await mine.save(draft(3, specWithRows('A')));
    expect(((await mine.load('d1')) as Draft).spec.title).toBe('A');
    expect(((await theirs.load('d1')) as Draft).spec.title).toBe('A');
  });

  it('refuses a write that did not see the latest revision, and writes nothing', async () => {
    const mine = new IdbDraftStorage(dbName);
    const theirs = new IdbDraftStorage(dbName);
    await mine.save(draft(1, specWithRows('A')));
    await theirs.save(draft(2, specWithRows('B')));
    puts.length = 0;
    expect(await mine.save(draft(2, specWithRows('stale')))).toBe('conflict');
    expect(puts).toEqual([]);
    expect(((await mine.load('d1')) as Draft).spec.title).toBe('B');
  });

  it('reads a draft written whole by an earlier version, and saves over it in parts', async () => {
    const s = new IdbDraftStorage(dbName);
    const old = draft(4, specWithRows('Old'));
    await s.probe(); // creates the database
    await rawPut('draft:d1', old);
    await rawPut('meta:d1', { id: 'd1', name: 'Kept name', title: 'Old', fileName: 'blob.md', updatedAt: 104 });
    expect(await s.load('d1')).toEqual(old);
    expect(await s.save(draft(5, specWithRows('New')))).toBe('saved');
    const loaded = (await s.load('d1')) as Draft;
    expect(loaded.spec.title).toBe('New');
    expect(loaded.rev).toBe(5);
    expect(JSON.stringify(await s.list())).toContain('New');
  });

  it('removes a draft with all its parts, and puts a removed draft back whole', async () => {
    const s = new IdbDraftStorage(dbName);
    const d = draft(1, specWithRows('A'));
    await s.save(d);
    await s.setLast('d1');
    const record = await s.load('d1');
    const [meta] = await s.list();
    await s.remove('d1');
    expect(await keys()).toEqual(['last']);
    await s.put('d1', record, meta!);
    expect(await s.load('d1')).toEqual(d);
    expect(await s.list()).toEqual([meta]);
    // The next autosave after the undo writes in parts as usual.
    expect(await s.save(draft(2, specWithRows('A2')))).toBe('saved');
    expect(((await s.load('d1')) as Draft).spec.title).toBe('A2');
  });

  it('keeps a name given by Rename when the editing tab saves again', async () => {
    const s = new IdbDraftStorage(dbName);
    await s.save(draft(1, specWithRows('A')));
    await s.rename('d1', 'My draft');
    await s.save(draft(2, specWithRows('A2')));
    expect(((await s.load('d1')) as Draft).name).toBe('My draft');
    expect((await s.list())[0]!.name).toBe('My draft');
  });
});
