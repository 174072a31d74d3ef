import type {ChatAdapter} from '../types.js';
import {gradioAdapter} from './gradio.js';
import {fetchAdapter, sseAdapter} from './http.js';
import {openaiAdapter} from './openai.js';
import {aiSdkAdapter} from './ai-sdk.js';
import {anthropicAdapter} from './anthropic.js';
import {ollamaAdapter} from './ollama.js';

/** The adapters an `adapter` attribute can name. */
const adapters = new Map<string, ChatAdapter>([
  ['sse', sseAdapter],
  ['fetch', fetchAdapter],
  ['openai', openaiAdapter],
  ['gradio', gradioAdapter],
  ['ai-sdk', aiSdkAdapter],
  ['anthropic', anthropicAdapter],
  ['ollama', ollamaAdapter],
]);

/**
 * Makes an adapter usable by name (`<chat-blocks adapter="name">`). A name
 * already taken, built-in ones included, is replaced.
 */
export function registerAdapter(name: string, adapter: ChatAdapter): void {
  if (typeof name !== 'string' || name.trim() === '') throw new TypeError('registerAdapter: the name must be a non-empty string');
  if (typeof adapter !== 'function') throw new TypeError(`registerAdapter: the adapter "${name}" must be a function`);
  adapters.set(name.trim(), adapter);
}

/** The adapter registered under `name`, if any. */
export function getAdapter(name: string): ChatAdapter | undefined {
  return adapters.get(name.trim());
}
