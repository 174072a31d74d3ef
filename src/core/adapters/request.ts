import {ChatError} from '../errors.js';
import {httpError} from './http-error.js';

/**
 * Sends a request and returns the response once it is known to be good.
 * A server that cannot be reached fails with code `network` (retryable);
 * an HTTP error status fails as `httpError` words it. An aborted signal
 * surfaces as the signal's own reason (an AbortError), never a ChatError.
 */
export async function openResponse(url: string, init: RequestInit & {signal: AbortSignal}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    init.signal.throwIfAborted();
    const message = error instanceof Error ? error.message : String(error);
    throw new ChatError(message, {code: 'network', retryable: true, cause: error});
  }
  if (!response.ok) throw await httpError(response, init.signal);
  return response;
}
