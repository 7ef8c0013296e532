/**
 * The one list of Tiptap extensions the prose editor uses. The editor, the lossless check and the serializer
 * all build from this list, so what the check accepts is exactly what the editor can hold.
 * Only Markdown-representable features: no underline (Markdown has none), headings 4-6 only (levels 1-3 are
 * the document's own structure), no trailing node (it would change an untouched document on load).
 */
import type { AnyExtension } from '@tiptap/core';
import { Code } from '@tiptap/extension-code';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Markdown } from '@tiptap/markdown';
import StarterKit from '@tiptap/starter-kit';
import { escapeBlockStarts } from './escapeBlockStarts';

/** Heading levels allowed inside a prose field. */
export const PROSE_HEADING_LEVELS = [4, 5, 6] as const;

/** Extensions for a prose field, with the Markdown codec. */
export function proseExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [...PROSE_HEADING_LEVELS] },
      underline: false,
      trailingNode: false,
      code: false,
      paragraph: false,
      link: { openOnClick: false, autolink: true, linkOnPaste: true, defaultProtocol: 'https' },
    }),
    // Real specs write **`--flag`** and [`Type`](url): Tiptap's code mark excludes every other mark by default,
    // which would make those fields fail the lossless check. Markdown allows the nesting, so allow it too.
    Code.extend({ excludes: '' }),
    // A paragraph whose text starts with `# `, `1. `, `- ` or `---` must stay a paragraph in the Markdown.
    Paragraph.extend({
      renderMarkdown(node, helpers, context) {
        const markdown = this.parent?.(node, helpers, context) ?? '';
        return escapeBlockStarts(markdown);
      },
    }),
    Markdown.configure({ indentation: { style: 'space', size: 2 } }),
  ];
}
