// Builds every artefact of the package into dist/: the three library builds,
// the two builds of the launcher,
// the type declarations and the custom elements manifest.
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';

const run = (command, args) => execFileSync(command, args, {stdio: 'inherit'});
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', {recursive: true, force: true});
for (const mode of ['lib', 'bundle', 'iife', 'launcher', 'launcher-iife'])
  run(bin('vite'), ['build', '--mode', mode, '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.json']);
const elements = ['chat-blocks', 'chat-message-list', 'chat-multimodal-textbox', 'chat-clear-button', 'chat-blocks-launcher'];
run(bin('cem'), ['analyze', '--litelement', '--quiet', '--globs', ...elements.map((tag) => `src/components/${tag}/${tag}.ts`)]);

run('node', ['scripts/verify-dist.js']);
