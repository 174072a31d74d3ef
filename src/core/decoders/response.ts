import type {ShapeOptions} from '../shapes/event-reader.js';
import {ReplyReader} from '../shapes/reply-reader.js';
import type {ChatChunk} from '../types.js';
import {readWhole} from './json.js';
import {readLines} from './lines.js';
import {readEventBatches} from './sse.js';
import {sniffFormat} from './sniff.js';
import {readText} from './text.js';
import {defaultLimits} from '../limits.js';
import {mergeText} from '../text-coalescer.js';

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
 * The format a response's body is read in: SSE when it carries the AI SDK's
 * `x-vercel-ai-ui-message-stream` header; else its `Content-Type`, and when
 * that leaves the format open (no type, or a text type), what the body's
 * first bytes show (see `sniffFormat`).
 */
export async function bodyFormat(
  response: Response,
  guess: WireFormat,
): Promise<{format: WireFormat; body: ReadableStream<Uint8Array>} | undefined> {
  const body = response.body;
  if (!body) return undefined;
  if (response.headers.get('x-vercel-ai-ui-message-stream')) return {format: 'sse', body};
  const type = response.headers.get('content-type');
  const declared = formatOf(type, guess);
  const open = declared === 'text' || formatOf(type, 'text') !== formatOf(type, 'sse');
  return open ? sniffFormat(body, declared) : {format: declared, body};
}

/**
 * Decodes a reply into chunks (see `bodyFormat` for how its format is
 * chosen). Text of `text/plain` is yielded as is; every other format's data
 * is read by its shape by a `ReplyReader` (with the `text-field` and
 * `text-mode` options), which ends the reply with a `format` error when none
 * of its events had a shape it knows. An event of a protocol's shape waits
 * while that code loads (once per page), and the events after it wait in turn.
 */
export async function* decodeResponse(
  response: Response,
  guess: WireFormat,
  options: ShapeOptions & {maxEventSize?: number} = {},
): AsyncGenerator<ChatChunk> {
  const maxEventSize = options.maxEventSize ?? defaultLimits.eventSize;
  const opened = await bodyFormat(response, guess);
  if (!opened) return;
  const {format, body} = opened;
  if (format === 'text') {
    yield* readText(body);
    return;
  }
  const reader = new ReplyReader(options);
  if (format === 'sse') {
    for await (const events of readEventBatches(body, maxEventSize)) {
      const chunks: ChatChunk[] = [];
      for (const event of events) {
        const read = reader.readEvent(event.data, event.event);
        chunks.push(...(Array.isArray(read) ? read : await read));
      }
      // A flood (many events in one network read) has its runs of plain
      // text merged, so it costs the rest of the pipeline a few chunks a
      // read rather than one per event. An ordinary stream passes as it came.
      yield* events.length > floodSize ? mergeText(chunks) : chunks;
    }
  } else if (format === 'lines') {
    for await (const line of readLines(body, maxEventSize)) yield* await reader.readEvent(line);
  } else {
    yield* readJsonBody(body, reader, maxEventSize);
  }
  yield* reader.end();
}

/** Events in one network read past which text events are merged. */
const floodSize = 64;

/** An `application/json` body: one chunk, or NDJSON mislabelled as JSON (each line a chunk). */
async function* readJsonBody(body: ReadableStream<Uint8Array>, reader: ReplyReader, maxSize: number): AsyncGenerator<ChatChunk> {
  let whole = '';
  for await (const text of readWhole(body, maxSize)) whole = text;
  if (!whole.trim()) return;
  try {
    JSON.parse(whole);
  } catch {
    for (const line of whole.split('\n')) if (line.trim()) yield* await reader.readEvent(line.trim());
    return;
  }
  yield* await reader.readEvent(whole.trim());
}
