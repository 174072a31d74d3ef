// A Gradio app's HTTP API, as Gradio's guide "Querying Gradio Apps with
// Curl" documents it (and gradio/routes.py implements it):
//   POST {app}/gradio_api/upload            multipart `files` → ["<server path>", …]
//   POST {app}/gradio_api/call/{api_name}   {"data": [...]} → {"event_id": "…"}
//   GET  {app}/gradio_api/call/{api_name}/{event_id}
//        SSE: `event: generating|complete|error|heartbeat`, `data:` the JSON list of outputs
// Each app under /api/gradio/<app>/ behaves as one kind of chat function.
import {createHash, randomUUID} from 'node:crypto';
import {sleep, startStream, whenReady} from '../stream.js';

const jobs = new Map();
const uploads = new Map();
const closed = new Map();

async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Splits a multipart/form-data body into its parts: {name, filename, type, data}. */
function parseMultipart(body, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after the delimiter and before the next
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    parts.push({
      name: /name="([^"]*)"/.exec(headers)?.[1],
      filename: /filename="([^"]*)"/.exec(headers)?.[1],
      type: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1],
      data: part.subarray(headerEnd + 4),
    });
    start = next;
  }
  return parts;
}

const event = (name, data) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

/** What each app's chat function does with (message, history), as the SSE it produces. */
const apps = {
  /** Answers with what it received, as one string output. */
  async echo(stream, job) {
    const [message, history] = job.data;
    const files = (typeof message === 'object' && message?.files) || [];
    const received = {
      data: job.data,
      body: job.body,
      uploads: files.map((file) => {
        const stored = uploads.get(file.path);
        return stored && {name: stored.name, type: stored.type, text: stored.data.toString('utf8')};
      }),
      historyUploads: history.filter((m) => typeof m.content === 'object').map((m) => uploads.get(m.content.path)?.data.toString('utf8')),
      authorization: job.authorization,
    };
    stream.write(event('complete', [JSON.stringify(received)]));
  },

  /** A generator yielding the whole text so far, with heartbeats between. */
  async stream(stream) {
    let text = '';
    for (const word of ['Hello', ' there', ', friend']) {
      text += word;
      stream.write(event('generating', [text]));
      await sleep(20);
      stream.write(event('heartbeat', null));
    }
    stream.write(event('complete', [text]));
  },

  /** A ChatInterface generator yielding lists of ChatMessages: a thought, then the answer. */
  async thoughts(stream) {
    const thought = (content, status) => ({
      role: 'assistant',
      content,
      metadata: {title: 'Searching', status, log: null, duration: status === 'done' ? 0.5 : null},
    });
    stream.write(event('generating', [[thought('Looking', 'pending')]]));
    await sleep(20);
    stream.write(event('generating', [[thought('Looking it up', 'pending')]]));
    await sleep(20);
    stream.write(event('generating', [[thought('Looking it up', 'done'), {role: 'assistant', content: 'Found', metadata: null}]]));
    await sleep(20);
    const last = [thought('Looking it up', 'done'), {role: 'assistant', content: 'Found it.', metadata: null}];
    stream.write(event('generating', [last]));
    stream.write(event('complete', [last]));
  },

  /** A Blocks app: `respond(message, history)` returns ("", history + the reply); an image in the reply. */
  async blocks(stream, job) {
    const [message, history] = job.data;
    const reply = [
      ...history,
      {role: 'user', content: message},
      {role: 'assistant', content: 'Here is a picture:'},
      {
        role: 'assistant',
        content: {
          path: '/tmp/gradio/abc/cat.png',
          url: null,
          orig_name: 'cat.png',
          mime_type: 'image/png',
          meta: {_type: 'gradio.FileData'},
        },
      },
    ];
    stream.write(event('complete', ['', reply]));
  },

  /** gr.Error("…") raised after some text. */
  async error(stream) {
    stream.write(event('generating', ['Partial']));
    await sleep(20);
    stream.write(event('error', {error: 'Out of GPU memory', duration: null, visible: true, title: 'Error'}));
  },

  /** An exception in an app that does not show errors: `data: null`. */
  async 'error-null'(stream) {
    stream.write(event('error', null));
  },

  /** Heartbeats, then words forever until the client goes away. */
  async endless(stream) {
    let text = '';
    for (let i = 0; i < 500 && !stream.closed(); i++) {
      text += `${i} `;
      stream.write(event('generating', [text]));
      await sleep(20);
    }
  },
};

export const routes = {
  '/api/gradio/*': async (ctx) => {
    const match = /^\/api\/gradio\/([^/]+)\/gradio_api\/(upload|call\/([^/]+)(?:\/([^/]+))?)$/.exec(ctx.path);
    if (!match) {
      if (ctx.path === '/api/gradio/closed') {
        // With `?wait=ms`: once the connection closed (or `ms` passed).
        await whenReady(ctx, () => closed.get(ctx.query.tag));
        ctx.body = {closed: closed.get(ctx.query.tag) ?? false};
      } else {
        ctx.status = 404;
      }
      return;
    }
    const [, app, route, , eventId] = match;
    if (route === 'upload' && ctx.method === 'POST') {
      const parts = parseMultipart(await readBody(ctx), ctx.get('content-type')).filter((part) => part.name === 'files');
      ctx.body = parts.map((part) => {
        const path = `/tmp/gradio/${createHash('sha1').update(part.data).digest('hex')}/${part.filename}`;
        uploads.set(path, {name: part.filename, type: part.type, data: part.data});
        return path;
      });
      return;
    }
    if (!apps[app]) {
      ctx.status = 404;
      ctx.body = {detail: 'Not Found'};
      return;
    }
    if (!eventId && ctx.method === 'POST') {
      const body = JSON.parse((await readBody(ctx)).toString('utf8'));
      if (!Array.isArray(body.data)) {
        ctx.status = 422;
        ctx.body = {detail: [{type: 'list_type', loc: ['body', 'data'], msg: 'Input should be a valid list'}]};
        return;
      }
      const id = randomUUID().replaceAll('-', '');
      jobs.set(id, {data: body.data, body, authorization: ctx.get('authorization')});
      ctx.body = {event_id: id};
      return;
    }
    if (eventId && ctx.method === 'GET') {
      const job = jobs.get(eventId);
      if (!job) {
        ctx.status = 404;
        ctx.body = {detail: 'Event not found'};
        return;
      }
      const tag = ctx.get('x-test-tag');
      const stream = startStream(ctx, 'text/event-stream; charset=utf-8');
      if (tag) {
        closed.set(tag, false);
        ctx.res.once('close', () => closed.set(tag, true));
      }
      apps[app](stream, job).then(() => stream.closed() || stream.end());
      return;
    }
    ctx.status = 405;
  },
};
