import {ChatError} from '../errors.js';
import type {ChatChunk} from '../types.js';

/**
 * Passes on the chunks of a reply read from the network, and holds every
 * built-in adapter to the same rules:
 * - an `{error}` chunk (or SSE `event: error`) throws a ChatError with code
 *   `server`, so the request ends there and nothing after it is read;
 * - `{done: true}` ends the reply (and closes the connection);
 * - once the signal is aborted nothing more is yielded, and the abort
 *   surfaces as the signal's reason (an AbortError), not as a failure;
 * - the connection breaking mid-reply is a ChatError with code `dropped`,
 *   retryable only if nothing had been yielded yet.
 */
export async function* guardReply(chunks: AsyncIterable<ChatChunk>, signal: AbortSignal): AsyncGenerator<ChatChunk> {
  let yielded = false;
  try {
    for await (const chunk of chunks) {
      signal.throwIfAborted();
      if (typeof chunk === 'string') {
        yielded = true;
        yield chunk;
        continue;
      }
      if (chunk.error !== undefined) throw new ChatError(chunk.error, {code: 'server'});
      const {done, ...rest} = chunk;
      if (Object.keys(rest).length > 0) {
        yielded = true;
        yield rest;
      }
      if (done) return;
    }
  } catch (error) {
    signal.throwIfAborted();
    if (error instanceof ChatError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ChatError(message, {code: 'dropped', retryable: !yielded, cause: error});
  }
}
