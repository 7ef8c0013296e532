/**
 * What every rule receives: the imported spec, its source, and helpers that turn offsets and positions inside
 * code blocks into the file's 1-based line and column. Pure: no DOM, no Node.
 */
import type { Code } from 'mdast';
import type { Spec } from '../spec';
import type { Diagnostic, HeadingSource, ImportResult, SourceDoc, Span } from '../markdown/types';

/** A file position, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** The fenced code block of a code field, and where each character of its content sits in the file. */
export interface CodeBlock {
  path: string;
  /** The code inside the fences. */
  value: string;
  /** The fence's info string as written ('' for none). */
  lang: string;
  /** The opening fence. */
  start: Position;
  /** File position of the 0-based `column` of the 0-based `line` of `value`. */
  at(line: number, column: number): Position;
  /** File position of a UTF-16 offset into `value`. */
  atOffset(offset: number): Position;
}

export interface LintContext {
  readonly spec: Spec;
  readonly source: SourceDoc;
  /** The importer's own findings (`import/*`). */
  readonly importDiagnostics: readonly Diagnostic[];
  readonly now: Date;
  /** The position of a UTF-16 offset into `source.text` (a byte order mark takes no column). */
  pos(offset: number): Position;
  /** The source text of a span. */
  slice(span: Span): string;
  /** Where a table cell's text starts: past the cell's leading pipe and blanks (the span start when it is blank). */
  cellStart(span: Span): Position;
  /** The text of a 1-based source line, without its line ending ('' past the end). */
  line(n: number): string;
  /** Number of lines in the source. */
  readonly lineCount: number;
  /** The fenced code block of the code field at `path`, when the source has one. */
  code(path: string): CodeBlock | undefined;
  /** The heading matched to a section id or field path, when the source has one. */
  heading(idOrPath: string): HeadingSource | undefined;
}

/** Builds the context for one imported document. */
export function createContext(result: ImportResult, now: Date): LintContext {
  const { source } = result;
  const bom = source.bom ? 1 : 0;
  const body = source.text.slice(bom);
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineText = (n: number): string => {
    const start = lineStarts[n - 1];
    if (start === undefined) return '';
    const next = lineStarts[n];
    return body.slice(start, next === undefined ? body.length : next).replace(/\r?\n$/, '');
  };
  const posInBody = (offset: number): Position => {
    const o = Math.max(0, Math.min(offset, body.length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - lineStarts[lo]! + 1 };
  };
  const headingsByMatch = new Map<string, HeadingSource>();
  for (const h of source.headings) if (h.matched && !headingsByMatch.has(h.matched)) headingsByMatch.set(h.matched, h);

  return {
    spec: result.spec,
    source,
    importDiagnostics: result.diagnostics,
    now,
    lineCount: lineStarts.length,
    pos: (offset) => posInBody(offset - bom),
    slice: (span) => source.text.slice(span.start, span.end),
    cellStart(span) {
      const skip = /^[|\s]*/.exec(source.text.slice(span.start, span.end))![0].length;
      return posInBody(span.start + (span.start + skip < span.end ? skip : 0) - bom);
    },
    line: lineText,
    heading: (id) => headingsByMatch.get(id) ?? source.sections[id]?.heading ?? source.fields[id]?.heading,
    code(path) {
      const field = source.fields[path];
      if (!field) return undefined;
      const node = findCode(source, field.span);
      if (!node?.position) return undefined;
      return codeBlock(path, node, field.lang ?? node.lang ?? '', lineText);
    },
  };
}

/** The first fenced or indented code node inside a span (tree offsets exclude the BOM). */
function findCode(source: SourceDoc, span: Span): Code | undefined {
  const bom = source.bom ? 1 : 0;
  const from = span.start - bom;
  const to = span.end - bom;
  let found: Code | undefined;
  const visit = (node: { type: string; position?: Code['position']; children?: unknown[] }): void => {
    if (found) return;
    const p = node.position;
    if (p && (p.end.offset! <= from || p.start.offset! >= to)) return;
    if (node.type === 'code' && p && p.start.offset! >= from) {
      found = node as Code;
      return;
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(source.tree);
  return found;
}

function codeBlock(path: string, node: Code, lang: string, lineText: (n: number) => string): CodeBlock {
  const start = { line: node.position!.start.line, column: node.position!.start.column };
  // A fenced block's content starts on the line after the fence; an indented block's on its first line.
  const fenced = /^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?(`{3,}|~{3,})/.test(lineText(start.line));
  const first = fenced ? start.line + 1 : start.line;
  const lines = node.value.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    lineStarts.push(offset);
    offset += l.length + 1;
  }
  const at = (line: number, column: number): Position => {
    const fileLine = first + line;
    const src = lineText(fileLine);
    const content = (lines[line] ?? '').replace(/\r$/, '');
    // The content line is the source line minus the fence's indentation (and any container prefix).
    const indent = src.endsWith(content) ? src.length - content.length : 0;
    return { line: fileLine, column: indent + column + 1 };
  };
  return {
    path,
    value: node.value,
    lang,
    start,
    at,
    atOffset(o) {
      let i = lineStarts.length - 1;
      while (i > 0 && lineStarts[i]! > o) i--;
      return at(i, o - lineStarts[i]!);
    },
  };
}
