/**
 * A typed table (dependencies, environment variables, error codes): a real <table>, one row per entry, the
 * template's columns plus extra imported ones. Subscribes only to the row ids and the extra column names, so
 * typing in a cell does not re-render the table. Long tables render only the rows in view.
 */
import { useMemo, useRef, type ClipboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { getAt, type TableRow as Row } from '../../spec';
import { blankRow } from '../../store/rows';
import { useSpecStore } from '../../store/store';
import { headingDomId, type FieldProps } from '../fields/types';
import { ShortcutHint } from '../rows/RowActions';
import { useHeightAsStyle } from '../shell/useHeightAsStyle';
import { useVirtualRows } from '../rows/useVirtualRows';
import { columnWidths, extraHeaders, gridColumns, type GridColumn } from './columns';
import { parsePastedTable, pastedRows } from './pasteRows';
import { TableRow } from './TableRow';

/**
 * The selectors above run on every change to the store, a keystroke anywhere: computed once per rows array
 * (a new one only when this table changes), they cost nothing for the other tables of a big spec.
 */
const extrasCache = new WeakMap<readonly Row[], string[]>();
const widthsCache = new WeakMap<readonly Row[], { columns: readonly GridColumn[]; widths: number[] }>();
const NO_ROWS: readonly Row[] = [];

function extrasOf(rows: readonly Row[] = NO_ROWS): string[] {
  let extras = extrasCache.get(rows);
  if (!extras) extrasCache.set(rows, (extras = extraHeaders(rows)));
  return extras;
}

function widthsOf(rows: readonly Row[] = NO_ROWS, columns: readonly GridColumn[]): number[] {
  const hit = widthsCache.get(rows);
  if (hit?.columns === columns) return hit.widths;
  const widths = columnWidths(rows, columns);
  widthsCache.set(rows, { columns, widths });
  return widths;
}

/** Tables longer than this render only the rows in view. */
export const VIRTUALIZE_FROM = 60;
const ROW_HEIGHT = 37;

export function TableEditor({ field }: FieldProps) {
  const kind = field.sub.field;
  if (kind.kind !== 'table') throw new Error(`Cannot show '${field.path}' as a table, expected a table field`);
  const { path, sub } = field;
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableRowElement>(null);
  const firstCol = kind.columns[0]!.key;
  const rows = useVirtualRows({ path, scrollRef, rowsRef: scrollRef, firstCol, virtualizeFrom: VIRTUALIZE_FROM, rowHeight: ROW_HEIGHT, overscan: 10 });
  const { ids, virtual, onCommand, indexes, padTop, padBottom } = rows;
  const extras = useSpecStore(useShallow((s) => extrasOf(getAt(s.spec, path) as Row[] | undefined)));
  const columns = useMemo(() => gridColumns(kind.columns, extras), [kind.columns, extras]);
  const widths = useSpecStore(useShallow((s) => widthsOf(getAt(s.spec, path) as Row[] | undefined, columns)));
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  // A long table scrolls under its sticky header row: a cell reached with the keyboard stops below it.
  useHeightAsStyle(headRef, () => scrollRef.current, 'scroll-padding-top', virtual);

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    const t = e.target as HTMLElement;
    const pasted = parsePastedTable(e.clipboardData.getData('text/plain'));
    if (!pasted || !t.dataset.rowId) return;
    e.preventDefault();
    const start = Math.max(0, columns.findIndex((c) => c.key === t.dataset.col));
    useSpecStore.getState().pasteRows(path, t.dataset.rowId, pastedRows(pasted, columns, start, blankRow(path) as Row));
  };

  return (
    <div className="table-editor">
      <div className={virtual ? 'table-scroll virtual' : 'table-scroll'} ref={scrollRef}>
        <table aria-labelledby={headingDomId(path)} aria-rowcount={virtual ? ids.length + 1 : undefined} onKeyDown={rows.onKeyDown} onPaste={onPaste}>
          <colgroup>
            <col className="row-number-col" />
            {columns.map((c, i) => (
              <col key={c.key} style={{ width: `${(100 * widths[i]!) / totalWidth}%` }} />
            ))}
            <col className="row-actions-col" />
          </colgroup>
          <thead>
            <tr aria-rowindex={1} ref={headRef}>
              <th scope="col" className="row-number">
                <span className="sr-only">Row</span>
              </th>
              {columns.map((c) => (
                <th scope="col" key={c.key} className={c.extra ? 'cell-extra' : undefined}>
                  {c.header}
                  {c.extra && <span className="extra-tag"> (imported)</span>}
                </th>
              ))}
              <th scope="col" className="row-actions-cell">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr className="spacer" aria-hidden="true" style={{ height: padTop }} />}
            {indexes.map((i) => (
              <TableRow
                key={ids[i]}
                path={path}
                subId={sub.id}
                rowId={ids[i]!}
                index={i}
                last={i === ids.length - 1}
                columns={columns}
                onCommand={onCommand}
                measure={rows.measure}
              />
            ))}
            {padBottom > 0 && <tr className="spacer" aria-hidden="true" style={{ height: padBottom }} />}
          </tbody>
        </table>
        {ids.length === 0 && <p className="empty-note">No {kind.rowLabel} yet.</p>}
      </div>
      <div className="table-footer">
        <button type="button" className="button" onClick={rows.addRow}>
          Add row
        </button>
        <ShortcutHint enter="next row (a new one at the end)" />
      </div>
    </div>
  );
}
