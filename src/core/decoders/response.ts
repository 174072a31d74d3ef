import {errorMessageOf, parseChunk} from '../chunks.js';
import type {ChatChunk} from '../types.js';
import {readWhole} from './json.js';
import {readLines} from './lines.js';
import {readEvents, type EventSourceMessage} from './sse.js';
import {readText} from './text.js';

/** The wire formats a reply can come in. */
export type WireFormat = 'sse' | 'lines' | 'text' | 'json';

/**
 * The format of a response, from its `Content-Type`. `guess` is used when
 * the type says nothing: no type at all, or `application/octet-stream`
 * (what many frameworks send for a stream nobody labelled).
 */
export function formatOf(contentType: string | null, guess: WireFormat): WireFormat {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === '' || type === 'application/octet-stream') return guess;
  if (type === 'text/event-stream') return 'sse';
  if (/^application\/(x-ndjson|ndjson|jsonl|x-jsonl|jsonlines|x-jsonlines)$/.test(type)) return 'lines';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  return 'text';
}

/**
 * Decodes a reply into chunks by its `Content-Type` (see `formatOf`).
 * Text of `text/plain` is yielded as is; every other format's data goes
 * through `parseChunk`. SSE's `event: done` becomes `{done: true}` and
 * `event: error` becomes `{error}`; the caller decides what they mean.
 */
export async function* decodeResponse(response: Response, guess: WireFormat): AsyncGenerator<ChatChunk> {
  const body = response.body;
  if (!body) return;
  switch (formatOf(response.headers.get('content-type'), guess)) {
    case 'sse':
      for await (const event of readEvents(body)) {
        const chunk = eventChunk(event);
        if (chunk !== null) yield chunk;
      }
      return;
    case 'lines':
      yield* parsed(readLines(body));
      return;
    case 'json':
      yield* parsed(readWhole(body));
      return;
    case 'text':
      yield* readText(body);
      return;
  }
}

async function* parsed(data: AsyncIterable<string>): AsyncGenerator<ChatChunk> {
  for await (const piece of data) {
    const chunk = parseChunk(piece);
    if (chunk !== null) yield chunk;
  }
}

/** Event names that only keep a connection alive. */
const heartbeats = new Set(['heartbeat', 'ping']);

function eventChunk(event: EventSourceMessage): ChatChunk | null {
  if (event.event === 'done') return {done: true};
  if (event.event === 'error') return {error: errorMessageOf(event.data)};
  if (event.event !== undefined && heartbeats.has(event.event)) return null;
  return parseChunk(event.data);
}
