/** What every field widget receives: its place in the template. */
import type { FieldRef } from '../../spec';

export interface FieldProps {
  field: FieldRef;
}

/** The DOM id of a field's main control, from its path (`overview.purpose` -> `f-overview-purpose`). */
export function fieldDomId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The DOM id of a subsection's or section's region (`overview.purpose` -> `s-overview-purpose`). */
export function regionDomId(pathOrSection: string): string {
  return `s-${pathOrSection.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The DOM id of a subsection's or section's heading. */
export function headingDomId(pathOrSection: string): string {
  return `h-${pathOrSection.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
