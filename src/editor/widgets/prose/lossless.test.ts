/**
 * The lossless check decides whether a field opens in the rich editor or as Markdown source. A false "ok"
 * would lose the author's text on the first edit, so every construct the rich editor cannot keep is pinned here.
 */
import { describe, expect, it } from 'vitest';
import { checkLossless } from './lossless';

describe('checkLossless: values the rich editor keeps', () => {
  const KEPT: Record<string, string> = {
    empty: '',
    'blank lines only': '\n\n',
    'a plain paragraph': 'The service stores blobs.',
    'a hard-wrapped paragraph': 'Paragraphs in real specs are wrapped\nat about seventy columns, and the\nwrapping is kept.',
    'inline marks': 'Some *emphasis*, **strong**, ~~struck~~, `code` and [a link](https://example.com "title").',
    'code inside bold and links': 'Pass **`--force`** or see [`Config`](https://docs.rs/x).',
    'bullet list with nesting': '- one\n- two\n  - two a\n  - two b\n- three',
    'loose list (blank lines between items)': '- one\n\n- two',
    'ordered list starting at 5': '5. five\n6. six',
    'list item with two paragraphs': '- a\n\n  more about a\n- b',
    'code block with language': '```rust\nfn main() {}\n```',
    'code block with an info string after the language': '```rust title="main.rs"\nfn main() {}\n```',
    'blockquote and rule': '> Quoted\n> text\n\n---\n\nAfter.',
    'hard breaks': 'first  \nsecond\\\nthird',
    'level 4 heading': '#### Details\n\nText.',
    'escaped block markers': '1\\. Not a list item\n\n\\# Not a heading',
    'characters that need escaping': 'Use 5 * 3 and snake_case_names and a literal \\*star\\*.',
  };
  for (const [name, markdown] of Object.entries(KEPT)) {
    it(`keeps ${name}`, () => {
      expect(checkLossless(markdown)).toEqual({ ok: true });
    });
  }
});

describe('checkLossless: values that open as source, with the reason', () => {
  const SOURCE: Array<[string, string, string]> = [
    ['a table', '| a | b |\n|---|---|\n| 1 | 2 |', 'a table'],
    ['inline HTML', 'Text with <kbd>Ctrl</kbd>.', 'HTML'],
    ['an HTML comment', 'x <!-- note --> y', 'HTML'],
    ['a footnote', 'Claim.[^1]\n\n[^1]: Source.', 'footnotes'],
    ['an image', '![diagram](arch.png)', 'an image'],
    ['a reference link', 'See [the docs][d].\n\n[d]: https://example.com', 'reference-style links'],
    ['a task list', '- [ ] todo\n- [x] done', 'a task list'],
    ['a level 2 heading', '## Not allowed here', 'a level 2 heading'],
    ['several constructs, named in order', '| a |\n|---|\n| 1 |\n\n<br>\n\n![i](i.png)', 'a table, HTML and an image'],
    ['a named character reference', 'Copyright &copy; 2024', 'Markdown formatting'],
    ['two ordered lists with different delimiters', '1. one\n\n2) two', 'Markdown formatting'],
  ];
  for (const [name, markdown, what] of SOURCE) {
    it(`opens ${name} as source`, () => {
      expect(checkLossless(markdown)).toEqual({ ok: false, what });
    });
  }

  it('never throws on nesting deep enough to exhaust a recursive parser', () => {
    const result = checkLossless(`${'> '.repeat(5000)}deep`);
    expect(result.ok).toBe(false);
  });
});

describe('checkLossless: limits that keep the page responsive', () => {
  it('opens very long values as source without parsing them', () => {
    expect(checkLossless('word '.repeat(10_001))).toEqual({ ok: false, what: 'more than 50,000 characters' });
  });

  it('opens deeply nested lists and quotes as source without parsing them', () => {
    expect(checkLossless(`${'> '.repeat(40)}deep`)).toEqual({ ok: false, what: 'lists or quotes nested more than 32 deep' });
    expect(checkLossless(`${'- '.repeat(10_000)}deep`)).toEqual({ ok: false, what: 'lists or quotes nested more than 32 deep' });
  });
});
