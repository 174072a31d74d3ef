import {errorMessageOf} from '../chunks.js';
import {readEvents} from '../decoders/sse.js';
import {ChatError} from '../errors.js';
import type {ChatAdapter, ChatChunk, ChatMessage, ChatRequest} from '../types.js';
import {toGradioFiles, type GradioFile} from './gradio-files.js';
import {followOutputs} from './gradio-outputs.js';
import {guardReply} from './guard.js';
import {endpointOf, openResponse, readJsonBody, redirectFor, requestHeaders} from './request.js';

/** A history message as a Gradio chat function receives it ("messages" format). */
interface GradioMessage {
  role: ChatMessage['role'];
  content: string | GradioFile;
  metadata?: ChatMessage['metadata'];
  options?: ChatMessage['options'];
}

/**
 * `adapter="gradio"`: a Gradio app's HTTP API, as Gradio's guide "Querying
 * Gradio Apps with Curl" documents it.
 *
 * 1. Attached files that live only in the page (`data:`/`blob:` URLs) are
 *    uploaded to `{endpoint}/gradio_api/upload` and referenced as Gradio
 *    FileData (`{path, meta: {_type: "gradio.FileData"}}`).
 * 2. `POST {endpoint}/gradio_api/call{api-name}` with
 *    `{"data": [message, history], ...body}` answers `{"event_id"}`. The
 *    message is the text, or `{text, files}` when files are attached (a
 *    multimodal ChatInterface); the history is the conversation before it,
 *    in the messages format.
 * 3. `GET {endpoint}/gradio_api/call{api-name}/{event_id}` streams SSE:
 *    `generating` and `complete` carry the list of outputs (see
 *    `followOutputs`), `complete` ends the reply, `heartbeat` is ignored and
 *    `error` fails it with the app's message (Gradio sends `null` when the
 *    app does not show errors: then the UI's generic wording).
 *
 * Stop closes the GET stream. The simple API has no cancel call, so the
 * app may finish the job on its own; nothing of it is read any more.
 */
export const gradioAdapter: ChatAdapter = (request) => reply(request);

async function* reply(request: ChatRequest): AsyncGenerator<ChatChunk> {
  const {config, signal} = request;
  const app = endpointOf(config).replace(/\/+$/, '');
  const call = `${app}/gradio_api/call/${(config.apiName || '/chat').replace(/^\/+/, '')}`;
  const credentials = config.credentials || 'same-origin';

  const files = await toGradioFiles(app, request.files, config, signal);
  const history = await toGradioHistory(app, historyBefore(request), config, signal);
  const message = files.length > 0 ? {text: request.message, files} : request.message;

  const started = await openResponse(call, {
    method: 'POST',
    headers: requestHeaders(config, {'Content-Type': 'application/json'}),
    credentials,
    redirect: redirectFor(config),
    body: JSON.stringify({data: [message, history], ...config.body}),
    signal,
  });
  const job = await readJsonBody(started, signal);
  const eventId = (job as {event_id?: unknown} | null)?.event_id;
  if (typeof eventId !== 'string' || eventId === '') {
    throw new ChatError('The Gradio app did not answer with an event_id', {code: 'server'});
  }

  const stream = await openResponse(`${call}/${encodeURIComponent(eventId)}`, {
    headers: requestHeaders(config, {Accept: 'text/event-stream'}),
    credentials,
    redirect: redirectFor(config),
    signal,
  });
  if (!stream.body) return;
  yield* guardReply(jobChunks(stream.body, app, config.maxEventSize), signal);
}

async function* jobChunks(body: ReadableStream<Uint8Array>, app: string, maxEventSize?: number): AsyncGenerator<ChatChunk> {
  const follow = followOutputs(app);
  for await (const event of readEvents(body, maxEventSize)) {
    switch (event.event) {
      case 'generating':
      case 'complete':
        yield* follow(parse(event.data));
        if (event.event === 'complete') return;
        break;
      case 'error':
        yield {error: gradioError(event.data)};
        return;
      default:
      // `heartbeat` keeps the connection open; nothing else is defined.
    }
  }
}

function parse(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/**
 * The message of an `error` event's data: a string, or `{error: "…", title,
 * …}`; '' when the app keeps its reasons to itself (`null`, `{error: null}`).
 */
function gradioError(data: string): string {
  const json = parse(data);
  if (json === null || (typeof json === 'object' && (json as {error?: unknown}).error == null)) return '';
  return errorMessageOf(data);
}

/**
 * The conversation before this submission: a Gradio chat function gets the
 * new message apart from its history. The submission is the last messages
 * of `messages` (its files, then its text). Empty messages (a failed reply
 * with no text) are left out.
 */
function historyBefore(request: ChatRequest): ChatMessage[] {
  const submitted = request.files.length + (request.message ? 1 : 0);
  const tail = request.messages.slice(request.messages.length - submitted);
  const end =
    tail.length === submitted && tail.every((message) => message.role === 'user')
      ? request.messages.length - submitted
      : request.messages.length;
  return request.messages.slice(0, end).filter((message) => message.content !== '');
}

async function toGradioHistory(
  app: string,
  messages: ChatMessage[],
  config: ChatRequest['config'],
  signal: AbortSignal,
): Promise<GradioMessage[]> {
  const fileMessages = messages.filter((message) => typeof message.content !== 'string');
  const files = await toGradioFiles(
    app,
    fileMessages.map((message) => message.content as Exclude<ChatMessage['content'], string>),
    config,
    signal,
  );
  return messages.map((message) => {
    const content = typeof message.content === 'string' ? message.content : files[fileMessages.indexOf(message)];
    const entry: GradioMessage = {role: message.role, content};
    if (message.metadata) entry.metadata = message.metadata;
    if (message.options) entry.options = message.options;
    return entry;
  });
}
