/**
 * What the editor accepts, in one place (the messages name these figures). Import parses in a worker, but the
 * form and the preview still take the whole text on the page: a 1.9 MB spec gave main-thread tasks of up to
 * 2 s after its import on the shared test machine (docs/safety.md has the measurements). 2 MB is twice the
 * largest spec the team benchmarks and thirty times the largest real one.
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
