/**
 * Canonical export: the template's structure exactly (its heading text and numbering, the metadata blockquote,
 * its field forms), content in remark's fixed style, extra content at its place. Idempotent. Pure.
 */
import { META_FIELDS, TEMPLATE, TITLE_PLACEHOLDER, TITLE_SUFFIX, getAt, sectionHeading, subsectionHeading, type Spec } from '../spec';
import type { Root } from 'mdast';
import { CODECS } from './fields';
import { jsonEqual } from './text';
import type { SourceDoc, Span } from './types';
import { closeOpenHtml } from './fields/prose';
import { isTooDeep, parseMarkdown, stringifyMarkdown } from './parse';

export interface CanonicalOptions {
  /** Write the template's placeholder text in empty fields (a blank spec then exports as the template). */
  placeholders?: boolean;
  /**
   * The import's source, when there is one: content unchanged since import is written from the import's own
   * parse tree instead of being parsed again (`fmt` then costs one parse, not two).
   */
  source?: SourceDoc;
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
export function canonicalExtra(markdown: string, otherBullet = false, parsed?: Root): string {
  if (markdown.trim() === '') return '';
  if (isTooDeep(markdown)) return markdown.trim();
  try {
    const tree = parsed ?? parseMarkdown(markdown);
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
  const reuse = reuser(spec, options.source);
  const extrasAt = (at: string, before = false) => {
    spec.extras.forEach((e, i) => {
      if (e.at === at && !!e.before === before) pushExtra(e.markdown, reuse.extra(i));
    });
  };
  const pushExtra = (markdown: string, parsed?: Root) => {
    const prev = blocks.filter((b) => b !== '').pop() ?? '';
    let out = canonicalExtra(markdown, false, parsed);
    if (endsWithDashList(prev) && LIST_START.test(out)) out = canonicalExtra(markdown, true, parsed);
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
      const field = CODECS[sub.field.kind].write(getAt(spec, path), sub, { placeholders, parsed: reuse.field(path) });
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
  spec.extras.forEach((e, i) => {
    if (!known.has(e.at)) pushExtra(e.markdown, reuse.extra(i));
  });
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}

/** Finds the import's parse of content that is unchanged since import. */
function reuser(spec: Spec, source: SourceDoc | undefined) {
  const none = { field: (_path: string): Root | undefined => undefined, extra: (_i: number): Root | undefined => undefined };
  if (!source || source.maskedLines?.length) return none;
  const base = source.bom ? 1 : 0;
  const nodesIn = (span: Span): Root => ({
    type: 'root',
    children: source.tree.children.filter((n) => n.position!.start.offset! + base >= span.start && n.position!.end.offset! + base <= span.end),
  });
  return {
    field(path: string) {
      const src = source.fields[path];
      const value = getAt(spec, path);
      return src && typeof value === 'string' && value === src.value && src.span.end > src.span.start ? nodesIn(src.span) : undefined;
    },
    extra(i: number) {
      const src = source.extras[i];
      return src && jsonEqual(src.value, spec.extras[i]) ? nodesIn(src.span) : undefined;
    },
  };
}
