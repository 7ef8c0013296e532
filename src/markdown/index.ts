/** Markdown in and out: lossless import, preserving and canonical export. Pure: runs in Node and the browser. */
export type { Diagnostic, Severity, ImportResult, SourceDoc, FieldSource, HeadingSource, RowSource, Span } from './types';
export { importMarkdown } from './import';
export { exportMarkdown, type ExportOptions } from './export';
