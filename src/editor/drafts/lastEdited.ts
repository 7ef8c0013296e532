/** How the drafts list says when a draft was last edited. Pure. */

const MINUTE = 60_000;

/** "just now", "5 min ago", "3 h ago", else the date and time in the user's locale. */
export function lastEdited(at: number, now: number, locale?: string): string {
  const ago = now - at;
  if (ago < MINUTE) return 'just now';
  if (ago < 60 * MINUTE) return `${Math.floor(ago / MINUTE)} min ago`;
  if (ago < 24 * 60 * MINUTE) return `${Math.floor(ago / (60 * MINUTE))} h ago`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
