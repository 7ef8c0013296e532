/**
 * Recognising the template's placeholder text left in a document: a whole field still holding the template's
 * text, a key-value bullet still holding its hint, a table row of `...` cells, a `Goal 1` item, the
 * `[Component Name]` title and the `YYYY-MM-DD` date. Pure; reads the template description only.
 */
import { FIELDS, META_FIELDS, TITLE_PLACEHOLDER, subsectionHeading, type FieldRef } from '../spec';
import type { Span } from '../markdown/types';
import type { LintContext } from './context';
import { isValidMetaValue } from './meta-values';
import { normalizeBlock, plainText } from './text';

/** One piece of placeholder text found: where, and what it is. */
export interface PlaceholderHit {
  at: Span | { line: number; column: number };
  path: string;
  /** Where, for the message: `'1.1 Purpose'`, `The title`. */
  label: string;
  /** What is left, for the message: `the template's placeholder text`, `the sample item 'Goal 1'`. */
  what: string;
}

const isEllipsis = (s: string) => /^(\.\.\.|…)$/.test(plainText(s));

/** The text of a field as the source writes it (a code field's code, without fences). */
function fieldText(ctx: LintContext, f: FieldRef): string | undefined {
  const src = ctx.source.fields[f.path];
  if (!src) return undefined;
  if (f.sub.field.kind === 'code') return ctx.code(f.path)?.value;
  return ctx.slice(src.span);
}

/** Whether the whole field still holds the template's placeholder text. */
export function holdsPlaceholder(ctx: LintContext, f: FieldRef): boolean {
  const text = fieldText(ctx, f);
  return text !== undefined && text.trim() !== '' && normalizeBlock(text) === normalizeBlock(f.sub.placeholder);
}

/** Placeholder text inside one field: the whole field, or parts of it. */
function inField(ctx: LintContext, f: FieldRef): PlaceholderHit[] {
  const src = ctx.source.fields[f.path];
  if (!src) return [];
  const label = `'${subsectionHeading(f.sub)}'`;
  if (holdsPlaceholder(ctx, f)) return [{ at: src.span, path: f.path, label, what: "the template's placeholder text" }];
  const field = f.sub.field;
  const hits: PlaceholderHit[] = [];
  if (field.kind === 'keyValue') {
    for (const k of field.keys) {
      const span = src.parts?.[k.key];
      if (span && plainText(ctx.slice(span)) === k.hint) hits.push({ at: span, path: `${f.path}.${k.key}`, label, what: `the hint '${k.hint}'` });
    }
  } else if (field.kind === 'list') {
    const samples = new Set(f.sub.placeholder.split('\n').map((l) => l.replace(/^\s*[-*+]\s+/, '').trim()));
    src.items?.forEach((item, i) => {
      const text = plainText(ctx.slice(item.span).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
      if (samples.has(text)) hits.push({ at: item.span, path: `${f.path}[${i}]`, label, what: `the sample item '${text}'` });
    });
  } else if (field.kind === 'table' || field.kind === 'terms') {
    const hints = field.columns.map((c) => c.hint);
    src.items?.forEach((item, i) => {
      const row = (item.value ?? {}) as Record<string, unknown>;
      const cells = field.columns.map((c) => plainText(typeof row[c.key] === 'string' ? (row[c.key] as string) : ''));
      const sample = field.kind === 'terms' && cells.length === hints.length && cells.every((c, j) => c === hints[j]);
      if (cells.every(isEllipsis) || sample) hits.push({ at: item.span, path: `${f.path}[${i}]`, label, what: 'a sample row' });
    });
  }
  return hits;
}

/** Every piece of placeholder text in the document, in template order. */
export function findPlaceholders(ctx: LintContext): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  const title = ctx.source.title;
  if (title?.heading.text.includes(TITLE_PLACEHOLDER)) {
    hits.push({ at: title.heading.span, path: '$title', label: 'The title', what: `'${TITLE_PLACEHOLDER}'` });
  }
  for (const m of META_FIELDS) {
    const span = ctx.source.meta?.fields[m.key];
    if (span && !isValidMetaValue(m.key, m.placeholder) && plainText(ctx.slice(span)) === m.placeholder) {
      hits.push({ at: span, path: `meta.${m.key}`, label: `'${m.label}'`, what: `the placeholder '${m.placeholder}'` });
    }
  }
  for (const f of FIELDS) hits.push(...inField(ctx, f));
  return hits;
}
