// Backends built with the real libraries developers use, each answering
// the widget as that library does on the wire:
// - the Vercel AI SDK (`streamText` on its mock model, `toUIMessageStreamResponse()`),
//   with `convertToModelMessages` on the widget's request, as a `useChat` route does;
// - the `openai` SDK streaming from a local Chat Completions stub, its
//   `stream.toReadableStream()` sent as text/plain or with no Content-Type;
// - LangChain.js (`@langchain/core`'s fake streaming chat model), its
//   AIMessageChunks as SSE (`JSON.stringify(chunk)`) or NDJSON (`chunk.toDict()`);
// - hono's `streamSSE`, sending `{"text": token}` events (deep-chat's format)
//   or a shape nobody defined (`{"token": …}`);
// - Ollama's /api/chat and Anthropic's Messages stream, replayed exactly as
//   their documentation shows them.
// `?scenario=error` breaks each reply off with that library's error after
// some text; `/api/libraries/closed?tag=` says whether a tagged request's
// connection closed.
import {Readable} from 'node:stream';
import {convertToModelMessages, simulateReadableStream, streamText} from 'ai';
import {MockLanguageModelV3} from 'ai/test';
import OpenAI from 'openai';
import {AIMessageChunk} from '@langchain/core/messages';
import {FakeStreamingChatModel} from '@langchain/core/utils/testing';
import {Hono} from 'hono';
import {streamSSE} from 'hono/streaming';
import {readJson, sleep} from '../stream.js';

/** The reply every backend streams: markdown with a code block. */
export const markdownReply = 'Here is **the code**:\n\n```js\nconsole.log("hi");\n```\n\nDone.';
/** The reply cut into the tokens a model would stream. */
const tokens = markdownReply.match(/\S+\s*|\s+/g);
const reasoning = ['Let me ', 'think.'];
const failure = 'The model is overloaded.';

/** Sends a web Response through Koa as it streams, headers included. */
function send(ctx, response, {type} = {}) {
  ctx.respond = false;
  const headers = Object.fromEntries(response.headers);
  if (type === null) delete headers['content-type'];
  else if (type) headers['content-type'] = type;
  ctx.res.writeHead(response.status, headers);
  ctx.res.flushHeaders();
  if (!response.body) return ctx.res.end();
  Readable.fromWeb(response.body)
    .on('error', () => ctx.res.destroy())
    .pipe(ctx.res);
}

/** The last user text of an AI SDK model prompt. */
function lastUserText(prompt) {
  const user = prompt.filter((message) => message.role === 'user').at(-1);
  return (user?.content ?? [])
    .filter((part) => part.type === 'text')
    .map((part) => part.text)
    .join(' ');
}

const usage = {
  inputTokens: {total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0},
  outputTokens: {total: 20, text: 18, reasoning: 2},
};

/** The AI SDK's mock model: reasoning, then the reply (saying what it received), or an error after some text. */
function aiSdkModel(scenario) {
  return new MockLanguageModelV3({
    doStream: async ({prompt}) => {
      const files = prompt
        .flatMap((message) => (Array.isArray(message.content) ? message.content : []))
        .filter((part) => part.type === 'file');
      const text = `You said "${lastUserText(prompt)}"${files.length ? ` with ${files.length} file(s)` : ''}. `;
      const answer = scenario === 'error' ? ['Partial ', 'answer'] : [text, ...tokens];
      const chunks = [
        {type: 'stream-start', warnings: []},
        {type: 'reasoning-start', id: 'r1'},
        ...reasoning.map((delta) => ({type: 'reasoning-delta', id: 'r1', delta})),
        {type: 'reasoning-end', id: 'r1'},
        {type: 'text-start', id: 't1'},
        ...answer.map((delta) => ({type: 'text-delta', id: 't1', delta})),
        ...(scenario === 'error' ? [{type: 'error', error: new Error(failure)}] : []),
        {type: 'text-end', id: 't1'},
        {type: 'finish', finishReason: {unified: 'stop', raw: 'stop'}, usage},
      ];
      return {stream: simulateReadableStream({chunks, chunkDelayInMs: 5})};
    },
  });
}

/** One `chat.completion.chunk` of the local Chat Completions stub. */
const completionChunk = (delta, finish = null) =>
  `data: ${JSON.stringify({id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1700000000, model: 'stub', choices: [{index: 0, delta, logprobs: null, finish_reason: finish}]})}\n\n`;

/** LangChain chunks: reasoning (as OpenAI-style models report it), then the reply. */
function langchainChunks(scenario) {
  const answer = scenario === 'error' ? ['Partial ', 'answer'] : tokens;
  return [
    ...reasoning.map((piece) => new AIMessageChunk({content: '', additional_kwargs: {reasoning_content: piece}})),
    ...answer.map((piece) => new AIMessageChunk({content: piece})),
  ];
}

const hono = new Hono();
hono.post('/api/libraries/hono/:shape', (c) =>
  streamSSE(c, async (stream) => {
    const shape = c.req.param('shape');
    const scenario = c.req.query('scenario');
    const pieces = scenario === 'error' ? ['Partial ', 'answer'] : tokens;
    for (const piece of pieces) {
      await stream.writeSSE({data: JSON.stringify(shape === 'token' ? {token: piece, index: 0} : {text: piece})});
      await stream.sleep(5);
    }
    if (scenario === 'error') await stream.writeSSE({event: 'error', data: JSON.stringify({error: failure})});
  }),
);

/** Ollama /api/chat lines, as its API documentation shows a streamed reply with thinking. */
function ollamaLines(model, scenario) {
  const line = (message, done = false) => JSON.stringify({model, created_at: new Date().toISOString(), message, done});
  const answer = scenario === 'error' ? ['Partial ', 'answer'] : tokens;
  return [
    ...reasoning.map((thinking) => line({role: 'assistant', content: '', thinking})),
    ...answer.map((content) => line({role: 'assistant', content})),
    scenario === 'error'
      ? JSON.stringify({error: failure})
      : JSON.stringify({
          model,
          created_at: new Date().toISOString(),
          message: {role: 'assistant', content: ''},
          done_reason: 'stop',
          done: true,
          total_duration: 4883583458,
          load_duration: 1334875,
          prompt_eval_count: 26,
          prompt_eval_duration: 342546000,
          eval_count: 282,
          eval_duration: 4535599000,
        }),
  ].map((text) => `${text}\n`);
}

/** Anthropic Messages events, as its streaming documentation shows them (with extended thinking). */
function anthropicEvents(model, scenario) {
  const event = (type, data) => `event: ${type}\ndata: ${JSON.stringify({type, ...data})}\n\n`;
  const answer = scenario === 'error' ? ['Partial ', 'answer'] : tokens;
  return [
    event('message_start', {
      message: {
        id: 'msg_01',
        type: 'message',
        role: 'assistant',
        content: [],
        model,
        stop_reason: null,
        stop_sequence: null,
        usage: {input_tokens: 25, output_tokens: 1},
      },
    }),
    event('content_block_start', {index: 0, content_block: {type: 'thinking', thinking: ''}}),
    ...reasoning.map((thinking) => event('content_block_delta', {index: 0, delta: {type: 'thinking_delta', thinking}})),
    event('content_block_delta', {
      index: 0,
      delta: {type: 'signature_delta', signature: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds'},
    }),
    event('content_block_stop', {index: 0}),
    event('content_block_start', {index: 1, content_block: {type: 'text', text: ''}}),
    event('ping', {}),
    ...answer.map((text) => event('content_block_delta', {index: 1, delta: {type: 'text_delta', text}})),
    ...(scenario === 'error'
      ? [event('error', {error: {type: 'overloaded_error', message: 'Overloaded'}})]
      : [
          event('content_block_stop', {index: 1}),
          event('message_delta', {delta: {stop_reason: 'end_turn', stop_sequence: null}, usage: {output_tokens: 15}}),
          event('message_stop', {}),
        ]),
  ];
}

/** Writes pieces by hand, a few ms apart, through Node's response. */
async function replay(ctx, type, pieces) {
  ctx.respond = false;
  ctx.res.writeHead(200, {'Content-Type': type, 'Cache-Control': 'no-cache'});
  ctx.res.flushHeaders();
  for (const piece of pieces) {
    if (ctx.res.destroyed) return;
    ctx.res.write(piece);
    await sleep(5);
  }
  ctx.res.end();
}

export const routes = {
  /** A `useChat` route: `convertToModelMessages` on the request's UI messages. */
  async '/api/libraries/ai-sdk'(ctx) {
    const body = await readJson(ctx);
    let messages;
    try {
      messages = await convertToModelMessages(body.messages);
    } catch (error) {
      ctx.status = 400;
      ctx.body = {error: `convertToModelMessages: ${error.message}`};
      return;
    }
    const result = streamText({model: aiSdkModel(ctx.query.scenario), messages, onError: () => undefined});
    send(ctx, result.toUIMessageStreamResponse({sendReasoning: true, onError: (error) => error.message}));
  },

  /** A route written for the widget's own request (`{message}`) that answers with the AI SDK's UI message stream. */
  async '/api/libraries/ai-sdk-prompt'(ctx) {
    const {message} = await readJson(ctx);
    const result = streamText({model: aiSdkModel(ctx.query.scenario), prompt: message, onError: () => undefined});
    send(ctx, result.toUIMessageStreamResponse({sendReasoning: true, onError: (error) => error.message}), {
      type: ctx.query.type === 'none' ? null : undefined,
    });
  },

  /** The local Chat Completions stub the `openai` SDK streams from. */
  async '/api/libraries/openai-stub/chat/completions'(ctx) {
    const request = await readJson(ctx);
    const answer = request.model === 'error' ? ['Partial ', 'answer'] : tokens;
    const pieces = [
      completionChunk({role: 'assistant', content: ''}),
      ...reasoning.map((piece) => completionChunk({reasoning_content: piece})),
      ...answer.map((content) => completionChunk({content})),
      ...(request.model === 'error'
        ? [`data: ${JSON.stringify({error: {message: failure, type: 'server_error'}})}\n\n`]
        : [completionChunk({}, 'stop'), 'data: [DONE]\n\n']),
    ];
    await replay(ctx, 'text/event-stream', pieces);
  },

  /** A server that streams with the `openai` SDK and forwards `stream.toReadableStream()`. */
  async '/api/libraries/openai-sdk'(ctx) {
    const {messages} = await readJson(ctx);
    const client = new OpenAI({apiKey: 'sk-test', baseURL: `${ctx.origin}/api/libraries/openai-stub`, maxRetries: 0});
    const model = ctx.query.scenario === 'error' ? 'error' : 'stub';
    const stream = await client.chat.completions.create({
      model,
      messages: messages.map(({role, content}) => ({role, content: String(content)})),
      stream: true,
    });
    ctx.respond = false;
    ctx.res.writeHead(200, ctx.query.type === 'none' ? {} : {'Content-Type': 'text/plain; charset=utf-8'});
    ctx.res.flushHeaders();
    try {
      for await (const bytes of Readable.fromWeb(stream.toReadableStream())) ctx.res.write(bytes);
      ctx.res.end();
    } catch (error) {
      // The SDK threw on the API's error event: the server says so in the
      // stream's own format, one more JSON line.
      ctx.res.end(`${JSON.stringify({error: error.message})}\n`);
    }
  },

  /** LangChain.js chunks as SSE (`JSON.stringify(chunk)`) or NDJSON (`chunk.toDict()`, no Content-Type). */
  async '/api/libraries/langchain'(ctx) {
    await readJson(ctx);
    const format = ctx.query.format === 'ndjson' ? 'ndjson' : 'sse';
    const scenario = ctx.query.scenario;
    const model = new FakeStreamingChatModel({chunks: langchainChunks(scenario), sleep: 5});
    ctx.respond = false;
    ctx.res.writeHead(200, format === 'sse' ? {'Content-Type': 'text/event-stream'} : {});
    ctx.res.flushHeaders();
    for await (const chunk of await model.stream('hi')) {
      ctx.res.write(format === 'sse' ? `data: ${JSON.stringify(chunk)}\n\n` : `${JSON.stringify(chunk.toDict())}\n`);
    }
    if (scenario === 'error') {
      ctx.res.write(
        format === 'sse' ? `event: error\ndata: ${JSON.stringify({error: failure})}\n\n` : `${JSON.stringify({error: failure})}\n`,
      );
    }
    ctx.res.end();
  },

  async '/api/libraries/hono/*'(ctx) {
    const body = await readJson(ctx);
    const request = new Request(`${ctx.origin}${ctx.url}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: {'content-type': 'application/json'},
    });
    send(ctx, await hono.fetch(request));
  },

  async '/api/libraries/ollama/api/chat'(ctx) {
    const request = await readJson(ctx);
    if (!request.model) {
      ctx.status = 400;
      ctx.body = {error: 'model is required'};
      return;
    }
    if (!Array.isArray(request.messages) || request.messages.some((message) => typeof message.content !== 'string')) {
      ctx.status = 400;
      ctx.body = {error: 'invalid message format'};
      return;
    }
    await replay(ctx, 'application/x-ndjson', ollamaLines(request.model, ctx.query.scenario));
  },

  async '/api/libraries/anthropic/v1/messages'(ctx) {
    const request = await readJson(ctx);
    const problem = !ctx.get('anthropic-version')
      ? 'anthropic-version: header is required'
      : !request.model
        ? 'model: Field required'
        : typeof request.max_tokens !== 'number'
          ? 'max_tokens: Field required'
          : request.messages?.[0]?.role !== 'user'
            ? 'messages: first message must use the "user" role'
            : undefined;
    if (problem) {
      ctx.status = 400;
      ctx.body = {type: 'error', error: {type: 'invalid_request_error', message: problem}};
      return;
    }
    await replay(ctx, 'text/event-stream; charset=utf-8', anthropicEvents(request.model, ctx.query.scenario));
  },
};
