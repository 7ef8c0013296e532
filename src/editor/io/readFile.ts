/**
 * Edge module: reads a chosen or dropped file for import, refusing what cannot be a spec with a message
 * that says what is wrong. Invariant: nothing here touches the document; a refused file changes nothing.
 * Checks, in order: the name, the size (MAX_IMPORT_BYTES), the first bytes (a known binary format), NUL
 * bytes, UTF-8 (decoded strictly), and emptiness. JSON files (`.json`) are read as spec JSON.
 */
import type { Spec } from '../../spec';
import { MAX_IMPORT_BYTES, formatBytes } from './limits';
import { binaryKind } from './sniff';
import { parseSpecJson } from './specJson';

const MARKDOWN_NAME = /\.(md|markdown|mdown|mkd|txt)$/i;
const JSON_NAME = /\.json$/i;

export type ReadOutcome =
  | { ok: true; kind: 'markdown'; text: string; name: string }
  | { ok: true; kind: 'json'; spec: Spec; name: string }
  | { ok: false; error: string };

const isJson = (file: File) => JSON_NAME.test(file.name) || file.type === 'application/json';

/**
 * Markdown text byte for byte (a byte-order mark is kept, since preserving export writes it back), or a
 * spec read from JSON; otherwise the reason the file cannot be imported.
 */
export async function readImportFile(file: File): Promise<ReadOutcome> {
  const name = file.name;
  const fail = (error: string): ReadOutcome => ({ ok: false, error });
  if (!MARKDOWN_NAME.test(name) && !isJson(file) && !file.type.startsWith('text/')) {
    return fail(`"${name}" is not a Markdown file. Choose a .md file (or a spec .json file).`);
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return fail(`"${name}" is too large to import: it is ${formatBytes(file.size)}, and the limit is ${formatBytes(MAX_IMPORT_BYTES)}.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = binaryKind(bytes);
  if (kind) return fail(`"${name}" is ${kind}, not a text file.`);
  if (bytes.includes(0)) return fail(`"${name}" contains NUL bytes, so it is a binary file, not Markdown text.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail(`"${name}" is not UTF-8 text (it may be Latin-1 or another encoding). Save it as UTF-8 and import it again.`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return fail(`"${name}" is empty.`);
  if (isJson(file)) {
    const parsed = parseSpecJson(text);
    return parsed.ok ? { ok: true, kind: 'json', spec: parsed.spec, name } : fail(`"${name}" ${parsed.error}`);
  }
  return { ok: true, kind: 'markdown', text, name };
}

/** The same checks for text pasted into the Paste Markdown dialog; null when it may be imported. */
export function pastedTextProblem(text: string): string | null {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return `The pasted text is too large to import: it is ${formatBytes(bytes)}, and the limit is ${formatBytes(MAX_IMPORT_BYTES)}.`;
  if (text.includes('\u0000')) return 'The pasted text contains NUL characters, so it is not Markdown text.';
  if (text.trim() === '') return 'The pasted text is empty.';
  return null;
}
