/**
 * Markdown -> sanitized HTML for the rendered preview.
 * Invariant: whatever the Markdown holds, the returned HTML carries no script, no event handler, no
 * `javascript:` (or other non-allowed) URL, no iframe, style or meta: it passes through rehype-sanitize's
 * default (GitHub) schema last. Raw HTML in the Markdown is never interpreted: it is shown as text, so the
 * author still sees it. Pure: no DOM, safe to run in a worker or Node.
 * Loaded lazily: the shell imports this module only when the rendered preview is shown.
 */
import type { Element, Root } from 'hast';
import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { nestingDepth } from './nestingDepth';

/** Deeper nesting is shown as text: the parser slows down sharply on it (seconds at a few thousand levels). */
export const MAX_PREVIEW_DEPTH = 100;

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, {
    // Raw HTML becomes visible text instead of being dropped or parsed: nothing executes, nothing vanishes.
    handlers: { html: (_state: unknown, node: Html) => ({ type: 'text' as const, value: node.value }) },
  })
  // remark-rehype already prefixes the only ids it makes (footnotes) with `user-content-`; a second prefix
  // from the sanitizer would break the footnote links. Raw HTML never reaches the tree, so no other ids exist.
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: '' })
  .use(labelTaskCheckboxes)
  .use(rehypeStringify)
  .freeze();

/**
 * Accessibility fixes after the sanitizer, adding only fixed attributes of ours: GFM task items render as
 * disabled checkboxes with no label, so they get one; a code block wider than the preview scrolls, so it can
 * take focus and be scrolled by keyboard.
 */
function labelTaskCheckboxes() {
  return (tree: Root) => {
    visit(tree, 'element', (el: Element) => {
      if (el.tagName === 'input' && el.properties.type === 'checkbox') el.properties.ariaLabel = el.properties.checked ? 'Done' : 'Not done';
      if (el.tagName === 'pre') el.properties.tabIndex = 0;
    });
  };
}

/**
 * Render Markdown (CommonMark + GFM) to an HTML string that is safe to assign to `innerHTML`.
 * Never throws for user content: input the parser cannot handle (nesting deeper than MAX_PREVIEW_DEPTH,
 * or anything that makes it throw) comes back as an escaped `<pre>` block with a short notice.
 */
export async function renderHtml(markdown: string): Promise<string> {
  if (nestingDepth(markdown) > MAX_PREVIEW_DEPTH) return asText(markdown, 'it is nested too deeply');
  try {
    return String(await processor.process(markdown));
  } catch (error) {
    return asText(markdown, error instanceof RangeError ? 'it is nested too deeply' : 'it could not be rendered');
  }
}

function asText(markdown: string, why: string): string {
  return `<p><em>Preview shown as text: ${why}.</em></p><pre>${escapeHtml(markdown)}</pre>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
