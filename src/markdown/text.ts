/** Small text helpers shared by import and export: spans, line endings, table-cell escaping. Pure. */
import type { Span } from './types';

/** Maps offsets to 1-based line/column in one text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** The 1-based line and column of `offset`. */
  pos(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
  span(start: number, end: number): Span {
    return { start, end, ...this.pos(start) };
  }
  /** Offset of the start of the line holding `offset`. */
  lineStart(offset: number): number {
    return this.starts[this.pos(offset).line - 1]!;
  }
  /** Offset just past the line break ending the line holding `offset` (or the text's end). */
  lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }
}

/** Turns CRLF and lone CR into LF. */
export function toLf(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

/** Writes `s` (LF) with the document's line ending. */
export function withEol(s: string, eol: '\n' | '\r\n'): string {
  return eol === '\n' ? s : s.replace(/\n/g, '\r\n');
}

/** A table cell's text as it must be written between pipes. */
export function escapeCell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** A table cell's value from its source text: trimmed, escaped pipes unescaped. */
export function unescapeCell(s: string): string {
  return s.trim().replace(/\\\|/g, '|');
}

/** Compares text ignoring differences of white space (for recognising template placeholder text). */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** Removes the common indentation of every line but the first (list item continuation lines). */
export function dedentContinuation(s: string, indent: number): string {
  if (indent <= 0) return s;
  const re = new RegExp(`^ {1,${indent}}`);
  return s
    .split('\n')
    .map((line, i) => (i === 0 ? line : line.replace(re, '')))
    .join('\n');
}

/** Deep equality for JSON values (spec fields). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
