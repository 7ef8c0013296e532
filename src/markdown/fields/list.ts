/**
 * Bullet-list fields: plain items (design goals), labelled items (`- **In scope**: ...`, storage format) and
 * term/definition items (`- **Term**: Definition`). Item values are Markdown source, continuation lines dedented.
 * Pure.
 */
import type { List, ListItem, Paragraph, Strong } from 'mdast';
import type { KeyDef, SubsectionDef } from '../../spec';
import { normalizeName } from '../headings';
import { dedentContinuation, sameText, toLf } from '../text';
import type { RowSource, Span } from '../types';
import { nodeSpan, type FieldCodec, type ReadContext } from './types';
import { diffRows, patchTable, readTable, type Row } from './table';

/** An item's content (after its marker) as Markdown, LF, dedented. */
function itemContent(item: ListItem, ctx: ReadContext): { text: string; span: Span } {
  const itemSpan = nodeSpan(item, ctx);
  const first = item.children[0];
  if (!first) return { text: '', span: ctx.lines.span(itemSpan.end, itemSpan.end) };
  const start = nodeSpan(first, ctx);
  const indent = start.start - ctx.lines.lineStart(start.start);
  const span = ctx.lines.span(start.start, itemSpan.end);
  return { text: dedentContinuation(toLf(ctx.text.slice(span.start, span.end)), indent).replace(/\s+$/, ''), span };
}

/** `- text`, continuation lines indented under the text. */
function writeItem(text: string, marker = '-'): string {
  const pad = ' '.repeat(marker.length + 1);
  return `${marker} ${text.replace(/\n(?!\n)/g, `\n${pad}`)}`.replace(/\n\s+\n/g, '\n\n');
}

/** The marker and separator of a source list, for writing new items in its style. */
function listStyle(list: { items?: RowSource[] }, text: string): { marker: (i: number) => string; sep: string } {
  const items = list.items ?? [];
  const firstText = items[0] ? text.slice(items[0].span.start, items[0].span.end) : '- ';
  const m = /^(\d+)([.)])/.exec(firstText);
  const bullet = /^[-*+]/.exec(firstText)?.[0] ?? '-';
  const sep = items.length > 1 ? toLf(text.slice(items[0]!.span.end, items[1]!.span.start)) : '\n';
  return {
    marker: m ? (i) => `${Number(m[1]) + i}${m[2]}` : () => bullet,
    sep: /^\n\s*\n$/.test(sep) ? '\n\n' : '\n',
  };
}

/** Rewrites a list item by item: unchanged items keep their source text. */
function patchItems<T>(values: T[], src: { span: Span; items?: RowSource[] }, text: string, write: (v: T, marker: string) => string): string {
  const items = src.items ?? [];
  const { marker, sep } = listStyle(src, text);
  return diffRows(
    items.map((i) => i.value),
    values,
  )
    .map((op, i) =>
      op.keep !== undefined ? toLf(text.slice(items[op.keep]!.span.start, items[op.keep]!.span.end)) : write(op.row as T, marker(i)),
    )
    .join(sep);
}

/** `**Label**: rest` or `**Label:** rest` at the start of an item: the label, its source span and where the rest starts. */
function labelled(item: ListItem, ctx: ReadContext): { label: string; labelSpan: Span; restStart: number } | undefined {
  const p = item.children[0];
  if (!p || p.type !== 'paragraph') return undefined;
  const strong = (p as Paragraph).children[0];
  if (!strong || strong.type !== 'strong' || (strong as Strong).children.length === 0) return undefined;
  const s = nodeSpan(strong, ctx);
  const inner = ctx.lines.span(s.start + 2, s.end - 2);
  let label = ctx.text.slice(inner.start, inner.end);
  let after = s.end;
  if (label.trimEnd().endsWith(':')) label = label.trimEnd().slice(0, -1);
  else if (ctx.text[after] === ':') after++;
  else return undefined;
  while (ctx.text[after] === ' ' || ctx.text[after] === '\t') after++;
  return { label: label.trim(), labelSpan: ctx.lines.span(inner.start, inner.start + label.trim().length), restStart: after };
}

/** The value after a label, up to the item's end, dedented. */
function restOf(item: ListItem, restStart: number, ctx: ReadContext): { text: string; span: Span } {
  const end = nodeSpan(item, ctx).end;
  const indent = nodeSpan(item.children[0]!, ctx).start - ctx.lines.lineStart(restStart);
  const span = ctx.lines.span(restStart, Math.max(restStart, end));
  return { text: dedentContinuation(toLf(ctx.text.slice(span.start, span.end)), indent).replace(/\s+$/, ''), span };
}

const isList = (n: { type: string }): n is List => n.type === 'list';

export const listCodec: FieldCodec = {
  read(nodes, def, ctx) {
    const index = nodes.findIndex(isList);
    if (index === -1) return undefined;
    const list = nodes[index] as List;
    const items: RowSource[] = list.children.map((item) => {
      const c = itemContent(item, ctx);
      return { span: nodeSpan(item, ctx), cells: [c.span], value: c.text };
    });
    const values = items.map((i) => i.value as string);
    const placeholder = def.placeholder.split('\n').map((l) => l.replace(/^- /, ''));
    const isPlaceholder = values.length === placeholder.length && values.every((v, i) => sameText(v, placeholder[i]!));
    return { value: isPlaceholder ? [] : values, node: index, source: { span: nodeSpan(list, ctx), items, form: 'list' } };
  },
  empty: () => [],
  isEmpty: (v) => !Array.isArray(v) || v.length === 0,
  write(value, def, opts) {
    const items = (Array.isArray(value) ? value : []) as string[];
    if (items.length === 0) return opts.placeholders ? def.placeholder : '';
    return items.map((t) => writeItem(t.trim())).join('\n');
  },
  patch(value, _def, { text, src }) {
    return patchItems((value ?? []) as string[], src, text, (v, marker) => writeItem(v.trim(), marker));
  },
};

function keysOf(def: SubsectionDef): readonly KeyDef[] {
  return def.field.kind === 'keyValue' ? def.field.keys : [];
}
function keyFor(label: string, def: SubsectionDef): KeyDef | undefined {
  const n = normalizeName(label);
  return keysOf(def).find((k) => [k.label, ...k.aliases].some((l) => normalizeName(l) === n));
}

export const keyValueCodec: FieldCodec = {
  read(nodes, def, ctx) {
    for (let index = 0; index < nodes.length; index++) {
      const list = nodes[index]!;
      if (!isList(list)) continue;
      const value: Record<string, string> = Object.fromEntries(keysOf(def).map((k) => [k.key, '']));
      const parts: Record<string, Span> = {};
      const found = list.children.map((item) => {
        const l = labelled(item, ctx);
        const key = l && keyFor(l.label, def);
        if (!l || !key || parts[key.key]) return false;
        const rest = restOf(item, l.restStart, ctx);
        value[key.key] = sameText(rest.text, key.hint) ? '' : rest.text;
        parts[key.key] = rest.span;
        return true;
      });
      if (found.length > 0 && found.every(Boolean)) return { value, node: index, source: { span: nodeSpan(list, ctx), parts, form: 'list' } };
    }
    return undefined;
  },
  empty: (def) => Object.fromEntries(keysOf(def).map((k) => [k.key, ''])),
  isEmpty: (v) => !v || Object.values(v as Record<string, string>).every((s) => !s || s.trim() === ''),
  write(value, def, opts) {
    const v = (value ?? {}) as Record<string, string>;
    return keysOf(def)
      .map((k) => {
        const s = (v[k.key] ?? '').trim();
        return s ? writeItem(`**${k.label}**: ${s}`) : opts.placeholders ? writeItem(`**${k.label}**: ${k.hint}`) : '';
      })
      .filter(Boolean)
      .join('\n');
  },
  patch(value, def, { text, src }) {
    const v = (value ?? {}) as Record<string, string>;
    const before = (src.value ?? {}) as Record<string, string>;
    const parts = src.parts ?? {};
    const edits = keysOf(def)
      .filter((k) => parts[k.key] && (v[k.key] ?? '') !== (before[k.key] ?? ''))
      .map((k) => ({ span: parts[k.key]!, text: (v[k.key] ?? '').trim().replace(/\n/g, '\n  ') }))
      .sort((a, b) => b.span.start - a.span.start);
    let out = text.slice(src.span.start, src.span.end);
    for (const e of edits) out = out.slice(0, e.span.start - src.span.start) + e.text + out.slice(e.span.end - src.span.start);
    const added = keysOf(def).filter((k) => !parts[k.key] && (v[k.key] ?? '').trim() !== '');
    return [toLf(out), ...added.map((k) => writeItem(`**${k.label}**: ${v[k.key]!.trim()}`))].join('\n');
  },
};

type Term = Row & { term: string; definition: string };

/** `**term**: definition`, escaping nothing: both are Markdown. */
function writeTerm(t: Term, marker = '-'): string {
  const definition = t.definition.trim();
  return writeItem(`**${t.term.trim()}**:${definition ? ` ${definition}` : ''}`, marker);
}

export const termsCodec: FieldCodec = {
  read(nodes, def, ctx) {
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      if (node.type === 'table') {
        const t = readTable(node, def, ctx);
        if (!t) continue;
        const rows = t.items.map((i) => i.value as Row);
        return { value: rows, node: index, source: { span: nodeSpan(node, ctx), columns: t.columns, items: t.items, form: 'table' } };
      }
      if (!isList(node)) continue;
      const items: RowSource[] = [];
      for (const item of node.children) {
        const l = labelled(item, ctx);
        if (!l) break;
        const rest = restOf(item, l.restStart, ctx);
        items.push({ span: nodeSpan(item, ctx), cells: [l.labelSpan, rest.span], value: { term: l.label, definition: rest.text } });
      }
      if (items.length !== node.children.length || items.length === 0) continue;
      const rows = items.map((i) => i.value as Term);
      const isPlaceholder = rows.length === 1 && rows[0]!.term === 'Term' && rows[0]!.definition === 'Definition';
      return { value: isPlaceholder ? [] : rows, node: index, source: { span: nodeSpan(node, ctx), items, form: 'list' } };
    }
    return undefined;
  },
  empty: () => [],
  isEmpty: (v) => !Array.isArray(v) || v.length === 0,
  write(value, def, opts) {
    const rows = (Array.isArray(value) ? value : []) as Term[];
    if (rows.length === 0) return opts.placeholders ? def.placeholder : '';
    return rows.map((r) => writeTerm(r)).join('\n');
  },
  patch(value, def, { text, src }) {
    const rows = (Array.isArray(value) ? value : []) as Term[];
    if (src.form === 'table') return patchTable(rows, def, text, src);
    return patchItems(rows, src, text, writeTerm);
  },
};
