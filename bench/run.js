// `npm run bench`: measures chat-blocks against a naive baseline in real
// Chromium, on fixed workloads, and reports medians. See bench/README.md.
//
// Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_RUNS (measured
// runs per contender, default 5), BENCH_PORT (first port tried, default 8200),
// BENCH_ONLY (comma list of workload names to run, e.g. "history").
import {execFileSync} from 'node:child_process';
import {existsSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {startServer} from './server.js';
import {bundleSizes, pageSizes, peerSizes} from './sizes.js';
import {launcherMetrics, measureLauncher} from './launcher.js';
import {runHostile} from './hostile.js';
import {formatNumber, median, table} from './stats.js';
import {evaluateTargets, printTargets} from './targets.js';
import {chromiumPath, headlessArgs} from '../scripts/chromium.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());

/** Every contender, in the order runs alternate: chat-blocks, the naive baseline, deep-chat (the peer). */
const allContenders = ['chat-blocks', 'baseline', 'deep-chat'];
/**
 * Runs of the peers in the slow workloads: re-rendering 100 KB 5,000 times
 * takes minutes per run, and no target depends on the peers' stream.
 */
const peerRuns = Math.max(0, Number(process.env.BENCH_PEER_RUNS ?? 1));

const historyMetrics = [
  {key: 'newestMs', label: 'time to newest message visible (ms)', better: 'lower'},
  {key: 'wallMs', label: 'time to all rendered (ms)', better: 'lower'},
  {key: 'longTaskMs', label: 'long tasks total (ms)', better: 'lower'},
  {key: 'appendMs', label: 'append one message (ms)', better: 'lower'},
  {key: 'propertyChangeMs', label: 'placeholder or disabled change (ms)', better: 'lower'},
  {key: 'propertyChangeMutations', label: 'DOM changes it made in messages', better: 'lower', digits: 0},
  {key: 'heapDeltaMb', label: 'JS heap added (MB)', better: 'lower'},
  {key: 'heapPerMessageKb', label: 'JS heap per message (KB)', better: 'lower'},
  {key: 'blinkHeapPerMessageKb', label: "Blink's heap (DOM, layout) per message (KB)", better: 'lower'},
  {key: 'retainedPerMessageKb', label: 'retained heap per message: JS + Blink (KB)', better: 'lower'},
  {key: 'elements', label: 'elements in DOM', better: 'lower', digits: 0},
  {key: 'elementsPerMessage', label: 'elements per message', better: 'lower'},
];

/**
 * The workloads. `query` selects the page's workload; `metrics` are the
 * figures reported, each with the direction that counts as better;
 * `contenders` who runs it (all by default); a workload with a `group`
 * runs whenever BENCH_ONLY names that group's workload.
 */
// BENCH_ONLY names workloads (`history`, `stream-100k`) or, when it names none, page workloads (`stream`).
const workloads = [
  {
    name: 'stream-microtask',
    title: 'a. stream 30 KB in 3000 chunks (back to back)',
    query: {workload: 'stream', delivery: 'microtask'},
    metrics: streamMetrics(),
  },
  {
    name: 'stream-task',
    title: 'a. stream 30 KB in 3000 chunks (one task each)',
    query: {workload: 'stream', delivery: 'task'},
    metrics: streamMetrics(),
  },
  {
    // chat-blocks streams it twice a page: the first (cold) stream's figures are the `cold…` ones,
    // the second's are measured against the one-shot, which also runs on warm code (bench/pages/stream.js).
    name: 'stream-100k',
    title: 'a. stream 100 KB in 5000 chunks (one task each)',
    query: {workload: 'stream', delivery: 'task', bytes: '100000', chunks: '5000', warm: '1'},
    metrics: [
      ...streamMetrics(),
      {key: 'coldWallMs', label: "the page's first stream (cold): wall time (ms)", better: 'lower'},
      {key: 'coldFramesOver50Ms', label: 'the first stream: frames over 50 ms', better: 'lower', digits: 0},
      {key: 'coldMaxFrameGapMs', label: 'the first stream: longest frame gap (ms)', better: 'lower'},
    ],
    peerRuns,
  },
  {
    // What the first stream of a page compares with: the same text rendered once as a page's first reply.
    name: 'stream-100k-once',
    group: 'stream-100k',
    title: 'a. render those 100 KB once, on a fresh page (cold)',
    query: {workload: 'stream', bytes: '100000', chunks: '5000', once: 'cold'},
    metrics: [{key: 'oneShotMs', label: 'the final text rendered once (ms)', better: 'lower'}],
    contenders: ['chat-blocks'],
  },
  {
    name: 'history',
    title: 'b. render a 1000-message history',
    query: {workload: 'history', count: '1000'},
    metrics: historyMetrics,
  },
  {
    name: 'history-10k',
    title: 'b. render a 10,000-message history',
    query: {workload: 'history', count: '10000'},
    metrics: historyMetrics,
    peerRuns,
  },
  {
    name: 'history-visible',
    title: 'b. render only the newest 20 of those 10,000 (the reference)',
    query: {workload: 'history', count: '10000', visible: '20'},
    metrics: historyMetrics.slice(0, 1),
    contenders: ['chat-blocks'],
  },
].filter(
  (workload, _index, all) =>
    !only ||
    only.includes(workload.name) ||
    only.includes(workload.group) ||
    (only.includes(workload.query.workload) && !all.some((other) => only.includes(other.name))),
);

function streamMetrics() {
  return [
    {key: 'wallMs', label: 'wall time to final DOM (ms)', better: 'lower'},
    {key: 'oneShotMs', label: 'the final text rendered once (ms)', better: 'lower'},
    {key: 'streamOverOneShot', label: 'stream / once', better: 'lower', digits: 2},
    {key: 'longTaskMs', label: 'long tasks total (ms)', better: 'lower'},
    {key: 'longTasks', label: 'long tasks (count)', better: 'lower', digits: 0},
    {key: 'maxFrameGapMs', label: 'longest frame gap (ms)', better: 'lower'},
    {key: 'framesOver50Ms', label: 'frames over 50 ms', better: 'lower', digits: 0},
    {key: 'framesPerSecond', label: 'frames per second', better: 'higher'},
  ];
}

const contendersOf = (workload) => workload.contenders ?? allContenders;

/**
 * Workload e, scaling: one reply of each shape at each size, chat-blocks
 * only. Rendering must grow linearly: the 4 MB reply may take at most
 * `maxGrowth` times the 1 MB one (4× more text, with room for noise).
 */
const scaling = {
  // SCALING_SHAPES (comma list) narrows the run to some shapes.
  shapes: ['paragraphs', 'lines', 'table', 'math'].filter(
    (shape) => !process.env.SCALING_SHAPES || process.env.SCALING_SHAPES.split(',').includes(shape),
  ),
  sizes: [
    {label: '100 KB', bytes: 100_000},
    {label: '1 MB', bytes: 1_000_000},
    {label: '4 MB', bytes: 4_000_000},
  ].filter(({label}) => !process.env.SCALING_SIZES || process.env.SCALING_SIZES.split(',').includes(label)),
  maxGrowth: 5,
  runs: Math.min(runs, 3),
  enabled: !only || only.includes('scaling'),
};

async function runScaling(browser, baseUrl) {
  const rows = [];
  let passed = true;
  const results = {};
  for (const shape of scaling.shapes) {
    const medians = {};
    for (const {label, bytes} of scaling.sizes) {
      const samples = [];
      for (let run = 0; run < scaling.runs; run++) {
        samples.push(await runOnce(browser, baseUrl, {workload: 'scaling', shape, bytes: String(bytes)}, 'chat-blocks'));
        process.stdout.write(process.env.BENCH_VERBOSE ? `\n${shape} ${label}: ${JSON.stringify(samples.at(-1))}` : '.');
      }
      medians[label] = {
        renderMs: median(samples.map((sample) => sample.renderMs)),
        longestTaskMs: median(samples.map((sample) => sample.longestTaskMs)),
      };
    }
    const growth = medians['4 MB'] && medians['1 MB'] ? medians['4 MB'].renderMs / medians['1 MB'].renderMs : NaN;
    const ok = growth <= scaling.maxGrowth;
    passed &&= ok;
    results[shape] = {medians, growth, pass: ok};
    rows.push([
      shape,
      ...scaling.sizes.map(({label}) => `${formatNumber(medians[label].renderMs, 0)} (${formatNumber(medians[label].longestTaskMs, 0)})`),
      `${growth.toFixed(2)}×`,
      ok ? 'PASS' : 'FAIL',
    ]);
  }
  process.stdout.write('\n');
  console.log(`\ne. scaling: ms to render one reply (longest task in ms); 4 MB must take at most ${scaling.maxGrowth}× the 1 MB time`);
  console.log(table(['shape', ...scaling.sizes.map(({label}) => label), '4 MB / 1 MB', 'linear'], rows));
  console.log(passed ? 'scaling: PASS' : 'scaling: FAIL');
  return {results, passed};
}

const launchArgs = [
  ...headlessArgs,
  // gc() for heap readings, and exact (not bucketed) performance.memory values.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

/** Builds dist/ before measuring, so the bench always measures the current source (never a stale build). */
function ensureBuild() {
  console.log('Building dist/ from the current source: npm run build');
  execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
  if (!existsSync(join(root, 'dist/chat-blocks.bundle.js'))) throw new Error('npm run build did not produce dist/chat-blocks.bundle.js');
}

/** One measured run: a fresh browser context, the page, `bench.run()`. */
async function runOnce(browser, baseUrl, query, impl) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  try {
    const page = await context.newPage();
    // Blink's heap (DOM nodes, styles, layout objects) is not in performance.memory: pages/measure.js reads it here.
    const cdp = await context.newCDPSession(page);
    await page.exposeFunction('benchHeapUsage', () => cdp.send('Runtime.getHeapUsage'));
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    const search = new URLSearchParams({...query, impl});
    await page.goto(`${baseUrl}/bench/pages/index.html?${search}`);
    try {
      await page.evaluate(() => window.bench.ready);
      return await page.evaluate(() => window.bench.run());
    } catch (error) {
      const detail = problems.length ? `\n  page errors: ${problems.join('\n  ')}` : '';
      throw new Error(`${impl} ${search}: ${error.message}${detail}`, {cause: error});
    }
  } finally {
    await context.close();
  }
}

/**
 * Runs a workload `runs` times per contender, alternating the contenders so a
 * slow moment of a shared machine hits both. No warm-up run: every run starts
 * cold in a fresh context anyway, and the median discards a slow first one.
 */
async function runWorkload(browser, baseUrl, workload) {
  const contenders = contendersOf(workload);
  const samples = Object.fromEntries(contenders.map((impl) => [impl, []]));
  for (let i = 0; i < runs; i++) {
    for (const impl of contenders) {
      if (impl !== 'chat-blocks' && i >= (workload.peerRuns ?? runs)) continue;
      samples[impl].push(await runOnce(browser, baseUrl, workload.query, impl));
      process.stdout.write('.');
    }
  }
  const summary = {};
  for (const impl of contenders) {
    summary[impl] = {samples: samples[impl], median: {}};
    for (const {key} of workload.metrics) summary[impl].median[key] = median(samples[impl].map((sample) => sample[key]));
  }
  return summary;
}

function printComparison(results) {
  const rows = [];
  for (const workload of workloads) {
    const result = results[workload.name];
    const figure = (impl, key, digits) => (result[impl] ? formatNumber(result[impl].median[key], digits) : '');
    workload.metrics.forEach(({key, label, better, digits}, index) => {
      rows.push([
        index === 0 ? workload.title : '',
        `${label}, ${better} is better`,
        figure('chat-blocks', key, digits),
        figure('deep-chat', key, digits),
        figure('baseline', key, digits),
      ]);
    });
  }
  console.log(table(['workload', 'metric', 'chat-blocks', 'deep-chat', 'baseline'], rows));
  if (peerRuns < runs) console.log(`(peers ran ${peerRuns} time(s) in the 100 KB stream and the 10,000-message history: BENCH_PEER_RUNS)`);
}

function printSizes(sizes) {
  const chunks = sizes.filter((size) => size.kind === 'lazy chunk');
  const total = (key) => chunks.reduce((sum, size) => sum + size[key], 0);
  const rows = [
    ...sizes,
    {file: `all ${chunks.length} lazy chunks`, kind: 'total', bytes: total('bytes'), gzipBytes: total('gzipBytes')},
  ].map(({file, kind, bytes, gzipBytes}) => [file, kind, formatNumber(bytes, 0), formatNumber(gzipBytes, 0)]);
  console.log(table(['file', 'kind', 'bytes', 'gzip bytes'], rows));
}

function printPageSizes(pages) {
  const rows = pages.map(({page, files, gzipBytes, targetKb, pass}) => [
    page,
    `${formatNumber(gzipBytes / 1024, 1)} KB (${files.length} file${files.length === 1 ? '' : 's'})`,
    `≤ ${targetKb} KB`,
    pass ? 'PASS' : 'FAIL',
  ]);
  console.log(table(['page shows', 'gzip of the JavaScript it fetches', 'target', 'result'], rows));
}

async function main() {
  ensureBuild();
  const executablePath = chromiumPath();
  const server = await startServer(root, Number(process.env.BENCH_PORT ?? 8200));
  const browser = await chromium.launch({executablePath, args: launchArgs});
  const chromiumVersion = browser.version();
  const results = {};
  let launcher;
  try {
    console.log(
      `chat-blocks bench: Chromium ${chromiumVersion}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}, ` +
        `${runs} runs per contender (median), serving ${server.url}`,
    );
    for (const workload of workloads) {
      process.stdout.write(`${workload.title} `);
      results[workload.name] = await runWorkload(browser, server.url, workload);
      process.stdout.write('\n');
    }
    if (!only || only.includes('launcher')) {
      process.stdout.write('d. a page with the chat bubble ');
      launcher = await measureLauncher(browser, server.url, root, runs);
      process.stdout.write('\n');
    }
    if (!only || only.includes('hostile')) {
      process.stdout.write('g. hostile texts ');
      results.hostile = await runHostile(browser, server.url);
      if (!results.hostile.passed) process.exitCode = 1;
    }
    if (scaling.enabled) {
      process.stdout.write('e. scaling ');
      results.scaling = await runScaling(browser, server.url);
      if (!results.scaling.passed) process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const sizes = bundleSizes(root);
  const pages = pageSizes(root);
  console.log('');
  if (workloads.length) printComparison(results);
  // The hostile texts alone: their table is printed, and results.json is left to the full bench.
  if (only?.every((name) => name === 'hostile')) return;
  if (scaling.enabled && !workloads.length) {
    writeFileSync(join(root, 'bench/results-scaling.json'), JSON.stringify(results.scaling, null, 2) + '\n');
    return;
  }
  console.log('\nc. bundle size');
  printSizes(sizes);
  console.log('\nc2. what a page fetches, against the size targets');
  printPageSizes(pages);
  if (launcher) {
    console.log('\nd. a page with the chat bubble (<chat-blocks-launcher>, classic script), median');
    console.log(
      table(
        ['metric', 'median'],
        launcherMetrics.map(({key, label, digits}) => [
          `${label}, lower is better`,
          formatNumber(median(launcher.map((sample) => sample[key])), digits),
        ]),
      ),
    );
  }
  const targets = evaluateTargets(results, pages, peerSizes(root));
  console.log('\nf. the targets of issue 13 (medians; a target needs its workloads, see BENCH_ONLY)');
  printTargets(targets);
  if (targets.some((target) => target.pass === false)) process.exitCode = 1;

  const report = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    cpus: cpus().length,
    runs,
    workloads: Object.fromEntries(
      workloads.map((workload) => [
        workload.name,
        {
          title: workload.title,
          query: workload.query,
          metrics: workload.metrics,
          chatBlocks: results[workload.name]['chat-blocks'],
          baseline: results[workload.name].baseline,
          deepChat: results[workload.name]['deep-chat'],
        },
      ]),
    ),
    sizes,
    ...(launcher ? {launcher: {metrics: launcherMetrics, samples: launcher}} : {}),
    scaling: results.scaling,
    pages,
    targets,
  };
  writeFileSync(join(root, 'bench/results.json'), JSON.stringify(report, null, 2) + '\n');
  console.log('wrote bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
