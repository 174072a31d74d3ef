import {createParser, type EventSourceMessage} from 'eventsource-parser';
import {readText} from './text.js';

export type {EventSourceMessage};

/**
 * Reads a `text/event-stream` body and yields its events (`event`, `data`,
 * `id`), as the HTML spec parses them: LF, CR and CRLF line ends, multi-line
 * `data` joined with newlines, comments (`: ping`) skipped. An event of any
 * size works; the parser buffers partial lines without copying them again.
 */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<EventSourceMessage> {
  const events: EventSourceMessage[] = [];
  const parser = createParser({onEvent: (event) => events.push(event)});
  for await (const text of readText(body)) {
    parser.feed(text);
    yield* events.splice(0);
  }
  // A server that closes without the blank line after its last event still
  // meant to send it (browsers' EventSource would drop it silently).
  parser.feed('\n\n');
  yield* events.splice(0);
}
