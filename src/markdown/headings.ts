/** Matching headings to template sections, tolerantly: numbers, case, punctuation, aliases. Pure. */
import { TEMPLATE, type SectionDef, type SubsectionDef } from '../spec';

/** Splits `1.1 Purpose`, `## A. Error Codes`, `Appendix A: Glossary`, `2.0 Architecture` into number and name. */
export function splitHeading(text: string): { number: string; name: string } {
  const t = text.trim();
  const m = /^(?:(?:appendix|annex)\s+)?((?:\d+(?:\.\d+)*\.?)|(?:[A-Z](?:\.\d+)*[.:)]))(?=\s|$)\s*(?:[:\-—–]\s*)?/i.exec(t);
  if (m && m[0].length < t.length) return { number: m[1]!.replace(/[.:)]$/, ''), name: t.slice(m[0].length).trim() };
  const app = /^(?:appendix|annex)\s+([A-Z])\s*[:.\-—–]\s*/i.exec(t);
  if (app) return { number: app[1]!.toUpperCase(), name: t.slice(app[0].length).trim() };
  return { number: '', name: t };
}

/** A heading name reduced to letters and digits, `&` read as `and`. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const names = (d: { heading: string; aliases: readonly string[] }) => [d.heading, ...d.aliases].map(normalizeName);

const sectionNames = new Map<string, SectionDef>();
for (const s of TEMPLATE) for (const n of names(s)) if (!sectionNames.has(n)) sectionNames.set(n, s);

const subsectionNames = new Map<string, { section: SectionDef; sub: SubsectionDef }[]>();
for (const section of TEMPLATE)
  for (const sub of section.subsections)
    for (const n of names(sub)) {
      const list = subsectionNames.get(n) ?? [];
      list.push({ section, sub });
      subsectionNames.set(n, list);
    }

/** The template section a heading name denotes, if any. */
export function matchSection(name: string): SectionDef | undefined {
  return sectionNames.get(normalizeName(name));
}

/**
 * The template subsections a heading name may denote, those of `preferSection` first. The exact template heading
 * wins over an alias.
 */
export function matchSubsections(name: string, preferSection?: string): { section: SectionDef; sub: SubsectionDef }[] {
  const n = normalizeName(name);
  const found = subsectionNames.get(n) ?? [];
  const rank = (c: { section: SectionDef; sub: SubsectionDef }) =>
    (c.section.id === preferSection ? 0 : 2) + (normalizeName(c.sub.heading) === n ? 0 : 1);
  return [...found].sort((a, b) => rank(a) - rank(b));
}
