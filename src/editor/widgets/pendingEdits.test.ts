import { describe, expect, it, vi } from 'vitest';
import { flushPendingEdits, heldReport, holdEdit } from './pendingEdits';

describe('pending edits', () => {
  it('flushes every held edit once; a withdrawn one is not flushed again', () => {
    const flushed: string[] = [];
    let releaseA = () => {};
    const a = () => {
      flushed.push('a');
      releaseA();
    };
    releaseA = holdEdit(a);
    const releaseB = holdEdit(() => flushed.push('b'));
    flushPendingEdits();
    expect(flushed).toEqual(['a', 'b']);
    releaseB();
    flushPendingEdits();
    expect(flushed).toEqual(['a', 'b']);
  });
});

describe('held report', () => {
  it('reports once per burst, delay after the first edit (more typing does not push it back)', () => {
    vi.useFakeTimers();
    try {
      let reports = 0;
      const r = heldReport(() => reports++, 100);
      r.held();
      vi.advanceTimersByTime(60);
      r.held();
      vi.advanceTimersByTime(39);
      expect(reports).toBe(0);
      vi.advanceTimersByTime(1);
      expect(reports).toBe(1);
      vi.advanceTimersByTime(500);
      expect(reports).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is flushed by flushPendingEdits and on flush(), and dropped edits are never reported', () => {
    let reports = 0;
    const r = heldReport(() => reports++, 100);
    r.held();
    flushPendingEdits();
    expect(reports).toBe(1);
    r.flush(); // nothing held
    expect(reports).toBe(1);
    r.held();
    r.drop();
    flushPendingEdits();
    r.flush();
    expect(reports).toBe(1);
  });
});
