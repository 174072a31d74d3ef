import {createParser, type EventSourceMessage} from 'eventsource-parser';
import {defaultLimits} from '../limits.js';
import {EventSizeGuard} from './event-size.js';
import {readText} from './text.js';

export type {EventSourceMessage};

/**
 * Reads a `text/event-stream` body and yields its events (`event`, `data`,
 * `id`), as the HTML spec parses them: LF, CR and CRLF line ends, multi-line
 * `data` joined with newlines, comments (`: ping`) skipped. An event longer
 * than `maxEventSize` characters (complete or not) fails with a `LimitError`
 * instead of being buffered without end.
 */
export async function* readEvents(
  body: ReadableStream<Uint8Array>,
  maxEventSize = defaultLimits.eventSize,
): AsyncGenerator<EventSourceMessage> {
  for await (const batch of readEventBatches(body, maxEventSize)) yield* batch;
}

/**
 * `readEvents`, a network piece at a time: the events each piece completed,
 * so a caller can merge a flood of tiny events before passing them on.
 */
export async function* readEventBatches(
  body: ReadableStream<Uint8Array>,
  maxEventSize = defaultLimits.eventSize,
): AsyncGenerator<EventSourceMessage[]> {
  let events: EventSourceMessage[] = [];
  const guard = new EventSizeGuard(maxEventSize);
  const parser = createParser({onEvent: (event) => events.push(event)});
  const take = () => {
    const batch = events;
    events = [];
    // Events before a runaway one still count: it fails when it is reached.
    const bad = batch.findIndex((event) => event.data.length > maxEventSize);
    return bad === -1 ? {batch} : {batch: batch.slice(0, bad), bad: batch[bad]};
  };
  for await (const text of readText(body)) {
    parser.feed(text);
    const {batch, bad} = take();
    if (batch.length) yield batch;
    if (bad) guard.check(bad.data.length);
    guard.feed(text);
  }
  // A server that closes without the blank line after its last event still
  // meant to send it (browsers' EventSource would drop it silently).
  parser.feed('\n\n');
  const {batch, bad} = take();
  if (batch.length) yield batch;
  if (bad) guard.check(bad.data.length);
}
