/** Rules about field content: empty fields, placeholder text left in place, code fences in the wrong language. */
import { FIELDS, META_FIELDS, getAt, subsectionHeading } from '../../spec';
import type { LintContext } from '../context';
import { findPlaceholders, holdsPlaceholder } from '../placeholder';
import { findingAt } from '../text';
import type { Finding, LintRule } from '../types';

const blank = (v: unknown): boolean =>
  typeof v === 'string'
    ? v.trim() === ''
    : Array.isArray(v)
      ? v.every(blank)
      : v !== null && typeof v === 'object'
        ? Object.entries(v).every(([k, x]) => k === 'extra' || blank(x))
        : v === undefined;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Where a field is: its subsection heading, else its content. */
const fieldAt = (ctx: LintContext, path: string) => ctx.heading(path)?.span ?? ctx.source.fields[path]?.span;

export const emptyField: LintRule = {
  id: 'content/empty-field',
  severity: 'warning',
  description: 'A subsection or metadata field is there but has no content.',
  check(ctx) {
    const out: Finding[] = [];
    const meta = ctx.source.meta;
    for (const m of META_FIELDS) {
      const span = meta?.fields[m.key];
      if (span && ctx.spec.meta[m.key].trim() === '' && ctx.slice(span).trim() === '') {
        out.push(findingAt(span, `Metadata field '${m.label}' is empty; fill it in (e.g. '${m.label}: ${m.placeholder}')`, `meta.${m.key}`));
      }
    }
    // A field whose content is in another form (import/field-form) is not empty: the import finding says what to fix.
    const misfit = new Set(ctx.importDiagnostics.filter((d) => d.rule === 'import/field-form').map((d) => d.path));
    for (const f of FIELDS) {
      const at = fieldAt(ctx, f.path);
      if (!at || misfit.has(f.path) || holdsPlaceholder(ctx, f)) continue;
      const value = getAt(ctx.spec, f.path);
      const name = subsectionHeading(f.sub);
      if (blank(value)) {
        out.push(findingAt(at, `Subsection '${name}' is empty; write ${lowerFirst(f.sub.hint.replace(/\.$/, ''))}`, f.path));
        continue;
      }
      if (f.sub.field.kind !== 'keyValue') continue;
      for (const k of f.sub.field.keys) {
        if (!blank((value as Record<string, unknown>)[k.key])) continue;
        const span = ctx.source.fields[f.path]?.parts?.[k.key] ?? at;
        out.push(findingAt(span, `'${k.label}' in '${name}' is empty; fill in '- **${k.label}**: ${k.hint}'`, `${f.path}.${k.key}`));
      }
    }
    return out;
  },
};

export const placeholder: LintRule = {
  id: 'content/placeholder',
  severity: 'warning',
  description: "The template's placeholder text is left in place (a whole field, a hint, a `...` row, `[Component Name]`).",
  check(ctx) {
    return findPlaceholders(ctx).map((h) =>
      findingAt(h.at, `${h.label} still holds ${h.what}; replace it with real content or delete it`, h.path),
    );
  },
};

export const codeLanguage: LintRule = {
  id: 'content/code-language',
  severity: 'warning',
  description: 'A code block is not marked with its field\'s language (3.1 protobuf; 3.2, 3.3, 4.1 rust; 5.1 toml).',
  check(ctx) {
    const out: Finding[] = [];
    for (const f of FIELDS) {
      const field = f.sub.field;
      if (field.kind !== 'code' || !field.lang) continue;
      const block = ctx.code(f.path);
      if (!block) continue;
      const lang = block.lang.trim().split(/[\s{,]/)[0]!.toLowerCase();
      if (lang === field.lang || field.langAliases.includes(lang)) continue;
      const name = subsectionHeading(f.sub);
      const problem = lang ? `is marked '${lang}'` : 'has no language';
      out.push(findingAt(block.start, `The code block in '${name}' ${problem}; the template's is ${field.lang}: open it with \`\`\`${field.lang}`, f.path));
    }
    return out;
  },
};
