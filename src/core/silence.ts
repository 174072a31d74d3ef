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
  // One timer for the whole reply, re-armed only when it fires, and one
  // abort listener: a reply of a million chunks must not create a million
  // timers, nor race each step against a long-lived promise (every race
  // leaves a reaction on it that lives as long as the reply).
  let lastActivity = performance.now();
  let interrupt: ((error: unknown) => void) | undefined;
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    interrupt?.(failure);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watch = (delay: number) => {
    timer = setTimeout(() => {
      const quiet = performance.now() - lastActivity;
      if (!interrupt || quiet < limit) return watch(interrupt ? limit - quiet : limit);
      // Failed before the abort, so the step settles with the timeout.
      fail(new ChatError(`The server sent nothing for ${Math.round(limit / 1000)} s.`, {code: 'timeout', retryable: false}));
      onSilence();
    }, delay);
  };
  if (limit) watch(limit);
  const onAbort = () => fail(new DOMException('Aborted', 'AbortError'));
  if (request.signal.aborted) onAbort();
  else request.signal.addEventListener('abort', onAbort, {once: true});
  try {
    while (true) {
      if (failure !== undefined) throw failure;
      let step: IteratorResult<ChatChunk>;
      lastActivity = performance.now();
      try {
        step = await new Promise<IteratorResult<ChatChunk>>((resolve, reject) => {
          interrupt = reject;
          iterator.next().then(resolve, reject);
        });
      } catch (error) {
        throw asAdapterError(error);
      } finally {
        interrupt = undefined;
        lastActivity = performance.now();
      }
      if (step.done) return;
      yield step.value;
    }
  } finally {
    clearTimeout(timer);
    request.signal.removeEventListener('abort', onAbort);
    // Let the adapter release its connection; never wait for a stuck one.
    void iterator.return?.()?.catch(() => undefined);
  }
}

/** Errors thrown by custom adapters keep their message but become ChatErrors. */
function asAdapterError(error: unknown): unknown {
  if (error instanceof ChatError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ChatError(message || 'The adapter failed.', {code: 'adapter', cause: error});
}
