// Test pages for whole-widget tests: a page served under a strict
// Content-Security-Policy (no inline script or style, no eval) that loads
// the widget's real source through the test server.
import {strictCsp} from '../../../demo/csp.js';

/** A page that loads a built artefact of dist/ (as a page would) and runs test/fixtures/dist-page.js. */
function distPage(ctx, script) {
  ctx.set('Content-Security-Policy', strictCsp);
  ctx.type = 'text/html';
  ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dist page</title>
${script}
<script type="module" src="/test/fixtures/dist-page.js"></script></head>
<body><chat-blocks></chat-blocks></body></html>`;
}

export const routes = {
  '/api/widget/bundle-page': async (ctx) => distPage(ctx, '<script type="module" src="/dist/chat-blocks.bundle.js"></script>'),
  '/api/widget/iife-page': async (ctx) => distPage(ctx, '<script src="/dist/chat-blocks.iife.js"></script>'),

  '/api/widget/csp-page': async (ctx) => {
    ctx.set('Content-Security-Policy', strictCsp);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSP page</title>
<script type="module" src="/test/fixtures/csp-page.ts"></script></head>
<body><chat-blocks endpoint="/api/streams/script" adapter="sse"></chat-blocks></body></html>`;
  },
};
