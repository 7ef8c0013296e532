import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { VALID, withLines } from '../fixtures/valid';

describe('structure/heading-text', () => {
  it('reports an alias at the heading name and gives the template heading', () => {
    const found = hits(withLines({ 16: '### 1.3 Key Design Goals' }), 'structure/heading-text');
    expect(where(found)).toEqual([{ rule: 'structure/heading-text', severity: 'warning', line: 16, column: 9 }]);
    expect(found[0]!.message).toBe("Heading '1.3 Key Design Goals' differs from the template's '1.3 Design Goals'; rename it to '### 1.3 Design Goals'");
  });
  it('reports a difference of case', () => {
    expect(where(hits(withLines({ 5: '## 1. overview' }), 'structure/heading-text'))).toEqual([
      { rule: 'structure/heading-text', severity: 'warning', line: 5, column: 7 },
    ]);
  });
  it('accepts every template heading', () => {
    expect(hits(VALID, 'structure/heading-text')).toEqual([]);
  });
});

describe('structure/heading-number', () => {
  it('reports a wrong number at the number', () => {
    const found = hits(withLines({ 16: '### 1.4 Design Goals' }), 'structure/heading-number');
    expect(where(found)).toEqual([{ rule: 'structure/heading-number', severity: 'warning', line: 16, column: 5 }]);
    expect(found[0]!.message).toContain("is numbered '1.4'; the template numbers it '1.3'");
  });
  it('reports a missing number at the heading', () => {
    const found = hits(withLines({ 21: '## Architecture' }), 'structure/heading-number');
    expect(where(found)).toEqual([{ rule: 'structure/heading-number', severity: 'warning', line: 21, column: 1 }]);
    expect(found[0]!.message).toContain("has no number; the template numbers it '2'; write '## 2. Architecture'");
  });
  it('reports a number on the appendix, which has none', () => {
    const found = hits(withLines({ 146: '## 9. Appendix' }), 'structure/heading-number');
    expect(where(found)).toEqual([{ rule: 'structure/heading-number', severity: 'warning', line: 146, column: 4 }]);
  });
  it('reports a number written in another style', () => {
    expect(where(hits(withLines({ 148: '### A) Error Codes' }), 'structure/heading-number'))).toEqual([
      { rule: 'structure/heading-number', severity: 'warning', line: 148, column: 5 },
    ]);
  });
});

describe('structure/heading-level', () => {
  it('reports a subsection written as a level-2 heading', () => {
    const found = hits(withLines({ 16: '## 1.3 Design Goals' }), 'structure/heading-level');
    expect(where(found)).toEqual([{ rule: 'structure/heading-level', severity: 'warning', line: 16, column: 1 }]);
    expect(found[0]!.message).toContain("is level 2; the template makes it level 3: '### 1.3 Design Goals'");
  });
});
