/**
 * The languages a code field can highlight, each loaded on demand in its own chunk.
 * Invariant: an unknown or empty language yields plain text (no extension), never an error. Imported only
 * by the lazy CodeMirror chunk, so its static CodeMirror imports stay out of the first load.
 */
import { StreamLanguage } from '@codemirror/language';
import type { Extension } from '@codemirror/state';

/** Languages with highlighting; anything else is plain text. */
export type CodeLang = 'protobuf' | 'rust' | 'toml' | '';

/** Map a field's language (as the template writes it, any case) to a supported one. */
export function normalizeLang(lang: string): CodeLang {
  const l = lang.trim().toLowerCase();
  if (l === 'protobuf' || l === 'proto' || l === 'proto3') return 'protobuf';
  if (l === 'rust' || l === 'rs') return 'rust';
  if (l === 'toml') return 'toml';
  return '';
}

/** Load the CodeMirror language support for `lang` (an empty extension for plain text). */
export async function loadLanguage(lang: string): Promise<Extension> {
  switch (normalizeLang(lang)) {
    case 'rust':
      return (await import('@codemirror/lang-rust')).rust();
    case 'protobuf':
      return StreamLanguage.define((await import('@codemirror/legacy-modes/mode/protobuf')).protobuf);
    case 'toml':
      return StreamLanguage.define((await import('@codemirror/legacy-modes/mode/toml')).toml);
    default:
      return [];
  }
}
