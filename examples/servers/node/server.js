// A complete chat-blocks backend in plain Node (no dependencies).
//
//   POST /chat        → Server-Sent Events:  data: {"delta":"…"}\n\n … data: [DONE]\n\n
//   POST /chat.ndjson → NDJSON:              {"delta":"…"}\n …
//
// The widget sends {"message", "files", "messages", …body}. Run:
//   node examples/servers/node/server.js        (PORT=8787 by default)
//   <chat-blocks endpoint="http://127.0.0.1:8787/chat"></chat-blocks>
import {createServer} from 'node:http';

const port = Number(process.env.PORT ?? 8787);

/** The "model": echoes the message back, word by word, with a little markdown. */
function* answer({message = '', files = []}) {
  const attached = files.length ? ` and ${files.length} file${files.length > 1 ? 's' : ''}` : '';
  const words = `You said **${message || '(nothing)'}**${attached}.`.split(/(?<= )/);
  yield* words;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

const cors = {
  // Allow a page on another origin to call this server; narrow this in production.
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
};

const server = createServer(async (request, response) => {
  if (request.method === 'OPTIONS') {
    response.writeHead(204, cors);
    return response.end();
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'POST' || !['/chat', '/chat.ndjson'].includes(url.pathname)) {
    response.writeHead(404, {'Content-Type': 'application/json', ...cors});
    return response.end(JSON.stringify({error: 'Not found'}));
  }
  let body;
  try {
    body = await readJson(request);
  } catch {
    response.writeHead(400, {'Content-Type': 'application/json', ...cors});
    return response.end(JSON.stringify({error: 'The request body must be JSON.'}));
  }
  let closed = false;
  response.on('close', () => (closed = true));
  const sse = url.pathname === '/chat';
  response.writeHead(200, {
    'Content-Type': sse ? 'text/event-stream' : 'application/x-ndjson',
    'Cache-Control': 'no-cache',
    ...cors,
  });
  for (const delta of answer(body)) {
    if (closed) return; // The user pressed stop: stop generating.
    const chunk = JSON.stringify({delta});
    response.write(sse ? `data: ${chunk}\n\n` : `${chunk}\n`);
    await sleep(50);
  }
  response.end(sse ? 'data: [DONE]\n\n' : '');
});

server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
