// The demo backend: serves the demo page, the built widget, and the bots of
// Gradio's chatbot guide over SSE and over a plain streamed fetch response.
// Plain Node, no dependencies. `npm start` runs it after building.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {bots} from './bots.js';
import {strictCsp} from './csp.js';

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

// The demo page runs under the strict policy (demo/csp.js) and may not be framed.
const csp = `${strictCsp}; font-src 'self'; frame-ancestors 'none'`;

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
  // SSE: each event is one JSON-encoded chunk, so spaces and newlines survive.
  // fetch: plain streamed text, or NDJSON when the bot yields structured chunks.
  const structured = botName === 'showcase';
  response.writeHead(200, {
    'Content-Type': transport === 'sse' ? 'text/event-stream' : structured ? 'application/x-ndjson' : 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
  });
  for await (const chunk of bot(body, controller.signal)) {
    if (controller.signal.aborted) return;
    if (transport === 'sse') response.write(`data: ${JSON.stringify(chunk)}\n\n`);
    else response.write(structured ? `${JSON.stringify(chunk)}\n` : chunk);
  }
  if (transport === 'sse') response.write('data: [DONE]\n\n');
  response.end();
}

/** Uploaded files, kept in memory (the newest 100) for the multimodal bot. */
const uploads = new Map();
const maxUploadBytes = 20 * 1024 * 1024;

/** POST /api/upload (multipart, field `files`): answers a JSON list of FileData, one per file. */
async function upload(request, response) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > maxUploadBytes) {
      response.writeHead(413, {'Content-Type': 'application/json'});
      return response.end(JSON.stringify({error: 'Files over 20 MB are not accepted by the demo.'}));
    }
    chunks.push(chunk);
  }
  const form = await new Request('http://demo/', {
    method: 'POST',
    headers: {'content-type': request.headers['content-type'] ?? ''},
    body: Buffer.concat(chunks),
  }).formData();
  const result = [];
  for (const file of form.getAll('files')) {
    if (typeof file === 'string') continue;
    const id = crypto.randomUUID();
    uploads.set(id, {type: file.type || 'application/octet-stream', bytes: Buffer.from(await file.arrayBuffer())});
    if (uploads.size > 100) uploads.delete(uploads.keys().next().value);
    result.push({url: `/api/files/${id}`, name: file.name, mime_type: file.type, size: file.size});
  }
  response.writeHead(200, {'Content-Type': 'application/json'});
  response.end(JSON.stringify(result));
}

function serveUpload(response, id) {
  const file = uploads.get(id);
  if (!file) {
    response.writeHead(404, {'Content-Type': 'text/plain'});
    return response.end('Not found');
  }
  // Served as a download-safe type: never as a page of this origin.
  response.writeHead(200, {
    'Content-Type': file.type,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'",
    'Content-Disposition': 'inline',
  });
  response.end(file.bytes);
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
    if (url.pathname === '/api/upload' && request.method === 'POST') return await upload(request, response);
    const file = url.pathname.match(/^\/api\/files\/([\w-]+)$/);
    if (file) return serveUpload(response, file[1]);
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
  console.log(`chat-blocks demo: http://${host}:${server.address().port}/`);
});
