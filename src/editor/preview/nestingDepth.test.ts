/** The nesting estimate lets callers refuse pathological input before a parser stalls on it. */
import { describe, expect, it } from 'vitest';
import { nestingDepth } from './nestingDepth';

describe('nestingDepth', () => {
  it('is zero for flat text', () => {
    expect(nestingDepth('')).toBe(0);
    expect(nestingDepth('Just a paragraph.\n\nAnd another.')).toBe(0);
  });

  it('counts quotes and list markers opened on one line', () => {
    expect(nestingDepth('> > > quoted')).toBe(3);
    expect(nestingDepth('- - - item')).toBe(3);
    expect(nestingDepth('1. > - mixed')).toBe(3);
  });

  it('counts indentation as nesting, never below the real depth', () => {
    expect(nestingDepth('- a\n  - b\n    - c')).toBeGreaterThanOrEqual(3);
  });

  it('handles 10,000 levels quickly and reports them', () => {
    expect(nestingDepth('> '.repeat(10_000) + 'deep')).toBeGreaterThan(1000);
  });
});
