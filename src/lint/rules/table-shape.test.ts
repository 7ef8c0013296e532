import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { VALID, withLines } from '../fixtures/valid';

describe('table/header', () => {
  it('reports a renamed column at its header cell', () => {
    const found = hits(withLines({ 38: '| Package | Purpose |' }), 'table/header');
    expect(where(found)).toEqual([{ rule: 'table/header', severity: 'warning', line: 38, column: 3 }]);
    expect(found[0]!.message).toBe("Column 'Package' in '2.3 Dependencies' differs from the template's 'Crate'; rename it");
  });
  it('reports columns out of order at the table', () => {
    const md = withLines({ 38: '| Purpose | Crate |', 40: '| Async runtime | tokio |', 41: '| Serialization | serde |' });
    const found = hits(md, 'table/header');
    expect(where(found)).toEqual([{ rule: 'table/header', severity: 'warning', line: 38, column: 1 }]);
    expect(found[0]!.message).toContain("write them as '| Crate | Purpose |'");
  });
  it('reports a missing column', () => {
    const md = withLines({ 96: '| Variable | Description |', 97: '|---|---|', 98: '| CHAINFIRE_DATA_DIR | Data directory |', 99: '| CHAINFIRE_PORT | Listen port |' });
    const found = hits(md, 'table/header');
    expect(where(found)).toEqual([{ rule: 'table/header', severity: 'warning', line: 96, column: 1 }]);
    expect(found[0]!.message).toContain("has no 'Default' column");
  });
});

describe('table/extra-column', () => {
  it('reports a column the template lacks as info, at its header cell', () => {
    const md = withLines({ 38: '| Crate | Purpose | Version |', 39: '|---|---|---|', 40: '| tokio | Async runtime | 1 |', 41: '| serde | Serialization | 1 |' });
    const found = hits(md, 'table/extra-column');
    expect(where(found)).toEqual([{ rule: 'table/extra-column', severity: 'info', line: 38, column: 21 }]);
    expect(found[0]!.message).toContain("Column 'Version' in '2.3 Dependencies' is not in the template; it is kept");
  });
});

describe('table/cell-count', () => {
  it('reports a row with an extra cell at that cell', () => {
    const found = hits(withLines({ 41: '| serde | Serialization | 1.0 |' }), 'table/cell-count');
    expect(where(found)).toEqual([{ rule: 'table/cell-count', severity: 'error', line: 41, column: 27 }]);
    expect(found[0]!.message).toContain('has 3 cells but the header has 2');
  });
  it('explains a pipe inside a code span, at that pipe', () => {
    const found = hits(withLines({ 41: '| `a|b` | Serialization |' }), 'table/cell-count');
    expect(where(found)).toEqual([{ rule: 'table/cell-count', severity: 'error', line: 41, column: 5 }]);
    expect(found[0]!.message).toContain("a '|' inside a code span splits the cell: escape it as '\\|'");
  });
  it('reports a row with too few cells at the row', () => {
    const found = hits(withLines({ 41: '| serde |' }), 'table/cell-count');
    expect(where(found)).toEqual([{ rule: 'table/cell-count', severity: 'error', line: 41, column: 1 }]);
    expect(found[0]!.message).toContain('has 1 cells but the header has 2; add the missing cells');
  });
  it('counts escaped pipes as text, not separators', () => {
    expect(hits(withLines({ 41: '| serde | Ser\\|de |' }), 'table/cell-count')).toEqual([]);
    expect(hits(VALID, 'table/cell-count')).toEqual([]);
  });
});
