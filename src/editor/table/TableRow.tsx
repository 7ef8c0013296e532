/**
 * One table row. It subscribes to its own row object only, so typing in a cell re-renders this row and no
 * other; the table passes the row's position, which changes only when rows are added, removed or moved.
 */
import { memo, useCallback } from 'react';
import { getAt, type TableRow as Row } from '../../spec';
import { useRow } from '../../store/hooks';
import { useSpecStore } from '../../store/store';
import { cellName } from '../form/formValues';
import { RowActions } from '../rows/RowActions';
import type { RowCommand } from '../rows/rowKeys';
import { cellValue, withCell, type GridColumn } from './columns';
import { TableCell } from './TableCell';

export interface TableRowProps {
  path: string;
  subId: string;
  rowId: string;
  index: number;
  last: boolean;
  columns: readonly GridColumn[];
  onCommand(cmd: RowCommand, rowId: string, col: string): void;
  /** Virtualized tables measure rendered rows through this. */
  measure?: (el: HTMLTableRowElement | null) => void;
}

export const TableRow = memo(function TableRow(props: TableRowProps) {
  const { path, subId, rowId, index, last, columns, onCommand, measure } = props;
  const row = useRow<Row | undefined>(path, index);
  const setField = useSpecStore((s) => s.setField);
  const onEdit = useCallback(
    (col: GridColumn, value: string) => {
      const rows = getAt(useSpecStore.getState().spec, path) as Row[];
      setField(`${path}[${index}]`, withCell(rows[index]!, col, value));
    },
    [setField, path, index],
  );
  const onRowCommand = useCallback(
    (cmd: RowCommand) => onCommand(cmd, rowId, columns[0]!.key),
    [onCommand, rowId, columns],
  );
  if (!row) return null;
  return (
    <tr data-index={index} ref={measure} aria-rowindex={index + 2}>
      <td className="row-number" aria-hidden="true">
        {index + 1}
      </td>
      {columns.map((col) => (
        <TableCell
          key={col.key}
          rowId={rowId}
          index={index}
          column={col}
          value={cellValue(row, col)}
          checkName={cellName(subId, rowId, col.key)}
          onEdit={onEdit}
        />
      ))}
      <td className="row-actions-cell">
        <RowActions name={`row ${index + 1}`} first={index === 0} last={last} onCommand={onRowCommand} />
      </td>
    </tr>
  );
});
