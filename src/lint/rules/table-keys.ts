/**
 * Rules about the key column of each table (the template's first column: crate, variable, code, term):
 * duplicates, and environment variable names that are not UPPER_SNAKE_CASE.
 */
import { FIELDS, fieldByPath, getAt, subsectionHeading, type FieldRef } from '../../spec';
import type { LintContext, Position } from '../context';
import { findingAt, plainText, toUpperSnake, UPPER_SNAKE } from '../text';
import type { Finding, LintRule } from '../types';

/** One row's key as written and where its text starts. */
export interface KeyCell {
  key: string;
  at: Position;
  index: number;
}

/** The key cells of a table or term field, in row order (rows with an empty or `...` key left out). */
export function keyCells(ctx: LintContext, f: FieldRef): KeyCell[] {
  const field = f.sub.field;
  if (field.kind !== 'table' && field.kind !== 'terms') return [];
  const keyName = field.columns[0].key;
  const src = ctx.source.fields[f.path];
  if (!src) return [];
  const rows = (getAt(ctx.spec, f.path) as Record<string, string>[] | undefined) ?? [];
  // The importer reads the template's sample rows as an empty table: they hold no keys.
  if (rows.length === 0) return [];
  const column = src.columns?.findIndex((c) => c.key === keyName) ?? -1;
  const out: KeyCell[] = [];
  (src.items ?? []).forEach((item, i) => {
    const value = (item.value as Record<string, unknown> | undefined)?.[keyName] ?? rows[i]?.[keyName];
    const key = typeof value === 'string' ? plainText(value) : '';
    if (!key || /^(\.\.\.|…)$/.test(key)) return;
    const cell = (column >= 0 ? item.cells[column] : undefined) ?? item.cells[0] ?? item.span;
    out.push({ key, at: ctx.cellStart(cell), index: i });
  });
  return out;
}

/** Name patterns some specs document (`LOOM_*`, `APP_<NAME>`, `{PREFIX}_HOST`): the pattern part counts as a word. */
const PATTERN_PART = /<[^>]*>|\{[^}]*\}|\*/g;

const keyFields = () => FIELDS.filter((f) => f.sub.field.kind === 'table' || f.sub.field.kind === 'terms');

export const duplicateKey: LintRule = {
  id: 'table/duplicate-key',
  severity: 'error',
  description: 'A dependency, environment variable, error code or glossary term is listed twice (compared ignoring case).',
  check(ctx) {
    const out: Finding[] = [];
    for (const f of keyFields()) {
      const field = f.sub.field as { columns: readonly { header: string }[] };
      const seen = new Map<string, KeyCell>();
      for (const cell of keyCells(ctx, f)) {
        const norm = cell.key.toLowerCase();
        const first = seen.get(norm);
        if (!first) {
          seen.set(norm, cell);
          continue;
        }
        out.push(
          findingAt(
            cell.at,
            `${field.columns[0]!.header} '${cell.key}' in '${subsectionHeading(f.sub)}' is already listed on line ${first.at.line}; merge the two rows`,
            `${f.path}[${cell.index}]`,
          ),
        );
      }
    }
    return out;
  },
};

export const envVarCase: LintRule = {
  id: 'table/env-var-case',
  severity: 'warning',
  description: 'An environment variable in 5.2 is not written in UPPER_SNAKE_CASE.',
  check(ctx) {
    return keyCells(ctx, fieldByPath('configuration.envVars'))
      .filter((c) => !UPPER_SNAKE.test(c.key.replace(PATTERN_PART, 'X')))
      .map((c) =>
        findingAt(
          c.at,
          `Environment variable '${c.key}' is not UPPER_SNAKE_CASE; rename it to '${toUpperSnake(c.key) || 'NAME'}'`,
          `configuration.envVars[${c.index}].variable`,
        ),
      );
  },
};
