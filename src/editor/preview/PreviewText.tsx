/**
 * The preview's Markdown as one <pre>, cut into blocks of CHUNK_LINES lines. Each block is its own element
 * with content-visibility: auto, so the browser lays out and paints only the blocks in view, and React
 * rewrites only the blocks whose text changed: an edit in a 1 MB spec replaces one block, not a 1 MB text
 * node. Invariant: the blocks' text, in order, is exactly the preview text (copy and find see the same).
 */
import { memo, useMemo } from 'react';
import { chunkLines } from './chunkLines';

const Chunk = memo(function Chunk({ text }: { text: string }) {
  return <span className="preview-chunk">{text}</span>;
});

/** The export text, shown as plain Markdown. */
export function PreviewText({ text }: { text: string }) {
  const chunks = useMemo(() => chunkLines(text), [text]);
  return (
    <pre className="preview-text">
      {chunks.map((c, i) => (
        <Chunk key={i} text={c} />
      ))}
    </pre>
  );
}
