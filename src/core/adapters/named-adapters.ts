import {ChatError} from '../errors.js';
import type {ChatAdapter, ChatChunk} from '../types.js';

/**
 * The adapters an `adapter` attribute can name, as the widget uses them: a
 * page's registered adapters, and the built-in ones, each loaded (with its
 * decoders and chunk shapes) the first time it sends, by URL relative to the
 * bundle. A page that talks SSE never downloads the Gradio client.
 * `registry.ts` gives the same names their adapters directly, for code that
 * imports the package.
 */

/** Adapters registered by the page (`registerAdapter`); they win over the built-in ones. */
export const registeredAdapters = new Map<string, ChatAdapter>();

const builtInAdapters: Record<string, () => Promise<ChatAdapter>> = {
  sse: () => import('./http.js').then((module) => module.sseAdapter),
  fetch: () => import('./http.js').then((module) => module.fetchAdapter),
  openai: () => import('./openai.js').then((module) => module.openaiAdapter),
  gradio: () => import('./gradio.js').then((module) => module.gradioAdapter),
  'ai-sdk': () => import('./ai-sdk.js').then((module) => module.aiSdkAdapter),
  anthropic: () => import('./anthropic.js').then((module) => module.anthropicAdapter),
  ollama: () => import('./ollama.js').then((module) => module.ollamaAdapter),
};

/** The names of the built-in adapters. */
export const builtInAdapterNames: readonly string[] = Object.keys(builtInAdapters);

/**
 * Makes an adapter usable by name (`<chat-blocks adapter="name">`). A name
 * already taken, built-in ones included, is replaced.
 */
export function registerAdapter(name: string, adapter: ChatAdapter): void {
  if (typeof name !== 'string' || name.trim() === '') throw new TypeError('registerAdapter: the name must be a non-empty string');
  if (typeof adapter !== 'function') throw new TypeError(`registerAdapter: the adapter "${name}" must be a function`);
  registeredAdapters.set(name.trim(), adapter);
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<ChatChunk> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

const lazyAdapters = new Map<string, ChatAdapter>();

/**
 * An adapter that loads the built-in adapter `name` on its first call and
 * then hands the request to it. A failed load fails that request with a
 * `load` ChatError (the reply shows it; the user's message stays) and is
 * tried again on the next send.
 */
function lazyAdapter(name: string): ChatAdapter {
  const load = builtInAdapters[name];
  let loading: Promise<ChatAdapter> | undefined;
  return async function* (request) {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw new ChatError(`The ${name} adapter could not be loaded.`, {code: 'load', cause: error});
    });
    const result = (await loading)(request);
    if (isAsyncIterable(result)) yield* result;
    else yield await result;
  };
}

/** Starts loading the built-in adapter `name` (before a first send); a failure here is reported by the send. */
export function preloadAdapter(name: string): void {
  if (!registeredAdapters.has(name) && Object.hasOwn(builtInAdapters, name)) builtInAdapters[name]().catch(() => undefined);
}

/** The adapter the widget uses for `name`: a registered one, a built-in one loaded on first use, or undefined. */
export function namedAdapter(name: string): ChatAdapter | undefined {
  const key = name.trim();
  const registered = registeredAdapters.get(key);
  if (registered) return registered;
  if (!Object.hasOwn(builtInAdapters, key)) return undefined;
  let adapter = lazyAdapters.get(key);
  if (!adapter) lazyAdapters.set(key, (adapter = lazyAdapter(key)));
  return adapter;
}
