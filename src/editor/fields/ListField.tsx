/** A list field (design goals): one Markdown string per bullet, each edited in a growing textarea. */
import { useMemo } from 'react';
import { useSpecStore } from '../../store/store';
import { ListEditor, type ItemProps } from '../list/ListEditor';
import type { FieldProps } from './types';

function ListItemText({ path, rowId, index, value, label }: ItemProps<string> & { label: string }) {
  return (
    <textarea
      className="item-text"
      rows={1}
      aria-label={`${label} ${index + 1}`}
      data-row-id={rowId}
      data-col="text"
      value={value}
      onChange={(e) => useSpecStore.getState().setField(`${path}[${index}]`, e.target.value)}
    />
  );
}

export function ListField({ field }: FieldProps) {
  const kind = field.sub.field;
  if (kind.kind !== 'list') throw new Error(`Cannot show '${field.path}' as a list, expected a list field`);
  const label = kind.itemLabel;
  // A stable item component, so memoized list items are not remounted on each render.
  const Item = useMemo(() => (p: ItemProps<string>) => <ListItemText {...p} label={label} />, [label]);
  return <ListEditor<string> path={field.path} noun={label.toLowerCase()} firstCol="text" Item={Item} />;
}
