/**
 * A reorderable list of items (design goals, glossary terms): add, remove, duplicate, move by Alt+Up/Down or
 * by dragging the handle. Each item subscribes to its own value; the list only to the ids. Long lists render
 * only the items in view (a glossary of 1,500 terms was 30,000 elements).
 */
import { useRef, type ComponentType } from 'react';
import { headingDomId } from '../fields/types';
import { ShortcutHint } from '../rows/RowActions';
import { useVirtualRows } from '../rows/useVirtualRows';
import { ListItem, type ItemProps } from './ListItem';
import { useDragReorder } from './useDragReorder';

export type { ItemProps } from './ListItem';

/** Lists this long or longer render only the items in view. */
export const VIRTUALIZE_LIST_FROM = 60;
const ITEM_HEIGHT = 44;

interface ListEditorProps<T> {
  path: string;
  /** What one item is called, lower case ("goal", "term"). */
  noun: string;
  /** The control that gets focus in a new item. */
  firstCol: string;
  Item: ComponentType<ItemProps<T>>;
}

export function ListEditor<T>({ path, noun, firstCol, Item }: ListEditorProps<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useVirtualRows({ path, scrollRef, rowsRef: listRef, firstCol, virtualizeFrom: VIRTUALIZE_LIST_FROM, rowHeight: ITEM_HEIGHT, overscan: 8 });
  const { ids, virtual, onCommand, indexes, padTop, padBottom } = rows;
  const drag = useDragReorder(path);

  return (
    <div className="list-editor">
      <div className={virtual ? 'list-scroll virtual' : 'list-scroll'} ref={scrollRef}>
        <ol
          className="list-items"
          ref={listRef}
          onKeyDown={rows.onKeyDown}
          aria-labelledby={headingDomId(path)}
          style={virtual ? { paddingTop: padTop, paddingBottom: padBottom } : undefined}
        >
          {indexes.map((i) => (
            <ListItem
              key={ids[i]}
              path={path}
              rowId={ids[i]!}
              index={i}
              last={i === ids.length - 1}
              noun={noun}
              Item={Item as ComponentType<ItemProps<unknown>>}
              onCommand={onCommand}
              drag={drag}
              mark={drag.mark?.rowId === ids[i] ? drag.mark : null}
              dragging={drag.dragging === ids[i]}
              measure={rows.measure}
              setSize={virtual ? ids.length : undefined}
            />
          ))}
        </ol>
      </div>
      {ids.length === 0 && <p className="empty-note">No {noun}s yet.</p>}
      <div className="table-footer">
        <button type="button" className="button" onClick={rows.addRow}>
          Add {noun}
        </button>
        <ShortcutHint enter={`new ${noun} (Shift+Enter: line break)`} />
      </div>
    </div>
  );
}
