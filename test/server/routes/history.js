// Backends for the history tests: a page's own history server (the README's
// "load `messages` from your server, save on `chat-change`" pattern), and a
// page with a persisting <chat-blocks> that a test reloads in an iframe.
import {readJson} from '../stream.js';

/** Conversations by id, as the page's server keeps them. */
const conversations = new Map();
const seeded = [
  {role: 'user', content: 'What did we say yesterday?'},
  {role: 'assistant', content: 'That **tests** run over real HTTP.'},
];

export const routes = {
  /** GET: the conversation `id` (a seeded one for a new id); PUT: replaces it. */
  '/api/history': async (ctx) => {
    const id = String(ctx.query.id ?? '');
    if (ctx.method === 'PUT') {
      conversations.set(id, await readJson(ctx));
      ctx.status = 204;
      return;
    }
    ctx.body = conversations.get(id) ?? seeded;
  },

  /** A page whose <chat-blocks persist="local" storage-key="{key}"> streams from the scripted route. */
  '/api/history/page': async (ctx) => {
    const key = String(ctx.query.key ?? 'chat-blocks').replace(/[^\w-]/g, '');
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Persisting chat</title>
<script type="module" src="/src/index.ts"></script></head>
<body><chat-blocks persist="local" storage-key="${key}" endpoint="/api/streams/script"></chat-blocks></body></html>`;
  },
};
