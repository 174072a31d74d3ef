// A Web Test Runner plugin that lets browser tests import React. React 19
// ships only CommonJS (`module.exports`, `process.env.NODE_ENV`), which a
// browser cannot load as a module. This plugin bundles React and ReactDOM
// once, with esbuild, into one ES module (so there is exactly one copy of
// React, as hooks require), and serves each bare specifier as a thin module
// with real named exports, read from the package itself.
//
// Usage in web-test-runner.config.js: `plugins: [reactEsmPlugin(), ...]`.
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {build} from 'esbuild';

const specifiers = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];
const prefix = '/__react-esm__/';
const vendorPath = `${prefix}vendor.js`;
const identifier = /^[A-Za-z_$][\w$]*$/;

/** @param {{mode?: 'development' | 'production'}} [options] */
export function reactEsmPlugin({mode = 'development'} = {}) {
  /** @type {Promise<string> | undefined} */
  let vendor;
  /** @type {Promise<Record<string, string[]>> | undefined} */
  let names;

  const bundleVendor = async () => {
    const entries = specifiers.map((name) => `${JSON.stringify(name)}: require(${JSON.stringify(name)})`);
    const result = await build({
      stdin: {contents: `module.exports = {${entries.join(', ')}};`, resolveDir: process.cwd(), loader: 'js'},
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      define: {'process.env.NODE_ENV': JSON.stringify(mode)},
    });
    return result.outputFiles[0].text;
  };

  /**
   * The export names of each package in `mode`, read by loading them in a
   * child Node process: React's development build patches `console` when it
   * loads, which must not happen inside the test runner.
   */
  const readNames = async () => {
    const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(specifiers)}.map((name) => [name, Object.keys(require(name))]))))`;
    const {stdout} = await promisify(execFile)(process.execPath, ['-e', script], {
      cwd: process.cwd(),
      env: {...process.env, NODE_ENV: mode},
    });
    return JSON.parse(stdout);
  };

  /** One specifier's module: the vendor bundle's object for it, as default and named exports. */
  const facade = async (name) => {
    names ??= readNames();
    const exported = (await names)[name].filter((key) => key !== 'default' && identifier.test(key));
    return [
      `import vendor from ${JSON.stringify(vendorPath)};`,
      `const module = vendor[${JSON.stringify(name)}];`,
      'export default module;',
      `export const {${exported.join(', ')}} = module;`,
    ].join('\n');
  };

  return {
    name: 'react-esm',
    resolveImport({source}) {
      if (specifiers.includes(source)) return `${prefix}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      if (context.path === vendorPath) {
        vendor ??= bundleVendor();
        return {body: await vendor, type: 'js'};
      }
      const name = context.path.slice(prefix.length, -'.js'.length);
      return specifiers.includes(name) ? {body: await facade(name), type: 'js'} : undefined;
    },
  };
}
