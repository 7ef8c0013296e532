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
