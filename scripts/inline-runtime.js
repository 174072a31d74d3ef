// A build step for the page bundle: the bundler puts its small runtime
// helpers (about 0.7 KB: module namespace objects, CommonJS interop) in a
// chunk of their own, which the first-reply chunk imports. The browser only
// learns of that import once the first-reply chunk has arrived, so a first
// reply waited one more round trip before its first drawing. This step
// copies into each chunk that imports them (the first-reply, file and
// highlight.js chunks) the helpers it imports, and drops the runtime chunk:
// a few hundred bytes at most in each, one request fewer on the way to a reply.
import {minifySync} from 'vite';

/** The runtime chunk's export list, `export{s as n,l as r};`, at its end. */
const exportList = /export\s*\{([^}]*)\};?\s*$/;

/** `a as b, c` (an import or export list) as `[[a, b], [c, c]]`. */
const bindings = (list) =>
  list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name, local = name] = part.split(/\s+as\s+/);
      return [name, local];
    });

/** The runtime's code without its export list, and the local name of each of its exports. */
function readRuntime(code, fileName) {
  const match = exportList.exec(code);
  if (!match || /\bimport\b|\bexport\b/.test(code.slice(0, match.index))) {
    throw new Error(`chat-blocks: ${fileName} is not the bundler runtime as expected (one export list at its end)`);
  }
  return {body: code.slice(0, match.index), locals: new Map(bindings(match[1]).map(([local, name]) => [name, local]))};
}

/**
 * The runtime's code as an expression whose value holds the exports a chunk
 * imports (`imported`, its import list's bindings): its own top-level names
 * stay inside a function, apart from the chunk's, and it is minified again,
 * which leaves out the helpers the chunk does not import.
 */
function runtimeExpression({body, locals}, imported, fileName) {
  const exported = imported.map(([name]) => {
    if (!locals.has(name)) throw new Error(`chat-blocks: ${fileName} imports ${name}, which the bundler runtime does not export`);
    return `${name}:${locals.get(name)}`;
  });
  const {code} = minifySync('runtime.js', `export default(()=>{${body};return{${exported.join(',')}}})()`);
  const expression = /^export default\s*([^]*?);?\s*$/.exec(code);
  if (!expression) throw new Error(`chat-blocks: the bundler runtime for ${fileName} did not minify as expected`);
  return expression[1];
}

/** A Vite plugin that inlines the bundler runtime chunk into the chunks that import it. */
export function inlineRuntime() {
  return {
    name: 'chat-blocks:inline-runtime',
    generateBundle(_options, bundle) {
      const runtime = Object.values(bundle).find(
        (file) => file.type === 'chunk' && /(^|\/)rolldown-runtime-[\w-]+\.js$/.test(file.fileName),
      );
      if (!runtime) return;
      const base = runtime.fileName.split('/').pop();
      const helpers = readRuntime(runtime.code, runtime.fileName);
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file === runtime) continue;
        if (file.dynamicImports.includes(runtime.fileName)) throw new Error(`chat-blocks: ${file.fileName} imports the runtime lazily`);
        if (!file.imports.includes(runtime.fileName)) continue;
        // Only chunks beside the runtime (chunks/) import it: `./rolldown-runtime-….js`.
        const statement = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["'\`]\\./${base.replace(/[.]/g, '\\.')}["'\`];?`);
        const match = statement.exec(file.code);
        if (!match) throw new Error(`chat-blocks: ${file.fileName} imports ${runtime.fileName} in an unexpected form`);
        const imported = bindings(match[1]);
        const names = imported.map(([name, local]) => (name === local ? name : `${name}:${local}`));
        const expression = runtimeExpression(helpers, imported, file.fileName);
        file.code = `${file.code.slice(0, match.index)}const{${names.join(',')}}=${expression};${file.code.slice(match.index + match[0].length)}`;
        file.imports = file.imports.filter((name) => name !== runtime.fileName);
      }
      delete bundle[runtime.fileName];
    },
  };
}
