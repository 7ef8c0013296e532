/** Rules about a table's shape: its header against the template's columns, and each row's cell count. */
import { FIELDS, subsectionHeading, type ColumnDef, type FieldRef } from '../../spec';
import type { FieldSource } from '../../markdown/types';
import type { LintContext } from '../context';
import { pipeInCodeSpan, splitRow } from '../table-cells';
import { findingAt, plainText, quoteList } from '../text';
import type { Finding, LintRule } from '../types';

/** Fields written as a GFM table, with their template columns. */
function tables(ctx: LintContext): { f: FieldRef; src: FieldSource; columns: readonly ColumnDef[] }[] {
  return FIELDS.flatMap((f) => {
    const field = f.sub.field;
    const src = ctx.source.fields[f.path];
    if ((field.kind !== 'table' && field.kind !== 'terms') || !src?.columns?.length) return [];
    if (field.kind === 'terms' && src.form === 'list') return [];
    return [{ f, src, columns: field.columns }];
  });
}

export const tableHeader: LintRule = {
  id: 'table/header',
  severity: 'warning',
  description: "A table's header differs from the template's columns (renamed, missing or reordered).",
  check(ctx) {
    const out: Finding[] = [];
    for (const { f, src, columns } of tables(ctx)) {
      const found = src.columns!;
      const name = subsectionHeading(f.sub);
      const template = `| ${columns.map((c) => c.header).join(' | ')} |`;
      for (const col of found) {
        const def = columns.find((c) => c.key === col.key);
        if (def && plainText(col.header) !== def.header) {
          out.push(findingAt(ctx.cellStart(col.span), `Column '${plainText(col.header)}' in '${name}' differs from the template's '${def.header}'; rename it`, f.path));
        }
      }
      const missing = columns.filter((c) => !found.some((col) => col.key === c.key));
      if (missing.length) {
        out.push(
          findingAt(src.span, `The table in '${name}' has no ${quoteList(missing.map((c) => c.header))} column; the template's header is '${template}'`, f.path),
        );
      }
      const order = found.map((col) => columns.findIndex((c) => c.key === col.key)).filter((i) => i >= 0);
      if (order.some((v, i) => i > 0 && v < order[i - 1]!)) {
        out.push(findingAt(src.span, `The columns of the table in '${name}' are out of the template's order; write them as '${template}'`, f.path));
      }
    }
    return out;
  },
};

export const extraColumn: LintRule = {
  id: 'table/extra-column',
  severity: 'info',
  description: 'A table has a column the template does not have; it is kept.',
  check(ctx) {
    return tables(ctx).flatMap(({ f, src, columns }) =>
      src
        .columns!.filter((col) => !col.overflow && !columns.some((c) => c.key === col.key))
        .map((col) =>
          findingAt(
            ctx.cellStart(col.span),
            `Column '${plainText(col.header)}' in '${subsectionHeading(f.sub)}' is not in the template; it is kept (move its content into '${columns.at(-1)!.header}' to conform)`,
            f.path,
          ),
        ),
    );
  },
};

export const cellCount: LintRule = {
  id: 'table/cell-count',
  severity: 'error',
  description: 'A table row has more or fewer cells than its header (extra cells are dropped by Markdown renderers).',
  check(ctx) {
    const out: Finding[] = [];
    for (const { f, src } of tables(ctx)) {
      const header = ctx.line(src.span.line).slice(src.span.column - 1);
      const want = splitRow(header).length;
      const name = subsectionHeading(f.sub);
      for (const item of src.items ?? []) {
        const text = ctx.line(item.span.line).slice(item.span.column - 1);
        const cells = splitRow(text);
        if (cells.length === want) continue;
        if (cells.length > want) {
          const pipe = pipeInCodeSpan(text);
          const hint = pipe >= 0 ? "a '|' inside a code span splits the cell: escape it as '\\|'" : 'remove the extra cells or escape any literal | as \\|';
          const extra = cells[want]!;
          const offset = pipe >= 0 ? pipe : extra.start + /^\s*/.exec(extra.text)![0].length;
          const at = { line: item.span.line, column: item.span.column + offset };
          out.push(findingAt(at, `Row in '${name}' has ${cells.length} cells but the header has ${want}; ${hint}`, f.path));
        } else {
          out.push(findingAt(item.span, `Row in '${name}' has ${cells.length} cells but the header has ${want}; add the missing cells (an empty one is '|  |')`, f.path));
        }
      }
    }
    return out;
  },
};
