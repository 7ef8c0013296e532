/**
 * Lazy loader for CodeMirror, so none of it is in the first-load bundle. Invariant: the chunk is requested
 * at most once; once it has arrived `loadedCodeRuntime()` returns it synchronously.
 */
export type CodeRuntime = typeof import('./codeRuntime');

let promise: Promise<CodeRuntime> | undefined;
let loaded: CodeRuntime | undefined;

/** Start (or join) loading CodeMirror. */
export function loadCodeRuntime(): Promise<CodeRuntime> {
  promise ??= import('./codeRuntime').then(
    (runtime) => (loaded = runtime),
    (error: unknown) => {
      promise = undefined; // let a later mount try again (e.g. after a network hiccup)
      throw error;
    },
  );
  return promise;
}

/** The CodeMirror module if it has already loaded. */
export function loadedCodeRuntime(): CodeRuntime | undefined {
  return loaded;
}
