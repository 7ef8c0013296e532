/** Edge module: reads a chosen or dropped file as Markdown text, refusing what is clearly not Markdown. */

const MAX_BYTES = 20 * 1024 * 1024;
const TEXT_NAME = /\.(md|markdown|mdown|mkd|txt)$/i;

export type ReadOutcome = { ok: true; text: string; name: string } | { ok: false; error: string };

/**
 * The file's text, byte for byte (a byte-order mark is kept, since preserving export writes it back).
 * Refuses files that are not named or typed as text, are too large, are not UTF-8 or contain NUL bytes.
 */
export async function readMarkdownFile(file: File): Promise<ReadOutcome> {
  if (!TEXT_NAME.test(file.name) && !file.type.startsWith('text/')) {
    return { ok: false, error: `"${file.name}" is not a Markdown file. Choose a .md file.` };
  }
  if (file.size > MAX_BYTES) return { ok: false, error: `"${file.name}" is too large to edit here (over 20 MB).` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, error: `"${file.name}" is not UTF-8 text, so it cannot be imported.` };
  }
  if (text.includes('\u0000')) return { ok: false, error: `"${file.name}" looks like a binary file, not Markdown.` };
  return { ok: true, text, name: file.name };
}
