/**
 * What the editor accepts, in one place (the messages name these figures). Import parses the whole text on
 * the page's main thread at roughly 1–2 s per MB of Markdown here (remark + GFM; see docs/safety.md), and the
 * preview and lint parse it again after edits, so the limit keeps the page responsive rather than merely
 * alive. Real specs are 10–60 kB.
 */

/** Largest file (or pasted text) imported, in bytes. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** `2 MB`, `20.0 MB`, `512 kB`: sizes as the messages write them (binary units, as file managers do). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) {
    const mb = n / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  return `${Math.ceil(n / 1024)} kB`;
}
