import type {ChatAdapter} from '../types.js';
import {gradioAdapter} from './gradio.js';
import {fetchAdapter, sseAdapter} from './http.js';
import {openaiAdapter} from './openai.js';
import {aiSdkAdapter} from './ai-sdk.js';
import {anthropicAdapter} from './anthropic.js';
import {ollamaAdapter} from './ollama.js';
import {registeredAdapters} from './named-adapters.js';

export {registerAdapter} from './named-adapters.js';

/** The built-in adapters, for code that imports the package (the widget loads them on first use: `named-adapters.ts`). */
const builtInAdapters = new Map<string, ChatAdapter>([
  ['sse', sseAdapter],
  ['fetch', fetchAdapter],
  ['openai', openaiAdapter],
  ['gradio', gradioAdapter],
  ['ai-sdk', aiSdkAdapter],
  ['anthropic', anthropicAdapter],
  ['ollama', ollamaAdapter],
]);

/** The adapter registered under `name`, if any: one the page registered, else a built-in one. */
export function getAdapter(name: string): ChatAdapter | undefined {
  const key = name.trim();
  return registeredAdapters.get(key) ?? builtInAdapters.get(key);
}
