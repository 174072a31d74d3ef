import {ChatError} from './errors.js';
import type {ChatAdapter, ChatChunk, ChatRequest} from './types.js';

const isAsyncIterable = (value: unknown): value is AsyncIterable<ChatChunk> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/**
 * Calls an adapter and yields its chunks, whatever its shape (an async
 * iterable, or a promise of one chunk), failing with a `timeout` ChatError
 * when the backend is silent for longer than `timeoutMs`: before the first
 * chunk and between any two. `onSilence` runs first, to abort the request.
 * When `request.signal` aborts, it throws an AbortError at once, without
 * waiting for an adapter that does not listen to its signal.
 */
export async function* readReply(
  adapter: ChatAdapter,
  request: ChatRequest,
  timeoutMs: number,
  onSilence: () => void,
): AsyncGenerator<ChatChunk> {
  let result: ReturnType<ChatAdapter>;
  try {
    result = adapter(request);
  } catch (error) {
    throw asAdapterError(error);
  }
  const iterator = isAsyncIterable(result)
    ? result[Symbol.asyncIterator]()
    : (async function* () {
        yield await result;
      })();

  const limit = Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 0;
  const aborted = whenAborted(request.signal);
  try {
    while (true) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const silence = new Promise<never>((_, reject) => {
        if (!limit) return;
        timer = setTimeout(() => {
          // Rejected before the abort, so the race below settles with the timeout.
          reject(
            new ChatError(`The server sent nothing for ${Math.round(limit / 1000)} s.`, {
              code: 'timeout',
              retryable: false,
            }),
          );
          onSilence();
        }, limit);
      });
      let step: IteratorResult<ChatChunk>;
      try {
        step = await Promise.race([iterator.next(), silence, aborted]);
      } catch (error) {
        throw asAdapterError(error);
      } finally {
        clearTimeout(timer);
      }
      if (step.done) return;
      yield step.value;
    }
  } finally {
    // Let the adapter release its connection; never wait for a stuck one.
    void iterator.return?.()?.catch(() => undefined);
  }
}

/** A promise that rejects with an AbortError when `signal` aborts (and never settles otherwise). */
function whenAborted(signal: AbortSignal): Promise<never> {
  const promise = new Promise<never>((_, reject) => {
    const fail = () => reject(new DOMException('Aborted', 'AbortError'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, {once: true});
  });
  promise.catch(() => undefined); // Raced every step; never an unhandled rejection.
  return promise;
}

/** Errors thrown by custom adapters keep their message but become ChatErrors. */
function asAdapterError(error: unknown): unknown {
  if (error instanceof ChatError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ChatError(message || 'The adapter failed.', {code: 'adapter', cause: error});
}
