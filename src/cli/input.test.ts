import { describe, expect, it } from 'vitest';
import { decodeText, readTextInput } from './input';
import { memoryIO } from './memory-io';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeText', () => {
  it('keeps a byte order mark so preserving export can write it back', () => {
    expect(decodeText('a.md', bytes(0xef, 0xbb, 0xbf, 0x23))).toBe('\uFEFF#');
  });

  it('rejects NUL bytes as binary, naming the file', () => {
    expect(() => decodeText('a.md', bytes(0x23, 0x00, 0x23))).toThrow('a.md: is a binary file (contains NUL bytes), expected UTF-8 text');
  });

  it('rejects bytes that are not UTF-8, naming the file', () => {
    expect(() => decodeText('latin1.md', bytes(0x63, 0x61, 0x66, 0xe9))).toThrow('latin1.md: is not valid UTF-8 text');
  });
});

describe('readTextInput', () => {
  it('reads standard input for -', async () => {
    const io = memoryIO({ stdin: '# Héllo\n' });
    expect(await readTextInput(io, '-', 'a spec')).toEqual({ name: '<stdin>', text: '# Héllo\n' });
  });

  it('names the file when it is missing, a directory, or blank', async () => {
    const io = memoryIO({ files: { 'blank.md': ' \n\n' }, dirs: ['docs'] });
    await expect(readTextInput(io, 'gone.md', 'a spec')).rejects.toThrow('gone.md: no such file');
    await expect(readTextInput(io, 'docs', 'a spec')).rejects.toThrow('docs: is a directory, expected a file');
    await expect(readTextInput(io, 'blank.md', 'a spec')).rejects.toThrow('blank.md: is empty, expected a spec');
  });
});
