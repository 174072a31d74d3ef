// The backend of the framework example pages (examples/frameworks/): an SSE
// echo that streams "Echo: <message>" word by word ("Echo (<page>): …" when
// the request's body names a `page`). With `?hold=<tag>` it
// stops after the first word until `/api/frameworks/release?tag=<tag>`, so a
// test sees a reply mid-stream for as long as it needs. Also serves the
// React example page rendered on the server (react-ssr.js).
import {readJson, startStream} from '../stream.js';
import {renderReactPage} from '../react-ssr.js';

/** Held replies, by tag: calling the function lets the reply finish. */
const held = new Map();
const release = (tag) => new Promise((resolve) => held.set(tag, resolve));

export const routes = {
  '/api/frameworks/echo': async (ctx) => {
    const {message = '', page} = await readJson(ctx);
    const stream = startStream(ctx, 'text/event-stream');
    const send = (delta) => stream.write(`data: ${JSON.stringify({delta})}\n\n`);
    send(page ? `Echo (${page}):` : 'Echo:');
    (async () => {
      if (ctx.query.hold) await release(ctx.query.hold);
      for (const word of String(message).split(/\s+/).filter(Boolean)) send(` ${word}`);
      stream.write('data: [DONE]\n\n');
      stream.end();
    })();
  },

  '/api/frameworks/release': async (ctx) => {
    const resolve = held.get(ctx.query.tag);
    held.delete(ctx.query.tag);
    resolve?.();
    ctx.body = {released: Boolean(resolve)};
  },

  /** `?react=18|19&endpoint=…`: the HTML `renderToString` makes of the React example page. */
  '/api/frameworks/react-ssr': async (ctx) => {
    ctx.type = 'text/html';
    ctx.body = await renderReactPage(ctx.query.react === '18' ? '18' : '19', {endpoint: String(ctx.query.endpoint ?? '')});
  },
};
