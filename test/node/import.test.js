// chat-blocks imported where there is no DOM: Node, as server rendering
// (Next.js, Nuxt, Astro, Remix) and test runners (Vitest, Jest) run it.
// Every module entry of package.json is imported in a fresh Node process,
// once plainly and once with no DOM shim at all (see globals-spy.js); the
// import must not throw, and chat-blocks' own code must not read `window`,
// `document`, storage or `customElements` while it loads, except to ask
// whether a `customElements` registry exists. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {promisify} from 'node:util';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const run = promisify(execFile);

/**
 * The `exports` entries that are JavaScript modules, by their `import` file.
 * `./bundle` and `./iife` are excluded on purpose: they inline Lit's browser
 * build for `<script>` tags, and Lit's browser build needs a DOM.
 */
const browserOnly = new Set(['./bundle', './iife']);
const moduleEntries = Object.entries(pkg.exports)
  .filter(([name, target]) => !browserOnly.has(name) && typeof target === 'object' && target.import)
  .map(([name]) => (name === '.' ? pkg.name : `${pkg.name}${name.slice(1)}`));

/** Runs `script` as an ES module in a fresh Node process in the package root; returns its JSON output. */
async function inNode(script, nodeArgs = []) {
  const {stdout} = await run(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], {cwd: root});
  return JSON.parse(stdout);
}

test('package.json lists the module entries this test imports', () => {
  assert.deepEqual(moduleEntries, ['chat-blocks', 'chat-blocks/launcher', 'chat-blocks/react']);
  // Types only (checked by types.test.js): nothing to import at run time.
  assert.deepEqual(pkg.exports['./vue'], {types: './dist/types/vue.d.ts'});
  for (const name of browserOnly) assert.ok(pkg.exports[name], `${name} is still an export`);
});

test("every module entry imports in plain Node, and the elements land in Lit's server registry", async () => {
  const result = await inNode(`
    const entries = {};
    for (const name of ${JSON.stringify(moduleEntries)}) entries[name] = Object.keys(await import(name)).sort();
    const main = await import('chat-blocks');
    const tags = ['chat-blocks', 'chat-message-list', 'chat-multimodal-textbox', 'chat-clear-button'];
    console.log(JSON.stringify({
      entries,
      window: typeof window, document: typeof document, localStorage: typeof localStorage,
      // Lit's Node build brings a customElements shim (@lit-labs/ssr-dom-shim), which
      // Lit's own server renderer reads; chat-blocks defines its elements there.
      defined: tags.map((tag) => globalThis.customElements?.get(tag)?.name ?? null),
      same: globalThis.customElements?.get('chat-blocks') === main.ChatBlocks,
    }));
  `);
  assert.ok(result.entries['chat-blocks'].includes('ChatBlocks'));
  assert.ok(result.entries['chat-blocks'].includes('validateMessages'));
  assert.deepEqual(result.entries['chat-blocks/react'], [
    'ChatBlocks',
    'ChatBlocksLauncher',
    'ChatClearButton',
    'ChatMessageList',
    'ChatMultimodalTextbox',
  ]);
  assert.deepEqual([result.window, result.document, result.localStorage], ['undefined', 'undefined', 'undefined']);
  assert.deepEqual(result.defined, ['ChatBlocks', 'ChatMessageList', 'ChatMultimodalTextbox', 'ChatClearButton']);
  assert.equal(result.same, true);
});

test('with no DOM shim, every entry imports, defines nothing, and reads no browser global', async () => {
  const result = await inNode(
    `
    const entries = {};
    for (const name of ${JSON.stringify(moduleEntries)}) entries[name] = Object.keys(await import(name)).length;
    // What chat-blocks' own code (dist/, not its dependencies) read while loading.
    const dist = new URL('./dist/', import.meta.url.replace(/[^/]*$/, '')).href;
    const own = globalThis.__browserGlobalReads.filter((read) => read.from.includes(dist));
    const {validateMessages, parseChunk} = await import('chat-blocks');
    console.log(JSON.stringify({
      entries,
      own,
      registry: Object.getOwnPropertyDescriptor(globalThis, 'customElements').get.call(globalThis) ?? null,
      // DOM-free parts work on a server as they do in a page.
      valid: validateMessages([{role: 'user', content: 'hi'}]).length,
      chunk: parseChunk('{"delta": "x"}'),
    }));
  `,
    ['--import', './test/node/globals-spy.js'],
  );
  assert.ok(result.entries['chat-blocks'] > 10);
  assert.equal(result.entries['chat-blocks/react'], 5);
  assert.equal(result.registry, null, 'no registry was installed');
  const named = result.own.map((read) => `${read.name} (${read.from})`);
  assert.deepEqual(
    named.filter((read) => !read.startsWith('customElements ')),
    [],
    'chat-blocks read a browser global while loading',
  );
  assert.equal(named.length, 5, 'each of the five elements asks once whether a registry exists');
  assert.equal(result.valid, 1);
  assert.deepEqual(result.chunk, {delta: 'x'});
});
