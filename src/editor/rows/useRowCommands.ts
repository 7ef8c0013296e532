/**
 * Runs row commands (move, duplicate, remove, Enter for the next or a new row) for one array field and puts
 * focus back where the user expects it once React has re-rendered the rows. Rows are found in the DOM by
 * `data-row-id` and a control by `data-col`.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { useSpecStore } from '../../store/store';
import type { RowCommand } from './rowKeys';

interface Target {
  rowId: string;
  col: string;
}

/** Focus handling and command running for the rows inside `container`. */
export function useRowCommands(
  path: string,
  container: RefObject<HTMLElement | null>,
  /** Makes row `index` rendered (virtualized tables scroll to it). */
  reveal?: (index: number) => void,
) {
  const pending = useRef<Target | null>(null);

  const tryFocus = useCallback(() => {
    const t = pending.current;
    if (!t || !container.current) return;
    const el = container.current.querySelector<HTMLElement>(
      `[data-row-id="${CSS.escape(t.rowId)}"][data-col="${CSS.escape(t.col)}"]`,
    );
    if (el) {
      pending.current = null;
      if (document.activeElement !== el) el.focus();
      return;
    }
    const i = useSpecStore.getState().rowIds[path]?.indexOf(t.rowId) ?? -1;
    if (i >= 0) reveal?.(i);
  }, [container, path, reveal]);

  // Every render may be the one that put the target row in place.
  useLayoutEffect(() => tryFocus());

  /** Focuses `col` of row `rowId` now or, if it is not rendered yet, after the next render. */
  const focusRow = useCallback(
    (rowId: string, col: string) => {
      pending.current = { rowId, col };
      tryFocus();
    },
    [tryFocus],
  );

  /**
   * Runs `cmd` on row `rowId` from the control `col` ('' from a button); `firstCol` is where a new row, or a
   * row acted on by a button, gets focus.
   */
  const run = useCallback(
    (cmd: RowCommand, rowId: string, fromCol: string, firstCol: string) => {
      const col = fromCol || firstCol;
      const store = useSpecStore.getState();
      const ids = store.rowIds[path] ?? [];
      const i = ids.indexOf(rowId);
      if (i < 0) return;
      const after = () => useSpecStore.getState().rowIds[path] ?? [];
      switch (cmd) {
        case 'moveUp':
        case 'moveDown':
          store.moveRow(path, rowId, cmd === 'moveUp' ? -1 : 1);
          return focusRow(rowId, col);
        case 'duplicate':
          store.duplicateRow(path, rowId);
          return focusRow(after()[i + 1]!, col);
        case 'remove': {
          store.removeRow(path, rowId);
          const left = after();
          const next = left[Math.min(i, left.length - 1)];
          if (next) focusRow(next, col);
          return;
        }
        case 'enter':
          if (i < ids.length - 1) return focusRow(ids[i + 1]!, col);
          store.addRows(path);
          return focusRow(after().at(-1)!, firstCol);
      }
    },
    [path, focusRow],
  );

  return { run, focusRow };
}
