import type {WireFormat} from './response.js';

/** The most that is read ahead to recognise a format; past it the declared format stands. */
const maxLookahead = 64 * 1024;

const sseFields = ['data:', 'event:', 'id:', 'retry:', ':'];

/**
 * The format the first text of a body shows, or undefined while too little
 * has arrived to tell. A first line that is a whole JSON object is NDJSON.
 * Where SSE is expected, a body that starts with an SSE field (`data:`,
 * `event:`, a `:` comment) is SSE and any other is text; else `fallback`. Plain text is told at its first
 * character, so it streams without delay.
 */
function formatShown(head: string, ended: boolean, fallback: WireFormat): WireFormat | undefined {
  const text = head.trimStart();
  const undecided = ended || head.length >= maxLookahead ? fallback : undefined;
  if (text === '') return undecided;
  if (text[0] === '{') {
    const end = text.indexOf('\n');
    if (end === -1) return undecided;
    try {
      const json: unknown = JSON.parse(text.slice(0, end));
      return typeof json === 'object' && json !== null && !Array.isArray(json) ? 'lines' : fallback;
    } catch {
      return fallback;
    }
  }
  if (fallback !== 'sse') return fallback;
  if (sseFields.some((field) => text.startsWith(field))) return 'sse';
  return sseFields.some((field) => field.startsWith(text)) ? undecided : 'text';
}

/**
 * Recognises a body's format by its content, for a response whose
 * `Content-Type` leaves it open (none, `application/octet-stream`, or a text
 * type): the OpenAI SDK's `toReadableStream()` is NDJSON sent as
 * `text/plain` or untyped. Where SSE is expected (`fallback` "sse") a body
 * that does not start like SSE is read as text. Reads
 * ahead only as far as it must, and returns the format with a body that
 * still holds everything read.
 */
export async function sniffFormat(
  body: ReadableStream<Uint8Array>,
  fallback: WireFormat,
): Promise<{format: WireFormat; body: ReadableStream<Uint8Array>}> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const pieces: Uint8Array[] = [];
  let head = '';
  let ended = false;
  let format: WireFormat | undefined;
  while (format === undefined) {
    const step = await reader.read();
    if (step.done) ended = true;
    else {
      pieces.push(step.value);
      head += decoder.decode(step.value, {stream: true});
    }
    format = formatShown(head, ended, fallback);
  }
  const replay = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      if (ended) controller.close();
    },
    async pull(controller) {
      const step = await reader.read();
      if (step.done) controller.close();
      else controller.enqueue(step.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return {format, body: replay};
}
