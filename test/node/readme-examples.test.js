// The README's framework examples are the files the browser tests compile
// and run (examples/frameworks/): this keeps the two the same text.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const pages = readdirSync(`${root}examples/frameworks`, {recursive: true})
  .map(String)
  .filter((path) => /\.(tsx|vue|svelte|component\.ts)$/.test(path));

test('every framework example page is in the README, word for word', () => {
  assert.deepEqual(pages.map((path) => path.split('/')[0]).sort(), ['angular', 'react', 'svelte', 'vue']);
  for (const path of pages) {
    const text = readFileSync(`${root}examples/frameworks/${path}`, 'utf8').trimEnd();
    assert.ok(readme.includes(`\n${text}\n\`\`\``), `README.md lacks examples/frameworks/${path} as it is`);
  }
});
