/** The contract of a field codec: one per field kind, looked up from the template description. Pure. */
import type { Root, RootContent } from 'mdast';
import type { SubsectionDef } from '../../spec';
import type { FieldSource, RowSource, Span } from '../types';
import type { LineIndex } from '../text';

/** What a codec needs to read source: the full text and its line index. Node offsets are already full-text offsets. */
export interface ReadContext {
  text: string;
  lines: LineIndex;
  /** Offset to add to mdast offsets (1 when the text starts with a BOM). */
  base: number;
}

/** A field found in a subsection body. */
export interface FieldRead {
  value: unknown;
  /** Index in the body of the node holding the field; -1 when the field takes the whole body (prose). */
  node: number;
  source: Pick<FieldSource, 'span' | 'lang' | 'columns' | 'items' | 'parts' | 'form'>;
  /** Why the body did not give the field, when it did not (for an import diagnostic). */
  note?: string;
}

/** How the canonical writer is called. */
export interface WriteOptions {
  placeholders: boolean;
  /** The value already parsed, when the caller has it (canonical export of an unedited import). */
  parsed?: Root;
}

/** Everything the preserving writer of a changed field gets. */
export interface PatchContext {
  text: string;
  /** The field as imported. */
  src: FieldSource;
}

export interface FieldCodec {
  /** Reads the field from a subsection's top-level nodes; undefined when the body has no such content. */
  read(nodes: RootContent[], def: SubsectionDef, ctx: ReadContext): FieldRead | undefined;
  /** The empty value of this kind. */
  empty(def: SubsectionDef): unknown;
  /** Whether a value is empty (the form shows the template hint; canonical export writes no body). */
  isEmpty(value: unknown): boolean;
  /** Canonical Markdown (LF, no trailing newline) of a value; '' for an empty value without placeholders. */
  write(value: unknown, def: SubsectionDef, opts: WriteOptions): string;
  /**
   * Preserving Markdown of a changed value, replacing `src.span`: keeps the source form and every untouched row,
   * item or part byte for byte. LF; the caller converts line endings. Absent: `write` is used.
   */
  patch?(value: unknown, def: SubsectionDef, ctx: PatchContext): string;
}

export type { RowSource, Span };

/** The source slice of a node (full-text offsets). */
export function nodeSpan(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, ctx: ReadContext): Span {
  const start = (node.position?.start.offset ?? 0) + ctx.base;
  const end = (node.position?.end.offset ?? 0) + ctx.base;
  return ctx.lines.span(start, end);
}
