/**
 * Preserving export: the source text, byte for byte, with only what changed rewritten. A changed value
 * replaces just its span (a metadata value, a table row, a list item, a code block, a prose body); a field the
 * source did not have is inserted where the template puts it. Unedited import -> identical bytes. Pure.
 */
import { FIELDS, META_FIELDS, TEMPLATE, getAt, sectionHeading, subsectionHeading, type Spec } from '../spec';
import { metaLine, titleLine } from './canonical';
import { CODECS } from './fields';
import { jsonEqual, toLf, withEol } from './text';
import { diffRows } from './fields/table';
import type { SourceDoc } from './types';

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Orders insertions at the same offset. */
  order: number;
}

/** Writes `spec` over its source: untouched parts keep their bytes. */
export function exportPreserving(spec: Spec, source: SourceDoc): string {
  const { text, eol } = source;
  const edits: Edit[] = [];
  const put = (start: number, end: number, s: string, order = 0) => edits.push({ start, end, text: withEol(s, eol), order });

  // Title.
  if (source.title) {
    if (spec.title !== source.title.value) put(source.title.span.start, source.title.span.end, spec.title.replace(/\s+/g, ' '));
  } else if (spec.title.trim() !== '') {
    put(source.bom ? 1 : 0, source.bom ? 1 : 0, `${titleLine(spec.title)}\n\n`, -2);
  }

  metaEdits(spec, source, put);
  fieldEdits(spec, source, put);
  extraEdits(spec, source, put);

  edits.sort((a, b) => a.start - b.start || a.order - b.order);
  let out = '';
  let cursor = 0;
  for (const e of edits) {
    if (e.start < cursor) continue; // overlapping edits cannot happen by construction; never corrupt the text
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

type Put = (start: number, end: number, s: string, order?: number) => void;

function metaEdits(spec: Spec, source: SourceDoc, put: Put) {
  const meta = source.meta;
  if (!meta) {
    if (jsonEqual(stripEmpty(spec.meta), stripEmpty({ version: '', status: '', lastUpdated: '' }))) return;
    const line = metaLine(spec.meta);
    if (!line) return;
    const at = source.title ? source.title.heading.span.end : source.bom ? 1 : 0;
    put(at, at, source.title ? `\n\n${line}` : `${line}\n\n`, -1);
    return;
  }
  const before = meta.value;
  const missing: string[] = [];
  for (const f of META_FIELDS) {
    const now = spec.meta[f.key];
    if (now === before[f.key]) continue;
    const span = meta.fields[f.key];
    if (span) put(span.start, span.end, now.replace(/\|/g, meta.form === 'blockquote' || meta.form === 'table' ? '\\|' : '|'));
    else if (now.trim()) missing.push(`${f.label}: ${now}`);
  }
  const extraNow = spec.meta.extra ?? {};
  const extraBefore = before.extra ?? {};
  for (const [k, v] of Object.entries(extraNow)) {
    if (v === extraBefore[k]) continue;
    const span = meta.fields[`extra:${k}`];
    if (span) put(span.start, span.end, v);
    else if (v.trim()) missing.push(`${k}: ${v}`);
  }
  for (const k of Object.keys(extraBefore)) {
    const span = meta.fields[`extra:${k}`];
    if (!(k in extraNow) && span) put(span.start, span.end, '');
  }
  if (missing.length === 0) return;
  // New metadata fields go at the end of the metadata region, in its own form.
  const end = meta.span.end;
  const lastLine = toLf(source.text.slice(source.text.lastIndexOf('\n', end - 1) + 1, end));
  if (meta.form === 'blockquote' && /\|/.test(lastLine)) put(end, end, ` | ${missing.join(' | ')}`);
  else if (meta.form === 'headings') put(end, end, missing.map((m) => `\n## ${m}`).join(''));
  else if (meta.form === 'table') put(end, end, missing.map((m) => `\n| ${m.split(': ')[0]} | ${m.split(': ').slice(1).join(': ').replace(/\|/g, '\\|')} |`).join(''));
  else {
    const prefix = /^\s*(?:>\s?)?/.exec(lastLine)?.[0] ?? '';
    const bold = /\*\*[^*]+:\*\*/.test(lastLine) ? 'inside' : /\*\*[^*]+\*\*:/.test(lastLine) ? 'outside' : 'none';
    const hardBreak = /\\\s*$/.test(lastLine) ? '\\' : /  $/.test(lastLine) ? '  ' : '';
    const fmt = (m: string) => {
      const [label, ...rest] = m.split(': ');
      const l = bold === 'inside' ? `**${label}:**` : bold === 'outside' ? `**${label}**:` : `${label}:`;
      return `${prefix}${l} ${rest.join(': ')}`;
    };
    put(end, end, missing.map((m) => `${hardBreak}\n${fmt(m)}`).join(''));
  }
}

function stripEmpty(o: object): object {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined));
}

function fieldEdits(spec: Spec, source: SourceDoc, put: Put) {
  const inserts = new Map<number, { order: number; path: string; text: string }[]>();
  FIELDS.forEach(({ path, sub }, order) => {
    const codec = CODECS[sub.field.kind];
    const now = getAt(spec, path);
    const src = source.fields[path];
    if (src) {
      if (jsonEqual(now, src.value)) return;
      const empty = codec.isEmpty(now);
      if (src.span.start === src.span.end) {
        if (!empty) put(src.span.start, src.span.end, `\n\n${codec.write(now, sub, { placeholders: false })}`);
        return;
      }
      const wasEmpty = codec.isEmpty(src.value);
      // A field that held the template's placeholder text is written whole; otherwise patched in its own form.
      const body = wasEmpty || !codec.patch ? codec.write(now, sub, { placeholders: false }) : codec.patch(now, sub, { text: source.text, src });
      put(src.span.start, src.span.end, body);
      return;
    }
    if (codec.isEmpty(now)) return;
    const at = insertionPoint(path, source);
    const list = inserts.get(at.offset) ?? [];
    list.push({ order, path, text: `### ${subsectionHeading(sub)}\n\n${codec.write(now, sub, { placeholders: false })}` });
    inserts.set(at.offset, list);
  });
  for (const [offset, list] of inserts) {
    list.sort((a, b) => a.order - b.order);
    // Group by section: a section the source lacks gets its heading once.
    let out = '';
    let lastSection = '';
    for (const item of list) {
      const sectionId = item.path.split('.')[0]!;
      const hasSection = sectionExists(sectionId, source);
      if (!hasSection && sectionId !== lastSection) {
        const def = TEMPLATE.find((s) => s.id === sectionId)!;
        out += `\n\n## ${sectionHeading(def)}`;
      }
      lastSection = sectionId;
      out += `\n\n${item.text}`;
    }
    const atEnd = offset >= source.text.length;
    const needsNl = atEnd && !/\n$/.test(source.text);
    put(offset, offset, atEnd ? `${needsNl ? '\n' : ''}${out.replace(/^\n/, '')}\n` : out, list[0]!.order);
  }
}

function sectionExists(id: string, source: SourceDoc): boolean {
  return !!source.sections[id] || Object.values(source.fields).some((f) => f.path.startsWith(`${id}.`) && !f.byContent);
}

/** Where a subsection the source does not have goes: after the one before it in template order. */
function insertionPoint(path: string, source: SourceDoc): { offset: number } {
  const index = FIELDS.findIndex((f) => f.path === path);
  for (let i = index - 1; i >= 0; i--) {
    const prev = FIELDS[i]!;
    const src = source.fields[prev.path];
    if (src && !src.byContent) return { offset: src.block.end };
    const section = source.sections[prev.section.id];
    if (section && prev.section.id !== FIELDS[index]!.section.id) return { offset: section.span.end };
    if (section && i === FIELDS.findIndex((f) => f.section.id === prev.section.id)) return { offset: section.heading.span.end };
  }
  const own = source.sections[FIELDS[index]!.section.id];
  if (own) return { offset: own.heading.span.end };
  return { offset: source.titleEnd ?? source.text.length };
}

function extraEdits(spec: Spec, source: SourceDoc, put: Put) {
  const old = source.extras;
  const now = spec.extras;
  if (old.length === now.length) {
    now.forEach((e, i) => {
      if (!jsonEqual(e, old[i]!.value)) put(old[i]!.span.start, old[i]!.span.end, e.markdown.replace(/\s+$/, ''));
    });
    return;
  }
  const ops = diffRows(
    old.map((e) => e.value),
    now,
  );
  const kept = new Set(ops.filter((o) => o.keep !== undefined).map((o) => o.keep!));
  old.forEach((e, i) => {
    if (!kept.has(i)) put(e.span.start, e.span.end, '');
  });
  let after = source.titleEnd ?? 0;
  for (const op of ops) {
    if (op.keep !== undefined) after = old[op.keep]!.span.end;
    else put(after, after, `\n\n${op.row!.markdown.replace(/\s+$/, '')}`, 1);
  }
}
