import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../markdown';
import { getAt } from '../spec';
import { specArb } from '../spec/arbitrary';
import { lintAt } from './fixtures/helpers';
import { validSpecArb } from './fixtures/valid-spec-arbitrary';

/** Rules about content a spec may hold; every other error or structural finding would be the exporter's doing. */
const CONTENT_ERRORS = new Set(['code/toml-syntax', 'code/protobuf-syntax', 'code/rust-delimiters', 'table/duplicate-key', 'meta/invalid-date', 'meta/future-date']);
/** Findings canonical export must never produce: it writes the template's structure and forms exactly. */
const FORM_RULES = [
  'structure/missing-title',
  'structure/title-format',
  'structure/metadata-format',
  'structure/missing-section',
  'structure/missing-subsection',
  'structure/section-order',
  'structure/heading-text',
  'structure/heading-number',
  'structure/heading-level',
  'content/code-language',
  'table/header',
  'table/cell-count',
  'import/field-form',
  'import/duplicate-section',
  'import/unparsed',
];

const blank = (v: unknown): boolean =>
  typeof v === 'string' ? v.trim() === '' : Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.values(v).every(blank);

describe('canonical export and lint', () => {
  it('canonical export of a spec with valid content lints with zero errors', () => {
    fc.assert(
      fc.property(validSpecArb, (spec) => {
        const errors = lintAt(exportMarkdown(spec, { mode: 'canonical' })).filter((d) => d.severity === 'error');
        expect(errors).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('canonical export of any spec has no structural findings; its only errors are about content', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const found = lintAt(exportMarkdown(spec, { mode: 'canonical' }));
        // An extra paragraph kept after an empty field does stand where the field's content belongs: the
        // importer rightly says so. Nothing else of the form may be reported.
        const extraAfterEmpty = (path?: string) => !!path && blank(getAt(spec, path)) && spec.extras.some((e) => e.at === path && !e.before);
        expect(found.filter((d) => FORM_RULES.includes(d.rule) && !(d.rule === 'import/field-form' && extraAfterEmpty(d.path)))).toEqual([]);
        expect(found.filter((d) => d.severity === 'error' && !CONTENT_ERRORS.has(d.rule))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
