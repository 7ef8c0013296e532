import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../markdown';
import { memoryIO } from '../memory-io';
import { SMALL_SPEC } from '../test-fixtures';
import { run } from './set';

async function set(args: string[], text = SMALL_SPEC) {
  const io = memoryIO({ files: { 'chainfire.md': text } });
  const code = await run(args, io);
  return { code, out: io.out(), io };
}

/** Indexes of the lines that differ between two texts of the same line count. */
function changedLines(a: string, b: string): number[] {
  const la = a.split('\n');
  const lb = b.split('\n');
  expect(lb).toHaveLength(la.length);
  return la.flatMap((l, i) => (l === lb[i] ? [] : [i]));
}

describe('set', () => {
  it('changes meta.status on its line only', async () => {
    const { code, out } = await set(['chainfire.md', 'meta.status', 'Approved']);
    expect(code).toBe(0);
    const lines = SMALL_SPEC.split('\n');
    const metaLine = lines.findIndex((l) => l.startsWith('> Version'));
    expect(changedLines(SMALL_SPEC, out)).toEqual([metaLine]);
    expect(importMarkdown(out).spec.meta).toMatchObject({ version: '0.3', status: 'Approved', lastUpdated: '2025-01-02' });
  });

  it('changes one table cell, leaving every other line byte-identical', async () => {
    const { out } = await set(['chainfire.md', 'architecture.dependencies[0].purpose', 'Async I/O | events']);
    const row = SMALL_SPEC.split('\n').indexOf('| tokio | Async runtime |');
    const changed = changedLines(SMALL_SPEC, out);
    const dependencyTable = [row - 2, row - 1, row, row + 1];
    expect(changed).toContain(row);
    expect(changed.every((i) => dependencyTable.includes(i))).toBe(true);
    expect(importMarkdown(out).spec.architecture.dependencies).toEqual([
      { crate: 'tokio', purpose: 'Async I/O | events' },
      { crate: 'serde', purpose: 'Serialization' },
    ]);
  });

  it('adds a row at the next index, outside the table everything stays the same', async () => {
    const { out } = await set(['chainfire.md', 'architecture.dependencies[2].crate', 'tonic']);
    const before = SMALL_SPEC.slice(0, SMALL_SPEC.indexOf('| Crate'));
    const after = SMALL_SPEC.slice(SMALL_SPEC.indexOf('\n## Appendix'));
    expect(out.startsWith(before)).toBe(true);
    expect(out.endsWith(after)).toBe(true);
    expect(importMarkdown(out).spec.architecture.dependencies).toEqual([
      { crate: 'tokio', purpose: 'Async runtime' },
      { crate: 'serde', purpose: 'Serialization' },
      { crate: 'tonic', purpose: '' },
    ]);
  });

  it('prints the file unchanged when the value is the same, keeping CRLF and BOM', async () => {
    const crlf = `\uFEFF${SMALL_SPEC.replace(/\n/g, '\r\n')}`;
    const { out } = await set(['chainfire.md', 'meta.status', 'Draft'], crlf);
    expect(out).toBe(crlf);
  });

  it('--write replaces the file and prints nothing', async () => {
    const { code, out, io } = await set(['chainfire.md', 'meta.status', 'Approved', '--write']);
    expect(code).toBe(0);
    expect(out).toBe('');
    const written = io.files.get('/project/chainfire.md') as string;
    expect(importMarkdown(written).spec.meta.status).toBe('Approved');
  });

  it('reads standard input for -', async () => {
    const io = memoryIO({ stdin: SMALL_SPEC });
    expect(await run(['-', 'title', 'Chainfire Two'], io)).toBe(0);
    expect(io.out().split('\n')[0]).toBe('# Chainfire Two Specification');
  });

  it('rejects a path the spec does not have', async () => {
    await expect(set(['chainfire.md', 'meta.owner', 'me'])).rejects.toThrow("PATH 'meta.owner' is not in the spec");
  });

  it('rejects a value of the wrong type with the field path', async () => {
    await expect(set(['chainfire.md', 'overview.designGoals', '{"a":1}'])).rejects.toThrow(
      "overview.designGoals: Invalid input: expected array, received object",
    );
  });
});
