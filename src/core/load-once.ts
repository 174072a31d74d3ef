/**
 * A module loaded on first use (`import()`), once for the whole page: every
 * caller shares one request. A failed load is forgotten, so the next use
 * tries again; `loaded()` gives the module once it has arrived.
 */
export interface LoadOnce<T> {
  load(): Promise<T>;
  loaded(): T | undefined;
}

export function loadOnce<T>(importModule: () => Promise<T>): LoadOnce<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load() {
      loading ??= importModule().then(
        (value) => (module = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => module,
  };
}
