import {errorMessageOf} from '../chunks.js';
import {readWhole} from '../decoders/json.js';
import {readLines} from '../decoders/lines.js';
import {formatOf} from '../decoders/response.js';
import {readEvents} from '../decoders/sse.js';
import {ChatError} from '../errors.js';
import type {ChatAdapter, ChatChunk, ChatRequest} from '../types.js';
import {guardReply} from './guard.js';
import {toOpenAIMessages} from './openai-messages.js';
import {endpointOf, openResponse, requestHeaders} from './request.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The title of the thought message that shows a model's reasoning. */
const thinkingTitle = 'Thinking';

/**
 * `adapter="openai"`: the Chat Completions API, as OpenAI, Ollama, vLLM,
 * llama.cpp's server and LM Studio speak it. Sends
 * `{model, messages, stream: true, ...body}` and streams `delta.content`
 * as the reply. Reasoning (`delta.reasoning_content`, or `delta.reasoning`)
 * streams into a thought message titled "Thinking" before it, marked done
 * (with its duration) when the answer starts. A server that ignores
 * `stream` and answers with one JSON completion works too.
 */
export const openaiAdapter: ChatAdapter = (request) => reply(request);

async function* reply(request: ChatRequest): AsyncGenerator<ChatChunk> {
  const {config, signal} = request;
  const response = await openResponse(endpointOf(config), {
    method: 'POST',
    headers: requestHeaders(config, {'Content-Type': 'application/json', Accept: 'text/event-stream, application/json;q=0.9'}),
    credentials: config.credentials || 'same-origin',
    body: JSON.stringify({model: config.model, messages: toOpenAIMessages(request.messages), stream: true, ...config.body}),
    signal,
  });
  yield* guardReply(completionChunks(dataOf(response)), signal);
}

/** Each completion chunk's JSON text: SSE `data` by default, NDJSON lines, or one JSON body. */
async function* dataOf(response: Response): AsyncGenerator<string> {
  const body = response.body;
  if (!body) return;
  switch (formatOf(response.headers.get('content-type'), 'sse')) {
    case 'json':
      yield* readWhole(body);
      return;
    case 'lines':
      yield* readLines(body);
      return;
    default:
      for await (const event of readEvents(body)) {
        if (event.event === 'error') throw new ChatError(errorMessageOf(event.data), {code: 'server'});
        yield event.data;
      }
  }
}

/** Turns completion chunks into chat chunks; see `openaiAdapter`. */
async function* completionChunks(data: AsyncIterable<string>): AsyncGenerator<ChatChunk> {
  let thinking: {started: number; text: string} | undefined;
  const endThought = (): ChatChunk | undefined => {
    if (!thinking) return undefined;
    const duration = Math.round((performance.now() - thinking.started) / 100) / 10;
    thinking = undefined;
    return {metadata: {status: 'done', duration}};
  };

  for await (const text of data) {
    if (text.trim() === '[DONE]') break;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      continue; // Keep-alive noise between chunks.
    }
    if (!isObject(json)) continue;
    if (json.error !== undefined && json.error !== null) {
      throw new ChatError(errorMessageOf(JSON.stringify(json)), {code: 'server'});
    }
    const choice = Array.isArray(json.choices) ? json.choices[0] : undefined;
    if (!isObject(choice)) continue;
    // `delta` in a stream; `message` in a whole (non-streamed) completion.
    const delta = isObject(choice.delta) ? choice.delta : isObject(choice.message) ? choice.message : {};

    const reasoning = firstText(delta.reasoning_content, delta.reasoning);
    if (reasoning) {
      if (!thinking) {
        thinking = {started: performance.now(), text: ''};
        yield {message: {role: 'assistant', content: '', metadata: {title: thinkingTitle, status: 'pending'}}};
      }
      thinking.text += reasoning;
      yield {content: thinking.text};
    }
    const content = firstText(delta.content, delta.refusal);
    if (content) {
      const done = endThought();
      if (done) yield done;
      yield {delta: content};
    }
    if (typeof choice.finish_reason === 'string' && choice.finish_reason !== '') break;
  }
  const done = endThought();
  if (done) yield done;
}

const firstText = (...values: unknown[]): string =>
  (values.find((value) => typeof value === 'string' && value !== '') as string | undefined) ?? '';
