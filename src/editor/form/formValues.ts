/**
 * What each form validates, read from the store: a section's fields, with array fields turned into records
 * keyed by row id so a check's message follows its row. Pure.
 */
import type { DocState } from '../../store/store';
import { TEMPLATE, getAt } from '../../spec';

/** The key of the title-and-metadata form; every other form key is a template section id. */
export const META_FORM = 'meta';

/** The form field name of a cell: `envVars.r12.variable`. */
export function cellName(subId: string, rowId: string, column: string): string {
  return `${subId}.${rowId}.${column}`;
}

/** The values the form `formKey` validates; only the top-level `keys` when given. */
export function formValues(
  state: Pick<DocState, 'spec' | 'rowIds'>,
  formKey: string,
  keys?: readonly string[],
): Record<string, unknown> {
  if (formKey === META_FORM) return { title: state.spec.title, meta: state.spec.meta };
  const section = TEMPLATE.find((s) => s.id === formKey);
  if (!section) throw new Error(`Cannot read form '${formKey}', expected '${META_FORM}' or a template section id`);
  const out: Record<string, unknown> = {};
  for (const sub of section.subsections) {
    if (keys && !keys.includes(sub.id)) continue;
    const path = `${section.id}.${sub.id}`;
    const value = getAt(state.spec, path);
    const ids = state.rowIds[path];
    out[sub.id] = Array.isArray(value) && ids ? Object.fromEntries(ids.map((id, i) => [id, value[i]])) : value;
  }
  return out;
}
