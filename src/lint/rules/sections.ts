/** Rules about which template sections and subsections the document has, and headings it has beyond them. */
import { sectionHeading, subsectionHeading, TEMPLATE } from '../../spec';
import type { LintContext, Position } from '../context';
import { findingAt } from '../text';
import type { Finding, LintRule } from '../types';

/** The last line with text, where "at the end of the document" points. */
function endOfDocument(ctx: LintContext): Position {
  let n = ctx.lineCount;
  while (n > 1 && ctx.line(n).trim() === '') n--;
  return { line: n, column: 1 };
}

/** Whether any part of a section (its heading or one of its subsections) is in the document. */
function sectionPresent(ctx: LintContext, index: number): boolean {
  const s = TEMPLATE[index]!;
  return !!ctx.heading(s.id) || s.subsections.some((sub) => !!ctx.heading(`${s.id}.${sub.id}`) || !!ctx.source.fields[`${s.id}.${sub.id}`]);
}

/** Where a section's heading is, or where its first present subsection is. */
function sectionStart(ctx: LintContext, index: number): Position | undefined {
  const s = TEMPLATE[index]!;
  const h = ctx.heading(s.id);
  if (h) return h.span;
  for (const sub of s.subsections) {
    const path = `${s.id}.${sub.id}`;
    const at = ctx.heading(path)?.span ?? ctx.source.fields[path]?.span;
    if (at) return at;
  }
  return undefined;
}

export const missingSection: LintRule = {
  id: 'structure/missing-section',
  severity: 'warning',
  description: 'A template section (`## 1. Overview` ... `## Appendix`) has no heading.',
  check(ctx) {
    const out: Finding[] = [];
    TEMPLATE.forEach((s, i) => {
      if (ctx.heading(s.id)) return;
      const want = `## ${sectionHeading(s)}`;
      let next: { at: Position; text: string } | undefined;
      for (let j = i + 1; j < TEMPLATE.length && !next; j++) {
        const at = sectionStart(ctx, j);
        if (at) next = { at, text: sectionHeading(TEMPLATE[j]!) };
      }
      const own = sectionStart(ctx, i);
      const where = own
        ? { at: own, how: `add '${want}' above its subsections` }
        : next
          ? { at: next.at, how: `add '${want}' before section '${next.text}'` }
          : { at: endOfDocument(ctx), how: `add '${want}' at the end of the document` };
      out.push(findingAt(where.at, `Section '${sectionHeading(s)}' is missing; ${where.how}`, s.id));
    });
    return out;
  },
};

export const missingSubsection: LintRule = {
  id: 'structure/missing-subsection',
  severity: 'warning',
  description: 'A section lacks one of the template\'s subsections (reported only when the section is there).',
  check(ctx) {
    const out: Finding[] = [];
    TEMPLATE.forEach((s, i) => {
      if (!sectionPresent(ctx, i)) return; // structure/missing-section covers it
      s.subsections.forEach((sub, k) => {
        const path = `${s.id}.${sub.id}`;
        const want = `### ${subsectionHeading(sub)}`;
        const field = ctx.source.fields[path];
        if (field?.byContent && !ctx.heading(path)) {
          // The content is there, recognised by its columns, but not under its own heading.
          out.push(findingAt(field.span, `Subsection '${subsectionHeading(sub)}' has no heading; this table was recognised as its content: put '${want}' above it`, path));
          return;
        }
        if (ctx.heading(path) || field) return;
        const next = s.subsections.slice(k + 1).map((n) => ({ n, h: ctx.heading(`${s.id}.${n.id}`) })).find((x) => x.h);
        const parent = ctx.heading(s.id);
        const at = next?.h?.span ?? parent?.span ?? sectionStart(ctx, i)!;
        const how = next
          ? `add '${want}' before '${subsectionHeading(next.n)}'`
          : `add '${want}' at the end of section '${sectionHeading(s)}'`;
        out.push(findingAt(at, `Subsection '${subsectionHeading(sub)}' is missing; ${how}`, path));
      });
    });
    return out;
  },
};

export const extraSection: LintRule = {
  id: 'structure/extra-section',
  severity: 'info',
  description: 'A section or subsection the template does not have; it is kept as extra content.',
  check(ctx) {
    const { title, meta } = ctx.source;
    const out: Finding[] = [];
    // One finding per unknown section, counting the subsections under it, not one per subsection.
    let open: { finding: Finding; text: string; subs: number } | undefined;
    // Headings the importer already reports (a duplicate, content in the wrong form) are not repeated here.
    const reported = new Set(ctx.importDiagnostics.filter((d) => d.rule === 'import/duplicate-section' || d.rule === 'import/field-form').map((d) => d.line));
    // A heading right above metadata written as a table (`## Document Control`) belongs to the metadata.
    const metaHeading = meta?.form === 'table' ? ctx.source.headings.filter((h) => h.span.end <= meta.span.start).at(-1) : undefined;
    for (const h of ctx.source.headings) {
      if (h.depth > 3 || h.span.start === title?.heading.span.start || reported.has(h.span.line) || h === metaHeading) continue;
      if (meta && h.span.start >= meta.span.start && h.span.start < meta.span.end) continue;
      if (h.matched) {
        if (h.depth <= 2) open = undefined;
        continue;
      }
      if (h.depth === 3 && open) {
        open.subs++;
        open.finding.message = extraMessage('Section', `${open.text}' (with ${open.subs} subsection${open.subs > 1 ? 's' : ''})`);
        continue;
      }
      const finding = findingAt(h.span, extraMessage(h.depth <= 2 ? 'Section' : 'Subsection', `${h.text}'`));
      out.push(finding);
      open = h.depth <= 2 ? { finding, text: h.text, subs: 0 } : undefined;
    }
    return out;
  },
};

const extraMessage = (kind: string, quoted: string) =>
  `${kind} '${quoted} is not in the template; it is kept as extra content (rename it to a template heading if it is one)`;
