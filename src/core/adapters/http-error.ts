import {errorMessageOf} from '../chunks.js';
import {ChatError} from '../errors.js';

/**
 * Statuses retried automatically (the contract's 502, 503, 504): a gateway
 * that failed or a server briefly unavailable. A 429 is not among them: the
 * server asked us to wait, so the user is shown its `Retry-After` instead.
 */
const retryableStatuses = new Set([502, 503, 504]);

/**
 * The ChatError for an HTTP error response. The message is the reason the
 * body gives (`error`, `error.message`, `detail`, or its text), with code
 * `server`; a body that says nothing useful (empty, or an HTML error page)
 * gives code `http` and the UI words the status itself.
 */
export async function httpError(response: Response, signal: AbortSignal): Promise<ChatError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The body broke off: the status alone must do, unless we were stopped.
    signal.throwIfAborted();
  }
  const html = /html/i.test(response.headers.get('content-type') ?? '');
  const reason = html ? '' : errorMessageOf(text);
  const {status} = response;
  return new ChatError(reason || `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`, {
    code: reason ? 'server' : 'http',
    status,
    retryable: retryableStatuses.has(status),
    retryAfter: retryAfterSeconds(response.headers.get('retry-after')),
  });
}

/**
 * Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP
 * date. (A cross-origin server must list it in `Access-Control-Expose-Headers`
 * for the page to see it.)
 */
export function retryAfterSeconds(value: string | null): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
