import { describe, expect, it } from 'vitest';
import { memoryIO, type MemoryIOInit } from './memory-io';
import { runCli } from './run';

async function cli(argv: string[], init?: MemoryIOInit) {
  const io = memoryIO(init);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err(), io };
}

describe('runCli dispatch', () => {
  it('prints help listing every command and the exit codes, for help, --help and -h', async () => {
    for (const argv of [['help'], ['--help'], ['-h']]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      for (const cmd of ['new NAME', 'fmt FILE', 'json FILE', 'md FILE.json', 'set FILE', 'lint FILE', 'schema']) {
        expect(r.out).toContain(cmd);
      }
      expect(r.out).toContain('Exit codes: 0 ok, 1 check failed, 2 usage or input error.');
      expect(r.err).toBe('');
    }
  });

  it('shows one command usage for CMD --help and help CMD', async () => {
    for (const argv of [['fmt', '--help'], ['help', 'fmt']]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Usage: specwright fmt FILE\|- \[--write\|--check\]\n/);
    }
  });

  it('exits 2 with one line for a missing or unknown command', async () => {
    for (const argv of [[], ['frobnicate']]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
    expect((await cli(['frobnicate'])).err).toContain("unknown command 'frobnicate'");
  });

  it('exits 2 with the usage for a wrong flag or a missing operand', async () => {
    const flag = await cli(['fmt', '--bogus', 'a.md']);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("Unknown option '--bogus'");
    expect(flag.err).toContain('usage: specwright fmt FILE|- [--write|--check]');
    const missing = await cli(['set', 'a.md', 'meta.status']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('specwright set: missing VALUE (usage: specwright set FILE|- PATH VALUE [--write])\n');
  });

  it('reports unusable input files in one line naming the file, without a stack trace', async () => {
    const init: MemoryIOInit = {
      files: { 'bin.md': new Uint8Array([0x23, 0, 1]), 'latin1.md': new Uint8Array([0x63, 0xe9]), 'empty.md': '' },
      dirs: ['specs'],
    };
    const cases: [string[], string][] = [
      [['fmt', 'missing.md'], 'specwright fmt: missing.md: no such file\n'],
      [['json', 'specs'], 'specwright json: specs: is a directory, expected a file\n'],
      [['fmt', 'bin.md'], 'specwright fmt: bin.md: is a binary file (contains NUL bytes), expected UTF-8 text\n'],
      [['set', 'latin1.md', 'title', 'X'], 'specwright set: latin1.md: is not valid UTF-8 text\n'],
      [['fmt', 'empty.md'], 'specwright fmt: empty.md: is empty, expected a Markdown spec\n'],
      [['md', 'missing.json'], 'specwright md: missing.json: no such file\n'],
    ];
    for (const [argv, err] of cases) {
      const r = await cli(argv, init);
      expect({ argv, code: r.code, err: r.err, out: r.out }).toEqual({ argv, code: 2, err, out: '' });
    }
  });

  it('refuses --write with standard input', async () => {
    const r = await cli(['fmt', '-', '--write'], { stdin: '# X Specification\n' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('--write needs a FILE, not standard input');
  });
});
