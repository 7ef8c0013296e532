/** One cell of a table editor: a text input named "Column, row N" with its check message once touched. */
import { useFieldCheck } from '../form/useFieldCheck';
import type { GridColumn } from './columns';

export interface TableCellProps {
  rowId: string;
  /** 0-based row position, shown 1-based in the label. */
  index: number;
  column: GridColumn;
  value: string;
  /** The form field name the checks use (`envVars.r12.variable`). */
  checkName: string;
  onEdit(column: GridColumn, value: string): void;
}

export function TableCell({ rowId, index, column, value, checkName, onEdit }: TableCellProps) {
  const check = useFieldCheck(checkName);
  const errorId = `${rowId}-${column.key}-error`.replace(/[^A-Za-z0-9-]+/g, '-');
  return (
    <td className={column.extra ? 'cell cell-extra' : 'cell'}>
      <input
        type="text"
        aria-label={`${column.header}, row ${index + 1}`}
        data-row-id={rowId}
        data-col={column.key}
        value={value}
        placeholder={column.hint}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={check.error ? true : undefined}
        aria-describedby={check.error ? errorId : undefined}
        onChange={(e) => {
          onEdit(column, e.target.value);
          check.afterChange();
        }}
        onBlur={check.onBlur}
      />
      {check.error && (
        <span id={errorId} className="cell-error">
          {check.error}
        </span>
      )}
    </td>
  );
}
