/**
 * Runs one-off jobs of tens of milliseconds one at a time, each in a task of
 * its own after a frame, so that two never share a frame. Compiling a
 * highlight.js grammar is one (10–30 ms for the larger ones): a reply's first
 * code blocks in two or three languages load their grammars together, and
 * compiled in the tasks that loaded them, two (21 and 26 ms) once made one
 * frame of 88 ms.
 * Without frames (a hidden tab), a job waits at most `noFrameMs`.
 * `afterNextFrame` alone keeps the message views' first render out of the
 * frame that evaluated their chunk (chat-message-list.ts).
 */

const noFrameMs = 100;

let queue: Promise<unknown> = Promise.resolve();

/** The first task after the next frame (or after `noFrameMs` without one). */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const start = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const frame = requestAnimationFrame(start);
    const timer = setTimeout(start, noFrameMs);
  });
}

/** Runs `job` after the jobs queued before it, in a task after a frame; resolves with its result. */
export function inFrameOfItsOwn<T>(job: () => T): Promise<T> {
  const run = queue.then(afterNextFrame).then(job);
  queue = run.catch(() => undefined);
  return run;
}
