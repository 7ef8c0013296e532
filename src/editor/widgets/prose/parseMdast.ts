/**
 * Markdown -> mdast with the same dialect as the rest of Specwright (CommonMark + GFM), and a structural
 * comparison of two trees. Invariant: comparison ignores only source positions and the loose/tight spacing
 * of lists (`spread`), never text, marks, URLs or structure. Pure: no DOM.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parse Markdown (CommonMark + GFM) into an mdast tree. */
export function parseMdast(markdown: string): Root {
  return parser.parse(markdown);
}

/** Keys that do not change what a reader sees: positions, and the blank lines between list items. */
const IGNORED_KEYS = new Set(['position', 'spread']);

/**
 * True when two mdast trees are the same document, ignoring positions and list spacing.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
export function sameMdast(a: unknown, b: unknown): boolean {
  const stack: Array<[unknown, unknown]> = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const xKeys = relevantKeys(x);
    const yKeys = relevantKeys(y);
    if (xKeys.length !== yKeys.length) return false;
    for (const key of xKeys) {
      if (!Object.hasOwn(y, key)) return false;
      stack.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

/** Own keys that matter, skipping ignored ones and keys whose value is undefined or null (absent = null). */
function relevantKeys(value: object): string[] {
  return Object.keys(value).filter((key) => {
    const v = (value as Record<string, unknown>)[key];
    return !IGNORED_KEYS.has(key) && v !== undefined && v !== null;
  });
}
