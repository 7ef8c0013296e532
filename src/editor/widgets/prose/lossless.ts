/**
 * Decides whether a Markdown value can open in the rich editor without losing anything.
 * Invariant: `ok` only when (1) every construct is one the rich editor holds and (2) Markdown -> Tiptap ->
 * Markdown parses to the same mdast as the original (positions and list spacing aside). Otherwise the field
 * opens as Markdown source, with `what` naming the reason for a person. Never throws. No DOM.
 */
import { parseMdast, sameMdast } from './parseMdast';
import { roundTripThroughTiptap } from './tiptapMarkdown';
import { describeList, findUnsupported } from './unsupported';

/** Result of the lossless check. `what` completes "this field contains <what> that the rich editor cannot keep". */
export type LosslessResult = { ok: true } | { ok: false; what: string };

/** Check whether `markdown` survives the rich editor unchanged in meaning. */
export function checkLossless(markdown: string): LosslessResult {
  if (markdown.trim() === '') return { ok: true };
  try {
    const original = parseMdast(markdown);
    const unsupported = findUnsupported(original);
    if (unsupported.length > 0) return { ok: false, what: describeList(unsupported) };
    const again = parseMdast(roundTripThroughTiptap(markdown));
    if (!sameMdast(original, again)) return { ok: false, what: 'Markdown formatting' };
    return { ok: true };
  } catch {
    // Deep nesting (stack overflow) or content outside the schema: keep it as source.
    return { ok: false, what: 'Markdown structure' };
  }
}
