/**
 * Reads a response body as UTF-8 text, piece by piece as the network
 * delivers it. The decoder runs in streaming mode, so a character whose
 * bytes are split across two network chunks comes out whole.
 *
 * This is the decoder of `text/plain` (and of any type nobody defined):
 * every piece is text to append. The other decoders read through it.
 * Stopping early (a `return()` from the consumer, or an end marker) cancels
 * the body, which closes the connection.
 */
export async function* readText(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let finished = false;
  try {
    while (true) {
      const {done, value} = await reader.read();
      if (done) break;
      const text = decoder.decode(value, {stream: true});
      if (text) yield text;
    }
    finished = true;
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    if (!finished) reader.cancel().catch(() => undefined);
  }
}
