import { describe, expect, it } from 'vitest';
import { hits, where } from '../fixtures/helpers';
import { VALID, withLines } from '../fixtures/valid';

/** The valid spec without lines `from`..`to` (1-based, inclusive). */
const without = (from: number, to: number) =>
  withLines(Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, null])));

describe('structure/missing-section', () => {
  it('reports a missing section where it belongs: before the next section present', () => {
    // Section 7 is lines 122-135; '## 8. Compatibility' moves up to line 122.
    const found = hits(without(122, 135), 'structure/missing-section');
    expect(where(found)).toEqual([{ rule: 'structure/missing-section', severity: 'warning', line: 122, column: 1 }]);
    expect(found[0]!.message).toBe("Section '7. Operations' is missing; add '## 7. Operations' before section '8. Compatibility'");
  });
  it('does not report the subsections of a section that is missing altogether', () => {
    expect(hits(without(122, 135), 'structure/missing-subsection')).toEqual([]);
  });
});

describe('structure/missing-subsection', () => {
  it('reports a missing subsection before the next one present', () => {
    // 2.2 Data Flow is lines 30-35; '### 2.3 Dependencies' moves up to line 30.
    const found = hits(without(30, 35), 'structure/missing-subsection');
    expect(where(found)).toEqual([{ rule: 'structure/missing-subsection', severity: 'warning', line: 30, column: 1 }]);
    expect(found[0]!.message).toBe("Subsection '2.2 Data Flow' is missing; add '### 2.2 Data Flow' before '2.3 Dependencies'");
  });
});

describe('structure/missing-subsection for content found elsewhere', () => {
  it("says where a table recognised by its columns belongs, at the table", () => {
    // The env var table now sits under an unknown heading; the importer still reads it as 5.2.
    const found = hits(withLines({ 94: '### 5.4 Server Settings' }), 'structure/missing-subsection');
    expect(where(found)).toEqual([{ rule: 'structure/missing-subsection', severity: 'warning', line: 96, column: 1 }]);
    expect(found[0]!.message).toBe(
      "Subsection '5.2 Environment Variables' has no heading; this table was recognised as its content: put '### 5.2 Environment Variables' above it",
    );
  });
});

describe('structure/extra-section', () => {
  it('reports an unknown section once, counting its subsections, as info', () => {
    const md = withLines({ 145: ['', '## 9. Testing', '', 'Unit tests.', '', '### 9.1 Fuzzing', '', 'Nightly.', ''] });
    const found = hits(md, 'structure/extra-section');
    expect(where(found)).toEqual([{ rule: 'structure/extra-section', severity: 'info', line: 146, column: 1 }]);
    expect(found[0]!.message).toContain("Section '9. Testing' (with 1 subsection) is not in the template; it is kept");
  });
  it('reports an unknown subsection inside a known section', () => {
    const md = withLines({ 20: ['', '### 1.4 Non-Goals', '', 'Being a database.', ''] });
    expect(where(hits(md, 'structure/extra-section'))).toEqual([{ rule: 'structure/extra-section', severity: 'info', line: 21, column: 1 }]);
  });
  it('does not count the heading of metadata written as a table', () => {
    const md = withLines({ 3: ['## Document Control', '', '| Field | Value |', '|---|---|', '| Version | 1.2 |', '| Status | Draft |', '| Date | 2026-01-15 |'] });
    expect(hits(md, 'structure/extra-section')).toEqual([]);
    expect(where(hits(md, 'structure/metadata-format'))).toEqual([{ rule: 'structure/metadata-format', severity: 'warning', line: 5, column: 1 }]);
  });
  it('has nothing to say about the valid spec', () => {
    expect(hits(VALID, 'structure/extra-section')).toEqual([]);
  });
});
