import type {ChatChunk} from './types.js';

/** The text a chunk appends, when appending text is all it does; else undefined. */
export function textOf(chunk: ChatChunk): string | undefined {
  if (typeof chunk === 'string') return chunk;
  if (typeof chunk !== 'object' || chunk === null || typeof chunk.delta !== 'string') return undefined;
  for (const key in chunk) if (key !== 'delta' && chunk[key as keyof typeof chunk] !== undefined) return undefined;
  return chunk.delta;
}

/**
 * Chunks in order, with each run of text-only chunks merged into one string
 * (appending pieces one by one, or joined, gives the same reply). Nulls
 * (nothing to do) are left out.
 */
export function mergeText(chunks: ReadonlyArray<ChatChunk | null>): ChatChunk[] {
  const merged: ChatChunk[] = [];
  let run: ChatChunk[] = [];
  const endRun = () => {
    // A run of one is passed on as it came.
    if (run.length === 1) merged.push(run[0]);
    else if (run.length > 1) merged.push(run.map((chunk) => textOf(chunk)).join(''));
    run = [];
  };
  for (const chunk of chunks) {
    if (chunk === null) continue;
    if (textOf(chunk) !== undefined) run.push(chunk);
    else {
      endRun();
      merged.push(chunk);
    }
  }
  endRun();
  return merged;
}

/**
 * Applies appended text at most `perSecond` times a second. Text that comes
 * sooner is kept and applied, merged, when the interval is over (by a timer,
 * so a pause in the stream never holds text back), or at once by `flush()`.
 * Appending pieces one by one and appending them joined give the same reply.
 */
export class TextCoalescer {
  private readonly interval: number;
  private pending: string[] = [];
  private pendingChars = 0;
  private lastApplied = -Infinity;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    perSecond: number,
    private readonly apply: (text: string) => void,
    private readonly onTimerError: (error: unknown) => void,
  ) {
    this.interval = 1000 / perSecond;
  }

  /** Applies `text` now if the interval is over, else keeps it for later. */
  push(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    const wait = this.lastApplied + this.interval - performance.now();
    if (wait <= 0) this.flush();
    else
      this.timer ??= setTimeout(() => {
        try {
          this.flush();
        } catch (error) {
          this.onTimerError(error);
        }
      }, wait);
  }

  /** Applies whatever is kept, now. Errors of `apply` reach the caller. */
  flush(): void {
    this.cancel();
    if (this.pending.length === 0) return;
    // Joined with `+`, which links the pieces rather than copying them: a
    // stream far ahead of the interval can keep megabytes, and the renderer
    // reads the reply's text (copying it into one string) anyway.
    const text = this.pending.reduce((joined, piece) => joined + piece);
    this.pending = [];
    this.pendingChars = 0;
    this.lastApplied = performance.now();
    this.apply(text);
  }

  /** Characters kept, not applied yet. */
  get pendingLength(): number {
    return this.pendingChars;
  }

  /** Drops what is kept and stops the timer. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
