/**
 * Small text helpers the rules share: plain text of a table cell, whitespace-insensitive comparison of a
 * block against template placeholder text, UPPER_SNAKE_CASE. Pure string functions.
 */
import type { Span } from '../markdown/types';
import type { Position } from './context';
import type { Finding } from './types';

/** A cell or label without inline markup around it: `` `tokio` `` and `**tokio**` give `tokio`. */
export function plainText(markdown: string): string {
  let s = markdown.trim();
  for (;;) {
    const m = /^(`+|\*\*|__|\*|_|~~)([\s\S]*)\1$/.exec(s);
    if (!m || m[2]!.trim() === '') break;
    s = m[2]!.trim();
  }
  return s.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

/**
 * A block reduced for comparison with placeholder text: trimmed lines, runs of blanks as one space, no
 * blanks beside table pipes, table delimiter rows as `---`, blank lines dropped.
 */
export function normalizeBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\s+/g, ' ').replace(/ ?\| ?/g, '|'))
    .map((l) => (/^\|?:?-+:?(\|:?-+:?)*\|?$/.test(l) ? '---' : l))
    .filter((l) => l !== '')
    .join('\n');
}

export const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** `dataDir`, `data-dir`, `Data Dir` as `DATA_DIR`. */
export function toUpperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/** A finding at a span's start or at a position. */
export function findingAt(at: Span | Position, message: string, path?: string): Finding {
  return path === undefined
    ? { line: at.line, column: at.column, message }
    : { line: at.line, column: at.column, message, path };
}

/** `'a', 'b' and 'c'` */
export function quoteList(items: readonly string[]): string {
  const q = items.map((i) => `'${i}'`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
