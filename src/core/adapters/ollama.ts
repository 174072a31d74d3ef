import type {ChatAdapter} from '../types.js';
import {streamReply, type HttpProtocol} from './http.js';
import {toOllamaMessages} from './ollama-messages.js';

const protocol: HttpProtocol = {
  guess: 'lines',
  body: ({config, messages}) => ({model: config.model, messages: toOllamaMessages(messages), stream: true, ...config.body}),
};

/**
 * `adapter="ollama"`: Ollama's native `/api/chat`. Sends
 * `{model, messages, stream: true, ...body}` (images as base64 `images`)
 * and reads its NDJSON: each line's `message.content` is a piece of the
 * reply, `message.thinking` a "Thinking" thought, `done: true` ends it.
 */
export const ollamaAdapter: ChatAdapter = (request) => streamReply(request, protocol);
