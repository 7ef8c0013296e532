/**
 * A reorderable list of items (design goals, glossary terms): add, remove, duplicate, move by Alt+Up/Down or
 * by dragging the handle. Each item subscribes to its own value; the list only to the ids.
 */
import { memo, useCallback, useRef, type ComponentType, type KeyboardEvent } from 'react';
import { useRow, useRowIds } from '../../store/hooks';
import { useSpecStore } from '../../store/store';
import { headingDomId } from '../fields/types';
import { RowActions, ShortcutHint } from '../rows/RowActions';
import { rowCommand, type RowCommand } from '../rows/rowKeys';
import { useRowCommands } from '../rows/useRowCommands';
import { useDragReorder, type DropMark } from './useDragReorder';

/** What an item's body receives. Controls put `data-row-id` and `data-col` on themselves for focus. */
export interface ItemProps<T> {
  path: string;
  rowId: string;
  index: number;
  value: T;
}

interface ListEditorProps<T> {
  path: string;
  /** What one item is called, lower case ("goal", "term"). */
  noun: string;
  /** The control that gets focus in a new item. */
  firstCol: string;
  Item: ComponentType<ItemProps<T>>;
}

export function ListEditor<T>({ path, noun, firstCol, Item }: ListEditorProps<T>) {
  const ids = useRowIds(path);
  const listRef = useRef<HTMLOListElement>(null);
  const { run, focusRow } = useRowCommands(path, listRef);
  const drag = useDragReorder(path);
  const onCommand = useCallback((cmd: RowCommand, rowId: string, col: string) => run(cmd, rowId, col, firstCol), [run, firstCol]);

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const t = e.target as HTMLElement;
    const cmd = rowCommand({ ...e, isComposing: e.nativeEvent.isComposing });
    if (!cmd || !t.dataset.rowId || !t.dataset.col) return;
    e.preventDefault();
    onCommand(cmd, t.dataset.rowId, t.dataset.col);
  };

  const add = () => {
    useSpecStore.getState().addRows(path);
    focusRow(useSpecStore.getState().rowIds[path]!.at(-1)!, firstCol);
  };

  return (
    <div className="list-editor">
      <ol className="list-items" ref={listRef} onKeyDown={onKeyDown} aria-labelledby={headingDomId(path)}>
        {ids.map((id, i) => (
          <ListItem
            key={id}
            path={path}
            rowId={id}
            index={i}
            last={i === ids.length - 1}
            noun={noun}
            Item={Item as ComponentType<ItemProps<unknown>>}
            onCommand={onCommand}
            drag={drag}
            mark={drag.mark?.rowId === id ? drag.mark : null}
            dragging={drag.dragging === id}
          />
        ))}
      </ol>
      {ids.length === 0 && <p className="empty-note">No {noun}s yet.</p>}
      <div className="table-footer">
        <button type="button" className="button" onClick={add}>
          Add {noun}
        </button>
        <ShortcutHint enter={`new ${noun} (Shift+Enter: line break)`} />
      </div>
    </div>
  );
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
}

const ListItem = memo(
  function ListItem({ path, rowId, index, last, noun, Item, onCommand, drag, mark, dragging }: ListItemProps) {
    const value = useRow(path, index);
    const onRowCommand = useCallback((cmd: RowCommand) => onCommand(cmd, rowId, ''), [onCommand, rowId]);
    if (value === undefined) return null;
    const cls = ['list-item', dragging && 'dragging', mark && (mark.after ? 'drop-after' : 'drop-before')];
    return (
      <li className={cls.filter(Boolean).join(' ')} onDragOver={drag.onDragOver(rowId)} onDrop={drag.onDrop(rowId)}>
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
    a.onCommand === b.onCommand &&
    a.Item === b.Item,
);
