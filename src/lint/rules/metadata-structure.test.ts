import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { VALID, withLines } from '../fixtures/valid';

describe('structure/missing-metadata', () => {
  it('reports a spec without metadata on the line after the title', () => {
    const found = hits(withLines({ 3: null, 4: null }), 'structure/missing-metadata');
    expect(where(found)).toEqual([{ rule: 'structure/missing-metadata', severity: 'warning', line: 2, column: 1 }]);
    expect(found[0]!.message).toContain("add '> Version: 1.0 | Status: Draft | Last Updated: YYYY-MM-DD' after the title");
  });
});

describe('structure/missing-metadata-field', () => {
  it('names the missing field, at the metadata line', () => {
    const found = hits(withLines({ 3: '> Version: 1.2 | Last Updated: 2026-01-15' }), 'structure/missing-metadata-field');
    expect(where(found)).toEqual([{ rule: 'structure/missing-metadata-field', severity: 'warning', line: 3, column: 1 }]);
    expect(found[0]!.message).toContain("has no 'Status'; add 'Status: Draft'");
  });
});

describe('structure/metadata-format', () => {
  it('reports metadata written as bold-label lines and gives the template line', () => {
    const md = withLines({ 3: ['**Version:** 1.2\\', '**Status:** Draft\\', '**Last Updated:** 2026-01-15'] });
    const found = hits(md, 'structure/metadata-format');
    expect(where(found)).toEqual([{ rule: 'structure/metadata-format', severity: 'warning', line: 3, column: 1 }]);
    expect(found[0]!.message).toContain("'> Version: 1.2 | Status: Draft | Last Updated: 2026-01-15'");
  });
  it('reports a label spelled differently from the template, at the label', () => {
    const found = hits(withLines({ 3: '> Version: 1.2 | Status: Draft | Last updated: 2026-01-15' }), 'structure/metadata-format');
    expect(where(found)).toEqual([{ rule: 'structure/metadata-format', severity: 'warning', line: 3, column: 34 }]);
    expect(found[0]!.message).toContain("'Last updated' differs from the template's 'Last Updated'");
  });
  it('accepts the template line', () => {
    expect(hits(VALID, 'structure/metadata-format')).toEqual([]);
  });
});
