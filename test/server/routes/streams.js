// Test backends for the `sse` and `fetch` adapters and the stream decoders.
//
// `/api/streams/script` plays back a reply described by the request itself
// (the adapter's `body` config is merged into the JSON it sends), so each
// test states exactly which bytes travel, in which network writes, with
// which pauses. The other routes echo what they received, or fail in ways
// a script cannot describe.
import {gate, readJson, sleep, whenReady} from '../stream.js';

/** Connections the server saw close, by the `tag` a script gave them. */
const closed = new Map();

/**
 * Writes one item of a script:
 * - a string: written as one network write (UTF-8);
 * - `{bytes: [..]}`: raw bytes, e.g. half of a multibyte character;
 * - `{pause: ms}`: waits;
 * - `{repeat, times, before, after}`: one write of `before + repeat×times + after`;
 * - `{drop: true}`: destroys the socket mid-reply;
 * - `{hold: true}`: leaves the response open until the client goes away;
 * - `{gate: name}`: waits until the test releases gate `name` (see `gate`).
 */
async function play(item, res, socket) {
  if (typeof item === 'string') res.write(Buffer.from(item, 'utf8'));
  else if (item.bytes) res.write(Buffer.from(item.bytes));
  else if (item.pause) await sleep(item.pause);
  else if (item.repeat) res.write(`${item.before ?? ''}${item.repeat.repeat(item.times)}${item.after ?? ''}`);
  else if (item.drop) socket.destroy();
  else if (item.hold) await new Promise((resolve) => res.once('close', resolve));
  else if (item.gate) await gate(item.gate, res);
}

export const routes = {
  /**
   * Body fields: `type` (Content-Type; null sends none), `status`,
   * `headers`, `writes` (see `play`), `tag` (to ask `/closed` later).
   */
  '/api/streams/script': async (ctx) => {
    const request = await readJson(ctx);
    const {type = 'text/event-stream', status = 200, headers = {}, writes = [], tag} = request;
    // Node's response directly: Koa would label an unlabelled stream itself.
    ctx.respond = false;
    const res = ctx.res;
    const socket = ctx.req.socket;
    socket.setNoDelay(true);
    if (tag) {
      closed.set(tag, {closed: false, finished: false});
      res.once('close', () => closed.set(tag, {...closed.get(tag), closed: true}));
    }
    res.writeHead(status, {...(type ? {'Content-Type': type} : {}), 'Cache-Control': 'no-cache', ...headers});
    res.flushHeaders();
    for (const item of writes) {
      if (res.destroyed || socket.destroyed) return;
      await play(item, res, socket);
    }
    if (tag) closed.set(tag, {...closed.get(tag), finished: true});
    if (!res.destroyed) res.end();
  },

  /**
   * Whether the connection of script `tag` closed, and whether its script
   * ran to the end; with `?wait=ms`, once it closed (or `ms` passed).
   */
  '/api/streams/closed': async (ctx) => {
    await whenReady(ctx, () => closed.get(ctx.query.tag)?.closed);
    ctx.body = closed.get(ctx.query.tag) ?? {closed: false, finished: false, unknown: true};
  },

  /** Echoes the request as one JSON chunk: `{content: JSON of {method, headers, body}}`. */
  '/api/streams/echo': async (ctx) => {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    const received = {method: ctx.method, headers: ctx.headers, body: text ? JSON.parse(text) : null};
    ctx.type = 'application/json';
    ctx.body = {content: JSON.stringify(received)};
  },

  /** Sets a cookie, so a test can see whether `credentials` sends it. */
  '/api/streams/cookie': async (ctx) => {
    ctx.cookies.set('chat_blocks_test', 'yes', {httpOnly: false, sameSite: 'strict'});
    ctx.body = {ok: true};
  },
};
