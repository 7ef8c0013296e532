/**
 * Turning user input into a spec: Markdown through the importer (which never rejects), JSON through
 * `JSON.parse` and `specSchema` (which may: the message names the field path and says what zod expected).
 */
import type { z } from 'zod';
import { specSchema, type Spec } from '../spec';
import { importMarkdown, type ImportResult } from '../markdown';
import { InputError } from './errors';
import type { CliIO } from './io';
import { readTextInput, type TextInput } from './input';

/** Reads and imports a Markdown spec from `file` or `-`. */
export async function readMarkdownSpec(io: CliIO, file: string): Promise<TextInput & ImportResult> {
  const input = await readTextInput(io, file, 'a Markdown spec');
  return { ...input, ...importMarkdown(input.text) };
}

/** Reads spec JSON from `file` or `-` and validates it against `specSchema`. */
export async function readJsonSpec(io: CliIO, file: string): Promise<Spec> {
  const { name, text } = await readTextInput(io, file, 'spec JSON');
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`${name}: invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return validateSpec(name, value);
}

/** `value` as a Spec, or an `InputError` listing each problem as `path: zod message` on one line. */
export function validateSpec(name: string, value: unknown): Spec {
  const result = specSchema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(`${name}: not a valid spec: ${describeIssues(result.error.issues)}`);
}

/** `architecture.dependencies[0].purpose: Invalid input: expected string, received number; ...` (at most 3). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (issues.length > shown.length) shown.push(`and ${issues.length - shown.length} more`);
  return shown.join('; ');
}

/** `['a', 'b', 0, 'c']` as `a.b[0].c` (the root as `(root)`). */
export function formatPath(path: readonly PropertyKey[]): string {
  const s = path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
  return s || '(root)';
}
