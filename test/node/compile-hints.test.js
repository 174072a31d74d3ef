// Which lazy chunks of the page bundle start with V8's compile hint
// (scripts/compile-hints.js): the ones whose code runs as soon as they
// arrive, and not those that hold much code a page may never run. Needs
// `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {compileHint} from '../../scripts/compile-hints.js';

const chunks = fileURLToPath(new URL('../../dist/chunks/', import.meta.url));
const names = readdirSync(chunks).filter((name) => name.endsWith('.js'));
/** The chunk files whose name starts with `prefix` and a hash. */
const named = (prefix) => names.filter((name) => new RegExp(`^${prefix}-[\\w-]+\\.js$`).test(name));
const firstLine = (name) => readFileSync(`${chunks}${name}`, 'utf8').split('\n', 1)[0];

test('the first-reply, highlight.js and growing-block chunks start with the compile hint', () => {
  const hinted = ['first-reply', 'core', 'python', 'javascript', 'growing-block'].flatMap(named);
  assert.equal(hinted.length, 5, `one chunk of each in ${names.join(', ')}`);
  for (const name of hinted) assert.equal(firstLine(name), compileHint, name);
});

test('KaTeX, the file code, DOMPurify and the protocol adapters compile lazily, as they would without the step', () => {
  const lazy = ['katex', 'attaching', 'sanitize-purify', 'gradio', 'protocol-shapes'].flatMap(named);
  assert.equal(lazy.length, 5, `one chunk of each in ${names.join(', ')}`);
  for (const name of lazy) assert.ok(!readFileSync(`${chunks}${name}`, 'utf8').includes(compileHint), name);
});

test('the bundle itself carries no hint: most of its code waits for the user', () => {
  const bundle = readFileSync(fileURLToPath(new URL('../../dist/chat-blocks.bundle.js', import.meta.url)), 'utf8');
  assert.ok(!bundle.includes(compileHint));
});
