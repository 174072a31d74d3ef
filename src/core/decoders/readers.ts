import {formatError} from '../errors.js';
import {readLines} from './lines.js';
import {readEvents, type EventSourceMessage} from './sse.js';
import {readText} from './text.js';

/** One Server-Sent Event: its `data` (lines joined with `\n`), and its `event` name and `id` when it has them. */
export type ServerSentEvent = EventSourceMessage;

type Source = Response | ReadableStream<Uint8Array>;

function bodyOf(source: Source): ReadableStream<Uint8Array> | null {
  return source instanceof Response ? source.body : source;
}

/**
 * The readers the built-in adapters use, for a custom adapter's own
 * protocol. Each takes a `Response` (or its body), decodes UTF-8 as a
 * stream, and stops reading (closing the connection) when the loop over it
 * ends early.
 */

/** Yields each Server-Sent Event of a body, as the HTML spec parses them. */
export async function* readServerSentEvents(source: Source): AsyncGenerator<ServerSentEvent> {
  const body = bodyOf(source);
  if (body) yield* readEvents(body);
}

/** Yields each line of an NDJSON body, parsed; a line that is not JSON fails with a ChatError (code `format`). */
export async function* readJsonLines(source: Source): AsyncGenerator<unknown> {
  const body = bodyOf(source);
  if (!body) return;
  for await (const line of readLines(body)) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      console.warn(`chat-blocks: a line of the reply is not JSON: ${line.slice(0, 80)}`);
      throw formatError(error);
    }
    yield value;
  }
}

/** Yields the text of a body as it arrives. */
export async function* readTextStream(source: Source): AsyncGenerator<string> {
  const body = bodyOf(source);
  if (body) yield* readText(body);
}
