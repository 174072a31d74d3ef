// Where an append to a long history spends its time: on each of `--pages`
// fresh pages, sets the history of workload b (bench/pages/history.js),
// collects the garbage as that workload does, then appends one message at a
// time as it does (`chat.messages = [...history, message]`: a new array of
// the same objects and the new one), until the page is laid out. Reports the
// renderer main thread's CPU time between the `append-start` and
// `append-end` marks (thread time, not wall: a loaded machine's wall time
// includes waiting for a core) and its style and layout, for the first
// append (what workload b measures, with code gone cold in the long render)
// and the later ones. With `--profile`, also samples the script and lists
// the functions that spent the most of it (names are the minified ones).
// Run after `npm run build`: `node bench/trace-append.js [appends] [count] [--pages=N] [--profile]`.
import {loadavg} from 'node:os';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {chromiumPath, headlessArgs} from '../scripts/chromium.js';
import {startServer} from './server.js';
import {formatNumber, median, table} from './stats.js';
import {cpuMs, mainThreadEvents, marksNamed} from './trace-events.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const [appends = 5, count = 10000] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
  .map(Number);
const profile = process.argv.includes('--profile');
const pages = Number(process.argv.find((arg) => arg.startsWith('--pages='))?.slice('--pages='.length) ?? 1);
const categories = ['devtools.timeline', 'toplevel', 'blink.user_timing'];
/** The trace events of the stages reported apart. */
const stages = {style: 'UpdateLayoutTree', layout: 'Layout'};

/** The renderer main thread's CPU between each pair of marks, split by stage (outermost events of each stage). */
function appendFigures(traceEvents) {
  const ends = marksNamed(traceEvents, 'append-end');
  const events = mainThreadEvents(traceEvents);
  return marksNamed(traceEvents, 'append-start').map((start, index) => {
    const end = ends[index];
    const inside = events.filter((event) => event.ts >= start.ts && event.ts + event.dur <= end.ts);
    // The marks carry the main thread's own clock: its CPU time between them, whatever the load.
    const figures = {wallMs: (end.ts - start.ts) / 1000, cpuMs: (end.tts - start.tts) / 1000};
    for (const [stage, name] of Object.entries(stages)) {
      let covered = 0;
      figures[stage] = 0;
      for (const event of inside.filter((candidate) => candidate.name === name)) {
        if (event.ts < covered) continue; // nested in one already counted
        figures[stage] += cpuMs(event);
        covered = event.ts + event.dur;
      }
    }
    return figures;
  });
}

/** Sets the history of `count` messages, as workload b does, and waits until all of it is rendered. */
async function renderHistory(page, count) {
  await page.evaluate(async (count) => {
    const {longHistory} = await import('/bench/workloads/corpus.js');
    const chat = document.querySelector('chat-blocks');
    window.shownHistory = longHistory(count);
    chat.messages = window.shownHistory;
    await chat.updateComplete;
    await chat.shadowRoot.querySelector('chat-message-list').updateComplete;
    // As workload b does between the history and the append: a full collection.
    window.gc();
  }, count);
}

/**
 * Appends one message at a time in the page as workload b does (a new
 * array: the same objects the history was set with, and the new message),
 * each between the two marks (and in a console profile when `profiling`),
 * until the page is laid out.
 */
async function appendInPage(page, appends, profiling = false) {
  return page.evaluate(
    async ({appends, profiling}) => {
      const chat = document.querySelector('chat-blocks');
      const list = chat.shadowRoot.querySelector('chat-message-list');
      const wallMs = [];
      for (let index = 0; index < appends; index++) {
        const message = {role: 'assistant', content: `One more **reply**, appended to a long chat: ${index}.`};
        performance.mark('append-start');
        if (profiling) console.profile('append');
        const start = performance.now();
        chat.messages = [...window.shownHistory, message];
        await chat.updateComplete;
        await list.updateComplete;
        chat.getBoundingClientRect();
        wallMs.push(performance.now() - start);
        if (profiling) console.profileEnd('append');
        performance.mark('append-end');
        window.shownHistory.push(message);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      }
      return wallMs;
    },
    {appends, profiling},
  );
}

/** With `--profile`: per function, its self time and its inclusive time per append (ms). */
const hot = new Map();
const total = new Map();

/** Adds the self and inclusive time of each function in each console profile to `hot` and `total`, per append. */
async function profileInto(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 50});
  cdp.on('Profiler.consoleProfileFinished', ({profile: result}) => {
    const byId = new Map(result.nodes.map((node) => [node.id, node]));
    const parents = new Map();
    for (const node of result.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    const nameOf = ({functionName, url, lineNumber, columnNumber}) =>
      `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
    result.samples.forEach((id, index) => {
      const ms = (result.timeDeltas[index + 1] ?? 0) / 1000 / appends / pages;
      const key = nameOf(byId.get(id).callFrame);
      hot.set(key, (hot.get(key) ?? 0) + ms);
      // Inclusive: every function on the stack, once.
      const stack = new Set();
      for (let node = id; node !== undefined; node = parents.get(node)) stack.add(nameOf(byId.get(node).callFrame));
      for (const name of stack) total.set(name, (total.get(name) ?? 0) + ms);
    });
  });
}

const server = await startServer(root, 8650);
const browser = await chromium.launch({executablePath: chromiumPath(), args: [...headlessArgs, '--js-flags=--expose-gc']});
/** Per page: the figures of each append. */
const perPage = [];
try {
  for (let run = 0; run < pages; run++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    const page = await context.newPage();
    await page.goto(`${server.url}/bench/pages/index.html?workload=history&impl=chat-blocks&count=1`);
    await page.evaluate(() => window.bench.ready);
    await renderHistory(page, count);
    if (profile) await profileInto(await context.newCDPSession(page));
    await browser.startTracing(page, {categories});
    const wall = await appendInPage(page, appends, profile);
    const {traceEvents} = JSON.parse((await browser.stopTracing()).toString('utf8'));
    perPage.push(appendFigures(traceEvents).map((figures, index) => ({...figures, pageWallMs: wall[index]})));
    await context.close();
    process.stdout.write('.');
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nappend one message to ${count} messages: ${appends} appends on each of ${pages} pages (load ${loadavg()[0].toFixed(1)})`);
const keys = [
  ['pageWallMs', 'wall, in the page (ms)'],
  ['wallMs', 'wall, in the trace (ms)'],
  ['cpuMs', 'main-thread CPU (ms)'],
  ['style', '  style (ms)'],
  ['layout', '  layout (ms)'],
];
const firsts = perPage.map((samples) => samples[0]);
const laters = perPage.flatMap((samples) => samples.slice(1));
console.log(
  table(
    ['figure', 'first append', 'later appends', 'first appends'],
    keys.map(([key, label]) => [
      label,
      formatNumber(median(firsts.map((sample) => sample[key])), 1),
      laters.length > 0 ? formatNumber(median(laters.map((sample) => sample[key])), 1) : 'n/a',
      firsts.map((sample) => formatNumber(sample[key], 1)).join(' '),
    ]),
  ),
);
if (profile) {
  console.log('\nself time per append (ms), sampled:');
  for (const [key, ms] of [...hot].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${formatNumber(ms, 2).padStart(8)}  ${key}`);
  console.log('\ninclusive time per append (ms), sampled:');
  for (const [key, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${formatNumber(ms, 2).padStart(8)}  ${key}`);
}
