// Workload c: what a page downloads. Raw and gzip bytes (zlib, level 9) of
// the bundle, the classic-script build and the lazy chunks beside the bundle.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {gzipSize} from '../scripts/gzip-size.js';

/** Every .js file in `dir` and its subfolders. */
function jsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/**
 * The sizes of the two self-contained builds and of the lazy chunks the
 * bundle fetches on first use, each `{file, kind, bytes, gzipBytes}`.
 */
export function bundleSizes(root) {
  const dist = join(root, 'dist');
  const measure = (path, kind) => {
    const content = readFileSync(path);
    return {file: relative(root, path), kind, bytes: content.length, gzipBytes: gzipSize(content)};
  };
  const rows = [];
  for (const [name, kind] of [
    ['chat-blocks.bundle.js', 'bundle (ES module)'],
    ['chat-blocks.iife.js', 'classic script'],
    ['chat-blocks-launcher.bundle.js', 'launcher (ES module)'],
    ['chat-blocks-launcher.iife.js', 'launcher (classic script)'],
  ]) {
    const path = join(dist, name);
    if (existsSync(path)) rows.push(measure(path, kind));
  }
  for (const path of jsFiles(join(dist, 'chunks'))) rows.push(measure(path, 'lazy chunk'));
  return rows;
}
