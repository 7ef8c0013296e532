/**
 * importMarkdown: any Markdown in, a spec out, nothing lost. What the template has a field for goes into the
 * field; everything else is kept verbatim as extra content at its place, with a diagnostic saying what was found.
 * Never throws on user content. Pure.
 */
import type { Root, RootContent } from 'mdast';
import { FIELDS, META_FIELDS, TITLE_PLACEHOLDER, createEmptySpec, fieldByPath, setAt, sectionHeading, subsectionHeading, type Spec } from '../spec';
import { CODECS, type FieldRead } from './fields';
import { nodeSpan, type ReadContext } from './fields/types';
import { readMetaLines } from './meta';
import { parseMarkdown } from './parse';
import { MAX_NESTING, guardNesting } from './nesting';
import { splitBlocks, type Block } from './structure';
import { LineIndex, toLf } from './text';
import type { Diagnostic, FieldSource, ImportResult, SourceDoc, Span } from './types';

const TITLE_SUFFIX_RE = /\s+specification\s*$/i;

/** Imports a Markdown spec. Returns the spec, diagnostics with positions, and the source for preserving export. */
export function importMarkdown(input: string): ImportResult {
  const text = input;
  const bom = text.charCodeAt(0) === 0xfeff;
  const base = bom ? 1 : 0;
  const body = text.slice(base);
  const lines = new LineIndex(text);
  const ctx: ReadContext = { text, lines, base };
  const diagnostics: Diagnostic[] = [];
  let tree: Root;
  try {
    tree = parseMarkdown(body);
  } catch (e) {
    // remark does not reject input; only exhaustion (stack, memory) lands here. Keep everything as one extra block.
    tree = { type: 'root', children: [] };
    diagnostics.push({
      rule: 'import/unparsed',
      severity: 'warning',
      message: `Could not parse the document (${(e as Error).message}); all of it is kept as extra content`,
      line: 1,
      column: 1,
    });
  }
  const maskedLines = guardNesting(body).lines;
  for (const line of maskedLines.slice(0, 20)) {
    diagnostics.push({ rule: 'import/too-deep', severity: 'warning', message: `line ${line} nests more than ${MAX_NESTING} levels deep; read as plain text and kept as written`, line: line, column: 1 });
  }
  const source: SourceDoc = {
    text,
    eol: /\r\n/.test(text) ? '\r\n' : '\n',
    bom,
    tree,
    headings: [],
    sections: {},
    fields: {},
    extras: [],
    ...(maskedLines.length ? { maskedLines } : {}),
  };
  let spec: Spec = { ...createEmptySpec(''), meta: { version: '', status: '', lastUpdated: '' } };
  if (tree.children.length === 0 && body.trim() !== '') {
    const span = lines.span(base, text.length);
    spec.extras.push({ at: '$start', markdown: toLf(body) });
    source.extras.push({ span, value: spec.extras[0]! });
    return { spec, diagnostics, source };
  }

  const blocks = splitBlocks(tree.children, ctx);
  const recognised = recogniseTables(blocks, ctx);
  const extras = new ExtraCollector(ctx, spec, source, (node, s) => {
    const found = recognised.get(node);
    if (!found) return false;
    spec = setAt(spec, found.path, found.read.value);
    source.fields[found.path] = { path: found.path, block: s, value: found.read.value, byContent: true, ...found.read.source };
    diag({ rule: 'import/field-by-content', severity: 'info', message: `table read as ${subsectionHeading(fieldByPath(found.path).sub)} by its columns`, path: found.path }, s);
    return true;
  });
  let slot = '$start';
  const diag = (d: Omit<Diagnostic, 'line' | 'column'>, at: Span) => diagnostics.push({ ...d, line: at.line, column: at.column });

  let unknownSection: { d: Diagnostic; name: string; count: number } | undefined;
  for (const block of blocks) {
    if (block.kind !== 'pre') source.headings.push(block.heading);
    if (block.kind === 'section' || block.kind === 'title' || (block.kind === 'field' && block.heading.depth === 2)) unknownSection = undefined;
    switch (block.kind) {
      case 'pre':
        extras.add(block.nodes, slot);
        break;
      case 'title': {
        const h = block.heading as ReturnType<typeof import('./structure').headingSource>;
        const raw = text.slice(h.textStart, h.textEnd);
        const m = TITLE_SUFFIX_RE.exec(raw);
        const valueEnd = m ? h.textStart + m.index : h.textEnd;
        const value = raw.slice(0, valueEnd - h.textStart);
        spec.title = value === TITLE_PLACEHOLDER ? '' : value;
        source.title = { span: lines.span(h.textStart, valueEnd), value: spec.title, heading: h };
        slot = '$title';
        extras.flush();
        spec = readMeta(block.nodes, spec, source, ctx, diagnostics);
        extras.add(block.nodes.filter((n) => !metaNodes.has(n)), slot);
        source.titleEnd = blockEnd(block, ctx);
        break;
      }
      case 'metaHeading': {
        const h = block.heading as ReturnType<typeof import('./structure').headingSource>;
        const [, label, value] = /^([^:]+):\s*(.*)$/.exec(h.text)!;
        const valueStart = h.textEnd - value!.length;
        spec = addMeta(spec, source, label!.trim(), value!, lines.span(valueStart, h.textEnd), 'headings', h.span, ctx, diagnostics);
        extras.add(block.nodes, slot);
        source.titleEnd = blockEnd(block, ctx);
        break;
      }
      case 'metaTable': {
        // The heading stays as extra content; the table is the metadata.
        extras.add([block.heading as unknown as RootContent], slot, false, block.heading.span);
        const [table, ...rest] = block.nodes;
        if (table?.type === 'table') {
          const tspan = nodeSpan(table, ctx);
          for (const row of table.children.slice(1)) {
            const [label, value] = row.children.map((c) => cellContent(nodeSpan(c, ctx), ctx));
            if (!label || !value) continue;
            spec = addMeta(spec, source, text.slice(label.start, label.end), text.slice(value.start, value.end), value, 'table', tspan, ctx, diagnostics);
          }
        }
        extras.add(rest, slot);
        source.titleEnd = blockEnd(block, ctx);
        break;
      }
      case 'section':
        extras.flush();
        block.heading.matched = block.section.id;
        source.sections[block.section.id] = { heading: block.heading, span: lines.span(block.heading.span.start, blockEnd(block, ctx)) };
        if (block.heading.text.trim() !== sectionHeading(block.section)) {
          diag({ rule: 'import/heading-renamed', severity: 'info', message: `Heading '${block.heading.text}' read as section '${sectionHeading(block.section)}'`, path: block.section.id }, block.heading.span);
        }
        slot = block.section.id;
        extras.add(block.nodes, slot);
        break;
      case 'field': {
        extras.flush();
        block.heading.matched = block.path;
        slot = block.path;
        const codec = CODECS[block.sub.field.kind];
        const read = block.read;
        const end = blockEnd(block, ctx);
        const blockSpan = lines.span(block.heading.span.start, end);
        const sectionSpan = source.sections[block.section.id];
        if (sectionSpan && sectionSpan.span.end < end) sectionSpan.span = lines.span(sectionSpan.span.start, end);
        if (read) {
          spec = setAt(spec, block.path, read.value);
          const fs: FieldSource = { path: block.path, heading: block.heading, block: blockSpan, value: read.value, ...read.source };
          source.fields[block.path] = fs;
          if (read.node >= 0) {
            extras.add(block.nodes.slice(0, read.node), slot, true);
            extras.add(block.nodes.slice(read.node + 1), slot);
          }
          if (fs.columns?.some((c) => c.key.startsWith('extra:'))) {
            const names = fs.columns.filter((c) => c.key.startsWith('extra:')).map((c) => `'${c.header}'`);
            diag({ rule: 'import/extra-columns', severity: 'info', message: `${subsectionHeading(block.sub)}: extra column${names.length > 1 ? 's' : ''} ${names.join(', ')} kept`, path: block.path }, fs.span);
          }
        } else {
          const at = lines.span(block.heading.span.end, block.heading.span.end);
          source.fields[block.path] = { path: block.path, heading: block.heading, block: blockSpan, span: at, value: codec.empty(block.sub) };
          if (block.nodes.length > 0) {
            const first = nodeSpan(block.nodes[0]!, ctx);
            diag({ rule: 'import/field-form', severity: 'warning', message: `${subsectionHeading(block.sub)}: expected ${kindName(block.sub.field.kind)}, found ${describe(block.nodes)}; kept as extra content`, path: block.path }, first);
            extras.add(block.nodes, slot);
          }
        }
        break;
      }
      case 'unknown': {
        if (block.formOf) {
          const f = fieldByPath(block.formOf);
          diag({ rule: 'import/field-form', severity: 'warning', message: `'${block.heading.text}' looks like ${subsectionHeading(f.sub)} but holds ${describe(block.nodes)}, not ${kindName(f.sub.field.kind)}; kept as extra content`, path: block.formOf }, block.heading.span);
        }
        const what = block.duplicateOf ? 'duplicate section' : block.heading.depth === 3 ? 'unknown subsection' : 'unknown section';
        if (block.heading.depth === 3 && !block.duplicateOf && unknownSection) {
          // One finding per unknown section, not one per subsection under it.
          unknownSection.count++;
          unknownSection.d.message = `unknown section '${unknownSection.name}' (with ${unknownSection.count} subsection${unknownSection.count > 1 ? 's' : ''}) kept as extra content`;
        } else if (!block.formOf) {
          diag({ rule: block.duplicateOf ? 'import/duplicate-section' : 'import/unknown-section', severity: block.duplicateOf ? 'warning' : 'info', message: `${what} '${block.heading.text}' kept as extra content`, path: slot }, block.heading.span);
          unknownSection = block.heading.depth <= 2 && !block.duplicateOf ? { d: diagnostics[diagnostics.length - 1]!, name: block.heading.text, count: 0 } : undefined;
        }
        extras.add([block.heading as unknown as RootContent], slot, false, block.heading.span);
        extras.add(block.nodes, slot);
        break;
      }
    }
  }
  extras.flush();
  spec.extras = source.extras.map((e) => e.value);
  reportKept(tree.children, ctx, diag);
  if (!source.title) diagnostics.push({ rule: 'import/missing-title', severity: 'warning', message: 'No `# Name Specification` title found', line: 1, column: 1 });
  return { spec, diagnostics, source };
}

const metaNodes = new WeakSet<RootContent>();

function readMeta(nodes: RootContent[], spec: Spec, source: SourceDoc, ctx: ReadContext, diagnostics: Diagnostic[]): Spec {
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'paragraph' && node.type !== 'blockquote') continue;
    const span = nodeSpan(node, ctx);
    // The template's own form, a `>` quote right under the title, is metadata even when it names no template field.
    const templateForm = i === 0 && node.type === 'blockquote';
    const entries = readMetaLines(ctx.text, span.start, span.end, !templateForm);
    if (!entries) continue;
    metaNodes.add(node);
    const form = node.type === 'blockquote' ? 'blockquote' : 'lines';
    for (const e of entries) {
      spec = addMeta(spec, source, e.label, e.value, ctx.lines.span(e.valueStart, e.valueEnd), form, span, ctx, diagnostics);
    }
    return spec;
  }
  return spec;
}

function addMeta(
  spec: Spec,
  source: SourceDoc,
  label: string,
  rawValue: string,
  valueSpan: Span,
  form: NonNullable<SourceDoc['meta']>['form'],
  region: Span,
  ctx: ReadContext,
  diagnostics: Diagnostic[],
): Spec {
  const value = rawValue.replace(/\\\|/g, '|');
  const def = META_FIELDS.find((f) => [f.label, ...f.aliases].some((l) => l.toLowerCase() === label.toLowerCase()));
  const meta = source.meta ?? { span: region, fields: {}, value: spec.meta, form };
  if (meta.span.end < region.end) meta.span = ctx.lines.span(meta.span.start, region.end);
  source.meta = meta;
  const key = def && !(def.key in meta.fields) ? def.key : undefined;
  const placeholder = def && value === def.placeholder && def.key === 'lastUpdated';
  let next: Spec;
  if (key) {
    meta.fields[key] = valueSpan;
    next = { ...spec, meta: { ...spec.meta, [key]: placeholder ? '' : value } };
  } else {
    meta.fields[`extra:${label}`] = valueSpan;
    next = { ...spec, meta: { ...spec.meta, extra: { ...spec.meta.extra, [label]: value } } };
    diagnostics.push({ rule: 'import/meta-extra', severity: 'info', message: `metadata field '${label}' kept`, line: valueSpan.line, column: valueSpan.column, path: `meta.extra` });
  }
  meta.value = next.meta;
  return next;
}

/** Gathers unplaced nodes into contiguous extra blocks. */
class ExtraCollector {
  private pending?: { at: string; before: boolean; start: number; end: number };
  constructor(
    private readonly ctx: ReadContext,
    private readonly spec: Spec,
    private readonly source: SourceDoc,
    /** Takes a node that holds a field after all (a table recognised by its columns); true when it did. */
    private readonly takeField: (node: RootContent, span: Span) => boolean,
  ) {}
  add(nodes: RootContent[], at: string, before = false, span?: Span): void {
    for (const node of nodes) {
      const s = span ?? nodeSpan(node, this.ctx);
      if (!span && this.takeField(node, s)) {
        this.flush();
        continue;
      }
      const p = this.pending;
      if (p && p.at === at && p.before === before) p.end = s.end;
      else {
        this.flush();
        this.pending = { at, before, start: s.start, end: s.end };
      }
    }
  }
  flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    const value = { at: p.at, ...(p.before ? { before: true } : {}), markdown: toLf(this.ctx.text.slice(p.start, p.end)) };
    this.source.extras.push({ span: this.ctx.lines.span(p.start, p.end), value });
  }
}

/** The end offset of a block's last node (or its heading). */
function blockEnd(block: Block, ctx: ReadContext): number {
  const last = block.nodes[block.nodes.length - 1];
  if (last) return nodeSpan(last, ctx).end;
  return block.kind === 'pre' ? ctx.base : block.heading.span.end;
}

function kindName(kind: string): string {
  return { table: 'a table', list: 'a bullet list', code: 'a code block', keyValue: 'a list of `**Label**: value` items', terms: 'a list of `**Term**: Definition` items', prose: 'text' }[kind] ?? kind;
}

function describe(nodes: RootContent[]): string {
  const names: Record<string, string> = { table: 'a table', list: 'a list', code: 'a code block', paragraph: 'a paragraph', html: 'HTML', blockquote: 'a quote', heading: 'a heading' };
  return [...new Set(nodes.map((n) => names[n.type] ?? n.type))].join(', ');
}

/** Info diagnostics for constructs kept verbatim that an author may want to know about: HTML and footnotes. */
function reportKept(nodes: RootContent[], ctx: ReadContext, diag: (d: Omit<Diagnostic, 'line' | 'column'>, at: Span) => void) {
  for (const node of nodes) {
    if (node.type === 'html') diag({ rule: 'import/html', severity: 'info', message: 'HTML kept verbatim (shown as text, never run)' }, nodeSpan(node, ctx));
    if (node.type === 'footnoteDefinition') diag({ rule: 'import/footnote', severity: 'info', message: `footnote '[^${node.identifier}]' kept` }, nodeSpan(node, ctx));
  }
}

/**
 * Tables the headings did not place but whose header has every column of a table field nobody claimed
 * (`| Environment Variable | Default | Description |` under `### 4.2 Server Configuration`). A person reading
 * the spec recognises them; so does import. Only tables outside template fields are considered.
 */
function recogniseTables(blocks: Block[], ctx: ReadContext): Map<RootContent, { path: string; read: FieldRead }> {
  const claimed = new Set(blocks.flatMap((b) => (b.kind === 'field' ? [b.path] : [])));
  const found = new Map<RootContent, { path: string; read: FieldRead }>();
  for (const f of FIELDS) {
    if (f.sub.field.kind !== 'table' || claimed.has(f.path)) continue;
    const columns = f.sub.field.columns;
    search: for (const b of blocks) {
      if (b.kind === 'field') continue;
      for (const node of b.nodes) {
        if (node.type !== 'table' || found.has(node)) continue;
        const read = CODECS.table.read([node], f.sub, ctx);
        const keys = new Set(read?.source.columns?.map((c) => c.key));
        if (!read || !columns.every((c) => keys.has(c.key))) continue;
        found.set(node, { path: f.path, read });
        break search;
      }
    }
  }
  return found;
}

/** The content of a table cell between its pipes, trimmed. */
function cellContent(cell: Span, ctx: ReadContext): Span {
  let start = cell.start;
  let end = cell.end;
  const t = ctx.text;
  if (t[start] === '|') start++;
  if (t[end - 1] === '|' && t[end - 2] !== '\\') end--;
  while (start < end && /\s/.test(t[start]!)) start++;
  while (end > start && /\s/.test(t[end - 1]!)) end--;
  return ctx.lines.span(start, end);
}
