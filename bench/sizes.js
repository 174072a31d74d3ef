// Workload c: what a page downloads. Raw and gzip bytes (zlib, level 9) of
// the bundle, the classic-script build and the lazy chunks beside the bundle.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import * as esbuild from 'esbuild';
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

/** The size targets (KB of gzip, 1 KB = 1024 bytes) of what a page fetches. */
export const sizeTargets = {emptyWidget: 30, firstReply: 50, launcher: 15};

/** `file` (in dist/) and every chunk it imports statically, transitively: what a page fetches with it. */
function staticClosure(dist, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` waits for first use.
  for (const match of code.matchAll(/import\s*(?:[^"'()]*?from\s*)?["'](\.\/[^"']+)["']/g)) {
    staticClosure(dist, join(file, '..', match[1]), seen);
  }
  return seen;
}

/** The lazy chunk a page fetches with its first message: marked, the sanitizer and the markdown renderer. */
function markdownChunk(dist) {
  const chunks = existsSync(join(dist, 'chunks')) ? readdirSync(join(dist, 'chunks')) : [];
  const name = chunks.find((file) => /^first-reply-.*\.js$/.test(file));
  return name ? `chunks/${name}` : undefined;
}

/**
 * What a page downloads before it shows something, against the targets:
 * the bundle and its static imports for the empty widget; those plus the
 * markdown chunk (and its static imports) for a first plain-markdown reply
 * (code and math would fetch further chunks); the launcher bundle until it
 * is used. The browser check in test/budget/ measures the same on a real page.
 */
export function pageSizes(root) {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'chat-blocks.bundle.js'))) return [];
  const gzipOf = (files) => [...files].reduce((sum, file) => sum + gzipSize(readFileSync(join(dist, file))), 0);
  const widget = staticClosure(dist, 'chat-blocks.bundle.js');
  const markdown = markdownChunk(dist);
  const reply = markdown ? staticClosure(dist, markdown, new Set(widget)) : widget;
  const launcher = staticClosure(dist, 'chat-blocks-launcher.bundle.js');
  return [
    {page: 'empty widget (bundle)', files: [...widget], gzipBytes: gzipOf(widget), targetKb: sizeTargets.emptyWidget},
    {page: 'first plain-markdown reply (bundle)', files: [...reply], gzipBytes: gzipOf(reply), targetKb: sizeTargets.firstReply},
    {page: 'launcher until used', files: [...launcher], gzipBytes: gzipOf(launcher), targetKb: sizeTargets.launcher},
  ].map((row) => ({...row, pass: row.gzipBytes <= row.targetKb * 1024}));
}

/**
 * What the peers' pages fetch, gzip -9: deep-chat's self-contained bundle
 * (its npm package's `deepChat.bundle.js`, which is all its page loads), and
 * the naive baseline's marked + DOMPurify, minified as a page would serve them.
 */
export function peerSizes(root) {
  const modules = join(root, 'node_modules');
  const minified = (path) => esbuild.transformSync(readFileSync(join(modules, path), 'utf8'), {minify: true, format: 'esm'}).code;
  const sizes = {};
  const deepChat = join(modules, 'deep-chat/dist/deepChat.bundle.js');
  if (existsSync(deepChat)) sizes['deep-chat'] = gzipSize(readFileSync(deepChat));
  sizes.baseline = gzipSize(minified('marked/lib/marked.esm.js')) + gzipSize(minified('dompurify/dist/purify.es.mjs'));
  return sizes;
}
