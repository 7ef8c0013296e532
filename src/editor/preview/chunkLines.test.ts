import { describe, expect, it } from 'vitest';
import { chunkLines, keepBlocks } from './chunkLines';

describe('chunkLines', () => {
  it('cuts after every n-th line end, keeping line ends and the last partial block', () => {
    expect(chunkLines('a\nb\nc\nd\ne', 2)).toEqual(['a\nb\n', 'c\nd\n', 'e']);
    expect(chunkLines('a\nb\n', 2)).toEqual(['a\nb\n']);
    expect(chunkLines('\n\n\n', 2)).toEqual(['\n\n', '\n']);
  });

  it('gives no block for an empty text and one block for a text without line ends', () => {
    expect(chunkLines('', 3)).toEqual([]);
    expect(chunkLines('one line', 3)).toEqual(['one line']);
  });

  it('gives back the text when the blocks are joined', () => {
    const text = Array.from({ length: 1000 }, (_, i) => (i % 7 === 0 ? '' : `line ${i}`)).join('\n');
    const blocks = chunkLines(text, 64);
    expect(blocks.join('')).toBe(text);
    expect(blocks).toHaveLength(16);
  });
});

describe('keepBlocks', () => {
  it('gives the new text block by block, whether a block was reused or copied', () => {
    const prev = chunkLines('a\nb\nc\nd\n', 2);
    const next = chunkLines('a\nb\nC\nd\n', 2);
    const kept = keepBlocks(prev, next);
    expect(kept).toEqual(['a\nb\n', 'C\nd\n']);
    expect(keepBlocks([], ['x\n'])).toEqual(['x\n']);
  });
});
