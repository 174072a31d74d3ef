// A Web Test Runner plugin that lets browser tests import React. React
// ships only CommonJS (`module.exports`, `process.env.NODE_ENV`), which a
// browser cannot load as a module. This plugin bundles React and ReactDOM
// once, with esbuild, into one ES module (so there is exactly one copy of
// React, as hooks require), and serves each bare specifier as a thin module
// with real named exports, read from the package itself.
//
// Two versions: React 19 (the project's own) by default, and React 18 (from
// test/react18) for every module requested with `?react=18`. Such a module
// passes the version on to the React components it imports (`.tsx` files)
// and to `chat-blocks/react`, so the wrappers use React 18 too.
//
// Usage in web-test-runner.config.js: `plugins: [reactEsmPlugin(), ...]`.
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const specifiers = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const identifier = /^[A-Za-z_$][\w$]*$/;
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where each React version is installed, and the URL prefix its modules are served under. */
const versions = {
  19: {dir: root, prefix: '/__react-esm__/'},
  18: {dir: `${root}test/react18`, prefix: '/__react18-esm__/'},
};

/** @param {{mode?: 'development' | 'production'}} [options] */
export function reactEsmPlugin({mode = 'development'} = {}) {
  /** Per version: the vendor bundle and the export names of each specifier. */
  const vendors = new Map();
  const names = new Map();

  const bundleVendor = async ({dir}) => {
    const entries = specifiers.map((name) => `${JSON.stringify(name)}: require(${JSON.stringify(name)})`);
    const result = await build({
      stdin: {contents: `module.exports = {${entries.join(', ')}};`, resolveDir: dir, loader: 'js'},
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
  const readNames = async ({dir}) => {
    const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(specifiers)}.map((name) => [name, Object.keys(require(name))]))))`;
    const {stdout} = await promisify(execFile)(process.execPath, ['-e', script], {
      cwd: dir,
      env: {...process.env, NODE_ENV: mode},
    });
    return JSON.parse(stdout);
  };

  /** One specifier's module: the vendor bundle's object for it, as default and named exports. */
  const facade = async (version, name) => {
    if (!names.has(version)) names.set(version, readNames(version));
    const exported = (await names.get(version))[name].filter((key) => key !== 'default' && identifier.test(key));
    return [
      `import vendor from ${JSON.stringify(`${version.prefix}vendor.js`)};`,
      `const module = vendor[${JSON.stringify(name)}];`,
      'export default module;',
      `export const {${exported.join(', ')}} = module;`,
    ].join('\n');
  };

  return {
    name: 'react-esm',
    resolveImport({source, context}) {
      const wanted = new URLSearchParams(context.querystring).get('react');
      const version = versions[wanted] ?? versions[19];
      if (specifiers.includes(source)) return `${version.prefix}${source}.js`;
      if (wanted !== '18') return undefined;
      if (source === 'chat-blocks/react') return '/src/react.ts?react=18';
      if (source.startsWith('.') && source.endsWith('.tsx')) return `${source}?react=18`;
    },
    async serve(context) {
      const version = Object.values(versions).find(({prefix}) => context.path.startsWith(prefix));
      if (!version) return undefined;
      if (context.path === `${version.prefix}vendor.js`) {
        if (!vendors.has(version)) vendors.set(version, bundleVendor(version));
        return {body: await vendors.get(version), type: 'js'};
      }
      const name = context.path.slice(version.prefix.length, -'.js'.length);
      return specifiers.includes(name) ? {body: await facade(version, name), type: 'js'} : undefined;
    },
  };
}
