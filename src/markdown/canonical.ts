/**
 * Canonical export: the template's structure exactly (its heading text and numbering, the metadata blockquote,
 * its field forms), content in remark's fixed style, extra content at its place. Idempotent. Pure.
 */
import { META_FIELDS, TEMPLATE, TITLE_PLACEHOLDER, TITLE_SUFFIX, getAt, sectionHeading, subsectionHeading, type Spec } from '../spec';
import { CODECS } from './fields';
import { closeOpenHtml } from './fields/prose';
import { isTooDeep, parseMarkdown, stringifyMarkdown } from './parse';

export interface CanonicalOptions {
  /** Write the template's placeholder text in empty fields (a blank spec then exports as the template). */
  placeholders?: boolean;
}

/** The metadata blockquote, `> Version: 1.0 | Status: Draft | Last Updated: 2026-01-01`, or '' when all are empty. */
export function metaLine(meta: Spec['meta'], placeholders = false): string {
  const parts: string[] = [];
  for (const f of META_FIELDS) {
    const v = meta[f.key].trim() || (placeholders ? f.placeholder : '');
    if (v) parts.push(`${f.label}: ${v.replace(/\|/g, '\\|')}`);
  }
  for (const [k, v] of Object.entries(meta.extra ?? {})) parts.push(`${k}: ${v.replace(/\|/g, '\\|')}`);
  return parts.length ? `> ${parts.join(' | ')}` : '';
}

/** `# Chainfire Specification` */
export function titleLine(title: string): string {
  return `# ${title.replace(/\s+/g, ' ').trim() || TITLE_PLACEHOLDER}${TITLE_SUFFIX}`;
}

/**
 * Extra content in canonical style (remark's), structure untouched. `otherBullet` writes its lists with `*`, so a
 * list at its edge does not merge with a `-` list next to it. Falls back to the text as is.
 */
export function canonicalExtra(markdown: string, otherBullet = false): string {
  if (markdown.trim() === '') return '';
  if (isTooDeep(markdown)) return markdown.trim();
  try {
    const tree = parseMarkdown(markdown);
    const out = (otherBullet ? stringifyMarkdown(tree, { bullet: '*', bulletOther: '-' }) : stringifyMarkdown(tree)).replace(/\n+$/, '');
    return closeOpenHtml(tree, out);
  } catch {
    return markdown.trim();
  }
}

const LIST_START = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** Whether a canonical block ends with a top-level `-` list (its last line belongs to a list item). */
function endsWithDashList(block: string): boolean {
  const lines = block.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (/^- |^-$/.test(l)) return true;
    if (l !== '' && !/^\s/.test(l)) return false;
  }
  return false;
}

/** Canonical Markdown of a spec (LF, one final newline). */
export function exportCanonical(spec: Spec, options: CanonicalOptions = {}): string {
  const placeholders = options.placeholders ?? false;
  const blocks: string[] = [];
  const extrasAt = (at: string, before = false) => {
    for (const e of spec.extras) if (e.at === at && !!e.before === before) pushExtra(e.markdown);
  };
  const pushExtra = (markdown: string) => {
    const prev = blocks.filter((b) => b !== '').pop() ?? '';
    let out = canonicalExtra(markdown);
    if (endsWithDashList(prev) && LIST_START.test(out)) out = canonicalExtra(markdown, true);
    blocks.push(out);
  };
  const known = new Set(['$start', '$title', ...TEMPLATE.flatMap((s) => [s.id, ...s.subsections.map((sub) => `${s.id}.${sub.id}`)])]);
  extrasAt('$start');
  blocks.push(titleLine(spec.title));
  blocks.push(metaLine(spec.meta, placeholders));
  extrasAt('$title');
  for (const section of TEMPLATE) {
    blocks.push(`## ${sectionHeading(section)}`);
    extrasAt(section.id);
    for (const sub of section.subsections) {
      const path = `${section.id}.${sub.id}`;
      blocks.push(`### ${subsectionHeading(sub)}`);
      extrasAt(path, true);
      const field = CODECS[sub.field.kind].write(getAt(spec, path), sub, { placeholders });
      // A `-` list field right after an extra that ends in a `-` list would merge with it: rewrite that extra.
      const last = blocks.length - 1;
      if (field.startsWith('- ') && last >= 0 && endsWithDashList(blocks[last]!) && spec.extras.some((e) => e.at === path && e.before)) {
        const before = spec.extras.filter((e) => e.at === path && e.before);
        blocks[last] = canonicalExtra(before[before.length - 1]!.markdown, true);
      }
      blocks.push(field);
      extrasAt(path);
    }
  }
  // Extras anchored to a place the template does not have still come out, at the end.
  for (const e of spec.extras) if (!known.has(e.at)) pushExtra(e.markdown);
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}
