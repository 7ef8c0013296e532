/**
 * Decides whether a Markdown value can open in the rich editor without losing anything.
 * Invariant: `ok` only when (1) every construct is one the rich editor holds and (2) Markdown -> Tiptap ->
 * Markdown parses to the same mdast as the original (positions and list spacing aside). Otherwise the field
 * opens as Markdown source, with `what` naming the reason for a person. Never throws. No DOM.
 */
import { nestingDepth } from '../../preview/nestingDepth';
import { parseMdast, sameMdast } from './parseMdast';
import { roundTripThroughTiptap } from './tiptapMarkdown';
import { describeList, findUnsupported } from './unsupported';

/** Longer values open as source: parsing them twice on every load would stall the page. */
export const MAX_RICH_LENGTH = 50_000;
/** Deeper nesting opens as source: parsers slow down sharply on it, and no prose needs it. */
export const MAX_RICH_DEPTH = 32;

/** Result of the lossless check. `what` completes "this field contains <what> that the rich editor cannot keep". */
export type LosslessResult = { ok: true } | { ok: false; what: string };

/** Results for recently checked values: fields re-mount (mode toggles, draft switches) with the same text. */
const cache = new Map<string, LosslessResult>();
const CACHE_SIZE = 200;

/** Check whether `markdown` survives the rich editor unchanged in meaning. */
export function checkLossless(markdown: string): LosslessResult {
  const hit = cache.get(markdown);
  if (hit) return hit;
  const result = check(markdown);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(markdown, result);
  return result;
}

function check(markdown: string): LosslessResult {
  if (markdown.trim() === '') return { ok: true };
  if (markdown.length > MAX_RICH_LENGTH) return { ok: false, what: `more than ${MAX_RICH_LENGTH.toLocaleString('en')} characters` };
  if (nestingDepth(markdown) > MAX_RICH_DEPTH) return { ok: false, what: `lists or quotes nested more than ${MAX_RICH_DEPTH} deep` };
  try {
    const original = parseMdast(markdown);
    const unsupported = findUnsupported(original);
    if (unsupported.length > 0) return { ok: false, what: describeList(unsupported) };
    const again = roundTripThroughTiptap(markdown);
    // Same text, same tree: skip the second parse (the common case for plain prose).
    if (again === markdown.trimEnd()) return { ok: true };
    if (!sameMdast(original, parseMdast(again))) return { ok: false, what: 'Markdown formatting' };
    return { ok: true };
  } catch {
    // Content outside the schema, or a parser giving up: keep it as source.
    return { ok: false, what: 'Markdown structure' };
  }
}
