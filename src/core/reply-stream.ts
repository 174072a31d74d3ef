/**
 * One reply of the session, from the request to its end: the adapter's
 * attempts (retrying failures before the first byte), the chunks applied to
 * the history under the reply's size and rate limits, and the silence
 * timeout. `session.ts` keeps the turn model and loads this module with the
 * first reply (`reply-stream-loader.ts`): an empty widget never runs it.
 */
import {ChatError} from './errors.js';
import {LimitError, type Limits} from './limits.js';
import {applyChunk, type ReplyCursor} from './reply.js';
import {ReplySize} from './reply-size.js';
import {TextCoalescer, textOf} from './text-coalescer.js';
import {readReply} from './silence.js';
import type {ChatAdapter, ChatChunk, ChatMessage, ConnectionConfig, FileData} from './types.js';

export type {ReplyCursor};

/** The session as one reply sees it; every call is read afresh, as the session's state moves on. */
export interface ReplyTarget {
  adapter(): ChatAdapter;
  config(): ConnectionConfig;
  /** Milliseconds of silence after which an attempt fails. */
  timeout(): number;
  /** Automatic retries of a request that failed before its first byte. */
  retries(): number;
  limits: Limits;
  /** The history now. */
  messages(): ChatMessage[];
  /** The reply changed the history: `messages` is the new history, `index` the message being written. */
  show(messages: ChatMessage[], index: number): void;
  /** The turn was replaced (clear, undo, edit, a new history): nothing of it may arrive any more. */
  stale(): boolean;
  succeeded(cursor: ReplyCursor): void;
  stopped(cursor: ReplyCursor): void;
  fail(error: unknown, cursor: ReplyCursor): void;
}

/** Longest `Retry-After` honoured automatically; longer ones are shown to the user. */
const maxAutomaticWaitSeconds = 10;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      },
      {once: true},
    );
  });

/** Asks the adapter, retrying failures before the first byte, and applies the chunks; `signal` is the turn's (stop). */
export async function streamReply(target: ReplyTarget, signal: AbortSignal, text: string, files: FileData[]): Promise<void> {
  const stale = () => target.stale();
  let cursor: ReplyCursor = {index: -1, acceptsDeltas: false};
  let received = false;
  let coalescer: TextCoalescer | undefined;
  const limits = target.limits;
  const size = new ReplySize(limits.replySize);
  const retries = Math.max(0, Math.floor(target.retries()));
  for (let attempt = 0; ; attempt++) {
    // Each attempt has its own signal, so a timed-out attempt can be retried.
    const attemptController = new AbortController();
    const forward = () => attemptController.abort();
    signal.addEventListener('abort', forward, {once: true});
    try {
      const request = {
        message: text,
        files,
        messages: target.messages().slice(),
        signal: attemptController.signal,
        config: target.config(),
      };
      const apply = (chunk: ChatChunk) => {
        const history = target.messages();
        const applied = applyChunk(history, cursor, chunk);
        if (applied.outcome.kind === 'error') throw new ChatError(applied.outcome.message, {code: applied.outcome.code ?? 'server'});
        if (applied.messages !== history) {
          // Checked before the history takes it: a reply never holds more than its limit.
          // (Appended text was already cut to what fits as it arrived.)
          size.update(applied.messages, applied.cursor.index);
          received = true;
          target.show(applied.messages, applied.cursor.index);
        }
        cursor = applied.cursor;
        return applied.outcome.kind;
      };
      // Text arriving faster than `max-chunk-rate` is merged and applied
      // once per interval: each application copies the history and
      // re-renders the reply, so a flood of tiny chunks costs no more than
      // a steady stream.
      coalescer = new TextCoalescer(
        limits.chunksPerSecond,
        (text) => {
          // Text that arrived before a stop still shows; a stale turn's never does.
          if (!stale()) apply(text);
        },
        // Merged text applied by the timer, between chunks: its failure ends the request.
        (error) => attemptController.abort(error),
      );
      for await (const chunk of readReply(target.adapter(), request, target.timeout(), () => attemptController.abort())) {
        if (stale() || signal.aborted) break;
        const text = textOf(chunk);
        if (text !== undefined) {
          // Text past max-reply-size is cut off as it arrives, before the
          // coalescer merges it: the part that fits is kept and the reply
          // fails at once, with nothing beyond the limit held, merged or
          // copied (a fast stream can be megabytes ahead of the interval).
          const room = size.room - coalescer.pendingLength;
          if (text.length > room) {
            if (room > 0) coalescer.push(text.slice(0, room));
            throw new LimitError('max-reply-size', limits.replySize);
          }
          coalescer.push(text);
          continue;
        }
        coalescer.flush();
        if (apply(chunk) === 'done') break;
      }
      coalescer.flush();
      if (attemptController.signal.reason instanceof LimitError) throw attemptController.signal.reason;
      if (stale()) return;
      if (signal.aborted) return target.stopped(cursor);
      if (!received) throw new ChatError('The server sent an empty reply.', {code: 'empty'});
      return target.succeeded(cursor);
    } catch (thrown) {
      // Text that arrived before the failure is kept, unless it is what broke a limit.
      let error = attemptController.signal.reason instanceof LimitError ? attemptController.signal.reason : thrown;
      try {
        coalescer?.flush();
      } catch (limit) {
        error = limit;
      }
      if (stale()) return;
      if (signal.aborted) return target.stopped(cursor);
      const retryable = error instanceof ChatError && error.retryable && !received && attempt < retries;
      const wait = error instanceof ChatError ? error.retryAfter : undefined;
      if (retryable && (wait === undefined || wait <= maxAutomaticWaitSeconds)) {
        try {
          await sleep(wait !== undefined ? wait * 1000 : 300 * 2 ** attempt, signal);
        } catch {
          if (stale()) return;
          return target.stopped(cursor);
        }
        if (stale()) return;
        continue;
      }
      return target.fail(error, cursor);
    } finally {
      signal.removeEventListener('abort', forward);
    }
  }
}
