// Web Test Runner plugins that compile the framework example pages
// (examples/frameworks/) with each framework's own compiler, as an app's
// build would, when a test imports them:
// - `.vue`: Vue's SFC compiler (`vue/compiler-sfc`), `chat-*` tags as custom elements;
// - `.svelte`: Svelte 5's `compile`.
import {readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {createHash} from 'node:crypto';
import {transform} from 'esbuild';
import {compileScript, parse} from 'vue/compiler-sfc';
import {compile as compileSvelte} from 'svelte/compiler';

/** The Vue compiler option an app sets so that Vue leaves `<chat-…>` tags to the browser. */
export const vueCompilerOptions = {isCustomElement: (tag) => tag.startsWith('chat-')};

async function compileVue(source, filename) {
  // The template is parsed here, so the parser too must know which tags are custom elements.
  const {descriptor, errors} = parse(source, {filename, templateParseOptions: vueCompilerOptions});
  if (errors.length) throw errors[0];
  const id = createHash('sha256').update(filename).digest('hex').slice(0, 8);
  const script = compileScript(descriptor, {id, inlineTemplate: true, templateOptions: {compilerOptions: vueCompilerOptions}});
  const {code} = await transform(script.content, {loader: 'ts', target: 'es2022', sourcefile: filename});
  return code;
}

function compileSveltePage(source, filename) {
  const {js} = compileSvelte(source, {filename, generate: 'client', dev: true});
  return js.code;
}

/**
 * Svelte's client entry points (`svelte` → `src/index-client.js`): the test
 * server resolves packages without the `browser` condition, which would
 * pick Svelte's server build.
 */
const svelteExports = JSON.parse(readFileSync('node_modules/svelte/package.json', 'utf8')).exports;
const svelteBrowserEntry = (source) => {
  const entry = svelteExports[source === 'svelte' ? '.' : `.${source.slice('svelte'.length)}`];
  return entry?.browser ? `/node_modules/svelte/${entry.browser.slice(2)}` : undefined;
};

export function frameworkCompilePlugin() {
  return {
    name: 'framework-compile',
    resolveImport({source}) {
      // Vue's browser build: one ES module, no `process.env` to define.
      if (source === 'vue') return '/node_modules/vue/dist/vue.runtime.esm-browser.js';
      if (source === 'svelte' || source.startsWith('svelte/')) return svelteBrowserEntry(source);
    },
    resolveMimeType(context) {
      if (context.path.endsWith('.vue') || context.path.endsWith('.svelte')) return 'js';
    },
    async serve(context) {
      const compilers = {'.vue': compileVue, '.svelte': compileSveltePage};
      const extension = Object.keys(compilers).find((ext) => context.path.endsWith(ext));
      if (!extension) return undefined;
      const filename = `.${context.path}`;
      return {body: await compilers[extension](await readFile(filename, 'utf8'), filename), type: 'js'};
    },
  };
}
