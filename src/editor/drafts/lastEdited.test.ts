import { describe, expect, it } from 'vitest';
import { lastEdited } from './lastEdited';

describe('lastEdited', () => {
  const now = Date.UTC(2025, 0, 29, 12, 0, 0);
  it('says how long ago, in words, within a day', () => {
    expect(lastEdited(now - 20_000, now)).toBe('just now');
    expect(lastEdited(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(lastEdited(now - 3 * 3_600_000 - 1, now)).toBe('3 h ago');
  });
  it('gives the date for older drafts', () => {
    expect(lastEdited(Date.UTC(2024, 10, 3, 9, 30), now, 'en-GB')).toMatch(/^3 Nov 2024, \d\d:30$/);
  });
});
