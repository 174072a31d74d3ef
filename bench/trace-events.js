// Reading a Chromium trace of a bench page: the renderer main thread's
// events, the page's `performance.mark`s, and CPU time (thread time where
// the trace has it, not wall: on a loaded machine an event's wall time
// includes the time its thread waited for a core).

/** An event's CPU time in milliseconds. */
export const cpuMs = (event) => (event.tdur ?? event.dur) / 1000;

/** True for an outermost task the renderer's scheduler ran. */
export const isTask = (event) => event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask';

/** The complete events of the renderer main thread, in the order they started (an event before the ones inside it). */
export function mainThreadEvents(traceEvents) {
  const main = new Set(
    traceEvents
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  return traceEvents
    .filter((event) => event.ph === 'X' && main.has(`${event.pid}:${event.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** The page's `performance.mark(name)` events, in the order they were made. */
export const marksNamed = (traceEvents, name) => traceEvents.filter((event) => event.name === name && event.cat?.includes('user_timing'));
