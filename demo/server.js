// The demo backend: serves the demo page, the built widget, and the bots of
// Gradio's chatbot guide over SSE and over a plain streamed fetch response.
// Plain Node, no dependencies. `npm start` runs it after building.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {bots} from './bots.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

// The demo page runs under a strict Content-Security-Policy: no inline
// script or style, no eval. The widget must work under it.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

/** POST /api/<bot>/<sse|fetch>: streams the bot's reply. */
async function chat(request, response, botName, transport) {
  const bot = bots[botName];
  if (!bot || !['sse', 'fetch'].includes(transport)) {
    response.writeHead(404, {'Content-Type': 'application/json'});
    return response.end(JSON.stringify({error: `No bot ${botName} over ${transport}`}));
  }
  let body;
  try {
    body = await readBody(request);
  } catch {
    response.writeHead(400, {'Content-Type': 'application/json'});
    return response.end(JSON.stringify({error: 'The request body is not JSON.'}));
  }
  const controller = new AbortController();
  response.on('close', () => controller.abort());
  response.writeHead(200, {
    'Content-Type': transport === 'sse' ? 'text/event-stream' : 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
  });
  for await (const piece of bot(body, controller.signal)) {
    if (controller.signal.aborted) return;
    // SSE: each event is one JSON-encoded text chunk, so spaces and newlines survive.
    response.write(transport === 'sse' ? `data: ${JSON.stringify(piece)}\n\n` : piece);
  }
  if (transport === 'sse') response.write('data: [DONE]\n\n');
  response.end();
}

async function serveFile(response, path) {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    response.writeHead(403);
    return response.end();
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const headers = {'Content-Type': types[extname(file)] ?? 'application/octet-stream'};
    if (extname(file) === '.html') headers['Content-Security-Policy'] = csp;
    response.writeHead(200, headers);
    response.end(await readFile(file));
  } catch {
    response.writeHead(404, {'Content-Type': 'text/plain'});
    response.end('Not found');
  }
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
  try {
    const api = url.pathname.match(/^\/api\/([\w-]+)\/([\w-]+)$/);
    if (api && request.method === 'POST') return await chat(request, response, api[1], api[2]);
    if (url.pathname === '/') return await serveFile(response, 'demo/index.html');
    if (url.pathname === '/favicon.ico') return await serveFile(response, 'demo/favicon.svg');
    if (url.pathname.startsWith('/demo/') || url.pathname.startsWith('/dist/')) return await serveFile(response, url.pathname);
    response.writeHead(404, {'Content-Type': 'text/plain'});
    response.end('Not found');
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, {'Content-Type': 'application/json'});
    response.end(JSON.stringify({error: 'The demo server failed.'}));
  }
});

server.listen(port, host, () => {
  console.log(`chat-blocks demo: http://${host}:${port}/`);
});
