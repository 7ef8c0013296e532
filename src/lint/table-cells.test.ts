import fc from 'fast-check';
import type { Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { pipeInCodeSpan, splitRow } from './table-cells';

const parser = unified().use(remarkParse).use(remarkGfm);

/** remark-gfm's cell count for `row` as the one body row under a wide header (the oracle). */
function remarkCells(row: string): number | undefined {
  const header = `| ${Array.from({ length: 12 }, (_, i) => `h${i}`).join(' | ')} |`;
  const delimiter = `|${'---|'.repeat(12)}`;
  const table = parser.parse(`${header}\n${delimiter}\n${row}\n`).children[0] as Table | undefined;
  return table?.type === 'table' ? table.children[1]?.children.length : undefined;
}

describe('splitRow', () => {
  it('splits like GFM: escaped pipes stay in the cell, pipes in code spans split it', () => {
    expect(splitRow('| a | b |').map((c) => c.text.trim())).toEqual(['a', 'b']);
    expect(splitRow('a | b').length).toBe(2);
    expect(splitRow('| x \\| y | z |').map((c) => c.text.trim())).toEqual(['x \\| y', 'z']);
    expect(splitRow('| `a|b` | c |').length).toBe(3);
    expect(splitRow('|  |  |').length).toBe(2);
  });
  it('counts the cells remark-gfm counts, for any row', () => {
    const piece = fc.constantFrom('a', ' ', '|', '\\|', '\\', '`', 'x y', '\\\\', '*');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (parts) => {
        const row = `| ${parts.join('')}`;
        const expected = remarkCells(row);
        if (expected === undefined || expected > 12) return; // not a row of this table (or cut at the header's width)
        expect(splitRow(row).length).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pipeInCodeSpan', () => {
  it('finds an unescaped pipe inside backticks', () => {
    expect(pipeInCodeSpan('| `a|b` | c |')).toBe(4);
    expect(pipeInCodeSpan('| `a\\|b` | c |')).toBe(-1);
    expect(pipeInCodeSpan('| a | b |')).toBe(-1);
  });
});
