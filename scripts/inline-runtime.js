// A build step for the page bundle: the bundler puts its small runtime
// helpers (about 0.7 KB: module namespace objects, CommonJS interop) in a
// chunk of their own, which the first-reply chunk imports. The browser only
// learns of that import once the first-reply chunk has arrived, so a first
// reply waited one more round trip before its first drawing. This step
// copies the helpers into each chunk that imports them instead (the
// first-reply, file and highlight.js chunks), and drops the runtime chunk:
// a few hundred bytes more in each, one request fewer on the way to a reply.

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

/**
 * The runtime's code as an expression whose value holds its exports:
 * its own top-level names stay inside a function, apart from the chunk's.
 */
function runtimeExpression(code, fileName) {
  const match = exportList.exec(code);
  if (!match || /\bimport\b|\bexport\b/.test(code.slice(0, match.index))) {
    throw new Error(`chat-blocks: ${fileName} is not the bundler runtime as expected (one export list at its end)`);
  }
  const exported = bindings(match[1]).map(([local, name]) => `${name}:${local}`);
  return `(()=>{${code.slice(0, match.index)};return{${exported.join(',')}}})()`;
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
      const expression = runtimeExpression(runtime.code, runtime.fileName);
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file === runtime) continue;
        if (file.dynamicImports.includes(runtime.fileName)) throw new Error(`chat-blocks: ${file.fileName} imports the runtime lazily`);
        if (!file.imports.includes(runtime.fileName)) continue;
        // Only chunks beside the runtime (chunks/) import it: `./rolldown-runtime-….js`.
        const statement = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["'\`]\\./${base.replace(/[.]/g, '\\.')}["'\`];?`);
        const match = statement.exec(file.code);
        if (!match) throw new Error(`chat-blocks: ${file.fileName} imports ${runtime.fileName} in an unexpected form`);
        const names = bindings(match[1]).map(([name, local]) => (name === local ? name : `${name}:${local}`));
        file.code = `${file.code.slice(0, match.index)}const{${names.join(',')}}=${expression};${file.code.slice(match.index + match[0].length)}`;
        file.imports = file.imports.filter((name) => name !== runtime.fileName);
      }
      delete bundle[runtime.fileName];
    },
  };
}
