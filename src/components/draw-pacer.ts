/**
 * Paces the drawing of a streamed reply: at most once per animation frame,
 * and less often when a drawing costs more. What a drawing cost (the update,
 * then the page's style, layout and paint, up to the first task after its
 * frame) sets how long the next one waits: drawing takes at most
 * `maxShare` of the main thread, and the rest is left to taking in the
 * stream. A long reply costs more to draw as it grows, so its frames come
 * less often instead of crowding out the chunks (each drawing also lexes the
 * unfinished end again, lays out and paints: a cost per drawing, not per
 * character). A drawing never waits longer than `maxWait`.
 */

/** The most of the main thread that drawing a stream takes. */
const maxShare = 1 / 3;
/**
 * Milliseconds a drawing waits at most, whatever the last one cost: two
 * frames. What a drawing adds grows with its wait when the stream is fast
 * (its text's layout and paint, not only its parse), and a drawing that
 * takes more than two frames' time leaves the screen three frames (50 ms)
 * without a new one. With 100 ms, the 100 KB stream of `npm run bench`
 * drew 1–2 frames a run longer than 50 ms (longest 57–69 ms). With 50, a
 * page's first stream still had such a frame (the median of 5 runs) in 6
 * of 8 rounds, the longest 47–61 ms; with 33, in 5 of 14 rounds, the
 * longest 46–55 ms, for about 10% more wall time in a warm stream. With
 * 17, a drawing every frame, it was no better and slower still.
 */
const maxWait = 33;

export class DrawPacer {
  private frame = 0;
  /** When the next drawing may come (performance.now()). */
  private earliest = 0;
  private readonly draw: () => void;

  constructor(draw: () => void) {
    this.draw = draw;
  }

  /** True while a drawing is scheduled. */
  get pending(): boolean {
    return this.frame !== 0;
  }

  /** Draws in the first frame the pace allows (once, however often it is asked). */
  request(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(this.onFrame);
  }

  /** Forgets a scheduled drawing (the element rendered for another reason); the pace is kept. */
  cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private readonly onFrame = (now: number): void => {
    // Within half a frame of the time allowed: draw now rather than a whole frame late.
    if (now + 8 < this.earliest) {
      this.frame = requestAnimationFrame(this.onFrame);
      return;
    }
    this.frame = 0;
    const start = performance.now();
    this.draw();
    // The first task after this frame starts once the frame was styled, laid out and painted.
    setTimeout(() => {
      const cost = performance.now() - start;
      this.earliest = start + Math.min(maxWait, cost / maxShare);
    });
  };
}
