import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { VALID, VALID_LINES } from '../fixtures/valid';
import { inOrder } from './order';

/** The valid spec with lines `a` and `b` (1-based, inclusive ranges) swapped as blocks. */
function swap(a: [number, number], b: [number, number]): string {
  const lines = [...VALID_LINES] as string[];
  const first = lines.slice(a[0] - 1, a[1]);
  const second = lines.slice(b[0] - 1, b[1]);
  return [...lines.slice(0, a[0] - 1), ...second, ...lines.slice(a[1], b[0] - 1), ...first, ...lines.slice(b[1])].join('\n');
}

describe('structure/section-order', () => {
  it('reports a section placed before one it should follow', () => {
    // Sections 6 (lines 108-121) and 7 (122-135) swapped: '## 7. Operations' is now at line 108.
    const found = hits(swap([108, 121], [122, 135]), 'structure/section-order');
    expect(where(found)).toEqual([{ rule: 'structure/section-order', severity: 'warning', line: 108, column: 1 }]);
    expect(found[0]!.message).toBe("Section '7. Operations' is out of the template's order; move it before '8. Compatibility' (line 136)");
  });
  it('reports a subsection out of order within its section', () => {
    // 1.1 Purpose (lines 7-10) and 1.2 Scope (11-15) swapped: '### 1.1 Purpose' is now at line 12.
    const found = hits(swap([7, 10], [11, 15]), 'structure/section-order');
    expect(where(found)).toEqual([{ rule: 'structure/section-order', severity: 'warning', line: 7, column: 1 }]);
    expect(found[0]!.message).toContain("Subsection '1.2 Scope' is out of the template's order; move it before '1.3 Design Goals'");
  });
  it('accepts the template order', () => {
    expect(hits(VALID, 'structure/section-order')).toEqual([]);
  });
});

describe('inOrder', () => {
  it('keeps a longest increasing run', () => {
    expect([...inOrder([0, 1, 5, 2, 3, 4])].sort()).toEqual([0, 1, 3, 4, 5]);
    expect(inOrder([]).size).toBe(0);
  });
});
