// What a hostile-content test watches in its page: main-thread tasks over
// 50 ms (PerformanceObserver `longtask` entries, observed from the moment
// this module loads) and errors that escaped to the page.
const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({type: 'longtask', buffered: true});

const pageErrors: string[] = [];
window.addEventListener('error', (event) => pageErrors.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));

/** Resolves at the next animation frame: the page drew one. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export interface Watch {
  /** Ends the window: its longest task (ms, 0 if none went over 50 ms) and the errors that reached the page. */
  stop(): Promise<{longestTaskMs: number; errors: string[]}>;
}

/** Starts watching the main thread and the page's errors. */
export function watchMainThread(): Watch {
  const start = performance.now();
  const errorsBefore = pageErrors.length;
  return {
    async stop() {
      // A longtask entry is delivered after its task ended: two frames later it is there.
      await nextFrame();
      await nextFrame();
      const end = performance.now();
      const inWindow = longTasks.filter((task) => task.startTime + task.duration > start && task.startTime < end);
      return {
        longestTaskMs: Math.max(0, ...inWindow.map((task) => task.duration)),
        errors: pageErrors.slice(errorsBefore),
      };
    },
  };
}
