/** Splitting a text into blocks of whole lines, for the preview. Pure. */

/** Lines per block of the preview text. */
export const CHUNK_LINES = 64;

/**
 * `text` cut after every `lines`-th line end; each piece keeps its line ends, so the pieces joined are `text`.
 * An empty text gives no piece.
 */
export function chunkLines(text: string, lines = CHUNK_LINES): string[] {
  if (lines < 1) throw new Error(`Cannot cut text into blocks of ${lines} lines, expected at least 1`);
  const out: string[] = [];
  let start = 0;
  let count = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    if (++count < lines) continue;
    out.push(text.slice(start, nl + 1));
    start = nl + 1;
    count = 0;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/**
 * A copy of `s` that does not keep alive the string it was cut from: V8 represents a slice as a view into
 * its parent, so a kept 4 kB block of an old preview would keep that whole 1 MB preview text in memory.
 */
function detached(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * The blocks to show for `next`: a block equal to the one at the same place in `prev` is `prev`'s (so it
 * is the same string and nothing re-renders), any other is a detached copy. Blocks shown therefore never
 * hold on to earlier preview texts.
 */
export function keepBlocks(prev: readonly string[], next: readonly string[]): string[] {
  return next.map((block, i) => (block === prev[i] ? prev[i]! : detached(block)));
}
