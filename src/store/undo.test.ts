import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptySpec } from '../spec';
import { editedLeaf } from './history';
import { docFor, useSpecStore } from './store';
import { clearHistory, redo, undo } from './undo';

const ENV = 'configuration.envVars';
const st = () => useSpecStore.getState();
const steps = () => useSpecStore.temporal.getState().pastStates.length;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  useSpecStore.setState(docFor(createEmptySpec('Chainfire')));
  clearHistory();
});
afterEach(() => vi.useRealTimers());

/** Types `text` at the end of the purpose one character at a time, `gapMs` apart, as a field reporting each keystroke does. */
function typeInto(text: string, gapMs = 100) {
  for (const ch of text) {
    vi.advanceTimersByTime(gapMs);
    st().setField('overview.purpose', st().spec.overview.purpose + ch);
  }
}

describe('undo history', () => {
  it('finds the one string an edit changed, and nothing for structural changes', () => {
    const a = createEmptySpec('x');
    const b = { ...a, overview: { ...a.overview, purpose: 'p' } };
    expect(editedLeaf(a, b)).toBe('overview.purpose');
    const c = { ...a, overview: { ...a.overview, purpose: 'p', designGoals: ['g'] } };
    expect(editedLeaf(a, c)).toBeNull();
    const rows = { ...a, configuration: { ...a.configuration, envVars: [{ variable: 'A', default: '', description: '' }] } };
    const edited = { ...rows, configuration: { ...rows.configuration, envVars: [{ variable: 'AB', default: '', description: '' }] } };
    expect(editedLeaf(rows, edited)).toBe('configuration.envVars.0.variable');
    expect(editedLeaf(a, rows)).toBeNull();
  });

  it('coalesces typing in one field into one step until a pause of a second', () => {
    typeInto('Stores');
    expect(steps()).toBe(1);
    vi.advanceTimersByTime(1500);
    typeInto(' things');
    expect(steps()).toBe(2);
    undo();
    expect(st().spec.overview.purpose).toBe('Stores');
    undo();
    expect(st().spec.overview.purpose).toBe('');
    expect(undo()).toBe(false);
    redo();
    redo();
    expect(st().spec.overview.purpose).toBe('Stores things');
  });

  it('starts a new step when another field is edited, however fast', () => {
    st().setField('overview.purpose', 'P');
    vi.advanceTimersByTime(10);
    st().setField('title', 'Chainfire DB');
    vi.advanceTimersByTime(10);
    st().setField('overview.purpose', 'PQ');
    expect(steps()).toBe(3);
    undo();
    expect(st().spec.overview.purpose).toBe('P');
    expect(st().spec.title).toBe('Chainfire DB');
  });

  it('undoes a row delete and a row move, restoring the row ids', () => {
    st().addRows(ENV, undefined, [
      { variable: 'A', default: '', description: '' },
      { variable: 'B', default: '', description: '' },
    ]);
    const ids = st().rowIds[ENV]!;
    st().moveRow(ENV, ids[1]!, -1);
    st().removeRow(ENV, ids[0]!);
    expect(st().spec.configuration.envVars.map((r) => r.variable)).toEqual(['B']);
    undo();
    expect(st().spec.configuration.envVars.map((r) => r.variable)).toEqual(['B', 'A']);
    expect(st().rowIds[ENV]).toEqual([ids[1], ids[0]]);
    undo();
    expect(st().rowIds[ENV]).toEqual(ids);
    redo();
    expect(st().rowIds[ENV]).toEqual([ids[1], ids[0]]);
  });

  it('undoes an import back to the document before it, file name and export mode included', () => {
    st().setField('overview.purpose', 'mine');
    const before = st();
    expect(st().importText('# Flaredb Specification\n\n## 1. Overview\n\n### 1.1 Purpose\n\nA database.\n', 'flaredb.md').ok).toBe(true);
    expect(st().exportMode).toBe('preserving');
    undo();
    const s = st();
    expect(s.spec).toBe(before.spec);
    expect(s.source).toBeNull();
    expect(s.file.name).toBeNull();
    expect(s.exportMode).toBe('canonical');
    expect(s.docId).toBe(before.docId);
    expect(s.dirty).toBe(true);
    redo();
    expect(st().spec.overview.purpose).toBe('A database.');
    expect(st().file.name).toBe('flaredb.md');
  });

  it('records no step for marking the document saved, and a new edit drops the redo steps', () => {
    st().setField('overview.purpose', 'a');
    st().markSaved({ name: 'x.md' });
    expect(steps()).toBe(1);
    undo();
    expect(useSpecStore.temporal.getState().futureStates).toHaveLength(1);
    st().setField('overview.purpose', 'b');
    expect(useSpecStore.temporal.getState().futureStates).toHaveLength(0);
    expect(redo()).toBe(false);
  });
});
