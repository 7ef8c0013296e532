import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { VALID, withLines } from '../fixtures/valid';

describe('structure/missing-title', () => {
  it('reports a spec without a title heading at 1:1', () => {
    const found = hits(withLines({ 1: 'Chainfire notes', 2: null }), 'structure/missing-title');
    expect(where(found)).toEqual([{ rule: 'structure/missing-title', severity: 'warning', line: 1, column: 1 }]);
    expect(found[0]!.message).toMatch(/add '# .* Specification' as its first line/);
  });
  it('says nothing when the title is there', () => {
    expect(hits(VALID, 'structure/missing-title')).toEqual([]);
  });
});

describe('structure/title-format', () => {
  it('reports a title without the " Specification" suffix and gives the fixed title', () => {
    const found = hits(withLines({ 1: '# Chainfire Design' }), 'structure/title-format');
    expect(where(found)).toEqual([{ rule: 'structure/title-format', severity: 'warning', line: 1, column: 1 }]);
    expect(found[0]!.message).toContain("write it as '# Chainfire Design Specification'");
  });
  it('leaves the placeholder title to content/placeholder', () => {
    const md = withLines({ 1: '# [Component Name] Specification' });
    expect(hits(md, 'structure/title-format')).toEqual([]);
    expect(where(hits(md, 'content/placeholder'))).toEqual([{ rule: 'content/placeholder', severity: 'warning', line: 1, column: 1 }]);
  });
});
