// The byte-budget check: what JavaScript a real page fetched, and its gzip
// size. A page is opened in an iframe as a visitor would open it; its
// Resource Timing entries say which scripts it fetched (whether from a
// <script> tag or a dynamic import), and the test server gives each one's
// size as built in dist/ (gzip level 9, as the bench counts it). Only built
// files can be measured: a page under budget test loads dist/, not source.
import {expect} from '@open-wc/testing';
import {until} from './wait.js';

export interface ScriptCost {
  /** Path and query of the script's URL. */
  path: string;
  /** Bytes of the built file. */
  bytes: number;
  gzipBytes: number;
}

export interface ScriptBytes {
  files: ScriptCost[];
  gzipBytes: number;
}

/** Opens `url` in a new iframe of `width`×`height` and resolves once its `load` event fired. */
export function loadPage(url: string, options: {width?: number; height?: number} = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = url;
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = `${options.height ?? 600}px`;
  frame.style.border = '0';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url} did not load`)), 15000);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve(frame);
      },
      {once: true},
    );
    frame.src = url;
    document.body.append(frame);
  });
}

/** The frame's window; its document is same-origin in these tests. */
export function frameWindow(frame: HTMLIFrameElement): Window & typeof globalThis {
  const win = frame.contentWindow;
  if (!win) throw new Error('the frame has no window');
  return win as Window & typeof globalThis;
}

/** Resolves after the frame drew two frames: whatever its scripts started on load has been requested. */
export async function settled(frame: HTMLIFrameElement): Promise<void> {
  const win = frameWindow(frame);
  for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await new Promise((resolve) => (win.requestIdleCallback ? win.requestIdleCallback(resolve, {timeout: 2000}) : win.setTimeout(resolve)));
}

function isScript(entry: PerformanceResourceTiming): boolean {
  const path = new URL(entry.name).pathname;
  return entry.initiatorType === 'script' || /\.(m?js|ts)$/.test(path);
}

/** Every script the frame's page has fetched so far, with its gzip size. */
export async function scriptsFetched(frame: HTMLIFrameElement): Promise<ScriptBytes> {
  const win = frameWindow(frame);
  const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const files: ScriptCost[] = [];
  for (const entry of entries.filter(isScript)) {
    const url = new URL(entry.name);
    const response = await fetch(`/api/budget/size?path=${encodeURIComponent(url.pathname)}`);
    const measured = (await response.json()) as {bytes: number; gzipBytes: number; error?: string};
    if (!response.ok) throw new Error(`the page fetched a script that cannot be measured: ${measured.error}`);
    files.push({path: url.pathname + url.search, bytes: measured.bytes, gzipBytes: measured.gzipBytes});
  }
  return {files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0)};
}

/** Waits until the frame's page fetched a script whose path matches `pattern`. */
export async function untilFetched(frame: HTMLIFrameElement, pattern: RegExp, timeout = 15000): Promise<void> {
  const win = frameWindow(frame);
  await until(
    () =>
      (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((entry) =>
        pattern.test(new URL(entry.name).pathname),
      ),
    `the page never fetched ${pattern}`,
    timeout,
  );
}

/** Asserts the page's scripts stay within `kilobytes` (1 KB = 1024 bytes) of gzip, naming each file when they do not. */
export function expectWithinBudget(scripts: ScriptBytes, kilobytes: number, what: string): void {
  const list = scripts.files.map((file) => `${file.path}: ${file.gzipBytes} B gzip`).join(', ');
  expect(scripts.files.length, `${what}: no script was seen at all`).to.be.greaterThan(0);
  expect(scripts.gzipBytes, `${what}: ${scripts.gzipBytes} B gzip of JavaScript (${list}), budget ${kilobytes} KB`).to.be.at.most(
    kilobytes * 1024,
  );
}
