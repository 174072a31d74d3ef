// Runs the example servers of examples/servers/ as real processes (on ports
// the OS picks) and proxies /api/examples/<name>/… to them, streaming, so
// the widget in the browser talks to each example exactly as a page would.
import {spawn} from 'node:child_process';
import {Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {gate} from '../stream.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const commands = {
  node: ['node', ['examples/servers/node/server.js']],
  python: ['python3', ['examples/servers/python/server.py']],
  'openai-stub': ['node', ['examples/servers/openai-stub/server.js']],
  'ai-sdk': ['node', ['examples/servers/ai-sdk/server.js']],
  'python-fastapi': ['python3', ['examples/servers/python/fastapi_style.py']],
  demo: ['node', ['demo/server.js']],
};

const running = new Map();
const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));

/** Starts an example server once and resolves with its base URL. */
function start(name) {
  if (!running.has(name)) {
    const [command, args] = commands[name];
    const child = spawn(command, args, {cwd: root, env: {...process.env, PORT: '0'}, stdio: ['ignore', 'pipe', 'inherit']});
    children.push(child);
    running.set(
      name,
      new Promise((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (data) => {
          output += data;
          const match = output.match(/(http:\/\/127\.0\.0\.1:\d+)/);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`example server ${name} exited with ${code}`)));
      }),
    );
  }
  return running.get(name);
}

export const routes = {
  '/api/examples/*': async (ctx) => {
    const [, , , name, ...rest] = ctx.path.split('/');
    if (!commands[name]) {
      ctx.status = 404;
      return;
    }
    const base = await start(name);
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const controller = new AbortController();
    ctx.res.on('close', () => controller.abort());
    const response = await fetch(`${base}/${rest.join('/')}${ctx.search}`, {
      method: ctx.method,
      headers: {'content-type': ctx.get('content-type') || 'application/json'},
      body: ['GET', 'HEAD'].includes(ctx.method) ? undefined : Buffer.concat(chunks),
      signal: controller.signal,
    });
    // Node's response directly, so each piece reaches the browser as it comes.
    ctx.respond = false;
    const type = response.headers.get('content-type');
    const uiStream = response.headers.get('x-vercel-ai-ui-message-stream');
    ctx.res.writeHead(response.status, {
      ...(type ? {'Content-Type': type, 'Cache-Control': 'no-cache'} : {}),
      ...(uiStream ? {'x-vercel-ai-ui-message-stream': uiStream} : {}),
    });
    ctx.res.flushHeaders();
    if (!response.body) return ctx.res.end();
    const upstream = Readable.fromWeb(response.body).on('error', () => ctx.res.destroy());
    const hold = ctx.get('x-test-hold');
    if (!hold) return upstream.pipe(ctx.res);
    // `x-test-hold: <gate>[ <count>]`: the first `count` SSE events, NDJSON
    // lines or (for other types) bytes reach the browser on their own, and
    // the rest only once the test releases the gate: a test sees the reply
    // grow however the network merges the example's paced writes.
    const [gateName, count = '1'] = hold.split(' ');
    const separator = type?.startsWith('text/event-stream') ? '\n\n' : /ndjson|jsonl/.test(type ?? '') ? '\n' : '';
    let held = Buffer.alloc(0);
    let released = false;
    try {
      for await (const chunk of upstream) {
        if (released) {
          ctx.res.write(chunk);
          continue;
        }
        held = Buffer.concat([held, chunk]);
        const end = nthEnd(held, separator, Number(count));
        if (end === -1) continue;
        ctx.res.write(held.subarray(0, end));
        await gate(gateName, ctx.res);
        ctx.res.write(held.subarray(end));
        released = true;
      }
      ctx.res.end(released ? undefined : held);
    } catch {
      ctx.res.destroy();
    }
  },
};

/** Where the `count`th `separator` (or byte, without one) in `buffer` ends, or -1. */
function nthEnd(buffer, separator, count) {
  if (!separator) return buffer.length >= count ? count : -1;
  let end = 0;
  for (let found = 0; found < count; found++) {
    const at = buffer.indexOf(separator, end);
    if (at === -1) return -1;
    end = at + separator.length;
  }
  return end;
}
