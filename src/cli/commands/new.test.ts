import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmptySpec } from '../../spec';
import { importMarkdown } from '../../markdown';
import { memoryIO } from '../memory-io';
import { run } from './new';

const TEMPLATE_MD = readFileSync(new URL('../../../../shared/template/TEMPLATE.md', import.meta.url), 'utf8');

/** Lines that carry content, compared loosely: no table delimiter rows, no bold markers, single spaces. */
const contentLines = (md: string) =>
  md
    .split('\n')
    .map((l) => l.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '' && !/^\|[-:| ]+\|$/.test(l));

async function newSpec(args: string[]) {
  const io = memoryIO();
  const code = await run(args, io);
  return { code, out: io.out() };
}

describe('new', () => {
  it('prints a blank spec with every template heading, which imports back as the empty spec', async () => {
    const { code, out } = await newSpec(['Chainfire']);
    expect(code).toBe(0);
    expect(out.startsWith('# Chainfire Specification\n')).toBe(true);
    const headings = TEMPLATE_MD.split('\n').filter((l) => /^#{2,3} /.test(l));
    expect(out.split('\n').filter((l) => /^#{2,3} /.test(l))).toEqual(headings);
    expect(out).not.toContain('Brief description of what this component does');
    expect(importMarkdown(out).spec).toEqual(createEmptySpec('Chainfire'));
  });

  it('with --placeholders prints the template itself with the name filled in', async () => {
    const { code, out } = await newSpec(['Chainfire', '--placeholders']);
    expect(code).toBe(0);
    const expected = contentLines(TEMPLATE_MD.replace('[Component Name]', 'Chainfire'));
    expect(contentLines(out)).toEqual(expected);
  });

  it('needs exactly one non-blank NAME', async () => {
    await expect(run([], memoryIO())).rejects.toThrow('missing NAME');
    await expect(run(['  '], memoryIO())).rejects.toThrow('NAME is empty');
    await expect(run(['Chain', 'fire'], memoryIO())).rejects.toThrow("unexpected argument 'fire'");
  });
});
