// The core knows no DOM framework and nothing above it (docs/architecture.md):
// no module in src/core/ imports from src/components/, src/render/,
// context.ts, events.ts, lit or @lit/*, and its only runtime imports are
// other core modules (a type-only import of `ChatStrings` is fine: it is
// erased). ESLint's no-restricted-imports override for src/core/** says the
// same while editing; this test holds without the linter. Reads the source;
// needs no build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every .ts file under `dir`. */
function sources(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `import`/`export … from` specifiers of a module, each with whether it is type-only. */
function importsOf(text) {
  const found = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) found.push({specifier: match[4], typeOnly: Boolean(match[2])});
  for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({specifier: match[1], typeOnly: false});
  return found;
}

/** Why `specifier`, imported by `file` in the core folder `core`, breaks the rule; undefined when it does not. */
function violation(file, {specifier, typeOnly}, core, src) {
  if (/^(lit|@lit)(\/|$)/.test(specifier)) return `imports ${specifier}`;
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(file), specifier);
  const inside = (folder) => target === folder || target.startsWith(folder + sep);
  if (inside(core)) return undefined;
  const name = relative(src, target).split(sep).join('/');
  if (/^(components|render)\//.test(name) || /^(context|events)\.js$/.test(name)) return `imports ${name}`;
  if (!typeOnly) return `imports ${name} at runtime (only type imports may leave src/core)`;
  return undefined;
}

function violations(core, src) {
  return sources(core).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).flatMap((entry) => {
      const why = violation(file, entry, core, src);
      return why ? [`${relative(root, file)} ${why}`] : [];
    }),
  );
}

test('src/core imports nothing from components, render, context.ts, events.ts or Lit', () => {
  assert.deepEqual(violations(join(root, 'src/core'), join(root, 'src')), []);
});

test('the check fails on a core module that imports upward', () => {
  const src = mkdtempSync(join(tmpdir(), 'core-boundary-'));
  mkdirSync(join(src, 'core'));
  writeFileSync(
    join(src, 'core/bad.ts'),
    [
      "import {html} from 'lit';",
      "import {chatContext} from '../context.js';",
      "import type {ChatMessageList} from '../components/chat-message-list/chat-message-list.js';",
      "import {sanitize} from '../render/sanitize.js';",
      "import {defaultStrings} from '../strings.js';",
      "import type {ChatStrings} from '../strings.js';",
      "import {ok} from './ok.js';",
    ].join('\n'),
  );
  assert.deepEqual(
    violations(join(src, 'core'), src).map((line) => line.replace(/^.*bad\.ts /, '')),
    [
      'imports lit',
      'imports context.js',
      'imports components/chat-message-list/chat-message-list.js',
      'imports render/sanitize.js',
      'imports strings.js at runtime (only type imports may leave src/core)',
    ],
  );
});
