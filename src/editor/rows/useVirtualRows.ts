/**
 * What the table and list editors share: the row ids of one array field, the rows to render (all of them, or
 * only those in view once the field has `virtualizeFrom` rows or more), the row keys (move, duplicate, remove,
 * Enter) with focus put back afterwards, and "add a row" focusing the new row's first control.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { useRowIds } from '../../store/hooks';
import { useSpecStore } from '../../store/store';
import { rowCommand, type RowCommand } from './rowKeys';
import { useRowCommands } from './useRowCommands';

export interface VirtualRowsOptions {
  path: string;
  /** The element that scrolls the rows (virtualized fields only). */
  scrollRef: RefObject<HTMLElement | null>;
  /** The element holding the rows' controls (found by `data-row-id` and `data-col`). */
  rowsRef: RefObject<HTMLElement | null>;
  /** The control that gets focus in a new row. */
  firstCol: string;
  virtualizeFrom: number;
  /** Estimated row height in px, before rows are measured. */
  rowHeight: number;
  overscan: number;
}

export function useVirtualRows({ path, scrollRef, rowsRef, firstCol, virtualizeFrom, rowHeight, overscan }: VirtualRowsOptions) {
  const ids = useRowIds(path);
  const virtual = ids.length >= virtualizeFrom;
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    enabled: virtual,
    getItemKey: (i) => ids[i] ?? i,
  });
  const reveal = useCallback((i: number) => virtualizer.scrollToIndex(i, { align: 'auto' }), [virtualizer]);
  const { run, focusRow } = useRowCommands(path, rowsRef, virtual ? reveal : undefined);
  const onCommand = useCallback((cmd: RowCommand, rowId: string, col: string) => run(cmd, rowId, col, firstCol), [run, firstCol]);

  /** Row keys pressed in a row control (one that has `data-row-id` and `data-col`). */
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const t = e.target as HTMLElement;
    const cmd = rowCommand({ ...e, isComposing: e.nativeEvent.isComposing });
    if (!cmd || !t.dataset.rowId || !t.dataset.col) return;
    e.preventDefault();
    onCommand(cmd, t.dataset.rowId, t.dataset.col);
  };

  /** Adds a row at the end and focuses its first control. */
  const addRow = () => {
    useSpecStore.getState().addRows(path);
    focusRow(useSpecStore.getState().rowIds[path]!.at(-1)!, firstCol);
  };

  const items = virtual ? virtualizer.getVirtualItems() : null;
  return {
    ids,
    virtual,
    onCommand,
    onKeyDown,
    addRow,
    /** Positions of the rows to render, in order. */
    indexes: items ? items.map((it) => it.index) : ids.map((_, i) => i),
    /** Space above and below the rendered rows (px), standing for the rows not rendered. */
    padTop: items?.[0]?.start ?? 0,
    padBottom: items ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0,
    /** Ref callback that measures a rendered row (virtualized fields only). */
    measure: virtual ? virtualizer.measureElement : undefined,
  };
}
