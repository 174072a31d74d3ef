import {defaultLimits, LimitError} from '../limits.js';
import {readText} from './text.js';

/**
 * Reads an `application/json` body: the whole body is one chunk, so one
 * longer than `maxSize` characters fails with a `LimitError`.
 */
export async function* readWhole(body: ReadableStream<Uint8Array>, maxSize = defaultLimits.eventSize): AsyncGenerator<string> {
  const pieces: string[] = [];
  let size = 0;
  for await (const text of readText(body)) {
    size += text.length;
    if (size > maxSize) throw new LimitError('max-event-size', maxSize);
    pieces.push(text);
  }
  const whole = pieces.join('');
  if (whole.trim()) yield whole;
}
