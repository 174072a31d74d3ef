// Pages for the lazy-chunk tests: the self-contained bundle served from a
// path of its own (as a CDN or a page's `vendor/` folder would serve it),
// under the strict CSP with Trusted Types enforced; and the same bundle
// beside a server that refuses its first-reply chunk.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {join, normalize, sep} from 'node:path';
import {strictCsp} from '../../../demo/csp.js';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Serves `dist/<file>` for `/api/lazy/<kind>/<token>/<file>`; a refusing path answers 503 for the first-reply chunk. */
async function serveDist(ctx, refusing) {
  // The token (the fifth segment) only keeps each page's files apart.
  const rest = ctx.path.split('/').slice(5);
  const file = join(dist, normalize(rest.join('/')));
  if (!file.startsWith(dist) || file.endsWith(sep)) {
    ctx.status = 400;
    return;
  }
  if (refusing && /^chunks\/first-reply-/.test(rest.join('/'))) {
    ctx.status = 503;
    ctx.body = 'refused for the test';
    return;
  }
  try {
    ctx.body = await readFile(file);
    ctx.type = 'text/javascript';
    // Every test page has a token of its own: nothing is cached across tests.
    ctx.set('Cache-Control', 'no-store');
  } catch {
    ctx.status = 404;
  }
}

export const routes = {
  /** `?base=/api/lazy/cdn/<token>`: a page with `<chat-blocks>` loaded from `<base>/chat-blocks.bundle.js`. */
  '/api/lazy/page': async (ctx) => {
    const base = String(ctx.query.base ?? '');
    if (!/^\/api\/lazy\/(cdn|refusing)\/[\w-]+$/.test(base)) {
      ctx.status = 400;
      return;
    }
    ctx.set('Content-Security-Policy', `${strictCsp}; require-trusted-types-for 'script'`);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>lazy chunks page</title>
<script type="module" src="${base}/chat-blocks.bundle.js"></script></head>
<body><chat-blocks endpoint="/api/budget/reply"></chat-blocks></body></html>`;
  },
  '/api/lazy/cdn/*': async (ctx) => serveDist(ctx, false),
  '/api/lazy/refusing/*': async (ctx) => serveDist(ctx, true),
};
