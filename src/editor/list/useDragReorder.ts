/**
 * HTML5 drag and drop for reordering rows by their handle. The drag carries the row id under a private type,
 * so a dragged row is never mistaken for a dropped file (the page-wide import drop checks for files).
 */
import { useRef, useState, type DragEvent } from 'react';
import { useSpecStore } from '../../store/store';

export const ROW_DRAG_TYPE = 'application/x-specwright-row';

export interface DropMark {
  rowId: string;
  after: boolean;
}

/** Drag state and handlers for the rows of `path`. */
export function useDragReorder(path: string) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [mark, setMarkState] = useState<DropMark | null>(null);
  // Handlers read the mark through a ref: list items skip re-rendering while other items are hovered.
  const markRef = useRef<DropMark | null>(null);
  const setMark = (m: DropMark | null) => {
    markRef.current = m;
    setMarkState(m);
  };

  const onDragStart = (rowId: string) => (e: DragEvent) => {
    e.dataTransfer.setData(ROW_DRAG_TYPE, rowId);
    e.dataTransfer.effectAllowed = 'move';
    setDragging(rowId);
  };

  const onDragOver = (rowId: string) => (e: DragEvent<HTMLElement>) => {
    if (!e.dataTransfer.types.includes(ROW_DRAG_TYPE)) return;
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'move';
    const box = e.currentTarget.getBoundingClientRect();
    const after = e.clientY > box.top + box.height / 2;
    const m = markRef.current;
    if (m?.rowId !== rowId || m.after !== after) setMark({ rowId, after });
  };

  const onDrop = (rowId: string) => (e: DragEvent<HTMLElement>) => {
    const moved = e.dataTransfer.getData(ROW_DRAG_TYPE);
    if (!moved) return;
    e.preventDefault();
    e.stopPropagation();
    const ids = useSpecStore.getState().rowIds[path] ?? [];
    const from = ids.indexOf(moved);
    let to = ids.indexOf(rowId) + (markRef.current?.after ? 1 : 0);
    if (from < to) to -= 1;
    if (from >= 0) useSpecStore.getState().moveRowTo(path, moved, to);
    setMark(null);
    setDragging(null);
  };

  const onDragEnd = () => {
    setMark(null);
    setDragging(null);
  };

  return { dragging, mark, onDragStart, onDragOver, onDrop, onDragEnd };
}
