/** Serializing the editor's document: what the author typed comes out as Markdown without stray blank lines. */
import { describe, expect, it } from 'vitest';
import { roundTripThroughTiptap, serializeProse } from './tiptapMarkdown';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('serializeProse', () => {
  it('drops the empty paragraphs Tiptap keeps for extra blank lines', () => {
    const doc = { type: 'doc', content: [p('First.'), { type: 'paragraph' }, { type: 'paragraph' }, p('Second.')] };
    expect(serializeProse(doc)).toBe('First.\n\nSecond.');
  });

  it('serializes an empty document to an empty string', () => {
    expect(serializeProse({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });

  it('writes marks and lists as Markdown', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'bold', marks: [{ type: 'bold' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p('item')] }] },
      ],
    };
    expect(serializeProse(doc)).toBe('**bold**\n\n- item');
  });
});

describe('roundTripThroughTiptap', () => {
  it('refuses headings above level 4 by turning them into paragraphs (so the check must catch them)', () => {
    expect(roundTripThroughTiptap('## Title')).toBe('Title');
  });
});
