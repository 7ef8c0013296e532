/**
 * Spec JSON (as `specwright json` writes it) into a spec. Invariant: the result is either a spec that
 * `specSchema` accepts or a message that says what is wrong, naming each field path. Pure.
 */
import type { z } from 'zod';
import { specSchema, type Spec } from '../../spec';

export type SpecJsonOutcome = { ok: true; spec: Spec } | { ok: false; error: string };

/** `a.b[0].c` for zod's `['a', 'b', 0, 'c']`. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('') || '(the whole file)';
}

function issuesText(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${pathText(i.path)}: ${i.message}`);
  if (issues.length > 3) shown.push(`and ${issues.length - 3} more`);
  return shown.join('; ');
}

const SPEC_KEYS = Object.keys(specSchema.shape);

/** The spec in `text`; the error completes a sentence that starts with the file name. */
export function parseSpecJson(text: string): SpecJsonOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}.` };
  }
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isObject || !SPEC_KEYS.some((k) => k in (value as object))) {
    return { ok: false, error: `is JSON but not a Specwright spec: a spec is an object with ${SPEC_KEYS.slice(0, 4).join(', ')}, … (as "specwright json" writes it).` };
  }
  const parsed = specSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: `is not a valid spec: ${issuesText(parsed.error.issues)}.` };
  return { ok: true, spec: parsed.data };
}
