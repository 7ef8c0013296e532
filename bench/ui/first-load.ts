/**
 * The JavaScript the first screen needs: the HTML entry's chunk and every chunk it imports statically,
 * transitively, read from a build's `.vite/manifest.json` and gzipped with zlib. Dynamic imports (the rich
 * editor, CodeMirror, the linter, the HTML preview) are not part of it. Reads files only; no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first-load budget in bytes of gzip (250 kB, 1 kB = 1,000 bytes). */
export const FIRST_LOAD_BUDGET = 250_000;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** One file of the first load. */
export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** The first load's files and their total gzip size. */
export interface FirstLoad {
  files: ChunkSize[];
  gzip: number;
}

/** gzip size of `bytes` at zlib's default level, what static hosts commonly serve. */
export function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes).length;
}

/**
 * The first-load JavaScript of the build in `distDir` (built with `build.manifest`). Throws when the
 * manifest is missing or has no entry.
 */
export function firstLoadJs(distDir: string): FirstLoad {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  } catch (e) {
    throw new Error(`Cannot read ${manifestPath}, expected a build made with build.manifest (npm run build): ${String(e)}`);
  }
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  if (entries.length === 0) throw new Error(`Cannot find an entry in ${manifestPath}, expected one chunk with isEntry`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const k of manifest[key]?.imports ?? []) visit(k);
  };
  entries.forEach(visit);
  const files = [...seen]
    .map((k) => manifest[k]!.file)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(distDir, file));
      return { file, bytes: bytes.length, gzip: gzipSize(bytes) };
    });
  return { files, gzip: files.reduce((a, f) => a + f.gzip, 0) };
}
