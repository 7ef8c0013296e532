/**
 * What import returns beside the spec: diagnostics, and the source document that preserving export and the
 * linter need (the original text and where each part of the spec came from). Pure types.
 */
import type { Root } from 'mdast';
import type { Spec } from '../spec';

export type Severity = 'error' | 'warning' | 'info';

/** A finding about the source, 1-based line and column. */
export interface Diagnostic {
  /** Stable id, e.g. `import/unknown-section`. */
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The spec field it concerns, where there is one (`overview.purpose`, `$title`, `meta.status`). */
  path?: string;
}

/** A half-open range of UTF-16 offsets into `SourceDoc.text`, with the 1-based line/column of its start. */
export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** A heading as found in the source. */
export interface HeadingSource {
  depth: number;
  /** The heading's text content (`1.1 Purpose`). */
  text: string;
  /** The number prefix as written (`1.1`, `A`, `1.0`), or '' when there is none. */
  number: string;
  /** The text without its number prefix (`Purpose`). */
  name: string;
  span: Span;
  /** What it was matched to: a section id, or a field path for a subsection; undefined for unknown headings. */
  matched?: string;
}

/** A table row as found in the source. */
export interface RowSource {
  span: Span;
  /** Each cell's span, in source column order. */
  cells: Span[];
  /** The row as imported. */
  value: unknown;
}

/** Where a field's content came from. */
export interface FieldSource {
  /** `overview.purpose` */
  path: string;
  /** The heading that opened this subsection (undefined when the field was found without one). */
  heading?: HeadingSource;
  /** The content region: for a code field the fenced block, for a table the table, for prose the whole body. */
  span: Span;
  /** The whole subsection, heading included, up to the end of its last block (where a new subsection may go after it). */
  block: Span;
  /** The value as imported (what preserving export compares against). */
  value: unknown;
  /** Code fields: the fence's info string as written ('' for none). */
  lang?: string;
  /**
   * Table and term fields: the header cells as written, in source order, with the key each maps to; cells
   * beyond the header's width come last as `Column N` (`overflow`, no header cell in the source).
   */
  columns?: { header: string; key: string; span: Span; overflow?: boolean }[];
  /** Table, list and term fields: one entry per row or item. */
  items?: RowSource[];
  /** Key-value fields: each key's value span. */
  parts?: Record<string, Span>;
  /** Found by its content (a table's columns) outside its subsection, not under a heading. */
  byContent?: boolean;
  /** How the field is written in the source: a glossary may be a list or a table. */
  form?: 'list' | 'table';
}

/** The original document and where each part of the spec came from. Travels beside the spec, never inside it. */
export interface SourceDoc {
  /** The original text, byte for byte (BOM and CRLF included). */
  text: string;
  eol: '\n' | '\r\n';
  bom: boolean;
  /** The parsed tree (of the text without BOM); positions are offsets into `text` minus `bom ? 1 : 0`. */
  tree: Root;
  title?: { span: Span; value: string; heading: HeadingSource };
  /** Span of the whole metadata region and each field's value span. */
  meta?: { span: Span; fields: Record<string, Span>; value: Spec['meta']; form: 'blockquote' | 'lines' | 'headings' | 'table' };
  headings: HeadingSource[];
  /** Sections found, by id, with the span of everything from their heading to the next section. */
  sections: Record<string, { heading: HeadingSource; span: Span }>;
  /** Where the title block (title heading, metadata, intro) ends. */
  titleEnd?: number;
  fields: Record<string, FieldSource>;
  /** Lines nested too deep to parse, read as plain text (nesting.ts); their tree nodes do not hold their text. */
  maskedLines?: number[];
  /** Extra blocks in spec order (index i describes spec.extras[i] as imported). */
  extras: { span: Span; value: Spec['extras'][number] }[];
}

export interface ImportResult {
  spec: Spec;
  diagnostics: Diagnostic[];
  source: SourceDoc;
}
