/** How much of a section is filled in, for the outline. Pure. */
import { getAt, type SectionDef, type Spec } from '../../spec';

/** True when a field's value has any text: a non-blank string, an array with a non-blank entry, any key set. */
export function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isFilled);
  if (value && typeof value === 'object') return Object.values(value).some(isFilled);
  return false;
}

/** The number of filled subsections of `section`. */
export function filledCount(spec: Spec, section: SectionDef): number {
  return section.subsections.filter((sub) => isFilled(getAt(spec, `${section.id}.${sub.id}`))).length;
}
