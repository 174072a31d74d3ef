// Upload backends for <chat-multimodal-textbox>: a real multipart/form-data
// parser, files kept in memory and served back, and the ways an upload
// server answers (URL strings, FileData objects, Gradio's list of paths),
// is slow, fails once, or fails for good.
import {randomUUID} from 'node:crypto';
import {gate, sleep} from '../stream.js';

/** id -> {name, type, bytes} */
const stored = new Map();
/** key -> 'pending' | 'done' | 'aborted' (what happened to an upload, for tests of cancel) */
const states = new Map();
/** key -> attempts (for the route that fails once) */
const attempts = new Map();

/** Reads the raw body, pausing `pause` ms after each network chunk to slow the sender down. */
async function readBody(ctx, pause = 0) {
  const chunks = [];
  for await (const chunk of ctx.req) {
    chunks.push(chunk);
    if (pause) await sleep(pause);
  }
  return Buffer.concat(chunks);
}

/** Parses a multipart/form-data body into [{name, filename, type, bytes}]. */
export function parseMultipart(body, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!boundary) throw new Error('not multipart/form-data');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    start += delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break; // closing delimiter
    start += 2; // CRLF after the delimiter
    const end = body.indexOf(delimiter, start);
    if (end === -1) throw new Error('unterminated part');
    const part = body.subarray(start, end - 2); // CRLF before the next delimiter
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    parts.push({
      name: /\bname="([^"]*)"/i.exec(disposition)?.[1],
      filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
      type: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream',
      bytes: part.subarray(headerEnd + 4),
    });
    start = end;
  }
  return parts;
}

/** Parses the request and stores its `files`; returns the stored entries. */
async function receive(ctx, pause = 0) {
  const body = await readBody(ctx, pause);
  const files = parseMultipart(body, ctx.get('content-type')).filter((part) => part.name === 'files' && part.filename !== undefined);
  return files.map((file) => {
    const id = randomUUID();
    stored.set(id, {name: file.filename, type: file.type, bytes: file.bytes});
    return {id, name: file.filename, type: file.type, size: file.bytes.length};
  });
}

const fileUrl = (file) => `/api/uploads/files/${file.id}/${encodeURIComponent(file.name)}`;

/** Tracks what happens to the upload of `?key=` (done, or aborted by the client). */
function track(ctx) {
  const key = ctx.query.key;
  if (!key) return () => {};
  states.set(key, 'pending');
  ctx.res.on('close', () => {
    if (!ctx.res.writableFinished) states.set(key, 'aborted');
  });
  return () => states.set(key, 'done');
}

export const routes = {
  // A JSON list of URL strings.
  '/api/uploads/urls': async (ctx) => {
    const files = await receive(ctx);
    ctx.body = files.map(fileUrl);
  },
  // A JSON list of FileData objects.
  '/api/uploads/filedata': async (ctx) => {
    const files = await receive(ctx);
    ctx.body = files.map((file) => ({url: fileUrl(file), name: `server-${file.name}`, mime_type: file.type, size: file.size}));
  },
  // Gradio's /gradio_api/upload: a list of server paths.
  '/api/uploads/gradio': async (ctx) => {
    const files = await receive(ctx);
    ctx.body = files.map((file) => `/tmp/gradio/${file.id}/${file.name}`);
  },
  // Reads the body slowly, then waits `?delay=` ms, or until the test
  // releases gate `?hold=` (see test/server/stream.js), before answering with URLs.
  '/api/uploads/slow': async (ctx) => {
    const done = track(ctx);
    let files;
    try {
      files = await receive(ctx, Number(ctx.query.pause ?? 5));
    } catch {
      return; // the client went away mid-body
    }
    if (ctx.query.hold) await gate(String(ctx.query.hold), ctx.res);
    else await sleep(Number(ctx.query.delay ?? 500));
    if (ctx.res.destroyed) return;
    ctx.body = files.map(fileUrl);
    done();
  },
  // Fails for good.
  '/api/uploads/fail': async (ctx) => {
    await receive(ctx);
    ctx.status = 500;
    ctx.body = {error: 'disk full'};
  },
  // Fails the first upload of each `?key=`, then works.
  '/api/uploads/flaky': async (ctx) => {
    const files = await receive(ctx);
    const key = ctx.query.key ?? '';
    const count = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, count);
    if (count === 1) {
      ctx.status = 503;
      ctx.body = {detail: 'try later'};
      return;
    }
    ctx.body = files.map(fileUrl);
  },
  // Not JSON.
  '/api/uploads/html': async (ctx) => {
    await receive(ctx);
    ctx.type = 'text/html';
    ctx.body = '<html>oops</html>';
  },
  // What happened to the upload of `?key=`.
  '/api/uploads/status': async (ctx) => {
    ctx.body = {state: states.get(ctx.query.key) ?? 'unknown'};
  },
  // The stored files, served back with their type.
  '/api/uploads/files/*': async (ctx) => {
    const id = ctx.path.split('/')[4];
    const file = stored.get(id);
    if (!file) {
      ctx.status = 404;
      return;
    }
    ctx.type = file.type;
    ctx.body = file.bytes;
  },
};
