import { describe, expect, it } from 'vitest';
import { flushPendingEdits, holdEdit } from './pendingEdits';

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
