import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { withLines } from '../fixtures/valid';

/** The metadata line with `Last Updated` set to `date` (its value starts at column 48). */
const dated = (date: string) => withLines({ 3: `> Version: 1.2 | Status: Draft | Last Updated: ${date}` });

describe('meta/invalid-date', () => {
  it('reports a date that does not exist, at the value', () => {
    const found = hits(dated('2026-02-30'), 'meta/invalid-date');
    expect(where(found)).toEqual([{ rule: 'meta/invalid-date', severity: 'error', line: 3, column: 48 }]);
    expect(found[0]!.message).toContain('write the date as YYYY-MM-DD');
  });
  it('reports a date not written YYYY-MM-DD', () => {
    expect(where(hits(dated('March 3, 2026'), 'meta/invalid-date'))).toEqual([
      { rule: 'meta/invalid-date', severity: 'error', line: 3, column: 48 },
    ]);
  });
  it('leaves the template placeholder to content/placeholder', () => {
    expect(hits(dated('YYYY-MM-DD'), 'meta/invalid-date')).toEqual([]);
    expect(where(hits(dated('YYYY-MM-DD'), 'content/placeholder'))).toEqual([
      { rule: 'content/placeholder', severity: 'warning', line: 3, column: 48 },
    ]);
  });
});

describe('meta/future-date', () => {
  it('reports a date later than today everywhere (now is 2026-06-01 12:00 UTC)', () => {
    const found = hits(dated('2026-06-03'), 'meta/future-date');
    expect(where(found)).toEqual([{ rule: 'meta/future-date', severity: 'error', line: 3, column: 48 }]);
    expect(found[0]!.message).toContain('today is 2026-06-01');
  });
  it('accepts tomorrow in UTC, which is already today east of UTC+12', () => {
    expect(hits(dated('2026-06-02'), 'meta/future-date')).toEqual([]);
  });
});

describe('meta/unknown-status', () => {
  it('reports a status outside the known list, at the value', () => {
    const found = hits(withLines({ 3: '> Version: 1.2 | Status: Done | Last Updated: 2026-01-15' }), 'meta/unknown-status');
    expect(where(found)).toEqual([{ rule: 'meta/unknown-status', severity: 'warning', line: 3, column: 26 }]);
    expect(found[0]!.message).toContain("use one of 'Draft', 'Review', 'Approved', 'Implemented', 'Deprecated' and 'Superseded'");
  });
  it('suggests the known spelling for another case', () => {
    const [found] = hits(withLines({ 3: '> Version: 1.2 | Status: approved | Last Updated: 2026-01-15' }), 'meta/unknown-status');
    expect(found!.message).toContain("write 'Approved'");
  });
});

describe('meta/invalid-version', () => {
  it('reports a version that is neither N.N nor semver, with a suggestion', () => {
    const found = hits(withLines({ 3: '> Version: v2 | Status: Draft | Last Updated: 2026-01-15' }), 'meta/invalid-version');
    expect(where(found)).toEqual([{ rule: 'meta/invalid-version', severity: 'warning', line: 3, column: 12 }]);
    expect(found[0]!.message).toContain("write it like '2.0'");
  });
  it('accepts N.N and semantic versions', () => {
    for (const v of ['1.0', '12.3', '1.2.3', '2.0.0-rc.1+build.5']) {
      expect(hits(withLines({ 3: `> Version: ${v} | Status: Draft | Last Updated: 2026-01-15` }), 'meta/invalid-version'), v).toEqual([]);
    }
  });
});
