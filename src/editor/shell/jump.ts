/** Moves the view and focus to a section, subsection or the metadata, by path or section id. */
import { FIELDS, TEMPLATE } from '../../spec';
import type { Diagnostic, SourceDoc } from '../../markdown';
import { headingDomId, regionDomId } from '../fields/types';

/** The place (`meta`, a section id or a field path) a spec path such as `configuration.envVars[2].variable` is in. */
export function placeOf(path: string): string | null {
  if (path === '$title' || path === '$start' || path === 'title' || path.startsWith('meta')) return 'meta';
  const field = FIELDS.find((f) => path === f.path || path.startsWith(`${f.path}.`) || path.startsWith(`${f.path}[`));
  if (field) return field.path;
  const section = TEMPLATE.find((s) => path === s.id || path.startsWith(`${s.id}.`));
  return section ? section.id : null;
}

/** Where a diagnostic points: its path's place, else the last recognized heading at or before its line. */
export function diagnosticPlace(d: Diagnostic, source: SourceDoc | null): string | null {
  const byPath = d.path ? placeOf(d.path) : null;
  if (byPath) return byPath;
  const heading = source?.headings.filter((h) => h.matched && h.span.line <= d.line).at(-1);
  return heading?.matched ? placeOf(heading.matched) : d.line <= 3 ? 'meta' : null;
}

/** Scrolls to `place` and focuses its heading; false when the form has no such place. */
export function jumpTo(place: string): boolean {
  const region = document.getElementById(regionDomId(place));
  const heading = document.getElementById(headingDomId(place));
  if (!region) return false;
  const calm = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  region.scrollIntoView({ block: 'start', behavior: calm ? 'auto' : 'smooth' });
  heading?.focus({ preventScroll: true });
  return true;
}
