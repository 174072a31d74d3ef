import {readText} from './text.js';

/** Reads an `application/json` body: the whole body is one chunk. */
export async function* readWhole(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const pieces: string[] = [];
  for await (const text of readText(body)) pieces.push(text);
  const whole = pieces.join('');
  if (whole.trim()) yield whole;
}
