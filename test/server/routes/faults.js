// A backend that misbehaves on purpose, the same way for every adapter, and
// counts what it saw: the widget-level robustness tests (timeouts, aborts,
// failures, automatic retries) run against it with `sse`, `fetch`, `openai`
// and `gradio` alike.
//
// The element's `body` property reaches every adapter's request (sse/fetch:
// merged into `{message, files, messages}`; openai: into `{model, messages,
// stream}`; gradio: into `{data}`), so each request carries its own plan:
//
//   body = {fault: {tag: 'unique', attempts: [plan, plan, …]}}
//
// Hit n of a tag plays attempts[min(n, last)]. A plan:
//   before the first byte: `status` (+ `headers`, `body` text, `type`),
//     `drop` (close the connection with no usable response: the page's
//     request fails as if the connection dropped), `holdHeaders` (send nothing
//     until the client goes away), `delayHeaders` (ms before the headers);
//   then the stream: `type` (Content-Type, default text/event-stream) and
//     `writes`: strings (one network write each), `{pause: ms}`,
//     `{drop: true}` (destroy the socket), `{hold: true}` (stay open until
//     the client goes away), `{waitFor: 'name'}` (stay open until the test
//     asks `GET /api/faults/release?tag=&name=`).
//
// `POST /api/faults/reply` answers sse, fetch and openai requests.
// `/api/faults/gradio/gradio_api/call/<api>` is a Gradio app: the POST
// plays the "before the first byte" part of the plan (or answers an
// event_id), the GET of the event plays `writes`.
// `GET /api/faults/seen?tag=` tells what the server saw of a tag:
// `{hits: [ms since the first], closed: n, finished: n}`, where `closed`
// counts responses the client (or a `drop`) cut short.
import {randomUUID} from 'node:crypto';
import {readJson, sleep, whenReady} from '../stream.js';

/** By tag: times of the first requests, and how many streams closed or ran to the end. */
const seen = new Map();
/** Gradio jobs waiting for their GET, by event id. */
const jobs = new Map();
/** Streams paused at a `waitFor`, by `tag name`: the function that resumes them. */
const waiting = new Map();
/** Releases asked for before the stream reached its `waitFor`. */
const released = new Set();

/** Resolves when the test releases `name` of `tag`, or the client goes away. */
function waitFor(tag, name, res) {
  const id = `${tag} ${name}`;
  if (released.delete(id)) return Promise.resolve();
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    res.once('close', resolve);
  });
}

function record(tag) {
  const entry = seen.get(tag) ?? {start: Date.now(), hits: [], closed: 0, finished: 0};
  entry.hits.push(Date.now() - entry.start);
  seen.set(tag, entry);
  return entry;
}

/** The plan of the next hit of the request's fault. */
function nextPlan(request) {
  const fault = request.fault ?? {};
  const attempts = fault.attempts ?? [{}];
  const n = fault.tag ? (seen.get(fault.tag)?.hits.length ?? 0) : 0;
  return {tag: fault.tag, plan: attempts[Math.min(n, attempts.length - 1)] ?? {}};
}

/**
 * What a planned `drop` sends before it closes the connection: a response
 * head with two different lengths, which Chromium refuses as a network error
 * (ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH) on any port. Closing the
 * socket without a byte is not enough: Chrome silently sends a request again
 * when a connection it holds as reused (one that served a response, or one
 * it opened ahead of need) closes before any response, and the page would
 * see the plan's next answer instead of the failure. It never resends a
 * request whose response it refused.
 */
const refusedResponse = 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n';

/**
 * Answers the request with its plan's first part; returns the tag and plan
 * when the stream is still to be played, or undefined when it answered.
 */
async function answer(ctx, request) {
  const {tag, plan} = nextPlan(request);
  ctx.status = 200; // Koa's view of a response written by hand.
  ctx.respond = false;
  if (tag) record(tag);
  if (await playBeforeResponse(ctx, tag, plan)) return undefined;
  return {tag, plan};
}

/**
 * Plays the part of a plan that happens before a normal response starts.
 * Returns true when it answered (an error status, a drop, held headers).
 */
async function playBeforeResponse(ctx, tag, plan) {
  const res = ctx.res;
  const socket = ctx.req.socket;
  if (plan.delayHeaders) await sleep(plan.delayHeaders);
  if (plan.drop) {
    socket.end(refusedResponse);
    return true;
  }
  if (plan.holdHeaders) {
    await new Promise((resolve) => res.once('close', resolve));
    const entry = seen.get(tag);
    if (entry) entry.closed++;
    return true;
  }
  if (plan.status && plan.status >= 300) {
    res.writeHead(plan.status, {'Content-Type': plan.type ?? 'application/json', ...(plan.headers ?? {})});
    res.end(plan.body ?? '');
    return true;
  }
  return false;
}

/** Streams `writes`, noting whether the client went away before the end. */
async function playStream(ctx, tag, plan) {
  const res = ctx.res;
  const socket = ctx.req.socket;
  socket.setNoDelay(true);
  const entry = tag ? seen.get(tag) : undefined;
  // 'close' also follows a normal end: only a stream cut short counts.
  if (entry) res.once('close', () => res.writableFinished || entry.closed++);
  res.writeHead(200, {'Content-Type': plan.type ?? 'text/event-stream', 'Cache-Control': 'no-cache', ...(plan.headers ?? {})});
  res.flushHeaders();
  for (const item of plan.writes ?? []) {
    if (res.destroyed || socket.destroyed) return;
    if (typeof item === 'string') res.write(Buffer.from(item, 'utf8'));
    else if (item.pause) await sleep(item.pause);
    else if (item.drop) socket.destroy();
    else if (item.hold) await new Promise((resolve) => res.once('close', resolve));
    else if (item.waitFor) await waitFor(tag, item.waitFor, res);
  }
  if (entry && !res.destroyed) entry.finished++;
  if (!res.destroyed) res.end();
}

export const routes = {
  '/api/faults/reply': async (ctx) => {
    const started = await answer(ctx, await readJson(ctx));
    if (started) await playStream(ctx, started.tag, started.plan);
  },

  '/api/faults/gradio/*': async (ctx) => {
    const match = /^\/api\/faults\/gradio\/gradio_api\/call\/[^/]+(?:\/([^/]+))?$/.exec(ctx.path);
    if (!match) {
      ctx.status = 404;
      ctx.body = {detail: 'Not Found'};
      return;
    }
    const eventId = match[1];
    if (!eventId && ctx.method === 'POST') {
      const started = await answer(ctx, await readJson(ctx));
      if (!started) return;
      const id = randomUUID().replaceAll('-', '');
      jobs.set(id, started);
      ctx.res.writeHead(200, {'Content-Type': 'application/json'});
      ctx.res.end(JSON.stringify({event_id: id}));
      return;
    }
    const job = eventId && ctx.method === 'GET' ? jobs.get(eventId) : undefined;
    if (!job) {
      ctx.status = 404;
      ctx.body = {detail: 'Event not found'};
      return;
    }
    jobs.delete(eventId);
    ctx.status = 200;
    ctx.respond = false;
    await playStream(ctx, job.tag, {type: 'text/event-stream; charset=utf-8', ...job.plan});
  },

  '/api/faults/release': async (ctx) => {
    const id = `${ctx.query.tag} ${ctx.query.name}`;
    const resume = waiting.get(id);
    if (resume) {
      waiting.delete(id);
      resume();
    } else {
      released.add(id);
    }
    ctx.body = {released: true};
  },

  /** With `?wait=ms`: once a response of the tag closed early (or `ms` passed). */
  '/api/faults/seen': async (ctx) => {
    await whenReady(ctx, () => seen.get(ctx.query.tag)?.closed > 0);
    const entry = seen.get(ctx.query.tag);
    ctx.body = entry ? {hits: entry.hits, closed: entry.closed, finished: entry.finished} : {hits: [], closed: 0, finished: 0};
  },
};
