import { describe, expect, it } from 'vitest';
import { createEmptySpec, type Spec } from '../spec';
import { setValue } from './set-value';

function sample(): Spec {
  const spec = createEmptySpec('Chainfire');
  spec.meta.status = 'Draft';
  spec.overview.designGoals = ['Fast'];
  spec.architecture.dependencies = [{ crate: 'tokio', purpose: 'Async runtime' }];
  return spec;
}

describe('setValue', () => {
  it('sets a string field to the value as given, even when it looks like JSON', () => {
    expect(setValue(sample(), 'meta.status', 'Approved').meta.status).toBe('Approved');
    expect(setValue(sample(), 'meta.version', '2').meta.version).toBe('2');
    expect(setValue(sample(), 'architecture.dependencies[0].purpose', 'Async I/O').architecture.dependencies).toEqual([
      { crate: 'tokio', purpose: 'Async I/O' },
    ]);
  });

  it('leaves the input spec untouched', () => {
    const spec = sample();
    setValue(spec, 'meta.status', 'Approved');
    expect(spec.meta.status).toBe('Draft');
  });

  it('takes JSON for a field that is not a string', () => {
    expect(setValue(sample(), 'overview.designGoals', '["A","B"]').overview.designGoals).toEqual(['A', 'B']);
    expect(() => setValue(sample(), 'overview.designGoals', 'A, B')).toThrow("VALUE for 'overview.designGoals' must be JSON");
  });

  it('adds a row at the index after the last, with the other columns empty', () => {
    const next = setValue(sample(), 'architecture.dependencies[1].crate', 'serde');
    expect(next.architecture.dependencies).toEqual([
      { crate: 'tokio', purpose: 'Async runtime' },
      { crate: 'serde', purpose: '' },
    ]);
    expect(setValue(sample(), 'appendix.errorCodes[0]', '{"code":"E1"}').appendix.errorCodes).toEqual([{ code: 'E1', meaning: '' }]);
    expect(setValue(sample(), 'overview.designGoals[1]', 'Simple').overview.designGoals).toEqual(['Fast', 'Simple']);
  });

  it('rejects paths the spec does not have, saying what is there', () => {
    expect(() => setValue(sample(), 'overview.purpos', 'x')).toThrow(
      "PATH 'overview.purpos' is not in the spec: overview has purpose, scope, designGoals",
    );
    expect(() => setValue(sample(), 'architecture.dependencies[2].crate', 'x')).toThrow(
      'architecture.dependencies has 1 entry ([0] to [0]); [1] adds one',
    );
    expect(() => setValue(sample(), 'architecture.dependencies[1].version', 'x')).toThrow(
      'rows of architecture.dependencies have crate, purpose',
    );
    expect(() => setValue(sample(), 'extras[0].markdown', 'x')).toThrow("PATH 'extras[0].markdown' is not in the spec");
    expect(() => setValue(sample(), 'nope', 'x')).toThrow("PATH 'nope' is not in the spec: the spec has title, meta,");
  });

  it('rejects a malformed path', () => {
    expect(() => setValue(sample(), 'meta..status', 'x')).toThrow("PATH 'meta..status' is malformed");
  });
});
