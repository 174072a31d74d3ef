// The README's API reference and theme-token table are generated
// (scripts/readme-docs.js): a change to an element's JSDoc or to a token
// that did not reach the README, or a hand edit of those tables, fails here.
// Needs the build's custom-elements.json (`npm test` builds first).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {readmeWithDocs} from '../../scripts/readme-docs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

test("the README's generated API reference and token table are what the code says", async () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const {text} = await readmeWithDocs(readme, manifest);
  // Compared line by line, so a failure names the lines that differ.
  assert.deepEqual(readme.split('\n'), text.split('\n'), 'README.md is out of date with the code: run `npm run docs`');
});
