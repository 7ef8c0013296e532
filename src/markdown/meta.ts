/**
 * Finding the metadata line(s) under the title in the forms real specs use: the template's blockquote
 * (`> Version: 1.0 | Status: Draft | Last Updated: ...`), bold-label lines (`**Version:** 1.0\`), blockquotes of
 * those, and `## Status: Approved` heading lines. Records each value's span so an edit can replace just that value.
 * Pure.
 */
import { META_FIELDS, type MetaKey } from '../spec';
import { normalizeName } from './headings';

export interface MetaEntry {
  /** The label as written (`Last updated`). */
  label: string;
  /** Template key, or undefined for a field the template does not have (`Owner`). */
  key?: MetaKey;
  value: string;
  /** Offsets of the value within the scanned text. */
  valueStart: number;
  valueEnd: number;
  /** Offsets of the whole line holding the entry. */
  lineStart: number;
  lineEnd: number;
}

const labelToKey = new Map<string, MetaKey>();
for (const f of META_FIELDS) for (const l of [f.label, ...f.aliases]) labelToKey.set(normalizeName(l), f.key);

/** The template key a metadata label denotes (`Last updated` -> lastUpdated). */
export function metaKeyOf(label: string): MetaKey | undefined {
  return labelToKey.get(normalizeName(label));
}

// `**Label:** value`, `**Label**: value`, `Label: value`, with an optional trailing `\` (hard break).
const PART = /^(\s*)(\*\*|__)?([\p{L}][\p{L}\p{N} ._/-]{0,40}?)(?::\2|\2:|:)[ \t]*(.*?)[ \t]*\\?[ \t]*$/du;

/**
 * Reads `text.slice(from, to)` as metadata lines. Returns the entries when every non-blank line is made of
 * `label: value` parts and (with `requireKnown`) at least one label is a template field; otherwise undefined.
 */
export function readMetaLines(text: string, from: number, to: number, requireKnown = true): MetaEntry[] | undefined {
  const entries: MetaEntry[] = [];
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl >= to) nl = to;
    const lineEnd = nl < to ? nl + 1 : to;
    let line = text.slice(pos, nl).replace(/\r$/, '');
    if (line.trim() !== '') {
      // Strip blockquote markers and a list bullet, remembering how much was stripped.
      const prefix = /^[ \t]*(?:>[ \t]?)*(?:[-*+][ \t]+)?/.exec(line)![0];
      line = line.slice(prefix.length);
      if (line.startsWith('|')) return undefined;
      let partStart = pos + prefix.length;
      const parts = splitParts(line);
      for (const part of parts) {
        const m = PART.exec(part);
        if (!m || !m.indices) return undefined;
        const label = m[3]!.trim();
        const [vs, ve] = m.indices[4]!;
        entries.push({
          label,
          key: metaKeyOf(label),
          value: m[4]!,
          valueStart: partStart + vs,
          valueEnd: partStart + ve,
          lineStart: pos,
          lineEnd,
        });
        partStart += part.length + 1;
      }
    }
    pos = lineEnd;
  }
  return entries.length > 0 && (!requireKnown || entries.some((e) => e.key)) ? entries : undefined;
}

/** Splits a line on unescaped `|` (the template's separator), keeping offsets contiguous. */
function splitParts(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '|' && line[i - 1] !== '\\') {
      parts.push(line.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(line.slice(start));
  return parts;
}
