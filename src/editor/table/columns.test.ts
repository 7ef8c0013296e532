import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../spec';
import { cellValue, columnWidths, extraHeaders, gridColumns, withCell } from './columns';

const cols = gridColumns([{ key: 'code', header: 'Code', hint: 'E001', aliases: [] }], ['HTTP Status']);

describe('table columns', () => {
  it('puts extra imported columns after the template ones, in first-seen order', () => {
    const rows = [{ code: 'a', extra: { B: '1' } }, { code: 'b', extra: { A: '2', B: '3' } }] as unknown as TableRow[];
    expect(extraHeaders(rows)).toEqual(['B', 'A']);
    expect(cols.map((c) => [c.key, c.extra])).toEqual([
      ['code', false],
      ['HTTP Status', true],
    ]);
  });
  it('reads and writes extra cells under row.extra', () => {
    const row = withCell({ code: 'E1' }, cols[1]!, '404');
    expect(row).toEqual({ code: 'E1', extra: { 'HTTP Status': '404' } });
    expect(cellValue(row, cols[1]!)).toBe('404');
  });
  it('sizes columns by their longest text, in steps, within bounds', () => {
    expect(columnWidths([], cols)).toEqual([12, 16]);
    expect(columnWidths([{ code: 'X'.repeat(30) }], cols)[0]).toBe(36);
    expect(columnWidths([{ code: 'X'.repeat(300) }], cols)[0]).toBe(48);
  });
});
