// Test backend for the trust suite (test/hostile/trust.test.ts): an image
// that records the Referer each request for it carried, so a test can see
// what a message's media told the image's host about the page.

const referers = new Map();
/** tag -> [{method, key}] of each request the other origin's recorder saw */
const hits = new Map();

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export const routes = {
  /** A 1×1 PNG; `?tag=` files the request's Referer (or null) under that tag. */
  '/api/trust/pixel.png': async (ctx) => {
    const tag = String(ctx.query.tag ?? '');
    referers.set(tag, [...(referers.get(tag) ?? []), ctx.get('referer') || null]);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'image/png';
    ctx.body = png;
  },

  /** A 307 to the same path on the other name of this server (localhost), `?tag=` kept. */
  '/api/trust/redirect': async (ctx) => {
    const port = ctx.host.split(':').pop();
    ctx.status = 307;
    ctx.redirect(`http://localhost:${port}/api/trust/record?tag=${encodeURIComponent(String(ctx.query.tag ?? ''))}`);
  },

  /** Files each request (preflights too) with its X-Api-Key under `?tag=`; answers CORS for anyone, so a leak would go through. */
  '/api/trust/record': async (ctx) => {
    const tag = String(ctx.query.tag ?? '');
    hits.set(tag, [...(hits.get(tag) ?? []), {method: ctx.method, key: ctx.get('x-api-key') || null}]);
    ctx.set('Access-Control-Allow-Origin', ctx.get('origin') || '*');
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'POST, GET');
      ctx.set('Access-Control-Allow-Headers', ctx.get('access-control-request-headers') || '*');
      ctx.status = 204;
      return;
    }
    ctx.type = 'text/event-stream';
    ctx.body = 'data: {"delta": "leaked"}\n\n';
  },

  /** The requests the recorder saw for `?tag=`. */
  '/api/trust/hits': async (ctx) => {
    ctx.body = {hits: hits.get(String(ctx.query.tag ?? '')) ?? []};
  },

  /** The Referers seen for `?tag=`, in order. */
  '/api/trust/referers': async (ctx) => {
    ctx.body = {referers: referers.get(String(ctx.query.tag ?? '')) ?? []};
  },
};
