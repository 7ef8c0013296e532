/**
 * An in-memory `CliIO` for tests: files in a map, captured stdout/stderr. Behaves like the file system for the
 * cases the CLI reports (missing file, directory), with the same error codes Node uses.
 */
import { posix } from 'node:path';
import type { CliIO } from './io';

export interface MemoryIO extends CliIO {
  /** Everything written to stdout so far. */
  readonly out: () => string;
  /** Everything written to stderr so far. */
  readonly err: () => string;
  /** Files by absolute path; text files are stored as strings, others as bytes. */
  readonly files: Map<string, string | Uint8Array>;
}

export interface MemoryIOInit {
  /** Files by path relative to `cwd` (or absolute); a string is stored as UTF-8. */
  files?: Record<string, string | Uint8Array>;
  /** Directories, by path; reading one fails with EISDIR. */
  dirs?: string[];
  stdin?: string | Uint8Array;
  cwd?: string;
}

const fsError = (code: string, path: string): Error =>
  Object.assign(new Error(`${code}: ${path}`), { code, path });

/** A fresh in-memory IO. */
export function memoryIO(init: MemoryIOInit = {}): MemoryIO {
  const cwd = init.cwd ?? '/project';
  const abs = (p: string) => posix.resolve(cwd, p);
  const files = new Map<string, string | Uint8Array>(Object.entries(init.files ?? {}).map(([p, v]) => [abs(p), v]));
  const dirs = new Set((init.dirs ?? []).map(abs));
  let out = '';
  let err = '';
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  return {
    cwd,
    files,
    out: () => out,
    err: () => err,
    async readStdin() {
      return bytes(init.stdin ?? '');
    },
    async readFile(path) {
      const p = abs(path);
      if (dirs.has(p)) throw fsError('EISDIR', p);
      const v = files.get(p);
      if (v === undefined) throw fsError('ENOENT', p);
      return bytes(v);
    },
    async writeFile(path, text) {
      const p = abs(path);
      if (dirs.has(p)) throw fsError('EISDIR', p);
      files.set(p, text);
    },
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
  };
}
