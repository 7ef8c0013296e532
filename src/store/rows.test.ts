import { describe, expect, it } from 'vitest';
import { createEmptySpec, type Spec } from '../spec';
import { assignRowIds, blankRow, duplicateRow, insertRows, isBlankRow, moveRowTo, pasteRows, removeRow, type RowDoc } from './rows';

const ENV = 'configuration.envVars';
const env = (variable: string) => ({ variable, default: '', description: '' });

function docWith(vars: string[]): RowDoc {
  const spec: Spec = createEmptySpec('x');
  spec.configuration.envVars = vars.map(env);
  return { spec, ...assignRowIds(spec, 1) };
}

describe('row operations', () => {
  it('gives every row of every array field an id, none in the spec', () => {
    const d = docWith(['A', 'B']);
    expect(d.rowIds[ENV]).toEqual(['r1', 'r2']);
    expect(d.rowIds['appendix.glossary']).toEqual([]);
    expect(JSON.stringify(d.spec)).not.toContain('r1');
  });

  it('makes blank rows from the template columns', () => {
    expect(blankRow(ENV)).toEqual({ variable: '', default: '', description: '' });
    expect(blankRow('overview.designGoals')).toBe('');
    expect(() => blankRow('overview.purpose')).toThrow(/Cannot make a row/);
  });

  it('inserts rows with fresh ids at a place, leaving other rows shared', () => {
    const d = docWith(['A', 'B']);
    const e = insertRows(d, ENV, 1, [env('X'), env('Y')]);
    expect(e.spec.configuration.envVars.map((r) => r.variable)).toEqual(['A', 'X', 'Y', 'B']);
    expect(e.rowIds[ENV]).toEqual(['r1', 'r3', 'r4', 'r2']);
    expect(e.spec.configuration.envVars[0]).toBe(d.spec.configuration.envVars[0]);
    expect(d.spec.configuration.envVars).toHaveLength(2);
  });

  it('removes, duplicates and moves by id, ids following their rows', () => {
    const d = docWith(['A', 'B', 'C']);
    const removed = removeRow(d, ENV, 'r2');
    expect(removed.spec.configuration.envVars.map((r) => r.variable)).toEqual(['A', 'C']);
    expect(removed.rowIds[ENV]).toEqual(['r1', 'r3']);

    const dup = duplicateRow(d, ENV, 'r1');
    expect(dup.spec.configuration.envVars.map((r) => r.variable)).toEqual(['A', 'A', 'B', 'C']);
    expect(dup.rowIds[ENV]).toEqual(['r1', 'r4', 'r2', 'r3']);
    expect(dup.spec.configuration.envVars[1]).not.toBe(dup.spec.configuration.envVars[0]);

    const moved = moveRowTo(d, ENV, 'r3', 0);
    expect(moved.spec.configuration.envVars.map((r) => r.variable)).toEqual(['C', 'A', 'B']);
    expect(moved.rowIds[ENV]).toEqual(['r3', 'r1', 'r2']);
  });

  it('returns the same document when nothing changes', () => {
    const d = docWith(['A', 'B']);
    expect(moveRowTo(d, ENV, 'r1', -5)).toBe(d);
    expect(removeRow(d, ENV, 'nope')).toBe(d);
  });

  it('pastes into a blank row by filling it, after a filled row by inserting', () => {
    const d = docWith(['A', '']);
    const into = pasteRows(d, ENV, 'r2', [env('X'), env('Y')]);
    expect(into.spec.configuration.envVars.map((r) => r.variable)).toEqual(['A', 'X', 'Y']);
    expect(into.rowIds[ENV]).toEqual(['r1', 'r2', 'r3']);
    const after = pasteRows(d, ENV, 'r1', [env('X')]);
    expect(after.spec.configuration.envVars.map((r) => r.variable)).toEqual(['A', 'X', '']);
    expect(isBlankRow({ variable: ' ', extra: { Scope: '' } })).toBe(true);
    expect(isBlankRow({ variable: '', extra: { Scope: 'x' } })).toBe(false);
  });
});
