/**
 * One item of a ListEditor: drag handle, number, the field's own body, row buttons. It subscribes to its own
 * value only, so typing in one item re-renders that item and no other.
 */
import { memo, useCallback, type ComponentType } from 'react';
import { useRow } from '../../store/hooks';
import { RowActions } from '../rows/RowActions';
import type { RowCommand } from '../rows/rowKeys';
import type { DropMark, useDragReorder } from './useDragReorder';

/** What an item's body receives. Controls put `data-row-id` and `data-col` on themselves for focus. */
export interface ItemProps<T> {
  path: string;
  rowId: string;
  index: number;
  value: T;
}

interface ListItemProps {
  path: string;
  rowId: string;
  index: number;
  last: boolean;
  noun: string;
  Item: ComponentType<ItemProps<unknown>>;
  onCommand(cmd: RowCommand, rowId: string, col: string): void;
  drag: ReturnType<typeof useDragReorder>;
  mark: DropMark | null;
  dragging: boolean;
  /** Virtualized lists measure rendered items through this, and give each its place in the whole list. */
  measure?: (el: HTMLLIElement | null) => void;
  setSize?: number;
}

export const ListItem = memo(
  function ListItem({ path, rowId, index, last, noun, Item, onCommand, drag, mark, dragging, measure, setSize }: ListItemProps) {
    const value = useRow(path, index);
    const onRowCommand = useCallback((cmd: RowCommand) => onCommand(cmd, rowId, ''), [onCommand, rowId]);
    if (value === undefined) return null;
    const cls = ['list-item', dragging && 'dragging', mark && (mark.after ? 'drop-after' : 'drop-before')];
    return (
      <li
        className={cls.filter(Boolean).join(' ')}
        onDragOver={drag.onDragOver(rowId)}
        onDrop={drag.onDrop(rowId)}
        ref={measure}
        data-index={index}
        aria-setsize={setSize}
        aria-posinset={setSize === undefined ? undefined : index + 1}
      >
        <span
          className="drag-handle"
          draggable
          onDragStart={drag.onDragStart(rowId)}
          onDragEnd={drag.onDragEnd}
          title={`Drag to move ${noun} ${index + 1}`}
          aria-hidden="true"
        >
          ⋮⋮
        </span>
        <span className="item-number" aria-hidden="true">
          {index + 1}
        </span>
        <div className="item-body">
          <Item path={path} rowId={rowId} index={index} value={value} />
        </div>
        <RowActions name={`${noun} ${index + 1}`} first={index === 0} last={last} onCommand={onRowCommand} />
      </li>
    );
  },
  // The drag object changes on every drag-state change; items only need to re-render when their own mark does.
  (a, b) =>
    a.rowId === b.rowId &&
    a.index === b.index &&
    a.last === b.last &&
    a.mark === b.mark &&
    a.dragging === b.dragging &&
    a.measure === b.measure &&
    a.setSize === b.setSize &&
    a.onCommand === b.onCommand &&
    a.Item === b.Item,
);
