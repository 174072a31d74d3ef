/**
 * Loaded by every test page (web-test-runner.config.js, `testRunnerHtml`),
 * after the test framework. The runner sends a page's results to the
 * terminal through `structuredClone`, and a failed assertion keeps the
 * values it compared as `actual` and `expected`: an element, a window or a
 * function cannot be cloned, the results were never sent, and the run hung
 * for the runner's 600 s limit with no word of which assertion failed
 * (`expect(list.querySelector('b')).to.equal(null)` did that). Each failure's
 * values that cannot be cloned are replaced here by a description of them;
 * the assertion's message already names them.
 */

interface MochaRunner {
  on(event: 'fail', listener: (test: unknown, error: unknown) => void): void;
}

declare global {
  interface Window {
    mocha?: {run(done?: () => void): MochaRunner};
    __WTR_MOCHA_RUNNER__?: MochaRunner;
  }
}

/** What the terminal shows for a value that cannot be cloned. */
function describe(value: unknown): string {
  if (value instanceof Element) return value.outerHTML.length > 300 ? `${value.outerHTML.slice(0, 300)}…` : value.outerHTML;
  if (value instanceof Node) return `${value.nodeName} node`;
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  return Object.prototype.toString.call(value);
}

function cloneable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    return describe(value);
  }
}

function makeCloneable(_test: unknown, error: unknown): void {
  if (typeof error !== 'object' || error === null) return;
  const values = error as {actual?: unknown; expected?: unknown};
  if ('actual' in values) values.actual = cloneable(values.actual);
  if ('expected' in values) values.expected = cloneable(values.expected);
}

// The framework starts the run once the test file is loaded, which is after
// this module runs; the runner is taken as it starts either way.
if (window.__WTR_MOCHA_RUNNER__) {
  window.__WTR_MOCHA_RUNNER__.on('fail', makeCloneable);
} else if (window.mocha) {
  const mocha = window.mocha;
  const run = mocha.run.bind(mocha);
  mocha.run = (done) => {
    const runner = run(done);
    runner.on('fail', makeCloneable);
    return runner;
  };
} else {
  throw new Error('cloneable-failures.ts ran before the test framework: see testRunnerHtml in web-test-runner.config.js');
}

export {};
