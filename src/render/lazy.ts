/**
 * Optional renderers (syntax highlighting, math) are loaded with `import()`
 * the first time a message needs them, so pages that never show code or
 * math never fetch them. Until one arrives, blocks render without it and
 * remember that; when it arrives, listeners re-render those blocks.
 */

type Listener = () => void;

const listeners = new Set<Listener>();

/** Grows each time an optional renderer finishes loading. */
export let pluginGeneration = 0;

/** Calls `listener` whenever an optional renderer has loaded. Returns an unsubscribe function. */
export function onPluginLoaded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A module loaded once, on first request. `get()` returns it when loaded;
 * `request()` starts loading and notifies the listeners when it is there.
 */
export class LazyModule<T> {
  private value?: T;
  private loading?: Promise<T | undefined>;
  private readonly load: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.load = load;
  }

  get(): T | undefined {
    return this.value;
  }

  request(): Promise<T | undefined> {
    this.loading ??= this.load().then(
      (value) => {
        this.value = value;
        pluginGeneration++;
        for (const listener of [...listeners]) listener();
        return value;
      },
      (error: unknown) => {
        // Offline or blocked: the text stays readable without it. Not retried,
        // so a missing chunk costs one warning, not one request per token.
        console.warn('chat-blocks: an optional renderer failed to load', error);
        return undefined;
      },
    );
    return this.loading;
  }
}
