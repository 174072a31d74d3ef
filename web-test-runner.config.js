// Web Test Runner: every test in real headless Chromium (Debian's, never a
// downloaded build), with test backends served over real HTTP by the runner's
// own dev server (test/server/routes/*.js).
import {existsSync} from 'node:fs';
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fileURLToPath} from 'node:url';
import {testRoutes} from './test/server/index.js';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(`Chromium not found at ${executablePath}: install it (apt-get install chromium) or set CHROME_PATH.`);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 2,
  testFramework: {config: {timeout: 20000}},
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})],
  middleware: await testRoutes(),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
          '--autoplay-policy=no-user-gesture-required',
        ],
      },
    }),
  ],
};
