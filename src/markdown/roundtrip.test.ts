import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { specArb } from '../spec/arbitrary';
import { specSchema } from '../spec';
import { exportMarkdown, importMarkdown } from './index';

const runs = Number(process.env.FC_RUNS ?? 300);
/** FC_RUNS=5000 for a long local run; the default suits CI. */
const timeout = Math.max(60_000, runs * 300);

describe('round trip (property)', () => {
  it('import(export(spec)) gives back the same spec', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        expect(specSchema.parse(spec)).toEqual(spec);
        const md = exportMarkdown(spec);
        expect(importMarkdown(md).spec).toEqual(spec);
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('canonical export is idempotent', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const once = exportMarkdown(spec, { mode: 'canonical' });
        const twice = exportMarkdown(importMarkdown(once).spec, { mode: 'canonical' });
        expect(twice).toBe(once);
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('preserving export of an unedited import is the input, byte for byte', () => {
    fc.assert(
      fc.property(specArb, fc.boolean(), fc.boolean(), (spec, crlf, bom) => {
        let md = exportMarkdown(spec);
        if (crlf) md = md.replace(/\n/g, '\r\n');
        if (bom) md = `\uFEFF${md}`;
        const { spec: imported, source } = importMarkdown(md);
        expect(exportMarkdown(imported, { source })).toBe(md);
      }),
      { numRuns: runs },
    );
  }, timeout);
});
