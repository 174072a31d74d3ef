// An upload server that remembers how it was asked: the headers and the
// cookies of each upload, so tests can see that `<chat-blocks>` sends its
// `headers` and `credentials` with uploads. It answers CORS for any origin
// (with credentials), so a page can reach it as another origin
// (http://localhost:<port> from http://127.0.0.1:<port>).
import {parseMultipart} from './uploads.js';

/** key -> {headers, cookie, files: [{name, type, size}]} of the last upload */
const seen = new Map();

async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** CORS for the page's origin, cookies included; answers preflights. Returns true for a preflight. */
function cors(ctx) {
  const origin = ctx.get('origin');
  if (origin) {
    ctx.set('Access-Control-Allow-Origin', origin);
    ctx.set('Access-Control-Allow-Credentials', 'true');
    ctx.set('Vary', 'Origin');
  }
  if (ctx.method !== 'OPTIONS') return false;
  ctx.set('Access-Control-Allow-Methods', 'POST, GET');
  ctx.set('Access-Control-Allow-Headers', ctx.get('access-control-request-headers') || '*');
  ctx.status = 204;
  return true;
}

export const routes = {
  // Stores nothing: answers a URL per file and remembers the request under `?key=`.
  '/api/upload-echo/upload': async (ctx) => {
    if (cors(ctx)) return;
    const files = parseMultipart(await readBody(ctx), ctx.get('content-type')).filter((part) => part.name === 'files');
    seen.set(ctx.query.key ?? '', {
      headers: ctx.headers,
      cookie: ctx.get('cookie'),
      files: files.map((file) => ({name: file.filename, type: file.type, size: file.bytes.length})),
    });
    ctx.body = files.map((file) => `https://files.example/${ctx.query.key ?? ''}/${encodeURIComponent(file.filename)}`);
  },
  // Sets a cookie for this host that a cross-site request may carry: a
  // partitioned one (CHIPS), as Chromium blocks other third-party cookies.
  '/api/upload-echo/cookie': async (ctx) => {
    if (cors(ctx)) return;
    ctx.set('Set-Cookie', 'upload_echo=yes; Path=/; SameSite=None; Secure; Partitioned');
    ctx.body = {ok: true};
  },
  // What the upload of `?key=` carried.
  '/api/upload-echo/seen': async (ctx) => {
    if (cors(ctx)) return;
    ctx.body = seen.get(ctx.query.key) ?? null;
  },
};
