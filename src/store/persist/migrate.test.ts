import { describe, expect, it } from 'vitest';
import { createEmptySpec } from '../../spec';
import { DRAFT_VERSION } from './draft';
import { migrateDraft } from './migrate';

describe('migrateDraft', () => {
  it('upgrades a version 0 draft (no version field, text under `markdown`) to the current version', () => {
    const spec = createEmptySpec('Chainfire');
    spec.overview.purpose = 'Stores chains.';
    const v0 = { spec, markdown: '# Chainfire Specification\n', fileName: 'chainfire.md', savedAt: 1_700_000_000_000 };
    const out = migrateDraft(v0, 'd1');
    expect(out).toEqual({
      ok: true,
      from: 0,
      draft: {
        version: DRAFT_VERSION,
        id: 'd1',
        rev: 0,
        name: null,
        spec,
        sourceText: '# Chainfire Specification\n',
        fileName: 'chainfire.md',
        exportMode: 'preserving',
        unexported: true,
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
      },
    });
  });

  it('gives a version 0 draft without source text the canonical export mode', () => {
    const out = migrateDraft({ spec: createEmptySpec('X') }, 'd2');
    expect(out.ok && out.draft.exportMode).toBe('canonical');
    expect(out.ok && out.draft.sourceText).toBeNull();
  });

  it('reads a current draft as it is', () => {
    const draft = {
      version: 1,
      id: 'd3',
      rev: 7,
      name: 'Mine',
      spec: createEmptySpec('Y'),
      sourceText: null,
      fileName: null,
      exportMode: 'canonical',
      unexported: false,
      createdAt: 1,
      updatedAt: 2,
    };
    expect(migrateDraft(draft, 'd3')).toEqual({ ok: true, from: 1, draft });
  });

  it('reports, without throwing, drafts it cannot read: damaged, newer, or not a draft', () => {
    const damaged = migrateDraft({ spec: { ...createEmptySpec('Z'), meta: { version: 2, status: '', lastUpdated: '' } } }, 'd4');
    expect(damaged).toEqual({ ok: false, error: expect.stringContaining('spec.meta.version') });
    expect(migrateDraft({ version: 9, spec: {} }, 'd5')).toEqual({ ok: false, error: expect.stringContaining('newer Specwright') });
    expect(migrateDraft('hello', 'd6')).toEqual({ ok: false, error: 'it is not a Specwright draft' });
    expect(migrateDraft({ version: 0, markdown: 5 }, 'd7')).toEqual({ ok: false, error: expect.stringContaining('markdown') });
  });
});
