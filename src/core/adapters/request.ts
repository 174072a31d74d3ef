import {ChatError} from '../errors.js';
import type {ConnectionConfig} from '../types.js';
import {httpError} from './http-error.js';

/** The endpoint a built-in adapter sends to; without one there is nothing to reach. */
export function endpointOf(config: ConnectionConfig): string {
  if (!config.endpoint) throw new ChatError('No endpoint is set.', {code: 'network'});
  return config.endpoint;
}

/**
 * The headers of a request: the adapter's own (`Content-Type`, `Accept`),
 * then the page's `headers`, which win (names compare case-insensitively).
 */
export function requestHeaders(config: ConnectionConfig, own: Record<string, string>): Headers {
  const headers = new Headers(own);
  for (const [name, value] of Object.entries(config.headers ?? {})) headers.set(name, String(value));
  return headers;
}

/**
 * How a request meets a redirect. With the page's `headers` set (an API key,
 * a token), it follows none: fetch would carry those headers to wherever the
 * redirect points, another origin included, and an opaque redirect does not
 * say where that is, so the request fails with an error naming the fix.
 */
export function redirectFor(config: ConnectionConfig): RequestRedirect {
  return Object.keys(config.headers ?? {}).length > 0 ? 'manual' : 'follow';
}

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
  if (response.type === 'opaqueredirect') {
    throw new ChatError(
      `${url} answered with a redirect, which the widget does not follow while \`headers\` are set (they would go to wherever it points). Set the endpoint to the final URL.`,
      {code: 'server'},
    );
  }
  if (!response.ok) throw await httpError(response, init.signal);
  return response;
}

/**
 * Reads a small JSON answer (an upload's paths, a job id). A body that
 * breaks off is `dropped` (retryable); one that is not JSON is `server`.
 */
export async function readJsonBody(response: Response, signal: AbortSignal): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    signal.throwIfAborted();
    throw new ChatError(error instanceof Error ? error.message : String(error), {code: 'dropped', retryable: true, cause: error});
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ChatError(`Expected JSON from ${response.url}, got: ${text.slice(0, 100)}`, {
      code: 'server',
      status: response.status,
      cause: error,
    });
  }
}
