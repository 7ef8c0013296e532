/**
 * The production build the UI benchmark measures, and a tiny static server for it on 127.0.0.1 (a free port),
 * so the benchmark loads exactly what a static host would serve. The build goes to its own folder under
 * .bench/ so it never races the e2e suite's dist/.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Builds the app (the project's vite config, plus a manifest) into `outDir`; returns the build's wall time in ms. */
export async function buildApp(root: string, outDir: string): Promise<number> {
  const t0 = performance.now();
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
  return performance.now() - t0;
}

/** A running static server over a built folder. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port; unknown paths get 404, `/` gets index.html. */
export function serveStatic(dir: string): Promise<StaticServer> {
  const base = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
