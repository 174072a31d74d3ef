// A test page whose assertions fail holding an element or a function still
// reports its failures (test/support/cloneable-failures.ts): without it, the
// runner could not send the page's results and waited for its 600 s limit.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {test} from 'node:test';

test('failed assertions that hold elements and functions are reported, not hung on', () => {
  const run = spawnSync('node_modules/.bin/web-test-runner', ['test/fixtures/wtr/failed-assertions.ts'], {
    encoding: 'utf8',
    // Far under the runner's own 600 s limit for a page's results.
    timeout: 120_000,
    env: {...process.env, NO_COLOR: '1'},
  });
  const output = run.stdout + run.stderr;
  assert.equal(run.signal, null, `the runner was killed after 120 s:\n${output}`);
  assert.equal(run.status, 1, output);
  assert.match(output, /expected <b>bold<\/b> to equal null/);
  assert.match(output, /failed assertions > holding a function/);
  // Plain values still reach the terminal as values: the diff of the two objects.
  assert.match(output, /"role": "assistant"/);
  assert.match(output, /3 failed/);
});
