/**
 * Loads the reply code (`reply-stream.ts`: attempts, chunk application,
 * limits, silence) once for every session on the page, with the first
 * reply; in the page bundle it travels in the first-reply chunk with the
 * adapter. A failed load is forgotten, so the next send tries again.
 */
export type ReplyStreamModule = typeof import('./reply-stream.js');

let loading: Promise<ReplyStreamModule> | undefined;

/** Loads the reply code (once); rejects when it could not be fetched. */
export function loadReplyStream(): Promise<ReplyStreamModule> {
  loading ??= import('./reply-stream.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Starts loading the reply code before a first send (a failure here is reported by the send). */
export function preloadReplyStream(): void {
  loadReplyStream().catch(() => undefined);
}
