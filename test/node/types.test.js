// chat-blocks' type declarations as users' projects see them: tsc checks
// small consumer files (test/node/types/) against the built declarations
// (dist/types), resolved through package.json `exports`. Each consumer also
// holds `@ts-expect-error` lines, so declarations that decayed to `any`
// would fail too. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** Runs a type checker from node_modules/.bin on a project; resolves with its output, rejects with its errors. */
async function check(tool, project) {
  try {
    await run(`${root}node_modules/.bin/${tool}`, ['-p', project], {cwd: root});
  } catch (error) {
    assert.fail(`${tool} -p ${project} found errors:\n${error.stdout}${error.stderr}`);
  }
}

test('the package entry and chat-blocks/react type-check in a Node (nodenext) project', async () => {
  await check('tsc', 'test/node/types/tsconfig.json');
});

test('the framework examples (examples/frameworks) type-check against the built declarations', async () => {
  await check('tsc', 'examples/frameworks/tsconfig.json');
});

test('vue-tsc checks chat-blocks tags in Vue templates (chat-blocks/vue): names, values, event payloads', async () => {
  await check('vue-tsc', 'test/node/types/vue/tsconfig.json');
});

test("Angular's AOT compiler (ngc, strict templates) accepts the Angular example, CUSTOM_ELEMENTS_SCHEMA and all", async () => {
  await check('ngc', 'test/node/types/angular/tsconfig.json');
});
