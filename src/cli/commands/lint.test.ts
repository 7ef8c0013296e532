import { describe, expect, it } from 'vitest';
import { VALID, withLines } from '../../lint/fixtures/valid';
import { memoryIO, type MemoryIOInit } from '../memory-io';
import { runCli } from '../run';
import { run } from './lint';

async function lint(args: string[], init: MemoryIOInit = {}) {
  const io = memoryIO(init);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err(), io };
}

/** Warnings only: an unknown status (line 3, column 26). */
const WARNS = withLines({ 3: '> Version: 1.2 | Status: Done | Last Updated: 2026-01-15' });
/** One error: a Rust brace never closed (line 56, column 17). */
const BROKEN = withLines({ 58: null });

describe('lint', () => {
  it('prints nothing and exits 0 for a conforming spec', async () => {
    expect(await lint(['ok.md'], { files: { 'ok.md': VALID } })).toMatchObject({ code: 0, out: '', err: '' });
  });

  it('exits 0 with warnings, printing them grouped by file with a summary', async () => {
    const { code, out } = await lint(['specs/warn.md'], { files: { 'specs/warn.md': WARNS } });
    expect(code).toBe(0);
    expect(out).toBe(
      [
        'specs/warn.md',
        "  3:26  warning  Status 'Done' is not a known status; use one of 'Draft', 'Review', 'Approved', 'Implemented', 'Deprecated' and 'Superseded'  meta/unknown-status",
        '',
        '✖ 1 problem (0 errors, 1 warning, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 when any file has an error', async () => {
    const { code, out } = await lint(['warn.md', 'broken.md'], { files: { 'warn.md': WARNS, 'broken.md': BROKEN } });
    expect(code).toBe(1);
    expect(out).toContain("broken.md\n  56:17  error  Rust in '3.2 Public Traits': '{' opened here is never closed; add '}'  code/rust-delimiters\n");
    expect(out).toContain('✖ 2 problems (1 error, 1 warning, 0 infos)');
  });

  it('writes json and github formats', async () => {
    const json = await lint(['--format', 'json', 'broken.md'], { files: { 'broken.md': BROKEN } });
    expect(JSON.parse(json.out)).toEqual([
      {
        file: 'broken.md',
        line: 56,
        column: 17,
        severity: 'error',
        rule: 'code/rust-delimiters',
        message: "Rust in '3.2 Public Traits': '{' opened here is never closed; add '}'",
      },
    ]);
    const gh = await lint(['broken.md', 'warn.md', '--format=github'], { files: { 'broken.md': BROKEN, 'warn.md': WARNS } });
    expect(gh.out.split('\n')).toEqual([
      "::error file=broken.md,line=56,col=17::Rust in '3.2 Public Traits': '{' opened here is never closed; add '}' (code/rust-delimiters)",
      "::warning file=warn.md,line=3,col=26::Status 'Done' is not a known status; use one of 'Draft', 'Review', 'Approved', 'Implemented', 'Deprecated' and 'Superseded' (meta/unknown-status)",
      '',
    ]);
  });

  it('reads standard input as -', async () => {
    const { code, out } = await lint(['-', '--format', 'json'], { stdin: BROKEN });
    expect(code).toBe(1);
    expect(JSON.parse(out)[0]).toMatchObject({ file: '<stdin>', line: 56 });
  });

  it('exits 2 for an unreadable file, still linting the others', async () => {
    const { code, out, err } = await lint(['missing.md', 'dir', 'warn.md'], { files: { 'warn.md': WARNS }, dirs: ['dir'] });
    expect(code).toBe(2);
    expect(err).toBe('specwright lint: missing.md: no such file\nspecwright lint: dir: is a directory, expected a file\n');
    expect(out).toContain('warn.md\n  3:26  warning');
  });

  it('--fix rewrites each file in canonical form and reports what remains', async () => {
    const loose = withLines({ 16: '### Key Design Goals', 18: '* Fast reads', 19: '* Simple operations', 58: null });
    const { code, out, io } = await lint(['--fix', 'loose.md'], { files: { 'loose.md': loose } });
    const fixed = io.files.get('/project/loose.md') as string;
    expect(fixed).toContain('\n### 1.3 Design Goals\n\n- Fast reads\n- Simple operations\n');
    // The heading is fixed; the unbalanced Rust is content fmt cannot repair: still reported (at its new line).
    expect(out).not.toContain('structure/heading');
    expect(out).toMatch(/^loose\.md\n {2}\d+:17 {2}error {2}Rust in '3\.2 Public Traits'.*\n\n✖ 1 problem \(1 error/);
    expect(code).toBe(1);
  });

  it('--fix leaves a canonical file byte for byte and a clean spec clean', async () => {
    const first = await lint(['--fix', 'ok.md'], { files: { 'ok.md': VALID } });
    expect(first).toMatchObject({ code: 0, out: '' });
    const canonical = first.io.files.get('/project/ok.md') as string;
    const again = await lint(['--fix', 'ok.md'], { files: { 'ok.md': canonical } });
    expect(again.io.files.get('/project/ok.md')).toBe(canonical);
  });

  it('refuses --fix on standard input, an unknown format and no FILE', async () => {
    await expect(lint(['--fix', '-'], { stdin: VALID })).rejects.toThrow('--fix needs FILEs, not standard input');
    await expect(lint(['--format', 'xml', 'a.md'], { files: { 'a.md': VALID } })).rejects.toThrow("unknown format 'xml', expected stylish, json or github");
    await expect(lint([])).rejects.toThrow('missing FILE');
  });
});

describe('lint config', () => {
  it('applies .specwrightrc.json found in the working directory or above', async () => {
    const rc = JSON.stringify({ rules: { 'meta/unknown-status': 'off', 'code/rust-delimiters': 'warning' } });
    for (const path of ['/project/.specwrightrc.json', '/.specwrightrc.json']) {
      const { code, out } = await lint(['warn.md', 'broken.md'], { files: { [path]: rc, 'warn.md': WARNS, 'broken.md': BROKEN } });
      expect(code, path).toBe(0);
      expect(out, path).toContain('56:17  warning');
      expect(out, path).not.toContain('meta/unknown-status');
    }
  });

  it('takes --config FILE over the looked-up one', async () => {
    const files = {
      '.specwrightrc.json': JSON.stringify({ rules: { 'meta/unknown-status': 'off' } }),
      'strict.json': JSON.stringify({ rules: { 'meta/unknown-status': 'error' } }),
      'warn.md': WARNS,
    };
    const { code, out } = await lint(['--config', 'strict.json', 'warn.md'], { files });
    expect(code).toBe(1);
    expect(out).toContain('3:26  error');
  });

  it('is a usage error (exit 2, naming the id) when the config names an unknown rule', async () => {
    const io = memoryIO({ files: { '.specwrightrc.json': '{ "rules": { "meta/no-such-rule": "off" } }', 'ok.md': VALID } });
    const code = await runCli(['lint', 'ok.md'], io);
    expect(code).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain("specwright lint: .specwrightrc.json: unknown rule 'meta/no-such-rule'");
  });

  it('is a usage error when the config is not JSON or --config names a missing file', async () => {
    await expect(lint(['ok.md'], { files: { '.specwrightrc.json': '{ rules', 'ok.md': VALID } })).rejects.toThrow(/\.specwrightrc\.json: invalid JSON/);
    await expect(lint(['--config', 'nope.json', 'ok.md'], { files: { 'ok.md': VALID } })).rejects.toThrow('nope.json: no such file');
  });
});
