// Where the 100 KB stream's main-thread time goes: runs the stream-100k
// workload (bench/pages/stream.js) in a Chromium trace and splits the
// renderer main thread's CPU time (thread time, not wall: on a loaded
// machine a task's wall time includes the time its thread waited for a core)
// into the tasks that take in chunks, the frames that draw (a frame with a
// layout) and the frames that do not, against the one-shot render of the same
// text. It traces the page's first stream (the page without `?warm=1`), and
// the one-shot after it, on the code that stream loaded and warmed up.
// Run after `npm run build`: `node bench/trace-stream.js [runs]`.
import {loadavg} from 'node:os';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {chromiumPath, headlessArgs} from '../scripts/chromium.js';
import {startServer} from './server.js';
import {formatNumber, median, table} from './stats.js';
import {cpuMs, isTask, mainThreadEvents, marksNamed} from './trace-events.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const runs = Math.max(1, Number(process.argv[2] ?? 3));
const query = 'workload=stream&impl=chat-blocks&delivery=task&bytes=100000&chunks=5000';
/** What a drawing frame spends, by trace event (inclusive times). */
const stages = ['FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'];

/**
 * A microtask checkpoint the scheduler runs after a task, outside it: the
 * promise callbacks a module's evaluation settles (the first message's
 * render, after the first-reply chunk) run in one. Counted with the task
 * before it; a count of tasks alone left them out.
 */
const checkpoint = 'BlinkScheduler_PerformMicrotaskCheckpoint';

/** The renderer main thread's outermost tasks between two `performance.mark`s, each with the events inside it and its CPU time. */
function tasksBetween(traceEvents, from, to) {
  const [start, end] = [marksNamed(traceEvents, from)[0]?.ts, marksNamed(traceEvents, to)[0]?.ts];
  const events = mainThreadEvents(traceEvents).filter((event) => event.ts >= start && event.ts <= end);
  const tasks = [];
  for (const event of events) {
    const task = tasks.at(-1);
    if (task && event.ts < task.event.ts + task.event.dur) task.inside.push(event);
    else if (event.name === checkpoint && task) {
      task.inside.push(event);
      task.cpu += cpuMs(event);
    } else if (isTask(event)) tasks.push({event, inside: [], cpu: cpuMs(event)});
  }
  return {tasks, windowMs: (end - start) / 1000};
}

/**
 * The main-thread CPU time from one frame to the next: each frame task
 * (one that ran animation-frame callbacks) with the tasks after it, up to the
 * next frame. A frame longer than 50 ms on the page's clock is one of these
 * intervals with the time its thread waited for a core added; this is the
 * part the widget's own work decides.
 */
function frameIntervalsCpu(tasks) {
  const intervals = [0];
  for (const {inside, cpu} of tasks) {
    if (inside.some((child) => child.name === 'FireAnimationFrame') && intervals.at(-1) > 0) intervals.push(0);
    intervals[intervals.length - 1] += cpu;
  }
  return intervals;
}

/** The stream's CPU split by kind of task, and what an average drawing frame spends per stage. */
function streamFigures(traceEvents) {
  const {tasks, windowMs} = tasksBetween(traceEvents, 'stream-start', 'stream-end');
  const intervals = frameIntervalsCpu(tasks);
  const figures = {
    windowMs,
    cpuMs: 0,
    chunkTasks: 0,
    chunkMs: 0,
    drawings: 0,
    drawingMs: 0,
    otherFramesMs: 0,
    timersMs: 0,
    longestIntervalCpuMs: Math.max(...intervals),
    intervalsOver25CpuMs: intervals.filter((cpu) => cpu > 25).length,
  };
  const perStage = Object.fromEntries(stages.map((stage) => [stage, 0]));
  for (const {inside, cpu} of tasks) {
    figures.cpuMs += cpu;
    const names = new Set(inside.map((child) => child.name));
    if (names.has('Layout')) {
      figures.drawings++;
      figures.drawingMs += cpu;
      for (const child of inside) if (child.name in perStage) perStage[child.name] += cpuMs(child);
    } else if (stages.some((stage) => names.has(stage))) figures.otherFramesMs += cpu;
    else if (names.has('TimerFire')) figures.timersMs += cpu;
    else {
      figures.chunkTasks++;
      figures.chunkMs += cpu;
    }
  }
  for (const stage of stages) figures[stage] = perStage[stage] / Math.max(1, figures.drawings);
  return figures;
}

const server = await startServer(root, 8600);
const browser = await chromium.launch({executablePath: chromiumPath(), args: headlessArgs});
const samples = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    const page = await context.newPage();
    await page.goto(`${server.url}/bench/pages/index.html?${query}`);
    await page.evaluate(() => window.bench.ready);
    await browser.startTracing(page, {categories: ['devtools.timeline', 'toplevel', 'blink.user_timing']});
    const result = await page.evaluate(() => window.bench.run());
    const {traceEvents} = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const once = tasksBetween(traceEvents, 'once-start', 'once-end');
    samples.push({...result, ...streamFigures(traceEvents), onceCpuMs: once.tasks.reduce((sum, {cpu}) => sum + cpu, 0)});
    await context.close();
    process.stdout.write('.');
  }
} finally {
  await browser.close();
  await server.close();
}

const rows = [
  ['wall time of the stream (ms)', 'wallMs'],
  ['main-thread CPU of the stream (ms)', 'cpuMs'],
  ['  tasks that took in chunks', 'chunkTasks', 0],
  ['  their CPU (ms)', 'chunkMs'],
  ['  frames that drew (with a layout)', 'drawings', 0],
  ['  their CPU (ms)', 'drawingMs'],
  ['  other frames, timers (ms)', 'otherFramesMs'],
  ...stages.map((stage) => [`  per drawing: ${stage} (ms)`, stage, 1]),
  ['one-shot render: wall (ms)', 'oneShotMs'],
  ['one-shot render: main-thread CPU (ms)', 'onceCpuMs'],
  ['frames longer than 50 ms', 'framesOver50Ms', 0],
  ['  longest: wall (ms)', 'maxFrameGapMs'],
  ['  the longest frame to frame: main-thread CPU (ms)', 'longestIntervalCpuMs'],
  ['  frame to frame intervals over 25 ms of CPU', 'intervalsOver25CpuMs', 0],
];
console.log(`\nthe 100 KB stream in a trace, median of ${runs} (load ${loadavg()[0].toFixed(1)})`);
console.log(
  table(
    ['figure', 'median', 'runs'],
    rows.map(([label, key, digits = 0]) => [
      label,
      formatNumber(median(samples.map((sample) => sample[key])), digits),
      samples.map((sample) => formatNumber(sample[key], digits)).join(' '),
    ]),
  ),
);
