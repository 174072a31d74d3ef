// Renders the React example page (examples/frameworks/react/ChatPage.tsx)
// to HTML in Node, as a Next.js or Remix server does: esbuild bundles the
// page, chat-blocks' sources and React for Node (Lit's Node build included,
// as a server resolves it), and `react-dom/server` renders it, in a Node
// process of its own: React's development build patches `console`, which
// must not happen inside the test runner. React 18
// comes from test/react18, a package of its own beside the React 19 the
// project uses.
import {build} from 'esbuild';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const reactDirs = {18: `${root}test/react18`, 19: root};
const outDir = mkdtempSync(`${tmpdir()}/chat-blocks-react-ssr-`);
process.once('exit', () => rmSync(outDir, {recursive: true, force: true}));
const bundles = new Map();

const entry = `
  import {createElement} from 'react';
  import {renderToString} from 'react-dom/server';
  import {ChatPage} from './examples/frameworks/react/ChatPage.tsx';
  process.stdout.write(renderToString(createElement(ChatPage, JSON.parse(process.argv[2]))));
`;

/** Resolves React from the directory of the wanted version, and chat-blocks to its sources. */
const resolution = (version) => ({
  name: 'react-version-and-sources',
  setup(builder) {
    builder.onResolve({filter: /^react(-dom)?(\/.*)?$/}, (args) =>
      args.pluginData?.resolved
        ? undefined
        : builder.resolve(args.path, {kind: args.kind, resolveDir: reactDirs[version], pluginData: {resolved: true}}),
    );
    builder.onResolve({filter: /^chat-blocks(\/react)?$/}, (args) => ({
      path: `${root}src/${args.path === 'chat-blocks' ? 'index' : 'react'}.ts`,
    }));
  },
});

async function bundle(version) {
  const outfile = `${outDir}/render-${version}.cjs`;
  await build({
    stdin: {contents: entry, resolveDir: root, loader: 'js'},
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    jsx: 'automatic',
    tsconfig: `${root}tsconfig.json`,
    define: {'process.env.NODE_ENV': '"development"'},
    logLevel: 'silent',
    plugins: [resolution(version)],
  });
  return outfile;
}

/** The page's HTML as `renderToString` makes it with React `version` ('18' or '19'). */
export async function renderReactPage(version, props) {
  if (!bundles.has(version)) bundles.set(version, bundle(version));
  const {stdout} = await promisify(execFile)(process.execPath, [await bundles.get(version), JSON.stringify(props)]);
  return stdout;
}
