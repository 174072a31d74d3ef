// Builds every artefact of the package into dist/: the three library builds,
// the two builds of the launcher,
// the type declarations and the custom elements manifest.
import {execFileSync} from 'node:child_process';
import {readFileSync, readdirSync, rmSync, rmdirSync} from 'node:fs';
import {join} from 'node:path';
import {declarationEntries, reachableDeclarations} from './declarations.js';

const run = (command, args) => execFileSync(command, args, {stdio: 'inherit'});
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', {recursive: true, force: true});
for (const mode of ['lib', 'bundle', 'iife', 'launcher', 'launcher-iife'])
  run(bin('vite'), ['build', '--mode', mode, '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
pruneDeclarations();
const elements = ['chat-blocks', 'chat-message-list', 'chat-multimodal-textbox', 'chat-clear-button', 'chat-blocks-launcher'];
run(bin('cem'), ['analyze', '--litelement', '--quiet', '--globs', ...elements.map((tag) => `src/components/${tag}/${tag}.ts`)]);

run('node', ['scripts/verify-dist.js']);

/** Deletes the declarations no export reaches (internal modules), and the folders they leave empty. */
function pruneDeclarations() {
  const keep = reachableDeclarations('.', declarationEntries(JSON.parse(readFileSync('package.json', 'utf8'))));
  const entries = readdirSync('dist/types', {recursive: true, withFileTypes: true});
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !keep.has(path)) rmSync(path);
  }
  // Deepest folders first, so a folder whose subfolders went goes too.
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name));
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  }
}
