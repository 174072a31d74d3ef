import type {ChatAdapter} from '../types.js';
import {streamReply, type HttpProtocol} from './http.js';
import {toOpenAIMessages} from './openai-messages.js';

const protocol: HttpProtocol = {
  guess: 'sse',
  headers: {Accept: 'text/event-stream, application/json;q=0.9'},
  body: ({config, messages}) => ({model: config.model, messages: toOpenAIMessages(messages), stream: true, ...config.body}),
};

/**
 * `adapter="openai"`: the Chat Completions API, as OpenAI, Ollama, vLLM,
 * llama.cpp's server and LM Studio speak it. Sends
 * `{model, messages, stream: true, ...body}` and streams `delta.content`
 * as the reply. Reasoning (`delta.reasoning_content`, or `delta.reasoning`)
 * streams into a thought message titled "Thinking" before it, marked done
 * (with its duration) when the answer starts. A server that ignores
 * `stream` and answers with one JSON completion works too.
 */
export const openaiAdapter: ChatAdapter = (request) => streamReply(request, protocol);
