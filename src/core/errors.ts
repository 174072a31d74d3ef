/**
 * Why a reply failed:
 * - `server`: the backend said why (its message is shown as is)
 * - `http`: an HTTP error status with no usable message in the body
 * - `network`: the server could not be reached
 * - `dropped`: the connection broke after the reply started
 * - `empty`: the reply ended without any content
 * - `format`: the server's events had no shape the widget knows (see `text-field`)
 * - `timeout`: the backend was silent for longer than `timeout`
 * - `adapter`: a custom adapter threw
 * - `limit`: the backend sent more than a limit allows (see `limits.ts`)
 * - `load`: a part of the widget loaded on first use (an adapter) could not be fetched
 */
export type ChatErrorCode = 'server' | 'http' | 'network' | 'dropped' | 'empty' | 'format' | 'timeout' | 'adapter' | 'limit' | 'load';

/**
 * A reply failure the user should see. `status` is the HTTP status when
 * there was one; `retryable` marks failures that happened before the first
 * byte of a reply and may be tried again automatically.
 */
export class ChatError extends Error {
  /** What kind of failure, so the UI can word it in the page's language. */
  readonly code: ChatErrorCode;
  readonly status?: number;
  readonly retryable: boolean;
  /** Seconds the server asked us to wait (`Retry-After`). */
  readonly retryAfter?: number;

  constructor(
    message: string,
    options: {
      code?: ChatErrorCode;
      status?: number;
      retryable?: boolean;
      retryAfter?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, {cause: options.cause});
    this.name = 'ChatError';
    this.code = options.code ?? 'server';
    this.status = options.status;
    this.retryable = options.retryable ?? false;
    this.retryAfter = options.retryAfter;
  }
}

/** True when `error` comes from an aborted signal rather than a failure. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The failure of a reply whose events had no shape the widget knows (code
 * `format`); the UI words it with `strings.errorFormat`.
 */
export function formatError(cause?: unknown): ChatError {
  return new ChatError("The server's events were not in a format this chat understands.", {code: 'format', cause});
}
