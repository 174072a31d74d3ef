// A chat-blocks backend built with the Vercel AI SDK: the route `useChat`
// expects, unchanged, answered with the UI message stream.
//
//   POST /api/chat  {id, messages: UIMessage[], trigger}  →  UI message stream (SSE,
//                   header x-vercel-ai-ui-message-stream: v1):
//                   data: {"type":"start"} … {"type":"reasoning-delta",…} … {"type":"text-delta","delta":"…"} … data: [DONE]
//
// <chat-blocks adapter="ai-sdk" endpoint="http://127.0.0.1:8789/api/chat"></chat-blocks>
//
// The model here is an echo stand-in from `ai/test`, so the example runs
// without a key; a real server passes a provider's model instead, e.g.
// `model: openai('gpt-4o-mini')` from `@ai-sdk/openai`. Run (after npm install):
//   node examples/servers/ai-sdk/server.js        (PORT=8789 by default)
import {createServer} from 'node:http';
import {convertToModelMessages, simulateReadableStream, streamText} from 'ai';
import {MockLanguageModelV3} from 'ai/test';

const port = Number(process.env.PORT ?? 8789);

/** The echo model: thinks briefly, then repeats the user's last words, word by word. */
const echoModel = new MockLanguageModelV3({
  doStream: async ({prompt}) => {
    const user = prompt.filter((message) => message.role === 'user').at(-1);
    const parts = user?.content ?? [];
    const said = parts
      .filter((part) => part.type === 'text')
      .map((part) => part.text)
      .join(' ');
    const files = parts.filter((part) => part.type === 'file').length;
    const text = `You said **${said || '(nothing)'}**${files ? ` and ${files} file${files > 1 ? 's' : ''}` : ''}.`;
    const words = text.split(/(?<= )/);
    return {
      stream: simulateReadableStream({
        chunkDelayInMs: 40,
        chunks: [
          {type: 'stream-start', warnings: []},
          {type: 'reasoning-start', id: 'r'},
          {type: 'reasoning-delta', id: 'r', delta: 'Echoing.'},
          {type: 'reasoning-end', id: 'r'},
          {type: 'text-start', id: 't'},
          ...words.map((delta) => ({type: 'text-delta', id: 't', delta})),
          {type: 'text-end', id: 't'},
          {
            type: 'finish',
            finishReason: {unified: 'stop', raw: 'stop'},
            usage: {
              inputTokens: {total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0},
              outputTokens: {total: words.length, text: words.length, reasoning: 0},
            },
          },
        ],
      }),
    };
  },
});

const cors = {
  // Allow a page on another origin to call this server; narrow this in production.
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  'Access-Control-Expose-Headers': 'x-vercel-ai-ui-message-stream',
};

const server = createServer(async (request, response) => {
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {...cors, 'Access-Control-Allow-Methods': 'POST, OPTIONS'});
    return response.end();
  }
  if (request.method !== 'POST' || request.url !== '/api/chat') {
    response.writeHead(404, {'Content-Type': 'application/json', ...cors});
    return response.end(JSON.stringify({error: 'Not found'}));
  }
  let messages;
  try {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    // The route of the AI SDK's documentation, as is:
    messages = await convertToModelMessages(JSON.parse(Buffer.concat(chunks).toString('utf8')).messages);
  } catch (error) {
    response.writeHead(400, {'Content-Type': 'application/json', ...cors});
    return response.end(JSON.stringify({error: `The request is not useChat's: ${error.message}`}));
  }
  const result = streamText({model: echoModel, messages});
  result.pipeUIMessageStreamToResponse(response, {headers: cors, sendReasoning: true});
});

server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
