// Browser-side measuring tools shared by the bench pages: a measuring window
// that records main-thread long tasks and animation frames, a forced-GC heap
// reading, and "wait until the text is really on screen".

// Long tasks are observed from page load on: an observer started later can
// miss the entry of a task that was already running.
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({type: 'longtask', buffered: true});

/** Resolves at the next animation frame. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves in a new task (not a microtask), without setTimeout's clamping:
 * the way network chunks reach a page, each in its own task.
 */
export const nextTask = (() => {
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()();
  return () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
})();

/**
 * Starts measuring. `stop()` ends the window and returns its wall time, the
 * long tasks that overlapped it (clipped to it), and the animation frames
 * that ran in it with the longest gap between two of them (a frozen screen).
 */
export function startWindow() {
  const start = performance.now();
  const frames = [];
  let running = true;
  const onFrame = () => {
    if (!running) return;
    frames.push(performance.now());
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  return {
    async stop() {
      const end = performance.now();
      running = false;
      // Long-task entries are delivered after their task ends: give them a moment.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const clipped = longTasks
        .map((task) => Math.min(end, task.startTime + task.duration) - Math.max(start, task.startTime))
        .filter((overlap) => overlap > 0);
      const stamps = [start, ...frames.filter((time) => time <= end), end];
      let maxGap = 0;
      let framesOver50Ms = 0;
      for (let i = 1; i < stamps.length; i++) {
        const gap = stamps[i] - stamps[i - 1];
        maxGap = Math.max(maxGap, gap);
        if (gap > 50) framesOver50Ms++;
      }
      const wallMs = end - start;
      return {
        wallMs,
        longTasks: clipped.length,
        longTaskMs: clipped.reduce((sum, overlap) => sum + overlap, 0),
        longestTaskMs: Math.max(0, ...clipped),
        frames: stamps.length - 2,
        framesPerSecond: (stamps.length - 2) / (wallMs / 1000),
        maxFrameGapMs: maxGap,
        framesOver50Ms,
      };
    },
  };
}

/**
 * The heaps in use after a full GC, in bytes: V8's JS heap (`js`) and Blink's
 * (`blink`), where DOM nodes, their styles and layout objects live. One
 * collection settles both (Chromium traces them together). Blink's heap is
 * read through CDP by the bench runner (`benchHeapUsage`, run.js); a page
 * opened without it has no `blink` figure. Chromium is started with
 * --js-flags=--expose-gc and --enable-precise-memory-info.
 */
export async function heapsAfterGc() {
  if (typeof globalThis.gc !== 'function') throw new Error('gc() is missing: start Chromium with --js-flags=--expose-gc');
  // Two collections with a task between: the first can leave finalisable objects behind.
  globalThis.gc();
  await new Promise((resolve) => setTimeout(resolve, 0));
  globalThis.gc();
  const js = performance.memory.usedJSHeapSize;
  const blink = globalThis.benchHeapUsage ? (await globalThis.benchHeapUsage()).embedderHeapUsedSize : NaN;
  return {js, blink};
}

/** Every element matching `selector` under `root`, looking inside every shadow root on the way. */
export function deepQueryAll(root, selector) {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) {
    // One at a time: spreading a shadow root's 100,000s of elements as arguments overflows the stack.
    if (element.shadowRoot) for (const inner of deepQueryAll(element.shadowRoot, selector)) found.push(inner);
  }
  return found;
}

/**
 * Resolves once `check()` is true, checking now and then at every frame;
 * rejects after `timeoutMs` with `what` in the message, so a widget that
 * never renders the text fails the bench loudly instead of timing nothing.
 */
export async function until(check, what, timeoutMs = 60_000) {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}
