import { describe, expect, it } from 'vitest';
import { memoryIO } from '../memory-io';
import { LOOSE_SPEC, SMALL_SPEC } from '../test-fixtures';
import { run } from './fmt';

async function fmt(args: string[], files: Record<string, string> = {}, stdin?: string) {
  const io = memoryIO({ files, stdin });
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err(), io };
}

describe('fmt', () => {
  it('prints the canonical form: template headings with numbers, LF endings', async () => {
    const { code, out } = await fmt(['loose.md'], { 'loose.md': LOOSE_SPEC });
    expect(code).toBe(0);
    expect(out).not.toContain('\r');
    expect(out.startsWith('# Chainfire Specification\n')).toBe(true);
    expect(out).toContain('\n## 1. Overview\n');
    expect(out).toContain('\n### 1.1 Purpose\n\nChainfire stores cluster configuration.\n');
    expect(out).toContain('\n### 1.3 Design Goals\n\n- Fast reads\n- Simple operations\n');
  });

  it('is idempotent: --check passes on its own output', async () => {
    const first = await fmt(['-'], {}, LOOSE_SPEC);
    const check = await fmt(['formatted.md', '--check'], { 'formatted.md': first.out });
    expect({ code: check.code, out: check.out, err: check.err }).toEqual({ code: 0, out: '', err: '' });
  });

  it('--check exits 1 and names the file when formatting would change it', async () => {
    const { code, out, err } = await fmt(['--check', 'loose.md'], { 'loose.md': LOOSE_SPEC });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('loose.md: not in canonical form (fmt --write rewrites it)\n');
  });

  it('--write rewrites the file in place with what fmt prints', async () => {
    const printed = (await fmt(['loose.md'], { 'loose.md': LOOSE_SPEC })).out;
    const { code, out, io } = await fmt(['loose.md', '--write'], { 'loose.md': LOOSE_SPEC });
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(io.files.get('/project/loose.md')).toBe(printed);
  });

  it('keeps every cell of the tables', async () => {
    const { out } = await fmt(['small.md'], { 'small.md': SMALL_SPEC });
    for (const cell of ['tokio', 'Async runtime', 'serde', 'Serialization', 'E001', 'Key not found']) {
      expect(out).toMatch(new RegExp(`^\\|.*\\b${cell}\\b.*\\|$`, 'm'));
    }
  });

  it('refuses --write together with --check', async () => {
    await expect(fmt(['a.md', '--write', '--check'], { 'a.md': SMALL_SPEC })).rejects.toThrow('--write and --check exclude each other');
  });
});
