/**
 * Test helpers (imported by tests only): the words of a Markdown document's content, to check that an export
 * loses none of them.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const WORD = /[\p{L}\p{N}]+/gu;

/** Every word and number of a document's content (text, code, HTML, URLs), lower-cased, with counts. */
export function contentWords(md: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (s: string | null | undefined) => {
    for (const w of (s ?? '').toLowerCase().match(WORD) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  visit(unified().use(remarkParse).use(remarkGfm).parse(md) as Root, (node) => {
    const n = node as { value?: string; url?: string; title?: string; alt?: string };
    if ('value' in n) add(n.value);
    add(n.url);
    add(n.title);
    add(n.alt);
  });
  return counts;
}

/**
 * The words of `before` that `after` has fewer of (`word (n -> m)`), once the words of `exempt` (wording the
 * template may change: recognised headings, column headers, labels) are taken off `before`.
 */
export function lostWords(before: string, after: string, exempt: readonly string[]): string[] {
  const counts = contentWords(before);
  for (const e of exempt) for (const w of e.toLowerCase().match(WORD) ?? []) counts.set(w, (counts.get(w) ?? 0) - 1);
  const kept = contentWords(after);
  return [...counts].filter(([w, n]) => n > (kept.get(w) ?? 0)).map(([w, n]) => `${w} (${n} -> ${kept.get(w) ?? 0})`);
}
