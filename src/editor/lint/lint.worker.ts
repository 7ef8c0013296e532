/**
 * The lint worker: imports and lints the exported Markdown off the main thread (a 1 MB spec takes seconds
 * to parse, which would freeze typing). One request at a time; answers `{ id, findings }` or `{ id, error }`.
 */
import { lintFindings } from './lintFindings';

interface Request {
  id: number;
  markdown: string;
}

self.onmessage = (e: MessageEvent<Request>) => {
  const { id, markdown } = e.data;
  try {
    self.postMessage({ id, findings: lintFindings(markdown) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
