import type {ChatAdapter} from '../types.js';
import {toAnthropicRequest} from './anthropic-messages.js';
import {streamReply, type HttpProtocol} from './http.js';

/** The `max_tokens` the Messages API requires, unless `body` sets its own. */
const defaultMaxTokens = 4096;

const protocol: HttpProtocol = {
  guess: 'sse',
  headers: {'anthropic-version': '2023-06-01'},
  body: ({config, messages}) => ({
    model: config.model,
    max_tokens: defaultMaxTokens,
    ...toAnthropicRequest(messages),
    stream: true,
    ...config.body,
  }),
};

/**
 * `adapter="anthropic"`: the Anthropic Messages API (or a proxy of it).
 * Sends `{model, max_tokens, system?, messages, stream: true, ...body}` with
 * the `anthropic-version` header, and reads the event stream (see
 * `AnthropicReader`): text deltas are the reply, thinking a "Thinking"
 * thought, an `error` event fails it.
 */
export const anthropicAdapter: ChatAdapter = (request) => streamReply(request, protocol);
