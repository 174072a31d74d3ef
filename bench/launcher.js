// Workload d: what the chat bubble costs a page. A page with only
// <chat-blocks-launcher> (the classic script) is opened; the JavaScript it
// fetched is counted before the bubble is touched and after it was opened
// (gzip of each fetched file as built, scripts/gzip-size.js), with the time
// from the click to a focused textbox.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSize} from '../scripts/gzip-size.js';

/** The .js files the page fetched so far, by path. */
async function fetchedScripts(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
}

function gzipOf(root, paths) {
  return paths.reduce((sum, path) => sum + gzipSize(readFileSync(join(root, path))), 0);
}

/** One run in a fresh context: `{beforeGzip, afterGzip, beforeFiles, afterFiles, openMs}`. */
async function runOnce(browser, baseUrl, root) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/bench/pages/launcher.html`);
    await page.waitForFunction(() => customElements.get('chat-blocks-launcher'));
    // Two frames and an idle period: whatever the page starts on its own has been requested.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve)))),
    );
    const before = await fetchedScripts(page);
    const openMs = await page.evaluate(async () => {
      const launcher = document.querySelector('chat-blocks-launcher');
      const button = launcher.shadowRoot.querySelector('[part~="button"]');
      const focused = () => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.matches('[part~="textbox"]');
      };
      const start = performance.now();
      button.click();
      while (!focused()) await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    });
    const after = await fetchedScripts(page);
    return {
      beforeGzip: gzipOf(root, before),
      afterGzip: gzipOf(root, after),
      beforeFiles: before.length,
      afterFiles: after.length,
      openMs,
    };
  } finally {
    await context.close();
  }
}

export const launcherMetrics = [
  {key: 'beforeGzip', label: 'JavaScript fetched before use (gzip bytes)', better: 'lower', digits: 0},
  {key: 'afterGzip', label: 'JavaScript fetched once opened (gzip bytes)', better: 'lower', digits: 0},
  {key: 'openMs', label: 'click to focused textbox, chat not yet loaded (ms)', better: 'lower'},
];

/** `runs` runs of the bubble page; every sample, for the medians. */
export async function measureLauncher(browser, baseUrl, root, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await runOnce(browser, baseUrl, root));
    process.stdout.write('.');
  }
  return samples;
}
