// @vitest-environment jsdom
/**
 * When the outline's linter runs: never in a burst of typing, and after a pause twice as long as its last run
 * took (a run holds the second core; docs/performance.md). The preview and the worker are stand-ins here:
 * the preview text is set by the test, and a lint run takes LINT_RUN_MS of (fake) time.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TYPING_WAIT_MS, TYPING_PAUSE_MS } from '../../store/idle';
import type { PreviewText } from './usePreviewText';

const LINT_RUN_MS = 900;
const preview = vi.hoisted(() => ({ current: { ok: true, text: 'v1' } as PreviewText, set: (_: PreviewText) => {} }));
const runs = vi.hoisted(() => [] as string[]);

vi.mock('./usePreviewText', async () => {
  const { useState } = await import('react');
  return {
    usePreviewText: () => {
      const [value, setValue] = useState(preview.current);
      preview.set = setValue;
      return value;
    },
  };
});
vi.mock('../lint/lintClient', () => ({
  lintInBackground: (text: string) =>
    new Promise((resolve) => {
      runs.push(text);
      setTimeout(() => resolve({ meta: [`findings of ${text}`] }), LINT_RUN_MS);
    }),
}));

const { useLintFindings, lintPauseMs, MAX_LINT_PAUSE_MS } = await import('./useLintFindings');

const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.advanceTimersByTime(10_000);
  runs.length = 0;
});
afterEach(() => vi.useRealTimers());

describe('lintPauseMs', () => {
  it('asks for a pause twice as long as the last run, at least a typing pause and at most MAX_LINT_PAUSE_MS', () => {
    expect(lintPauseMs(0)).toBe(TYPING_PAUSE_MS);
    expect(lintPauseMs(100)).toBe(TYPING_PAUSE_MS);
    expect(lintPauseMs(300)).toBe(600);
    expect(lintPauseMs(900)).toBe(1800);
    expect(lintPauseMs(30_000)).toBe(MAX_LINT_PAUSE_MS);
  });
});

describe('useLintFindings', () => {
  it('never lints during a burst, however long, and waits for a pause twice as long as its last run', async () => {
    const { result } = renderHook(() => useLintFindings());
    // First text, no key pressed yet: it runs after its delay.
    await advance(599);
    expect(runs).toEqual([]);
    await advance(1);
    expect(runs).toEqual(['v1']);
    await advance(LINT_RUN_MS);
    expect(result.current).toEqual({ meta: ['findings of v1'] });

    // The author edits, then types on with gaps of 1 s (pauses long enough for the preview) for twice the
    // time after which other waiting work runs anyway.
    act(() => preview.set({ ok: true, text: 'v2' }));
    for (let t = 0; t < 2 * MAX_TYPING_WAIT_MS; t += 1000) {
      press();
      await advance(1000);
    }
    expect(runs).toEqual(['v1']);
    // The last run took 900 ms: a pause of 1,799 ms is not enough, one of 1,800 ms is.
    press();
    await advance(2 * LINT_RUN_MS - 1);
    expect(runs).toEqual(['v1']);
    await advance(1);
    expect(runs).toEqual(['v1', 'v2']);
    await advance(LINT_RUN_MS);
    expect(result.current).toEqual({ meta: ['findings of v2'] });
  });
});
