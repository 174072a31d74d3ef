// Test backend for the trust suite (test/hostile/trust.test.ts): an image
// that records the Referer each request for it carried, so a test can see
// what a message's media told the image's host about the page.

const referers = new Map();

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

  /** The Referers seen for `?tag=`, in order. */
  '/api/trust/referers': async (ctx) => {
    ctx.body = {referers: referers.get(String(ctx.query.tag ?? '')) ?? []};
  },
};
