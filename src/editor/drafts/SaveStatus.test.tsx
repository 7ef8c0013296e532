// @vitest-environment jsdom
/**
 * The header's save chip while the author types: "Saving…" from the first pending write until the writes
 * have been quiet for SAVED_AFTER_MS, then "Saved in browser"; no flicker between writes.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { patch } from '../../store/persist/sessionState';
import { SaveStatus, SAVED_AFTER_MS } from './SaveStatus';

const chip = () => screen.getByText(/Saving…|Saved in browser/).textContent;

describe('SaveStatus', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    patch({ storage: { kind: 'browser', persistent: true }, draftId: 'd1', readOnly: null, pending: false });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('says "Saving…" through a burst of writes and "Saved in browser" once they have been quiet', () => {
    render(<SaveStatus />);
    expect(chip()).toBe('Saved in browser');
    // Typing: a write every 150 ms, each pending for a moment.
    for (let i = 0; i < 5; i++) {
      act(() => patch({ pending: true }));
      expect(chip()).toBe('Saving…');
      act(() => {
        vi.advanceTimersByTime(20);
        patch({ pending: false });
      });
      expect(chip()).toBe('Saving…');
      act(() => vi.advanceTimersByTime(130));
      expect(chip()).toBe('Saving…');
    }
    act(() => vi.advanceTimersByTime(SAVED_AFTER_MS - 130 - 1));
    expect(chip()).toBe('Saving…');
    act(() => vi.advanceTimersByTime(1));
    expect(chip()).toBe('Saved in browser');
  });

  it('names the reason when drafts stay in memory, whatever is pending', () => {
    patch({ storage: { kind: 'memory', reason: 'private window' }, pending: true });
    render(<SaveStatus />);
    expect(screen.getByText('Not saved in browser')).toBeTruthy();
  });
});
