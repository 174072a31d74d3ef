import {LimitError} from '../limits.js';

const LF = 10;
const CR = 13;
const isLineEnd = (code: number) => code === LF || code === CR;

/**
 * Where the last blank line of `text` ends (a line end right after another;
 * `\r\n` is one line end), or -1. Scans from the end: in a stream of
 * events it stops at once.
 */
function lastBlankLineEnd(text: string): number {
  for (let i = text.length - 1; i > 0; i--) {
    const code = text.charCodeAt(i);
    if (!isLineEnd(code)) continue;
    const start = code === LF && text.charCodeAt(i - 1) === CR ? i - 1 : i;
    if (start > 0 && isLineEnd(text.charCodeAt(start - 1))) return i + 1;
    i = start;
  }
  return -1;
}

/**
 * Counts the characters of the SSE event being received, so a server that
 * never ends its event cannot make the parser buffer without limit. Fed the
 * same text as the parser; throws a `LimitError` once the characters since
 * the last blank line pass `max`.
 */
export class EventSizeGuard {
  private pending = 0;
  /** The last characters of the previous piece: a blank line may straddle two pieces. */
  private tail = '';

  constructor(private readonly max: number) {}

  feed(text: string): void {
    const window = this.tail + text;
    const end = lastBlankLineEnd(window);
    this.pending = end === -1 ? this.pending + text.length : window.length - end;
    this.tail = window.slice(-3);
    if (this.pending > this.max) throw new LimitError('max-event-size', this.max);
  }

  /** A complete event, in case a piece held all of it at once. */
  check(size: number): void {
    if (size > this.max) throw new LimitError('max-event-size', this.max);
  }
}
