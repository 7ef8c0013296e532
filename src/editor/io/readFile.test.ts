import { describe, expect, it } from 'vitest';
import { createEmptySpec } from '../../spec';
import { MAX_IMPORT_BYTES, formatBytes } from './limits';
import { pastedTextProblem, readImportFile } from './readFile';

const file = (parts: BlobPart[], name: string, type = '') => new File(parts, name, { type });
const refused = async (f: File) => {
  const out = await readImportFile(f);
  if (out.ok) throw new Error(`expected ${f.name} to be refused`);
  return out.error;
};

describe('readImportFile', () => {
  it('reads Markdown byte for byte, byte-order mark included', async () => {
    const out = await readImportFile(file(['\uFEFF# Chainfire Specification\r\n'], 'chainfire.md'));
    expect(out).toEqual({ ok: true, kind: 'markdown', text: '\uFEFF# Chainfire Specification\r\n', name: 'chainfire.md' });
  });

  it('refuses an empty file, or one of blanks only', async () => {
    expect(await refused(file([], 'empty.md'))).toBe('"empty.md" is empty.');
    expect(await refused(file(['\n  \n'], 'blank.md'))).toBe('"blank.md" is empty.');
  });

  it('names the binary format of a PNG or zip renamed .md', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refused(file([png], 'diagram.md'))).toBe('"diagram.md" is a PNG image, not a text file.');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    expect(await refused(file([zip], 'spec.md'))).toContain('"spec.md" is a zip archive');
  });

  it('refuses NUL bytes and text that is not UTF-8', async () => {
    expect(await refused(file(['# Spec\u0000\n'], 'nul.md'))).toBe('"nul.md" contains NUL bytes, so it is a binary file, not Markdown text.');
    const latin1 = new Uint8Array([...new TextEncoder().encode('# Caf'), 0xe9, 0x0a]);
    expect(await refused(file([latin1], 'latin1.md'))).toContain('"latin1.md" is not UTF-8 text (it may be Latin-1');
  });

  it('refuses files over the limit, naming both sizes', async () => {
    const big = file([new Uint8Array(20 * 1024 * 1024)], 'huge.md');
    expect(await refused(big)).toBe('"huge.md" is too large to import: it is 20 MB, and the limit is 2 MB.');
    expect(formatBytes(MAX_IMPORT_BYTES)).toBe('2 MB');
    expect(formatBytes(5_000_012)).toBe('4.8 MB');
  });

  it('refuses names that are not Markdown or JSON', async () => {
    expect(await refused(file(['x'], 'photo.png', 'image/png'))).toContain('"photo.png" is not a Markdown file');
  });

  it('reads spec JSON and explains JSON that is not a spec, or a spec with wrong types', async () => {
    const spec = createEmptySpec('Chainfire');
    const ok = await readImportFile(file([JSON.stringify(spec)], 'chainfire.json', 'application/json'));
    expect(ok).toEqual({ ok: true, kind: 'json', spec, name: 'chainfire.json' });

    expect(await refused(file(['{"name":"pkg","version":"1.0.0"}'], 'package.json'))).toMatch(/^"package\.json" is JSON but not a Specwright spec/);
    expect(await refused(file(['[1, 2]'], 'list.json'))).toMatch(/is JSON but not a Specwright spec/);
    expect(await refused(file(['{"title": '], 'cut.json'))).toMatch(/^"cut\.json" is not valid JSON: /);

    const wrong = { ...spec, meta: { ...spec.meta, version: 2 } };
    expect(await refused(file([JSON.stringify(wrong)], 'wrong.json'))).toBe(
      '"wrong.json" is not a valid spec: meta.version: Invalid input: expected string, received number.',
    );
    const row = { ...spec, architecture: { ...spec.architecture, dependencies: [{ crate: 'tokio' }] } };
    expect(await refused(file([JSON.stringify(row)], 'row.json'))).toBe(
      '"row.json" is not a valid spec: architecture.dependencies[0].purpose: Invalid input: expected string, received undefined.',
    );
  });
});

describe('pastedTextProblem', () => {
  it('applies the same limits to pasted text', () => {
    expect(pastedTextProblem('# Spec\n')).toBeNull();
    expect(pastedTextProblem('  \n')).toBe('The pasted text is empty.');
    expect(pastedTextProblem('a\u0000b')).toContain('NUL');
    expect(pastedTextProblem('x'.repeat(MAX_IMPORT_BYTES + 1))).toContain('the limit is 2 MB');
  });
});
