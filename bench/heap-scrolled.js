// What a 1,000-message history retains once the user has scrolled through all
// of it, beside what it retains as it opens (the figure workload b reports):
// on a fresh page per contender, runs workload b (bench/pages/history.js),
// reads both of Chromium's heaps (V8's and Blink's) with workload b's own
// reading, scrolls every scroller of the page from its top to its bottom a
// screen at a time, two frames per screen, and reads them again. What is off
// screen as a history opens may hold no layout until it comes on screen; this
// shows what it holds after. Run after `npm run build`:
// `node bench/heap-scrolled.js [count]`.
import {loadavg} from 'node:os';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {chromiumPath, headlessArgs} from '../scripts/chromium.js';
import {startServer} from './server.js';
import {formatNumber, table} from './stats.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const count = Number(process.argv[2] ?? 1000);
const contenders = (process.env.CONTENDERS ?? 'chat-blocks,deep-chat,baseline').split(',');

/** Scrolls every scroller of the page (shadow roots included) from top to bottom, a screen at a time. */
async function scrollThrough(page) {
  await page.evaluate(async () => {
    const scrollers = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        const overflow = getComputedStyle(element).overflowY;
        if ((overflow === 'auto' || overflow === 'scroll') && element.scrollHeight > element.clientHeight + 1) scrollers.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    scrollers.push(document.scrollingElement);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (const scroller of scrollers) {
      for (let top = 0; top < scroller.scrollHeight; top += scroller.clientHeight) {
        scroller.scrollTop = top;
        await frame();
        await frame();
      }
    }
  });
}

const server = await startServer(root, 8620);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...headlessArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const rows = [];
try {
  for (const impl of contenders) {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.exposeFunction('benchHeapUsage', () => cdp.send('Runtime.getHeapUsage'));
    // Read as workload b reads them, with the same collections.
    const heaps = () => page.evaluate(async () => (await import('/bench/pages/measure.js')).heapsAfterGc());
    await page.goto(`${server.url}/bench/pages/index.html?workload=history&impl=${impl}&count=${count}`);
    await page.evaluate(() => window.bench.ready);
    const opened = await page.evaluate(() => window.bench.run());
    const before = await heaps();
    await scrollThrough(page);
    const after = await heaps();
    const perMessage = (bytes) => bytes / 1024 / count;
    const blinkScrolled = opened.blinkHeapPerMessageKb + perMessage(after.blink - before.blink);
    const jsScrolled = opened.heapPerMessageKb + perMessage(after.js - before.js);
    rows.push([
      impl,
      formatNumber(opened.retainedPerMessageKb, 1),
      formatNumber(opened.blinkHeapPerMessageKb, 1),
      formatNumber(jsScrolled + blinkScrolled, 1),
      formatNumber(blinkScrolled, 1),
      formatNumber(jsScrolled, 1),
    ]);
    await context.close();
    process.stdout.write('.');
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nheap a ${count}-message history retains, KB per message (load ${loadavg()[0].toFixed(1)})`);
console.log(table(['contender', 'opened: JS + Blink', 'of it Blink', 'scrolled through: JS + Blink', 'of it Blink', 'of it JS'], rows));
