import { describe, expect, it } from 'vitest';
import { createEmptySpec } from '../../spec';
import type { Draft } from './draft';
import { MemoryDraftStorage } from './storage';

const draft = (rev: number, title = 'A', at = rev): Draft => ({
  version: 1,
  id: 'd1',
  rev,
  name: null,
  spec: createEmptySpec(title),
  sourceText: null,
  fileName: null,
  exportMode: 'canonical',
  unexported: true,
  createdAt: 1,
  updatedAt: at,
});

describe('draft storage (in memory; IndexedDB follows the same rules, checked in e2e)', () => {
  it('refuses a write that did not see the latest revision', async () => {
    const s = new MemoryDraftStorage();
    expect(await s.save(draft(1))).toBe('saved');
    expect(await s.save(draft(2, 'B'))).toBe('saved');
    // A second tab that last saw revision 1 tries to write its revision 2.
    expect(await s.save(draft(2, 'stale'))).toBe('conflict');
    expect(((await s.load('d1')) as Draft).spec.title).toBe('B');
  });

  it('keeps a name given by Rename when the editing tab saves again', async () => {
    const s = new MemoryDraftStorage();
    await s.save(draft(1));
    await s.rename('d1', 'My draft');
    await s.save(draft(2, 'A2'));
    expect(((await s.load('d1')) as Draft).name).toBe('My draft');
    expect(await s.list()).toEqual([{ id: 'd1', name: 'My draft', title: 'A2', fileName: null, updatedAt: 2, rev: 2, createdAt: 1 }]);
  });

  it('lists newest first, and a removed draft can be put back', async () => {
    const s = new MemoryDraftStorage();
    await s.save({ ...draft(1), id: 'old', updatedAt: 10 });
    await s.save({ ...draft(1), id: 'new', updatedAt: 20 });
    expect((await s.list()).map((m) => m.id)).toEqual(['new', 'old']);
    const record = await s.load('old');
    const [, meta] = await s.list();
    await s.remove('old');
    expect((await s.list()).map((m) => m.id)).toEqual(['new']);
    await s.put('old', record, meta!);
    expect((await s.list()).map((m) => m.id)).toEqual(['new', 'old']);
  });
});
