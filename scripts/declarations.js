// Which of the type declarations tsc wrote to dist/types a user's project
// can reach: those named by a `types` condition of package.json (or its
// `types` field), and those they import, re-export or reference, followed
// to the end. The build deletes the rest (internal modules no export
// reaches), and a node test checks the packed files against the same rule.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, normalize, relative} from 'node:path';

/** The `types` files the package's exports (and its `types` field) name, relative to `root`. */
export function declarationEntries(pkg) {
  const entries = new Set(pkg.types ? [pkg.types] : []);
  const visit = (target) => {
    if (!target || typeof target !== 'object') return;
    for (const [condition, value] of Object.entries(target)) {
      if (condition === 'types' && typeof value === 'string') entries.add(value);
      else visit(value);
    }
  };
  visit(pkg.exports);
  return [...entries].map((entry) => normalize(entry));
}

// `from './x.js'`, `import './x.js'`, `import('./x.js')` and `/// <reference path="./x.d.ts" />`.
const specifiers = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']|<reference\s+path=["']([^"']+)["']/g;

/** The declaration file a relative specifier in `from` names. */
function resolveDeclaration(root, from, specifier) {
  const base = join(dirname(join(root, from)), specifier);
  const candidates = [base.replace(/\.js$/, '.d.ts'), `${base}.d.ts`, join(base, 'index.d.ts'), base];
  const found = candidates.find((candidate) => candidate.endsWith('.d.ts') && existsSync(candidate));
  return found ? relative(root, found) : undefined;
}

/** Every declaration file reachable from `entries` (paths relative to `root`). */
export function reachableDeclarations(root, entries) {
  const reached = new Set();
  const pending = entries.filter((entry) => existsSync(join(root, entry)));
  while (pending.length > 0) {
    const file = pending.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(specifiers)) {
      const target = resolveDeclaration(root, file, match[1] ?? match[2]);
      if (target && !reached.has(target)) pending.push(target);
    }
  }
  return reached;
}
