// What a hostile-content test watches in its page: main-thread tasks over
// 50 ms (PerformanceObserver `longtask` entries, observed from the moment
// this module loads) and errors that escaped to the page.
import {Lexer, Marked} from 'marked';

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

const reference = new Marked({gfm: true});
const referenceText = Array.from(
  {length: 40},
  (_, i) => `Paragraph ${i} with *emphasis*, \`code\` and a [link](https://example.com/${i}).`,
).join('\n\n');

/** The fastest reference run seen in this page: the machine at its best. */
let fastest = Infinity;

/**
 * How much slower this machine runs right now than at its best: a few runs
 * of a fixed piece of work (lexing some markdown, about 40 ms on an idle
 * machine), each in its own frame, the slowest over the fastest run this
 * page has seen. The test machine is shared (other test runs, builds): a
 * task that takes 20 ms alone takes 200 ms there when the process gets a
 * tenth of a core. A bound on task length is scaled by this, never below
 * the bound itself.
 */
export async function machineSlowdown(): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    await nextFrame();
    const start = performance.now();
    for (let repeat = 0; repeat < 80; repeat++) new Lexer(reference.defaults).lex(referenceText);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  fastest = Math.min(fastest, runs[0]!);
  // The slowest run: a task as long as the ones measured is preempted as often as they are.
  return Math.max(1, runs.at(-1)! / fastest);
}
