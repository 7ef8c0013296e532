/**
 * No keyboard trap in the rich editor: Tab indents list items there, so, as in CodeMirror, pressing Escape
 * and then Tab (or Shift+Tab) within two seconds moves focus out instead. Invariant: only that Tab is
 * kept from the editor; its default action (moving focus) is left to the browser.
 */
import { useCallback, useRef } from 'react';

const WINDOW_MS = 2000;

/** A callback ref for the element wrapping the editor. */
export function useEscapeThenTabLeaves<T extends HTMLElement>(): (element: T | null) => void {
  const cleanup = useRef<(() => void) | undefined>(undefined);
  return useCallback((element: T | null) => {
    cleanup.current?.();
    cleanup.current = undefined;
    if (!element) return;
    let escapedAt = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        escapedAt = Date.now();
      } else if (event.key === 'Tab' && escapedAt && Date.now() - escapedAt <= WINDOW_MS) {
        // Capture phase on an ancestor: the editor never sees this Tab, the browser moves focus.
        event.stopPropagation();
        escapedAt = 0;
      } else if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) {
        escapedAt = 0;
      }
    };
    element.addEventListener('keydown', onKeyDown, true);
    cleanup.current = () => element.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
