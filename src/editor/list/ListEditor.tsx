/**
 * A reorderable list of items (design goals, glossary terms): add, remove, duplicate, move by Alt+Up/Down or
 * by dragging the handle. Each item subscribes to its own value; the list only to the ids. Long lists render
 * only the items in view (a glossary of 1,500 terms was 30,000 elements).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type ComponentType, type KeyboardEvent } from 'react';
import { useRowIds } from '../../store/hooks';
import { useSpecStore } from '../../store/store';
import { headingDomId } from '../fields/types';
import { ShortcutHint } from '../rows/RowActions';
import { rowCommand, type RowCommand } from '../rows/rowKeys';
import { useRowCommands } from '../rows/useRowCommands';
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
  const ids = useRowIds(path);
  const listRef = useRef<HTMLOListElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = ids.length >= VIRTUALIZE_LIST_FROM;
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ITEM_HEIGHT,
    overscan: 8,
    enabled: virtual,
    getItemKey: (i) => ids[i] ?? i,
  });
  const reveal = useCallback((i: number) => virtualizer.scrollToIndex(i, { align: 'auto' }), [virtualizer]);
  const { run, focusRow } = useRowCommands(path, listRef, virtual ? reveal : undefined);
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

  const items = virtual ? virtualizer.getVirtualItems() : null;
  const indexes = items ? items.map((it) => it.index) : ids.map((_, i) => i);
  const padTop = items?.[0]?.start ?? 0;
  const padBottom = items ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;

  return (
    <div className="list-editor">
      <div className={virtual ? 'list-scroll virtual' : 'list-scroll'} ref={scrollRef}>
        <ol
          className="list-items"
          ref={listRef}
          onKeyDown={onKeyDown}
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
              measure={virtual ? virtualizer.measureElement : undefined}
              setSize={virtual ? ids.length : undefined}
            />
          ))}
        </ol>
      </div>
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
