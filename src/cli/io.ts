/**
 * The CLI's only door to the outside world. Commands receive a `CliIO` and never touch `process` or `fs`
 * themselves, so every command runs in a unit test against `memoryIO` exactly as it runs for real.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** What a command may do besides computing: read input, write output, read and write files. */
export interface CliIO {
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** All of standard input, as bytes (decoding and checks are the caller's: see `input.ts`). */
  readStdin(): Promise<Uint8Array>;
  /** A file's bytes. Rejects with a Node-style error carrying `code` (`ENOENT`, `EISDIR`, ...). */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes text as UTF-8, replacing the file. Rejects like `readFile`. */
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * The real thing: process streams and the file system. Paths resolve against the directory the user ran the
 * command in: `npm run` moves to the package root and leaves that directory in INIT_CWD.
 */
export function nodeIO(): CliIO {
  const viaNpmScript = process.env.npm_lifecycle_event === 'specwright' && process.env.INIT_CWD;
  const cwd = viaNpmScript ? process.env.INIT_CWD! : process.cwd();
  return {
    cwd,
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    async readFile(path) {
      return new Uint8Array(await readFile(resolve(cwd, path)));
    },
    async writeFile(path, text) {
      await writeFile(resolve(cwd, path), text, 'utf8');
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
