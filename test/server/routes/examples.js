// Runs the example servers of examples/servers/ as real processes (on ports
// the OS picks) and proxies /api/examples/<name>/… to them, streaming, so
// the widget in the browser talks to each example exactly as a page would.
import {spawn} from 'node:child_process';
import {Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';

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
    Readable.fromWeb(response.body)
      .on('error', () => ctx.res.destroy())
      .pipe(ctx.res);
  },
};
