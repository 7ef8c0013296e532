/**
 * Lazy loader for the rich prose editor (Tiptap, its Markdown codec and the lossless check), so none of it
 * is in the first-load bundle. Invariant: the chunk is requested at most once; later callers share it, and
 * once it has arrived `loadedProseRuntime()` returns it synchronously (no flash of the fallback textarea).
 */
export type ProseRuntime = typeof import('./proseRuntime');

let promise: Promise<ProseRuntime> | undefined;
let loaded: ProseRuntime | undefined;

/** Start (or join) loading the rich prose editor. */
export function loadProseRuntime(): Promise<ProseRuntime> {
  promise ??= import('./proseRuntime').then(
    (runtime) => (loaded = runtime),
    (error: unknown) => {
      promise = undefined; // let a later mount try again (e.g. after a network hiccup)
      throw error;
    },
  );
  return promise;
}

/** The rich prose editor module if it has already loaded. */
export function loadedProseRuntime(): ProseRuntime | undefined {
  return loaded;
}
