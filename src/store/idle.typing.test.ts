// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TYPING_WAIT_MS, TYPING_PAUSE_MS, whenIdle, whenTypingPauses } from './idle';

const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  // No key in the recent past.
  vi.advanceTimersByTime(10_000);
});
afterEach(() => vi.useRealTimers());

describe('whenTypingPauses', () => {
  it('runs after its delay when no key was pressed', () => {
    let runs = 0;
    whenTypingPauses(() => runs++, 100);
    vi.advanceTimersByTime(99);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
  });

  it('waits for a pause in typing after its delay', () => {
    let runs = 0;
    whenTypingPauses(() => runs++, 100);
    vi.advanceTimersByTime(60);
    press();
    vi.advanceTimersByTime(60);
    press(); // at 120 ms: the delay has passed, but the author is typing
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
  });

  it('runs during a long burst of typing once it has waited MAX_TYPING_WAIT_MS', () => {
    let runs = 0;
    whenTypingPauses(() => runs++, 100);
    let t = 0;
    while (t < MAX_TYPING_WAIT_MS - 100) {
      vi.advanceTimersByTime(100);
      t += 100;
      press();
    }
    expect(runs).toBe(0);
    vi.advanceTimersByTime(100);
    press();
    expect(runs).toBe(1);
  });

  it('waits for a longer pause when asked, and with maxWaitMs Infinity never runs in a burst', () => {
    let runs = 0;
    whenTypingPauses(() => runs++, 100, { pauseMs: 900, maxWaitMs: Infinity });
    // Ten seconds of typing with gaps up to 800 ms: no pause of 900 ms, and no deadline.
    for (let t = 0; t < 10_000; t += 800) {
      vi.advanceTimersByTime(800);
      press();
    }
    expect(runs).toBe(0);
    vi.advanceTimersByTime(899);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
  });

  it('whenIdle itself does not wait for a pause: the draft autosave keeps up with typing', () => {
    let runs = 0;
    whenIdle(() => runs++, 100);
    vi.advanceTimersByTime(60);
    press();
    vi.advanceTimersByTime(40);
    expect(runs).toBe(1);
  });

  it('can still be cancelled while it waits for a pause', () => {
    let runs = 0;
    const cancel = whenTypingPauses(() => runs++, 100);
    vi.advanceTimersByTime(90);
    press();
    vi.advanceTimersByTime(100);
    cancel();
    vi.advanceTimersByTime(MAX_TYPING_WAIT_MS);
    expect(runs).toBe(0);
  });
});
