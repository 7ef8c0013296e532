/** The reasons shown to the author come from this scan: each construct is named once, in document order. */
import { describe, expect, it } from 'vitest';
import { parseMdast, sameMdast } from './parseMdast';
import { describeList, findUnsupported } from './unsupported';

describe('findUnsupported', () => {
  it('finds nothing in supported Markdown', () => {
    expect(findUnsupported(parseMdast('#### H\n\n*a* **b** `c` [d](e)\n\n- f\n\n> g\n\n```\nh\n```'))).toEqual([]);
  });

  it('names each unsupported construct once, in document order', () => {
    const tree = parseMdast('<b>x</b>\n\n| a |\n|---|\n| 1 |\n\n<i>y</i>\n\n### Three');
    expect(findUnsupported(tree)).toEqual(['HTML', 'a table', 'a level 3 heading']);
  });

  it('finds constructs nested inside lists and quotes', () => {
    expect(findUnsupported(parseMdast('- > ![x](y.png)'))).toEqual(['an image']);
  });
});

describe('describeList', () => {
  it('joins reasons as prose', () => {
    expect(describeList([])).toBe('');
    expect(describeList(['a table'])).toBe('a table');
    expect(describeList(['a table', 'HTML'])).toBe('a table and HTML');
    expect(describeList(['a table', 'HTML', 'footnotes'])).toBe('a table, HTML and footnotes');
  });
});

describe('sameMdast', () => {
  it('ignores positions and list spacing', () => {
    expect(sameMdast(parseMdast('- a\n\n- b'), parseMdast('\n\n* a\n* b\n'))).toBe(true);
    expect(sameMdast(parseMdast('*x*'), parseMdast('_x_'))).toBe(true);
  });

  it('sees changed text, marks, URLs and structure', () => {
    expect(sameMdast(parseMdast('a b'), parseMdast('a  c'))).toBe(false);
    expect(sameMdast(parseMdast('*x*'), parseMdast('**x**'))).toBe(false);
    expect(sameMdast(parseMdast('[a](x)'), parseMdast('[a](y)'))).toBe(false);
    expect(sameMdast(parseMdast('1. a'), parseMdast('2. a'))).toBe(false);
  });
});
