// Checks what `npm run build` produced against the package contract, so a
// build that would break pages fails CI: the ES module keeps its
// dependencies external, the bundle is self-contained with its optional
// features in chunks beside it, the classic script has everything inline,
// and the types and the manifest are there.
import {existsSync, readdirSync, readFileSync} from 'node:fs';

const problems = [];
const read = (path) => readFileSync(path, 'utf8');
const check = (ok, message) => ok || problems.push(message);

// dist/chat-blocks.js and the chunks it re-exports or loads (markdown and the sanitizer load on first use).
const esmFiles = readdirSync('dist')
  .filter((f) => f.endsWith('.js') && !/\.(bundle|iife)\.js$/.test(f))
  .map((f) => `dist/${f}`);
const esm = esmFiles.map(read).join('\n');
for (const dependency of ['lit', 'marked', 'dompurify']) {
  check(new RegExp(`from ["']${dependency}["']`).test(esm), `dist/chat-blocks.js should import ${dependency}, not inline it`);
}
check(!/Copyright \(c\) Cure53|DOMPurify \d/.test(esm), 'dist/chat-blocks.js inlines DOMPurify');

// dist/chat-blocks.bundle.js: no bare import left, lazy chunks relative to itself.
const bundle = read('dist/chat-blocks.bundle.js');
const bare = [...bundle.matchAll(/(?:from\s*|import\s*\(\s*)["'`]([^"'`]+)["'`]/g)].map((m) => m[1]).filter((s) => !s.startsWith('./'));
check(bare.length === 0, `dist/chat-blocks.bundle.js has bare imports: ${bare.join(', ')}`);
const lazy = [...bundle.matchAll(/import\(\s*["'`](\.\/chunks\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
check(lazy.length > 0, 'dist/chat-blocks.bundle.js loads no lazy chunk');
for (const chunk of lazy) check(existsSync(`dist/${chunk.slice(2)}`), `the bundle's chunk ${chunk} is missing`);
// Chunks load further chunks (markdown loads highlighting and math): those are named relative to the chunk.
for (const file of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
  const chunk = read(`dist/chunks/${file}`);
  for (const m of chunk.matchAll(/import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)) {
    check(existsSync(`dist/chunks/${m[1]}`), `the chunk ${m[1]} loaded by ${file} is missing`);
    lazy.push(`./chunks/${m[1]}`);
  }
}
for (const feature of ['katex', 'core', 'recorder']) {
  check(
    lazy.some((chunk) => chunk.includes(`/${feature}-`)),
    `no lazy chunk for ${feature}`,
  );
}

// dist/chat-blocks.iife.js: one classic script.
const iife = read('dist/chat-blocks.iife.js');
check(!/\bimport\s*\(|^\s*import\s|^\s*export\s/m.test(iife), 'dist/chat-blocks.iife.js is not a classic script with everything inline');

// The launcher's page builds: small, self-contained, and loading the bundle beside them.
for (const file of ['dist/chat-blocks-launcher.bundle.js', 'dist/chat-blocks-launcher.iife.js']) {
  const launcher = existsSync(file) ? read(file) : '';
  check(launcher.includes('chat-blocks.bundle.js'), `${file} is missing or does not load chat-blocks.bundle.js`);
  check(!/^\s*import\s|from\s*["'`]/m.test(launcher), `${file} imports modules statically`);
}
check(
  existsSync('dist/launcher.js') && /import\(["']\.\/chat-blocks\.js["']\)/.test(read('dist/launcher.js')),
  'dist/launcher.js does not import the library lazily',
);

// Types and manifest.
const types = existsSync('dist/types/index.d.ts') ? read('dist/types/index.d.ts') : '';
check(types.includes('ChatBlocks'), 'dist/types/index.d.ts is missing');
check(existsSync('dist/types/react.d.ts'), 'dist/types/react.d.ts is missing');
check(existsSync('dist/types/vue.d.ts'), 'dist/types/vue.d.ts is missing');
const declared = readdirSync('dist/types/components', {recursive: true})
  .filter((f) => String(f).endsWith('.d.ts'))
  .map((f) => read(`dist/types/components/${f}`))
  .join('\n');
const tags = ['chat-blocks', 'chat-message-list', 'chat-multimodal-textbox', 'chat-clear-button', 'chat-blocks-launcher'];
for (const tag of tags) check(declared.includes(`'${tag}': `), `no HTMLElementTagNameMap entry for ${tag}`);
const manifest = JSON.parse(read('custom-elements.json'));
const inManifest = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter(Boolean);
for (const tag of tags) check(inManifest.includes(tag), `custom-elements.json lacks ${tag}`);

if (problems.length) {
  console.error(`The build does not meet the package contract:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `dist/ checked: ES module with external dependencies, self-contained bundle with ${lazy.length} lazy chunks, classic script, types, manifest`,
);
