// The lists people read must match the source they describe: the README's
// part list (Styling) and theme-token table, and the parts `<chat-blocks>`
// re-exports from its default layout, are checked against the elements'
// JSDoc (`@csspart`, from which the manifest is generated) and
// src/components/theme/tokens.ts. Reads the source; needs no build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {loadThemeTokens} from '../../scripts/theme-tokens.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const readme = read('README.md');

/** The `@csspart` names in an element's JSDoc. */
const documentedParts = (path) => [...read(path).matchAll(/@csspart ([a-z-]+)/g)].map((match) => match[1]);

/** The names in a string list assigned to `name` (`const name = ['a', 'b'].join(', ')`). */
function listIn(path, name) {
  const body = new RegExp(`const ${name} = \\[([^\\]]*)\\]`).exec(read(path))?.[1];
  assert.ok(body, `${path} has a list ${name}`);
  return [...body.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]);
}

const sorted = (names) => [...new Set(names)].sort();
const chatBlocks = 'src/components/chat-blocks/chat-blocks.ts';

test('<chat-blocks> re-exports every part its default layout documents, and documents them itself', () => {
  const list = documentedParts('src/components/chat-message-list/chat-message-list.ts');
  const textbox = documentedParts('src/components/chat-multimodal-textbox/chat-multimodal-textbox.ts');
  assert.deepEqual(sorted(listIn(chatBlocks, 'listParts')), sorted(list));
  assert.deepEqual(sorted(listIn(chatBlocks, 'textboxParts')), sorted(textbox));
  const own = documentedParts(chatBlocks);
  const clear = documentedParts('src/components/chat-clear-button/chat-clear-button.ts');
  assert.deepEqual(sorted(own), sorted([...list, ...textbox, ...clear, 'base']));
});

test("the README's part list (Styling) names every part of <chat-blocks>, and no other", () => {
  const paragraph = /Every stylable node has a `part`, exported to the page, [^\n]*\nyour stylesheet: ([\s\S]*?)\(test\/node/.exec(
    readme,
  )?.[1];
  assert.ok(paragraph, 'README.md has the Styling paragraph');
  const named = [...paragraph.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]);
  assert.deepEqual(sorted(named), sorted(documentedParts(chatBlocks)));
});

test("the README's theme-token table lists tokens.ts, in order", async () => {
  const {themeTokens} = await loadThemeTokens();
  const table = /<!-- tokens:start -->([\s\S]*?)<!-- tokens:end -->/.exec(readme)?.[1] ?? '';
  const rows = [...table.matchAll(/^\| `(--chat-blocks-[a-z-]+)` \|/gm)].map((match) => match[1]);
  assert.deepEqual(
    rows,
    themeTokens.map((token) => `--chat-blocks-${token.name}`),
  );
});
