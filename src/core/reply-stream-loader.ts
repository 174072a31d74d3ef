import {loadOnce} from './load-once.js';

/**
 * The reply code (`reply-stream.ts`: attempts, chunk application, limits,
 * silence), loaded once for every session on the page with the first reply;
 * in the page bundle it travels in the first-reply chunk with the adapter.
 */
export const replyStream = loadOnce(() => import('./reply-stream.js'));

export type ReplyStreamModule = typeof import('./reply-stream.js');

/** Starts loading the reply code before a first send (a failure here is reported by the send). */
export function preloadReplyStream(): void {
  replyStream.load().catch(() => undefined);
}
