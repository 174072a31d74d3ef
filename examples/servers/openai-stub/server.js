// A stub of the OpenAI Chat Completions API (the shape Ollama, vLLM,
// llama.cpp's server and LM Studio also serve), for trying the `openai`
// adapter without a model. It streams `chat.completion.chunk` events:
//
//   data: {"id":"…","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"reasoning_content":"…"}}]}
//   data: {"id":"…","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"…"}}]}
//   data: {"id":"…","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}
//   data: [DONE]
//
// With "think": true in the request body it reasons first (reasoning_content).
// A request without a model fails the way the API does: 400 {"error":{"message":…}}.
// Run: node examples/servers/openai-stub/server.js   (PORT=8789 by default)
//      <chat-blocks adapter="openai" model="stub" endpoint="http://127.0.0.1:8789/v1/chat/completions"></chat-blocks>
import {createServer} from 'node:http';

const port = Number(process.env.PORT ?? 8789);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/** The text of the last user message, whether a string or content parts. */
function lastUserText(messages = []) {
  const last = [...messages].reverse().find((message) => message.role === 'user');
  if (!last) return '';
  if (typeof last.content === 'string') return last.content;
  return last.content.map((part) => (part.type === 'text' ? part.text : `[${part.type}]`)).join(' ');
}

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
};

const server = createServer(async (request, response) => {
  if (request.method === 'OPTIONS') {
    response.writeHead(204, cors);
    return response.end();
  }
  const fail = (status, message, type = 'invalid_request_error') => {
    response.writeHead(status, {'Content-Type': 'application/json', ...cors});
    response.end(JSON.stringify({error: {message, type, code: null}}));
  };
  if (request.method !== 'POST' || !request.url?.startsWith('/v1/chat/completions')) return fail(404, 'Unknown route');
  let body;
  try {
    body = await readJson(request);
  } catch {
    return fail(400, 'We could not parse the JSON body of your request.');
  }
  if (!body.model) return fail(400, 'you must provide a model parameter');

  const id = `chatcmpl-${Date.now()}`;
  const chunk = (delta, finish_reason = null) =>
    JSON.stringify({
      id,
      object: 'chat.completion.chunk',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{index: 0, delta, finish_reason}],
    });
  const reasoning = body.think ? ['Let me ', 'think about ', 'that.'] : [];
  const words = `You said: ${lastUserText(body.messages)}`.split(/(?<= )/);

  if (body.stream !== true) {
    response.writeHead(200, {'Content-Type': 'application/json', ...cors});
    return response.end(
      JSON.stringify({
        id,
        object: 'chat.completion',
        model: body.model,
        choices: [{index: 0, message: {role: 'assistant', content: words.join('')}, finish_reason: 'stop'}],
      }),
    );
  }
  let closed = false;
  response.on('close', () => (closed = true));
  response.writeHead(200, {'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', ...cors});
  response.write(`data: ${chunk({role: 'assistant', content: ''})}\n\n`);
  for (const piece of reasoning) {
    if (closed) return;
    response.write(`data: ${chunk({reasoning_content: piece})}\n\n`);
    await sleep(20);
  }
  for (const piece of words) {
    if (closed) return;
    response.write(`data: ${chunk({content: piece})}\n\n`);
    await sleep(20);
  }
  response.write(`data: ${chunk({}, 'stop')}\n\n`);
  response.end('data: [DONE]\n\n');
});

server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
