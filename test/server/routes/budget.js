// The byte-budget check's server side: the size and gzip size of a file a
// page fetched, read from disk as it ships (the test server rewrites the
// JavaScript it serves, so the served bytes are not the shipped ones), and
// counted the one way the bench counts them (scripts/gzip-size.js).
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {join, normalize, sep} from 'node:path';
import {gzipSize} from '../../../scripts/gzip-size.js';
import {strictCsp} from '../../../demo/csp.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The first reply of the widget budget: plain markdown, no code and no math. */
const markdownReply = 'Here is **what you asked**, in short:\n\n- one _point_\n- a [link](https://example.com/)\n\nAnd a `word` of code.';

export const routes = {
  /**
   * A page with only `<chat-blocks>` from the self-contained bundle, as a
   * page would embed it, under the strict CSP; it talks to `/api/budget/reply`.
   */
  '/api/budget/widget-page': async (ctx) => {
    ctx.set('Content-Security-Policy', strictCsp);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>widget budget page</title>
<script type="module" src="/dist/chat-blocks.bundle.js"></script></head>
<body><chat-blocks endpoint="/api/budget/reply"></chat-blocks></body></html>`;
  },

  /** Answers any message with one plain-markdown reply, as Server-Sent Events. */
  '/api/budget/reply': async (ctx) => {
    for await (const chunk of ctx.req) void chunk;
    ctx.type = 'text/event-stream';
    ctx.body = `data: ${JSON.stringify({delta: markdownReply})}\n\ndata: [DONE]\n\n`;
  },

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
