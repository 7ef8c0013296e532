import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { VALID, withLines } from '../fixtures/valid';

describe('content/empty-field', () => {
  it('reports a subsection with no content at its heading', () => {
    const found = hits(withLines({ 116: null }), 'content/empty-field');
    expect(where(found)).toEqual([{ rule: 'content/empty-field', severity: 'warning', line: 114, column: 1 }]);
    expect(found[0]!.message).toBe("Subsection '6.2 Authorization' is empty; write what callers may do");
  });
  it('reports one empty key of a key-value field', () => {
    const found = hits(withLines({ 14: null }), 'content/empty-field');
    expect(where(found)).toEqual([{ rule: 'content/empty-field', severity: 'warning', line: 11, column: 1 }]);
    expect(found[0]!.message).toContain("'Out of scope' in '1.2 Scope' is empty");
  });
  it('reports an empty metadata value', () => {
    const found = hits(withLines({ 3: '> Version: 1.2 | Status: | Last Updated: 2026-01-15' }), 'content/empty-field');
    expect(where(found)).toEqual([{ rule: 'content/empty-field', severity: 'warning', line: 3, column: 26 }]);
  });
  it('does not call a field written in the wrong form empty (the importer reports that)', () => {
    const md = withLines({ 38: 'Tokio and serde.', 39: null, 40: null, 41: null });
    expect(hits(md, 'content/empty-field')).toEqual([]);
    expect(where(hits(md, 'import/field-form'))).toEqual([{ rule: 'import/field-form', severity: 'warning', line: 38, column: 1 }]);
  });
});

describe('content/placeholder', () => {
  it("reports a field still holding the template's text", () => {
    const found = hits(withLines({ 9: 'Brief description of what this component does and why it exists.' }), 'content/placeholder');
    expect(where(found)).toEqual([{ rule: 'content/placeholder', severity: 'warning', line: 9, column: 1 }]);
    expect(found[0]!.message).toContain("still holds the template's placeholder text; replace it");
  });
  it('reports a key-value hint left in place, at the value', () => {
    expect(where(hits(withLines({ 82: '- **Key format**: Describe key structure' }), 'content/placeholder'))).toEqual([
      { rule: 'content/placeholder', severity: 'warning', line: 82, column: 19 },
    ]);
  });
  it('reports a `...` row and a sample goal', () => {
    const md = withLines({ 19: ['- Simple operations', '- Goal 3'], 41: ['| serde | Serialization |', '| ... | ... |'] });
    expect(where(hits(md, 'content/placeholder'))).toEqual([
      { rule: 'content/placeholder', severity: 'warning', line: 20, column: 1 },
      { rule: 'content/placeholder', severity: 'warning', line: 43, column: 1 },
    ]);
  });
  it('does not call a placeholder field empty', () => {
    expect(hits(withLines({ 9: 'Brief description of what this component does and why it exists.' }), 'content/empty-field')).toEqual([]);
  });
});

describe('content/code-language', () => {
  it('reports a block in another language at its fence', () => {
    const found = hits(withLines({ 55: '```c' }), 'content/code-language');
    expect(where(found)).toEqual([{ rule: 'content/code-language', severity: 'warning', line: 55, column: 1 }]);
    expect(found[0]!.message).toBe("The code block in '3.2 Public Traits' is marked 'c'; the template's is rust: open it with ```rust");
  });
  it('reports a block without a language', () => {
    expect(where(hits(withLines({ 88: '```' }), 'content/code-language'))).toEqual([
      { rule: 'content/code-language', severity: 'warning', line: 88, column: 1 },
    ]);
  });
  it('accepts the known aliases (rs, proto)', () => {
    expect(hits(withLines({ 47: '```proto', 55: '```rs' }), 'content/code-language')).toEqual([]);
    expect(hits(VALID, 'content/code-language')).toEqual([]);
  });
});
