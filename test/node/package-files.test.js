// What `npm pack` puts in the package: only what users need. Every file is
// one the package names (dist/, the manifest, README, LICENSE); every
// declaration file is one an export's types reach; no source map carries
// the sources; every export and CDN field names a packed file, with types.
// Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {normalize} from 'node:path';
import {declarationEntries, reachableDeclarations} from '../../scripts/declarations.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'}));
const packed = new Set(report.files.map((file) => normalize(file.path)));
const has = (path) => packed.has(normalize(path));

test('the package holds dist/, the manifest, README, LICENSE and package.json, nothing else', () => {
  const others = [...packed].filter(
    (path) => !path.startsWith('dist/') && !['custom-elements.json', 'README.md', 'LICENSE', 'package.json'].includes(path),
  );
  assert.deepEqual(others, []);
  assert.ok(has('LICENSE') && has('README.md') && has('custom-elements.json'), 'LICENSE, README.md and custom-elements.json are packed');
});

test('every declaration file packed is one an export reaches, and every one reached is packed', () => {
  const reached = reachableDeclarations(root, declarationEntries(pkg));
  const declarations = [...packed].filter((path) => path.endsWith('.d.ts'));
  assert.deepEqual(
    declarations.filter((path) => !reached.has(path)),
    [],
    'internal declarations no export reaches',
  );
  assert.deepEqual(
    [...reached].filter((path) => !packed.has(path)),
    [],
    'declarations an export reaches but the package lacks',
  );
});

test('no source map in the package carries the sources', () => {
  for (const path of [...packed].filter((file) => file.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
    assert.ok(!map.sourcesContent?.some(Boolean), `${path} embeds its sources`);
  }
});

test('every export names packed files, and each code export has a types condition', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? {default: target} : target;
    for (const [condition, file] of Object.entries(targets)) assert.ok(has(file), `${subpath} (${condition}): ${file} is not packed`);
    if (!subpath.endsWith('.json')) assert.ok(typeof targets.types === 'string', `${subpath} has no types condition`);
  }
});

test('main, module, types and the CDN fields name packed files; a CDN URL without a path gets the self-contained bundle', () => {
  for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr']) assert.ok(has(pkg[field]), `${field}: ${pkg[field]} is not packed`);
  assert.equal(normalize(pkg.unpkg), normalize(pkg.exports['./bundle'].default));
  assert.equal(normalize(pkg.jsdelivr), normalize(pkg.exports['./bundle'].default));
});
