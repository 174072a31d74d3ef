// Pages for the sanitizer-fallback test: the self-contained bundle from dist/
// under the strict CSP with Trusted Types enforced, in a browser that has the
// HTML Sanitizer API and in one where a script removed it before the widget
// loaded (as in a browser without it), so the widget fetches DOMPurify.
import {strictCsp} from '../../../demo/csp.js';

/**
 * The reply both pages show: markdown, code, raw HTML (hostile too), an
 * image from the page's own origin, one from another origin (blocked by
 * `image-sources="same-origin"`), each tagged for the pixel route to count.
 */
function reply(tag, port) {
  return [
    '# Title\n\nSome **bold**, *em*, ~~gone~~ and `code`, a [link](https://example.com/ "t") and <https://example.com/auto>.\n',
    '- [x] done\n- [ ] todo\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n> quoted\n',
    '```js\nconst answer = 42; // the answer\n```\n',
    `![allowed](/api/trust/pixel.png?tag=${tag}-allowed) and ![blocked](http://localhost:${port}/api/trust/pixel.png?tag=${tag}-blocked)\n`,
    '<details open><summary>More</summary><kbd>Ctrl</kbd> <thinking>unknown tag</thinking> <span class="hljs-string other" id="x">s</span></details>\n',
    '<img src=x onerror="window.__xss(\'onerror\')"><script>window.__xss("script")</script><a href="javascript:window.__xss(\'a\')">a</a>',
    '<svg onload="window.__xss(\'svg\')"><circle r="1"/></svg><form><button>go</button></form><style>body{display:none}</style>\n',
    '<math><mi>x</mi><mo>=</mo><mn>1</mn></math>\n\nThe end.',
  ].join('\n');
}

export const routes = {
  /** `?api=none|native&tag=…`: a page with `<chat-blocks>`; with `api=none` the HTML Sanitizer API is removed first. */
  '/api/sanitizer/page': async (ctx) => {
    const tag = String(ctx.query.tag ?? '');
    if (!/^[\w-]+$/.test(tag)) {
      ctx.status = 400;
      return;
    }
    const removeApi = ctx.query.api === 'none' ? '<script src="/api/sanitizer/remove-api.js"></script>' : '';
    ctx.set('Content-Security-Policy', `${strictCsp}; require-trusted-types-for 'script'`);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sanitizer page</title>
${removeApi}
<script type="module" src="/dist/chat-blocks.bundle.js"></script></head>
<body><chat-blocks endpoint="/api/sanitizer/reply?tag=${tag}" image-sources="same-origin"></chat-blocks></body></html>`;
  },

  /** Run before the widget: the page then looks like a browser without the HTML Sanitizer API. */
  '/api/sanitizer/remove-api.js': async (ctx) => {
    ctx.type = 'text/javascript';
    ctx.body = `delete Element.prototype.setHTML;
delete ShadowRoot.prototype.setHTML;
delete Document.parseHTML;
delete window.Sanitizer;
`;
  },

  /** Answers any message with the reply above, as Server-Sent Events. */
  '/api/sanitizer/reply': async (ctx) => {
    for await (const chunk of ctx.req) void chunk;
    const port = ctx.host.split(':')[1] ?? '80';
    ctx.type = 'text/event-stream';
    ctx.body = `data: ${JSON.stringify({delta: reply(String(ctx.query.tag ?? ''), port)})}\n\ndata: [DONE]\n\n`;
  },
};
