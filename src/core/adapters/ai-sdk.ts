import type {ChatAdapter} from '../types.js';
import {toUIMessages} from './ai-sdk-messages.js';
import {streamReply, type HttpProtocol} from './http.js';

/** One id per page for the conversation, as `useChat` sends one per chat; `body` may set its own `id`. */
const chatId = `chat-blocks-${Math.random().toString(36).slice(2, 10)}`;

const protocol: HttpProtocol = {
  guess: 'sse',
  body: ({config, messages}) => ({id: chatId, messages: toUIMessages(messages), trigger: 'submit-message', ...config.body}),
};

/**
 * `adapter="ai-sdk"`: a route built with the Vercel AI SDK for `useChat`.
 * Sends `useChat`'s body, `{id, messages, trigger, ...body}` with the
 * history as UI messages (`parts`, files as `file` parts), so
 * `convertToModelMessages(messages)` takes it; reads the UI message stream
 * of `toUIMessageStreamResponse()` (see `AiSdkReader`).
 */
export const aiSdkAdapter: ChatAdapter = (request) => streamReply(request, protocol);
