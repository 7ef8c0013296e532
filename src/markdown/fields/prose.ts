/** Prose fields: the whole subsection body, kept as Markdown source. Canonical form goes through remark. Pure. */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isTooDeep, parseMarkdown, stringifyMarkdown } from '../parse';
import { sameText, toLf } from '../text';
import { nodeSpan, type FieldCodec } from './types';

/** Lowest heading depth allowed inside a field, so that a prose heading is never read back as a section. */
export const MIN_PROSE_HEADING_DEPTH = 4;

/**
 * Canonical Markdown of a prose value: remark's style, headings pushed below level 3. LF, no final newline.
 * `parsed`, when given, is the value already parsed (the import's own tree of it), which saves a parse.
 */
export function canonicalProse(markdown: string, parsed?: Root): string {
  if (markdown.trim() === '') return '';
  if (isTooDeep(markdown)) return markdown.replace(/\s+$/, '');
  try {
    let tree: Root = parsed ?? parseMarkdown(markdown);
    let cloned = !parsed;
    visit(tree, 'heading', (h: Heading) => {
      if (h.depth >= MIN_PROSE_HEADING_DEPTH) return;
      if (!cloned) {
        // The import's tree is shared (the linter reads it): demote headings in a copy.
        tree = JSON.parse(JSON.stringify(tree)) as Root;
        cloned = true;
        visit(tree, 'heading', (c: Heading) => {
          if (c.depth < MIN_PROSE_HEADING_DEPTH) c.depth = MIN_PROSE_HEADING_DEPTH as Heading['depth'];
        });
        return false;
      }
      h.depth = MIN_PROSE_HEADING_DEPTH as Heading['depth'];
    });
    return closeOpenHtml(tree, stringifyMarkdown(tree).replace(/\n+$/, ''));
  } catch {
    // Only exhaustion (a 10,000-level nesting) lands here: keep the author's text as it is.
    return markdown.replace(/\s+$/, '');
  }
}

// CommonMark HTML blocks of kinds 1-5 run until their end marker, or to the end of the document.
const OPEN_HTML: [RegExp, string][] = [
  [/^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i, '</$1>'],
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
];

/**
 * When a field's Markdown ends inside an HTML block that only its end marker closes (`<style` with no
 * `</style>`), the rest of the document would be read as part of it. Appends the end marker on its own line so
 * the field stays a field. (`markdown` is the serialization of `tree`.)
 */
export function closeOpenHtml(tree: Root, markdown: string): string {
  const last = tree.children[tree.children.length - 1];
  if (!last || last.type !== 'html') return markdown;
  for (const [start, end] of OPEN_HTML) {
    const m = start.exec(last.value);
    if (!m) continue;
    const marker = end.replace('$1', m[1] ?? '');
    const rest = last.value.slice(m[0].length);
    return rest.toLowerCase().includes(marker.toLowerCase()) ? markdown : `${markdown}\n${marker}`;
  }
  return markdown;
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
    return canonicalProse(v, opts.parsed);
  },
  patch(value) {
    const v = typeof value === 'string' ? value : '';
    // The author's text goes out as written, unless a heading in it would break the document's structure.
    if (hasStructuralHeading(v)) return canonicalProse(v);
    const trimmed = v.replace(/\s+$/, '');
    return /<[!?a-z]/i.test(trimmed) ? closeOpenHtml(parseMarkdown(trimmed), trimmed) : trimmed;
  },
};
