/**
 * The keyboard commands shared by tables and lists, as one table of key -> command. Pure: a key event in,
 * a command name out; the caller runs it.
 */

export type RowCommand = 'moveUp' | 'moveDown' | 'duplicate' | 'remove' | 'enter';

interface KeyLike {
  key: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
}

/** The shortcuts, as shown to users and announced through aria-keyshortcuts. */
export const ROW_SHORTCUTS = {
  moveUp: 'Alt+ArrowUp',
  moveDown: 'Alt+ArrowDown',
  duplicate: 'Alt+Shift+ArrowDown',
  remove: 'Alt+Shift+Backspace',
} as const;

/** The row command a key press asks for, or null for keys the field handles itself. */
export function rowCommand(e: KeyLike): RowCommand | null {
  if (e.isComposing || e.ctrlKey || e.metaKey) return null;
  if (e.altKey && !e.shiftKey && e.key === 'ArrowUp') return 'moveUp';
  if (e.altKey && !e.shiftKey && e.key === 'ArrowDown') return 'moveDown';
  if (e.altKey && e.shiftKey && e.key === 'ArrowDown') return 'duplicate';
  if (e.altKey && e.shiftKey && (e.key === 'Backspace' || e.key === 'Delete')) return 'remove';
  if (!e.altKey && !e.shiftKey && e.key === 'Enter') return 'enter';
  return null;
}
