import {ChatError} from './errors.js';

/**
 * How much a backend may send before the widget stops listening. Every
 * limit is a number of characters (UTF-16 code units, what `length`
 * counts), except `chunksPerSecond`. Each has an attribute on
 * `<chat-blocks>` (`max-event-size`, `max-reply-size`, `max-chunk-rate`,
 * `max-error-length`). `max-unbroken-run` (below) bounds what the browser
 * lays out in one piece rather than what is received.
 */
export interface Limits {
  /** Longest single event: an SSE event, an NDJSON line, a whole JSON body. */
  eventSize: number;
  /** Largest reply: the text, file URLs, titles and logs of every message it adds. */
  replySize: number;
  /** Text chunks applied one by one per second; faster ones are merged before they are applied. */
  chunksPerSecond: number;
  /** Longest error message shown from a server; longer ones are cut with an ellipsis. */
  errorLength: number;
}

export const defaultLimits: Limits = {
  // An image sent inline as a `data:` URL in one event can be a few MB.
  eventSize: 4_000_000,
  replySize: 8_000_000,
  chunksPerSecond: 60,
  errorLength: 500,
};

/**
 * Default of `max-unbroken-run`: the longest run of text without a break
 * opportunity laid out as one piece; a longer one gets a break opportunity
 * every this many characters (render/long-runs.ts).
 */
export const defaultMaxUnbrokenRun = 200;

/**
 * `max-unbroken-run` as given (a positive number, or `Infinity` for no
 * breaks), or the default: silently when unset (`null`, `undefined`: the
 * attribute was removed), with a console warning when it is anything else.
 */
export function unbrokenRunOr(value: unknown): number {
  if (value === null || value === undefined) return defaultMaxUnbrokenRun;
  if (value === Infinity) return value;
  const run = limitOr(value, 0);
  if (run >= 1) return run;
  console.warn(
    `chat-blocks: max-unbroken-run must be a positive number of characters; ${String(value)} was ignored (${defaultMaxUnbrokenRun} is used).`,
  );
  return defaultMaxUnbrokenRun;
}

/** The limit a reply ran into, by the attribute that sets it. */
export type LimitName = 'max-event-size' | 'max-reply-size';

/** A reply cut off because the backend sent more than a limit allows. */
export class LimitError extends ChatError {
  readonly limit: LimitName;
  readonly max: number;

  constructor(limit: LimitName, max: number) {
    super(`The reply went past ${limit} (${max} characters).`, {code: 'limit'});
    this.name = 'LimitError';
    this.limit = limit;
    this.max = max;
  }
}

/** A positive whole number, or the default when `value` is anything else. */
export function limitOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** Cuts `text` to `max` characters, the last being an ellipsis. */
export function capText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}
