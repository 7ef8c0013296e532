import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptySpec } from '../spec';

// The importer is the lead's; here only the store's handling of its outcome matters.
const importMarkdown = vi.hoisted(() => vi.fn());
vi.mock('../markdown', () => ({ importMarkdown }));

const { docFor, useSpecStore } = await import('./store');
const ENV = 'configuration.envVars';

beforeEach(() => useSpecStore.setState(docFor(createEmptySpec())));

describe('document store', () => {
  it('starts a new spec named after the component, canonical and clean', () => {
    const before = useSpecStore.getState().docId;
    useSpecStore.getState().newSpec('  Chainfire ');
    const s = useSpecStore.getState();
    expect(s.spec.title).toBe('Chainfire');
    expect(s.exportMode).toBe('canonical');
    expect(s.dirty).toBe(false);
    expect(s.docId).toBe(before + 1);
  });

  it('sets fields by path and marks the document dirty, ignoring unchanged values', () => {
    const { setField } = useSpecStore.getState();
    const spec = useSpecStore.getState().spec;
    setField('overview.purpose', '');
    expect(useSpecStore.getState().spec).toBe(spec);
    expect(useSpecStore.getState().dirty).toBe(false);
    setField('overview.purpose', 'Stores things.');
    setField(['meta', 'extra', 'Owner.Team'], 'core');
    const s = useSpecStore.getState();
    expect(s.spec.overview.purpose).toBe('Stores things.');
    expect(s.spec.meta.extra).toEqual({ 'Owner.Team': 'core' });
    expect(s.dirty).toBe(true);
  });

  it('adds, moves and removes rows with their ids', () => {
    const st = () => useSpecStore.getState();
    st().addRows(ENV);
    st().addRows(ENV, undefined, [{ variable: 'B', default: '', description: '' }]);
    const [a, b] = st().rowIds[ENV]!;
    st().moveRow(ENV, b!, -1);
    expect(st().rowIds[ENV]).toEqual([b, a]);
    expect(st().spec.configuration.envVars.map((r) => r.variable)).toEqual(['B', '']);
    st().removeRow(ENV, b!);
    expect(st().spec.configuration.envVars).toEqual([{ variable: '', default: '', description: '' }]);
  });

  it('loads an import in preserving mode with its diagnostics and file name', () => {
    const spec = createEmptySpec('Chainfire');
    spec.appendix.errorCodes = [{ code: 'E1', meaning: 'bad' }];
    const diagnostics = [{ rule: 'import/x', severity: 'info', message: 'kept', line: 1, column: 1 }];
    importMarkdown.mockReturnValueOnce({ spec, diagnostics, source: { text: '# Chainfire' } });
    useSpecStore.getState().setField('overview.purpose', 'unsaved');
    const out = useSpecStore.getState().importText('# Chainfire', 'chainfire.md');
    const s = useSpecStore.getState();
    expect(out).toEqual({ ok: true, diagnostics });
    expect(s.exportMode).toBe('preserving');
    expect(s.file).toEqual({ name: 'chainfire.md', handleId: null });
    expect(s.rowIds['appendix.errorCodes']).toHaveLength(1);
    expect(s.dirty).toBe(false);
  });

  it('keeps the current work when the import fails', () => {
    importMarkdown.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    useSpecStore.getState().setField('overview.purpose', 'my work');
    const before = useSpecStore.getState();
    const out = useSpecStore.getState().importText('junk', 'junk.md');
    expect(out).toEqual({ ok: false, error: 'boom' });
    expect(useSpecStore.getState()).toBe(before);
  });
});
