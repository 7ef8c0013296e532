/**
 * Form checks, as zod schemas over each form's values. These are authoring hints shown after a field is
 * touched, stricter than the spec schema (which accepts any imported text). Tables are validated as records
 * keyed by row id (see formValues.ts), so a message stays on its row when rows move.
 */
import { z } from 'zod';
import { TEMPLATE } from '../../spec';

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A cell's text without surrounding backticks: real specs often write `` `LOG_LEVEL` ``. */
export const bareCell = (s: string): string => s.trim().replace(/^`+|`+$/g, '').trim();

/** A column check of a typed table, by table path. */
interface ColumnCheck {
  column: string;
  /** What one value is called in messages ("variable"). */
  noun: string;
  unique?: boolean;
  pattern?: { re: RegExp; message: string };
}

export const COLUMN_CHECKS: Record<string, readonly ColumnCheck[]> = {
  'architecture.dependencies': [{ column: 'crate', noun: 'crate', unique: true }],
  'configuration.envVars': [
    {
      column: 'variable',
      noun: 'variable',
      unique: true,
      pattern: { re: UPPER_SNAKE, message: 'Use UPPER_SNAKE_CASE, e.g. LOG_LEVEL' },
    },
  ],
  'appendix.errorCodes': [{ column: 'code', noun: 'code', unique: true }],
  'appendix.glossary': [{ column: 'term', noun: 'term', unique: true }],
};

type Rows = Record<string, Record<string, unknown>>;

function tableSchema(checks: readonly ColumnCheck[]) {
  return z.record(z.string(), z.looseObject({})).superRefine((rows: Rows, ctx) => {
    for (const check of checks) {
      const byValue = new Map<string, string[]>();
      for (const [id, row] of Object.entries(rows)) {
        const value = bareCell(String(row[check.column] ?? ''));
        if (!value) continue;
        if (check.pattern && !check.pattern.re.test(value)) {
          ctx.addIssue({ code: 'custom', path: [id, check.column], message: check.pattern.message });
        }
        byValue.set(value, [...(byValue.get(value) ?? []), id]);
      }
      if (!check.unique) continue;
      for (const [value, ids] of byValue) {
        if (ids.length < 2) continue;
        for (const id of ids) {
          ctx.addIssue({ code: 'custom', path: [id, check.column], message: `The ${check.noun} "${value}" appears more than once` });
        }
      }
    }
  });
}

/**
 * A form's checks, one schema per top-level form key (a subsection id, or `title`/`meta`), so a field's
 * check validates its own subsection only, not a whole section of long tables.
 */
export type FormChecks = Readonly<Record<string, z.ZodType>>;

/** The checks of one template section's form. */
export function sectionChecks(sectionId: string): FormChecks {
  const section = TEMPLATE.find((s) => s.id === sectionId);
  if (!section) throw new Error(`Cannot check section '${sectionId}', expected a template section id`);
  const checks: Record<string, z.ZodType> = {};
  for (const sub of section.subsections) {
    const columns = COLUMN_CHECKS[`${section.id}.${sub.id}`];
    if (columns) checks[sub.id] = tableSchema(columns);
  }
  return checks;
}

/** The checks of the title and metadata form. */
export const metaChecks: FormChecks = {
  title: z.string().refine((v) => v.trim() !== '', 'Enter the component name'),
  meta: z.looseObject({
    lastUpdated: z.string().refine((v) => v === '' || DATE.test(v), 'Use the date format YYYY-MM-DD'),
  }),
};
