// Workload g, hostile texts (issue 10): every case of test/hostile/parsing-corpus.ts,
// set as a history and streamed, in chat-blocks; prints the longest
// main-thread task of each (the issue's bound: 200 ms). Run alone with
// `node bench/hostile.js` (after `npm run build`), or as `BENCH_ONLY=hostile npm run bench`.
// HOSTILE_CASES (comma list of substrings of case names, or `|` list) and HOSTILE_MODES
// (history,stream) narrow the run.
import {readFileSync, writeFileSync, mkdtempSync} from 'node:fs';
import {tmpdir, loadavg} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {transformSync} from 'esbuild';
import {formatNumber, median, table} from './stats.js';
import {cpuMs, isTask, mainThreadEvents} from './trace-events.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bound = 200;

/** The corpus the tests use, compiled from its TypeScript source. */
async function loadCorpus() {
  const source = readFileSync(join(root, 'test/hostile/parsing-corpus.ts'), 'utf8');
  const file = join(mkdtempSync(join(tmpdir(), 'hostile-')), 'corpus.mjs');
  writeFileSync(file, transformSync(source, {loader: 'ts', format: 'esm'}).code);
  return import(pathToFileURL(file).href);
}

/**
 * The longest main-thread task of the page's renderer by thread CPU time,
 * from a Chromium trace, and the longest by wall time with what it spent
 * in layout. On a loaded machine a task's wall time includes the time its
 * thread waited for a core; its CPU time is what the task itself costs.
 */
function longestTaskCpuMs({traceEvents}) {
  const onMain = mainThreadEvents(traceEvents);
  let longest;
  let longestCpuMs = 0;
  for (const task of onMain.filter(isTask)) {
    longestCpuMs = Math.max(longestCpuMs, cpuMs(task));
    if (!longest || task.dur > longest.dur) longest = task;
  }
  // What the wall-longest task spent laying out (forced by script or in the frame).
  const within = (event) =>
    longest && event.tid === longest.tid && event.ts >= longest.ts && event.ts + event.dur <= longest.ts + longest.dur;
  const layoutMs = onMain
    .filter((event) => within(event) && (event.name === 'Layout' || event.name === 'UpdateLayoutTree'))
    .reduce((sum, event) => sum + cpuMs(event), 0);
  return {longestTaskCpuMs: longestCpuMs, longestTaskLayoutMs: layoutMs};
}

async function runCase(browser, baseUrl, testCase, mode, sentinel) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const search = new URLSearchParams({workload: 'hostile', impl: 'chat-blocks', mode, inlineMath: testCase.inlineMath ? '1' : '0'});
    await page.goto(`${baseUrl}/bench/pages/index.html?${search}`);
    await page.evaluate(() => window.bench.ready);
    await page.evaluate((hostileCase) => (window.hostileCase = hostileCase), {text: testCase.text, sentinel});
    await browser.startTracing(page, {categories: ['devtools.timeline', 'toplevel']});
    const result = await page.evaluate(() => window.bench.run());
    const cpu = longestTaskCpuMs(JSON.parse((await browser.stopTracing()).toString('utf8')));
    return {...result, ...cpu, errors: [...result.errors, ...problems]};
  } finally {
    await context.close();
  }
}

/** Runs every case (`runs` times each, median) in both modes; resolves to the rows and whether all stayed under the bound. */
export async function runHostile(browser, baseUrl, runs = 1) {
  const {crashCases, freezeCases, bigBlockCases, sentinel} = await loadCorpus();
  // Names hold commas ("5,000"): a list with a `|` in it is split there instead.
  const names = process.env.HOSTILE_CASES?.split(process.env.HOSTILE_CASES.includes('|') ? '|' : ',').map((name) => name.trim());
  const modes = process.env.HOSTILE_MODES?.split(',').map((mode) => mode.trim()) ?? ['history', 'stream'];
  // What sending and showing any reply costs, to read the others against.
  const control = {name: 'control: a one-line reply', text: `Hello ${sentinel}`};
  const cases = [control, ...crashCases, ...freezeCases, ...bigBlockCases].filter(
    (testCase) => !names || names.some((name) => testCase.name.includes(name)),
  );
  const results = [];
  for (const testCase of cases) {
    const row = {name: testCase.name};
    for (const mode of modes) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        // A case that never gets on screen (or crashes the page) is a result too, not the end of the run.
        samples.push(
          await runCase(browser, baseUrl, testCase, mode, sentinel).catch((error) => ({
            longestTaskMs: Infinity,
            wallMs: Infinity,
            errors: [String(error.message).split('\n')[0]],
          })),
        );
      }
      row[mode] = {
        longestTaskMs: median(samples.map((sample) => sample.longestTaskMs)),
        longestTaskCpuMs: median(samples.map((sample) => sample.longestTaskCpuMs)),
        longestTaskLayoutMs: median(samples.map((sample) => sample.longestTaskLayoutMs)),
        wallMs: median(samples.map((sample) => sample.wallMs)),
        end: samples.find((sample) => sample.end)?.end,
        errors: samples.flatMap((sample) => sample.errors),
      };
      if (process.env.HOSTILE_VERBOSE) console.log(`${testCase.name} (${mode}): ${JSON.stringify(row[mode])}`);
      else process.stdout.write('.');
    }
    results.push(row);
  }
  process.stdout.write('\n');
  const passed = results.every((row) => modes.every((mode) => row[mode].longestTaskMs <= bound && row[mode].errors.length === 0));
  console.log(
    `\ng. hostile texts: longest main-thread task in ms [the longest by thread CPU time; the layout in the longest] (wall ms to the end on screen), load ${loadavg()[0].toFixed(1)}; bound ${bound} ms`,
  );
  console.log(
    table(
      ['case', ...modes],
      results.map((row) => [
        row.name,
        ...modes.map((mode) => {
          const {longestTaskMs, longestTaskCpuMs, longestTaskLayoutMs, wallMs, errors} = row[mode];
          const flag = longestTaskMs > bound ? ' OVER' : '';
          const cpu = `${formatNumber(longestTaskCpuMs, 0)} cpu, ${formatNumber(longestTaskLayoutMs, 0)} layout`;
          const capped = row[mode].end === 'max-reply-size' ? ' stopped at max-reply-size' : '';
          return `${formatNumber(longestTaskMs, 0)} [${cpu}] (${formatNumber(wallMs, 0)})${flag}${capped}${errors.length ? ` ERRORS: ${errors[0]}` : ''}`;
        }),
      ]),
    ),
  );
  const cpuPassed = results.every((row) => modes.every((mode) => row[mode].longestTaskCpuMs <= bound && row[mode].errors.length === 0));
  console.log(`hostile: ${passed ? 'PASS' : 'FAIL'} (by thread CPU time: ${cpuPassed ? 'PASS' : 'FAIL'})`);
  return {results, passed};
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {chromium} = await import('playwright-core');
  const {startServer} = await import('./server.js');
  const {chromiumPath, headlessArgs} = await import('../scripts/chromium.js');
  const server = await startServer(root, Number(process.env.BENCH_PORT ?? 8200));
  const browser = await chromium.launch({executablePath: chromiumPath(), args: headlessArgs});
  try {
    const {passed} = await runHostile(browser, server.url, Math.max(1, Number(process.env.BENCH_RUNS ?? 1)));
    if (!passed) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}
