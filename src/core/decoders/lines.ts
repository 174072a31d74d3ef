import {defaultLimits, LimitError} from '../limits.js';
import {readText} from './text.js';

/**
 * Reads a newline-delimited body (`application/x-ndjson`,
 * `application/jsonl`) and yields each non-empty line, without its line end.
 * A line longer than `maxLineSize` characters fails with a `LimitError`.
 */
export async function* readLines(body: ReadableStream<Uint8Array>, maxLineSize = defaultLimits.eventSize): AsyncGenerator<string> {
  const tooLong = () => new LimitError('max-event-size', maxLineSize);
  let buffer = '';
  for await (const text of readText(body)) {
    // Only the new text can hold a line end: a long line arriving in many
    // pieces is not scanned again and again.
    let searchFrom = buffer.length;
    buffer += text;
    let lineStart = 0;
    let end: number;
    while ((end = buffer.indexOf('\n', searchFrom)) !== -1) {
      const line = trimLineEnd(buffer.slice(lineStart, end));
      if (line.length > maxLineSize) throw tooLong();
      if (line.trim()) yield line;
      lineStart = searchFrom = end + 1;
    }
    buffer = buffer.slice(lineStart);
    if (buffer.length > maxLineSize) throw tooLong();
  }
  const last = trimLineEnd(buffer);
  if (last.trim()) yield last;
}

const trimLineEnd = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
