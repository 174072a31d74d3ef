// Pages for the lazy-chunk tests: the self-contained bundle served from a
// path of its own (as a CDN or a page's `vendor/` folder would serve it),
// under the strict CSP with Trusted Types enforced; and the same bundle
// beside a server that refuses one of its chunks (the first reply's, the
// one a first attached file loads, or the protocols' chunk shapes).
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {join, normalize, sep} from 'node:path';
import {strictCsp} from '../../../demo/csp.js';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Serves `dist/<file>` for `/api/lazy/<kind>/<token>/<file>`, answering 503 for the chunks that `refused` matches. */
async function serveDist(ctx, refused) {
  // The token (the fifth segment) only keeps each page's files apart.
  const rest = ctx.path.split('/').slice(5);
  const file = join(dist, normalize(rest.join('/')));
  if (!file.startsWith(dist) || file.endsWith(sep)) {
    ctx.status = 400;
    return;
  }
  if (refused?.test(rest.join('/'))) {
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
  /**
   * `?base=/api/lazy/cdn/<token>`: a page with `<chat-blocks>` loaded from
   * `<base>/chat-blocks.bundle.js`; `&persist=<key>` keeps its history in
   * `localStorage` under that key; `&reply=openai` has its replies come in
   * OpenAI's chunk shape.
   */
  '/api/lazy/page': async (ctx) => {
    const base = String(ctx.query.base ?? '');
    const persist = String(ctx.query.persist ?? '');
    const endpoint = ctx.query.reply === 'openai' ? '/api/lazy/openai-reply' : '/api/budget/reply';
    if (!/^\/api\/lazy\/(cdn|refusing|refusing-files|refusing-shapes)\/[\w-]+$/.test(base) || !/^[\w-]*$/.test(persist)) {
      ctx.status = 400;
      return;
    }
    const kept = persist ? ` persist="local" storage-key="${persist}"` : '';
    ctx.set('Content-Security-Policy', `${strictCsp}; require-trusted-types-for 'script'`);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>lazy chunks page</title>
<script type="module" src="${base}/chat-blocks.bundle.js"></script></head>
<body><chat-blocks endpoint="${endpoint}"${kept}></chat-blocks></body></html>`;
  },
  '/api/lazy/cdn/*': async (ctx) => serveDist(ctx),
  '/api/lazy/refusing/*': async (ctx) => serveDist(ctx, /^chunks\/first-reply-/),
  '/api/lazy/refusing-files/*': async (ctx) => serveDist(ctx, /^chunks\/attaching-/),
  '/api/lazy/refusing-shapes/*': async (ctx) => serveDist(ctx, /^chunks\/protocol-shapes-/),

  /** The budget page's markdown reply in OpenAI's chunk shape, which the widget reads with the protocols' shapes. */
  '/api/lazy/openai-reply': async (ctx) => {
    for await (const chunk of ctx.req) void chunk;
    const pieces = ['Here is **what you asked**', ', in short.'];
    const events = pieces.map((content) => `data: ${JSON.stringify({object: 'chat.completion.chunk', choices: [{delta: {content}}]})}\n\n`);
    ctx.type = 'text/event-stream';
    ctx.body = `${events.join('')}data: [DONE]\n\n`;
  },
};
