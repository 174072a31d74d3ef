// Workload g, hostile texts (issue 10): every case of test/hostile/parsing-corpus.ts,
// set as a history and streamed, in chat-blocks; prints the longest
// main-thread task of each (the issue's bound: 200 ms). Run alone with
// `node bench/hostile.js` (after `npm run build`), or as `BENCH_ONLY=hostile npm run bench`.
// HOSTILE_CASES (comma list of substrings of case names) and HOSTILE_MODES
// (history,stream) narrow the run.
import {readFileSync, writeFileSync, mkdtempSync} from 'node:fs';
import {tmpdir, loadavg} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {transformSync} from 'esbuild';
import {formatNumber, median, table} from './stats.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bound = 200;

/** The corpus the tests use, compiled from its TypeScript source. */
async function loadCorpus() {
  const source = readFileSync(join(root, 'test/hostile/parsing-corpus.ts'), 'utf8');
  const file = join(mkdtempSync(join(tmpdir(), 'hostile-')), 'corpus.mjs');
  writeFileSync(file, transformSync(source, {loader: 'ts', format: 'esm'}).code);
  return import(pathToFileURL(file).href);
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
    const result = await page.evaluate(() => window.bench.run());
    return {...result, errors: [...result.errors, ...problems]};
  } finally {
    await context.close();
  }
}

/** Runs every case (`runs` times each, median) in both modes; resolves to the rows and whether all stayed under the bound. */
export async function runHostile(browser, baseUrl, runs = 1) {
  const {crashCases, freezeCases, sentinel} = await loadCorpus();
  const names = process.env.HOSTILE_CASES?.split(',').map((name) => name.trim());
  const modes = process.env.HOSTILE_MODES?.split(',').map((mode) => mode.trim()) ?? ['history', 'stream'];
  // What sending and showing any reply costs, to read the others against.
  const control = {name: 'control: a one-line reply', text: `Hello ${sentinel}`};
  const cases = [control, ...crashCases, ...freezeCases].filter((testCase) => !names || names.some((name) => testCase.name.includes(name)));
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
        wallMs: median(samples.map((sample) => sample.wallMs)),
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
    `\ng. hostile texts: longest main-thread task in ms (wall ms to the end on screen), load ${loadavg()[0].toFixed(1)}; bound ${bound} ms`,
  );
  console.log(
    table(
      ['case', ...modes],
      results.map((row) => [
        row.name,
        ...modes.map((mode) => {
          const {longestTaskMs, wallMs, errors} = row[mode];
          const flag = longestTaskMs > bound ? ' OVER' : '';
          return `${formatNumber(longestTaskMs, 0)} (${formatNumber(wallMs, 0)})${flag}${errors.length ? ` ERRORS: ${errors[0]}` : ''}`;
        }),
      ]),
    ),
  );
  console.log(passed ? 'hostile: PASS' : 'hostile: FAIL');
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
