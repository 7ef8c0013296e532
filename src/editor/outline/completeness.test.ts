import { describe, expect, it } from 'vitest';
import { createEmptySpec, TEMPLATE } from '../../spec';
import { filledCount, isFilled } from './completeness';

describe('completeness', () => {
  it('counts only subsections with text', () => {
    const spec = createEmptySpec('X');
    const overview = TEMPLATE.find((s) => s.id === 'overview')!;
    expect(filledCount(spec, overview)).toBe(0);
    spec.overview.purpose = 'Why.';
    spec.overview.scope.outOfScope = 'Billing';
    spec.overview.designGoals = ['  '];
    expect(filledCount(spec, overview)).toBe(2);
  });
  it('treats blank rows and whitespace as empty', () => {
    expect(isFilled([{ variable: ' ', default: '' }])).toBe(false);
    expect(isFilled([{ variable: '', extra: { Scope: 'x' } }])).toBe(true);
    expect(isFilled('\n')).toBe(false);
  });
});
