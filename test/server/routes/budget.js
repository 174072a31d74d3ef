// The byte-budget check's server side: the size and gzip size of a file a
// page fetched, read from disk as it ships (the test server rewrites the
// JavaScript it serves, so the served bytes are not the shipped ones), and
// counted the one way the bench counts them (scripts/gzip-size.js).
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {join, normalize, sep} from 'node:path';
import {gzipSize} from '../../../scripts/gzip-size.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export const routes = {
  /** `?path=/dist/…`: answers `{bytes, gzipBytes}` of that built file. */
  '/api/budget/size': async (ctx) => {
    const file = join(root, normalize(String(ctx.query.path ?? '')));
    if (!file.startsWith(join(root, 'dist') + sep)) {
      ctx.status = 400;
      ctx.body = {error: `only files under /dist/ are measured, not ${ctx.query.path}`};
      return;
    }
    try {
      const content = await readFile(file);
      ctx.body = {bytes: content.length, gzipBytes: gzipSize(content)};
    } catch {
      ctx.status = 404;
      ctx.body = {error: `no file ${ctx.query.path}`};
    }
  },
};
