/** Rules about the metadata line's presence and form: `> Version: 1.0 | Status: Draft | Last Updated: YYYY-MM-DD`. */
import { META_FIELDS } from '../../spec';
import type { LintContext, Position } from '../context';
import { findingAt } from '../text';
import type { Finding, LintRule } from '../types';

/** The template's metadata line filled with the spec's values (or the template's placeholders). */
function metadataLine(ctx: LintContext): string {
  const parts = META_FIELDS.map((f) => `${f.label}: ${ctx.spec.meta[f.key] || f.placeholder}`);
  return `> ${parts.join(' | ')}`;
}

/** Where the metadata belongs: the line after the title (or the top of the file). */
function afterTitle(ctx: LintContext): Position {
  const title = ctx.source.title;
  return title ? { line: title.heading.span.line + 1, column: 1 } : { line: 1, column: 1 };
}

export const missingMetadata: LintRule = {
  id: 'structure/missing-metadata',
  severity: 'warning',
  description: 'The metadata line (Version, Status, Last Updated) is missing.',
  check(ctx) {
    if (ctx.source.meta) return [];
    return [
      findingAt(afterTitle(ctx), `The metadata line is missing; add '${metadataLine(ctx)}' after the title`, 'meta'),
    ];
  },
};

export const missingMetadataField: LintRule = {
  id: 'structure/missing-metadata-field',
  severity: 'warning',
  description: 'The metadata lacks one of Version, Status or Last Updated.',
  check(ctx) {
    const meta = ctx.source.meta;
    if (!meta) return [];
    return META_FIELDS.filter((f) => !meta.fields[f.key]).map((f) =>
      findingAt(
        meta.span,
        `The metadata has no '${f.label}'; add '${f.label}: ${f.placeholder}' to it (template: '${metadataLine(ctx)}')`,
        `meta.${f.key}`,
      ),
    );
  },
};

/** The label written before a metadata value (`**Last updated:**` gives `Last updated` and where it starts). */
function labelBefore(ctx: LintContext, at: Position): { label: string; raw: string; column: number } | undefined {
  const before = ctx.line(at.line).slice(0, at.column - 1);
  const m = /([A-Za-z][A-Za-z -]*?)(\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*)$/.exec(before.replace(/(\*\*|__)\s*$/, ''));
  if (!m) return undefined;
  const start = before.lastIndexOf(m[1]!, m.index + m[1]!.length);
  const decorated = /(\*\*|__)\s*$/.test(before) || /(\*\*|__)$/.test(before.slice(0, start));
  return { label: m[1]!.trim(), raw: decorated ? `**${m[1]!.trim()}:**` : m[1]!.trim(), column: start + 1 };
}

export const metadataFormat: LintRule = {
  id: 'structure/metadata-format',
  severity: 'warning',
  description: 'The metadata is not the template\'s one blockquote line with its exact labels.',
  check(ctx) {
    const meta = ctx.source.meta;
    if (!meta) return [];
    const line = metadataLine(ctx);
    if (meta.form !== 'blockquote') {
      const form = { lines: 'separate lines', headings: 'headings', table: 'a table' }[meta.form];
      return [findingAt(meta.span, `The metadata is written as ${form}; replace it with the template's line '${line}'`, 'meta')];
    }
    const out: Finding[] = [];
    const spans = META_FIELDS.map((f) => meta.fields[f.key]).filter((s) => s !== undefined);
    if (new Set(spans.map((s) => s.line)).size > 1) {
      out.push(findingAt(meta.span, `The metadata spans several lines; write it on one line: '${line}'`, 'meta'));
    }
    for (const f of META_FIELDS) {
      const span = meta.fields[f.key];
      if (!span) continue;
      const found = labelBefore(ctx, span);
      if (!found || found.raw === f.label) continue;
      out.push(
        findingAt(
          { line: span.line, column: found.column },
          `Metadata label '${found.raw}' differs from the template's '${f.label}'; write '${f.label}: ${ctx.spec.meta[f.key] || f.placeholder}'`,
          `meta.${f.key}`,
        ),
      );
    }
    return out;
  },
};
