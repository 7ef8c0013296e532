import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportMarkdown, importMarkdown } from '../../markdown';
import { createEmptySpec } from '../../spec';
import { docFor, useSpecStore } from '../store';
import { draftFromState, stateFromDraft } from './convert';
import { draftSchema } from './draft';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/real');
const who = { id: 'd1', rev: 1, name: null, createdAt: 5 };
const exportOf = (s: { spec: never; source: never; exportMode: string }) =>
  s.exportMode === 'preserving' && s.source ? exportMarkdown(s.spec, { mode: 'preserving', source: s.source }) : exportMarkdown(s.spec, { mode: 'canonical' });

describe('drafts and documents', () => {
  it('gives back an edited import with the same spec, file, export mode and exact export', () => {
    const text = readFileSync(resolve(CORPUS, '11-baud-server-spec.md'), 'utf8');
    useSpecStore.setState(docFor(createEmptySpec()));
    expect(useSpecStore.getState().importText(text, '11-baud-server-spec.md').ok).toBe(true);
    useSpecStore.getState().setField('overview.purpose', 'Edited purpose ✓');
    const before = useSpecStore.getState();

    const draft = draftFromState(before, who, 1234);
    // What goes to storage is plain, schema-valid data (structured clone would throw on anything else).
    expect(draftSchema.parse(structuredClone(draft))).toEqual(draft);
    expect(draft.sourceText).toBe(text);

    const after = stateFromDraft(structuredClone(draft), 42, importMarkdown(draft.sourceText!));
    expect(after.spec).toEqual(before.spec);
    expect(after.file).toEqual({ name: '11-baud-server-spec.md', handleId: null });
    expect(after.exportMode).toBe('preserving');
    expect(after.dirty).toBe(true);
    expect(after.docId).toBe(42);
    expect(exportOf(after as never)).toBe(exportOf(before as never));
    expect(exportOf(after as never)).toContain('Edited purpose ✓');
  });

  it('gives back a new spec in canonical form', () => {
    const s = docFor(createEmptySpec('Chainfire'), { dirty: false });
    const after = stateFromDraft(draftFromState(s, who, 1), 1, null);
    expect(after.source).toBeNull();
    expect(after.exportMode).toBe('canonical');
    expect(after.spec).toEqual(s.spec);
    expect(after.dirty).toBe(false);
  });
});
