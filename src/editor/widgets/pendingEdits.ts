/**
 * Edits an editor widget holds back while the author types: the rich text and code editors report their
 * text at most every 100 ms (serializing and updating the store on every key would cost a frame). Anything
 * that reads the document on the author's behalf (save, download, copy, a replacing import, leaving the
 * page) calls `flushPendingEdits()` first, so it never misses the last keys typed.
 */
const pending = new Set<() => void>();

/** Registers `flush` as holding an edit; the returned function withdraws it (call it when flushed). */
export function holdEdit(flush: () => void): () => void {
  pending.add(flush);
  return () => {
    pending.delete(flush);
  };
}

/** Reports every held edit now. */
export function flushPendingEdits(): void {
  for (const flush of [...pending]) flush();
}
