/**
 * The import worker: parses Markdown off the main thread (a large spec takes seconds, which would freeze the
 * page). Answers `{ id, result }` with importMarkdown's result, or `{ id, error }`.
 */
import { importMarkdown } from '../markdown';

self.onmessage = (e: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = e.data;
  try {
    self.postMessage({ id, result: importMarkdown(text) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
