import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './idle';

type Scope = {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};
const scope = globalThis as unknown as Scope;

/** A stand-in for the browser's idle queue: callbacks wait until `idle()` runs them. */
function fakeIdleQueue() {
  const queued = new Map<number, { cb: () => void; timeout?: number }>();
  let next = 1;
  scope.requestIdleCallback = (cb, opts) => {
    queued.set(next, { cb, timeout: opts?.timeout });
    return next++;
  };
  scope.cancelIdleCallback = (id) => void queued.delete(id);
  return {
    queued,
    idle() {
      const all = [...queued.values()];
      queued.clear();
      for (const q of all) q.cb();
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
  delete scope.requestIdleCallback;
  delete scope.cancelIdleCallback;
});

describe('whenIdle', () => {
  it('waits for the delay, then for an idle period, and asks for the timeout', () => {
    vi.useFakeTimers();
    const q = fakeIdleQueue();
    let runs = 0;
    whenIdle(() => runs++, 100, 250);
    vi.advanceTimersByTime(99);
    expect(q.queued.size).toBe(0);
    vi.advanceTimersByTime(1);
    expect([...q.queued.values()].map((v) => v.timeout)).toEqual([250]);
    expect(runs).toBe(0);
    q.idle();
    expect(runs).toBe(1);
  });

  it('cancels before the delay ends and while waiting for idle', () => {
    vi.useFakeTimers();
    const q = fakeIdleQueue();
    let runs = 0;
    const early = whenIdle(() => runs++, 100);
    early();
    vi.advanceTimersByTime(200);
    expect(q.queued.size).toBe(0);
    const waiting = whenIdle(() => runs++, 100);
    vi.advanceTimersByTime(100);
    expect(q.queued.size).toBe(1);
    waiting();
    expect(q.queued.size).toBe(0);
    q.idle();
    expect(runs).toBe(0);
  });

  it('runs when the delay ends where there is no requestIdleCallback', () => {
    vi.useFakeTimers();
    let runs = 0;
    whenIdle(() => runs++, 150);
    vi.advanceTimersByTime(149);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
  });
});
