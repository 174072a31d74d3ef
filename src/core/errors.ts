/**
 * A reply failure the user should see. `status` is the HTTP status when
 * there was one; `retryable` marks failures that happened before the first
 * byte of a reply and may be tried again automatically.
 */
export class ChatError extends Error {
  readonly status?: number;
  readonly retryable: boolean;
  /** Seconds the server asked us to wait (`Retry-After`). */
  readonly retryAfter?: number;

  constructor(
    message: string,
    options: {status?: number; retryable?: boolean; retryAfter?: number; cause?: unknown} = {},
  ) {
    super(message, {cause: options.cause});
    this.name = 'ChatError';
    this.status = options.status;
    this.retryable = options.retryable ?? false;
    this.retryAfter = options.retryAfter;
  }
}

/** True when `error` comes from an aborted signal rather than a failure. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
