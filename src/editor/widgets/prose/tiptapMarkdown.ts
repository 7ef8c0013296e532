/**
 * Tiptap's Markdown codec outside an editor: parse Markdown into the editor's schema and serialize it back,
 * exactly as the editor would. Invariant: the schema and codec are built from `proseExtensions()`, the same
 * list the editor uses. No DOM needed (ProseMirror's model and the marked parser are DOM-free).
 */
import { getSchema, type JSONContent } from '@tiptap/core';
import { MarkdownManager } from '@tiptap/markdown';
import type { Schema } from '@tiptap/pm/model';
import { proseExtensions } from './proseExtensions';

let codec: { manager: MarkdownManager; schema: Schema } | undefined;

function getCodec() {
  if (!codec) {
    const extensions = proseExtensions();
    codec = { manager: new MarkdownManager({ extensions, indentation: { style: 'space', size: 2 } }), schema: getSchema(extensions) };
  }
  return codec;
}

/**
 * Markdown -> Tiptap document -> Markdown. Throws (RangeError) when the parsed content does not fit the
 * editor's schema, which callers treat as "cannot keep".
 */
export function roundTripThroughTiptap(markdown: string): string {
  const { manager, schema } = getCodec();
  const doc = schema.nodeFromJSON(manager.parse(markdown));
  doc.check();
  return serializeProse(doc.toJSON() as JSONContent);
}

/**
 * Serialize an editor document to Markdown, dropping empty paragraphs first: Tiptap keeps them to stand for
 * extra blank lines, which Markdown does not need and which would otherwise pile up as the author types.
 */
export function serializeProse(doc: JSONContent): string {
  return getCodec().manager.serialize(withoutEmptyParagraphs(doc));
}

function withoutEmptyParagraphs(node: JSONContent): JSONContent {
  if (!node.content) return node;
  const content = node.content
    .filter((child) => !(child.type === 'paragraph' && !child.content?.length))
    .map(withoutEmptyParagraphs);
  return { ...node, content };
}
