/** Prose fields: the whole subsection body, kept as Markdown source. Canonical form goes through remark. Pure. */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown, stringifyMarkdown } from '../parse';
import { sameText, toLf } from '../text';
import { nodeSpan, type FieldCodec } from './types';

/** Lowest heading depth allowed inside a field, so that a prose heading is never read back as a section. */
export const MIN_PROSE_HEADING_DEPTH = 4;

/** Canonical Markdown of a prose value: remark's style, headings pushed below level 3. LF, no final newline. */
export function canonicalProse(markdown: string): string {
  if (markdown.trim() === '') return '';
  const tree: Root = parseMarkdown(markdown);
  visit(tree, 'heading', (h: Heading) => {
    if (h.depth < MIN_PROSE_HEADING_DEPTH) h.depth = MIN_PROSE_HEADING_DEPTH as Heading['depth'];
  });
  return stringifyMarkdown(tree).replace(/\n+$/, '');
}

/** Whether a prose value holds a heading that would be read as a section or subsection. */
export function hasStructuralHeading(markdown: string): boolean {
  if (!/(^|\n)\s{0,3}(#{1,3}(\s|$)|[=-]+\s*$)/.test(markdown)) return false;
  let found = false;
  visit(parseMarkdown(markdown), 'heading', (h: Heading) => {
    if (h.depth < MIN_PROSE_HEADING_DEPTH) found = true;
  });
  return found;
}

export const proseCodec: FieldCodec = {
  read(nodes, def, ctx) {
    if (nodes.length === 0) return undefined;
    const first = nodeSpan(nodes[0]!, ctx);
    const last = nodeSpan(nodes[nodes.length - 1]!, ctx);
    const span = ctx.lines.span(first.start, last.end);
    const raw = toLf(ctx.text.slice(span.start, span.end));
    return { value: sameText(raw, def.placeholder) ? '' : raw, node: -1, source: { span } };
  },
  empty: () => '',
  isEmpty: (v) => typeof v !== 'string' || v.trim() === '',
  write(value, def, opts) {
    const v = typeof value === 'string' ? value : '';
    if (v.trim() === '') return opts.placeholders ? def.placeholder : '';
    return canonicalProse(v);
  },
  patch(value) {
    const v = typeof value === 'string' ? value : '';
    // The author's text goes out as written, unless a heading in it would break the document's structure.
    return hasStructuralHeading(v) ? canonicalProse(v) : v.replace(/\s+$/, '');
  },
};
