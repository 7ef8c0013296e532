/**
 * The preview's Markdown as one <pre>, cut into blocks of CHUNK_LINES lines. Each block is its own element
 * with content-visibility: auto, so the browser lays out and paints only the blocks in view, and React
 * rewrites only the blocks whose text changed: an edit in a 1 MB spec replaces one block, not a 1 MB text
 * node. Invariants: the blocks' text, in order, is exactly the preview text (copy and find see the same);
 * blocks never keep an earlier preview text alive (keepBlocks).
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { chunkLines, keepBlocks } from './chunkLines';

const Chunk = memo(function Chunk({ text }: { text: string }) {
  return <span className="preview-chunk">{text}</span>;
});

/** The export text, shown as plain Markdown. */
export function PreviewText({ text }: { text: string }) {
  const shown = useRef<string[]>([]);
  const chunks = useMemo(() => keepBlocks(shown.current, chunkLines(text)), [text]);
  useEffect(() => {
    shown.current = chunks;
  }, [chunks]);
  return (
    <pre className="preview-text">
      {chunks.map((c, i) => (
        <Chunk key={i} text={c} />
      ))}
    </pre>
  );
}
