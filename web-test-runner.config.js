// Web Test Runner: every test in real headless Chromium (Debian's, never a
// downloaded build), with test backends served over real HTTP by the runner's
// own dev server (test/server/routes/*.js).
import {chromeLauncher} from '@web/test-runner-chrome';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import {fileURLToPath} from 'node:url';
import {testRoutes} from './test/server/index.js';
import {chromiumPath, headlessArgs} from './scripts/chromium.js';
import {reactEsmPlugin} from './test/react/react-esm-plugin.js';
import {touchEmulationPlugin} from './test/server/touch-emulation.js';
import {layerTreePlugin} from './test/server/layer-tree.js';
import {screenshotPlugin} from './test/visual/visual-regression.js';
import {frameworkCompilePlugin} from './test/frameworks/compile-plugins.js';

const commonjs = fromRollup(rollupCommonjs);
let pageCount = 0;

const executablePath = chromiumPath();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 2,
  // Generous: the suite must pass on a loaded 2-core machine, where a test
  // that takes 2 s alone can take ten times as long.
  testFramework: {config: {timeout: 60000}},
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  // A failed assertion's values reach the terminal even when they are elements (test/support/cloneable-failures.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="${testFramework}"></script><script type="module" src="/test/support/cloneable-failures.ts"></script></body></html>`,
  plugins: [
    // React ships only CommonJS that picks a build at run time: served as one ES bundle.
    reactEsmPlugin(),
    // The Vue and Svelte example pages, compiled by their frameworks' compilers.
    frameworkCompilePlugin(),
    // The framework examples import the package by name, as users do: served from the sources.
    {
      name: 'chat-blocks-by-name',
      resolveImport: ({source}) => ({'chat-blocks': '/src/index.ts', 'chat-blocks/react': '/src/react.ts'})[source],
    },
    // highlight.js ships CommonJS under its ES entry points: the test server
    // converts it, as the Vite build does.
    commonjs({
      // The test server transforms one file at a time, without the module
      // graph Rollup would have: plain (non-wrapped) CommonJS conversion.
      strictRequires: false,
      include: ['**/node_modules/highlight.js/**'],
    }),
    touchEmulationPlugin(),
    // Which elements the compositor scrolls (composited-layers).
    layerTreePlugin(),
    // What screen readers get: the accessibility tree of part of the page (a11ySnapshot).
    a11ySnapshotPlugin(),
    screenshotPlugin(),
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
    // The React examples: JSX compiled as a React app compiles it (automatic runtime).
    esbuildPlugin({tsx: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./examples/frameworks/tsconfig.json', import.meta.url))}),
  ],
  middleware: await testRoutes(),
  browsers: [
    chromeLauncher({
      // Each test file gets a page in a window of its own: a second tab of a
      // window is a hidden page, which draws no animation frames. Each page
      // also behaves as the focused one, whichever window the browser gave
      // the focus: a page without it fires no focus event on `element.focus()`.
      async createPage({browser}) {
        const url = `about:blank#test-page-${++pageCount}`;
        const session = await browser.target().createCDPSession();
        await session.send('Target.createTarget', {url, newWindow: true});
        const target = await browser.waitForTarget((candidate) => candidate.url() === url);
        await session.detach();
        const page = await target.page();
        // The emulation lasts while its session is attached: kept for the page's life.
        await (await target.createCDPSession()).send('Emulation.setFocusEmulationEnabled', {enabled: true});
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...headlessArgs,
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
          '--autoplay-policy=no-user-gesture-required',
          '--disable-background-timer-throttling',
        ],
      },
    }),
  ],
};
