// A Chat Completions server (POST /api/openai/v1/chat/completions) that
// answers exactly as OpenAI, vLLM and Ollama do on the wire. The `model`
// of the request picks what it does, the way a real server's models differ.
import {randomUUID} from 'node:crypto';
import {readJson, sleep, startStream, whenReady} from '../stream.js';

/** Connections the server saw close, by the `x-test-tag` header of the request. */
const closed = new Map();

/** One `chat.completion.chunk`, as OpenAI sends it. */
function chunk(id, model, delta, finishReason = null) {
  return `data: ${JSON.stringify({
    id,
    object: 'chat.completion.chunk',
    created: 1700000000,
    model,
    choices: [{index: 0, delta, logprobs: null, finish_reason: finishReason}],
  })}\n\n`;
}

function apiError(ctx, status, error, headers = {}) {
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.body = {error};
}

const scenarios = {
  /** A plain streamed answer. */
  async plain(stream, id, model) {
    stream.write(chunk(id, model, {role: 'assistant', content: ''}));
    for (const piece of ['Hello', ', ', 'world', '!']) {
      await sleep(15);
      stream.write(chunk(id, model, {content: piece}));
    }
    stream.write(chunk(id, model, {}, 'stop'));
    stream.write('data: [DONE]\n\n');
  },

  /** vLLM / DeepSeek: reasoning in `delta.reasoning_content`, then the answer. */
  async 'reasoning-vllm'(stream, id, model) {
    stream.write(chunk(id, model, {role: 'assistant', content: null}));
    for (const piece of ['Let me', ' think.']) {
      await sleep(30);
      stream.write(chunk(id, model, {reasoning_content: piece, content: null}));
    }
    await sleep(30);
    for (const piece of ['The answer', ' is 4.']) stream.write(chunk(id, model, {content: piece}));
    stream.write(chunk(id, model, {}, 'stop'));
    stream.write('data: [DONE]\n\n');
  },

  /** Ollama: reasoning in `delta.reasoning`, the content an empty string meanwhile. */
  async 'reasoning-ollama'(stream, id, model) {
    for (const piece of ['Hmm', ', two and two.']) {
      await sleep(20);
      stream.write(chunk(id, model, {role: 'assistant', content: '', reasoning: piece}));
    }
    stream.write(chunk(id, model, {role: 'assistant', content: 'Four.'}));
    stream.write(chunk(id, model, {role: 'assistant', content: ''}, 'stop'));
    stream.write('data: [DONE]\n\n');
  },

  /** Reasoning only, then the stream ends. */
  async 'reasoning-only'(stream, id, model) {
    stream.write(chunk(id, model, {reasoning_content: 'Just thinking'}));
    stream.write('data: [DONE]\n\n');
  },

  /** An error object in the middle of the stream (OpenAI sends these on server faults). */
  async 'error-midstream'(stream, id, model) {
    stream.write(chunk(id, model, {content: 'Partial'}));
    await sleep(20);
    stream.write(
      `data: ${JSON.stringify({error: {message: 'The server had an error while processing your request.', type: 'server_error'}})}\n\n`,
    );
  },

  /** `finish_reason` arrives, then the server keeps the connection open. */
  async 'finish-hold'(stream, id, model) {
    stream.write(chunk(id, model, {content: 'Done'}, 'stop'));
    await stream.hold();
  },

  /** Tokens forever, slowly, until the client goes away. */
  async endless(stream, id, model) {
    for (let i = 0; i < 500 && !stream.closed(); i++) {
      stream.write(chunk(id, model, {content: `${i} `}));
      await sleep(20);
    }
  },
};

export const routes = {
  '/api/openai/v1/chat/completions': async (ctx) => {
    const request = await readJson(ctx);
    const {model} = request;
    if (ctx.get('authorization') === 'Bearer wrong') {
      return apiError(ctx, 401, {
        message: 'Incorrect API key provided: wrong.',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      });
    }
    if (model === 'rate-limited') {
      return apiError(
        ctx,
        429,
        {message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded'},
        {'Retry-After': '20'},
      );
    }
    if (model === 'echo') {
      // What the server received, as the answer's text (one non-streamed completion).
      ctx.body = {
        id: 'chatcmpl-echo',
        object: 'chat.completion',
        choices: [
          {
            index: 0,
            message: {role: 'assistant', content: JSON.stringify({body: request, authorization: ctx.get('authorization')})},
            finish_reason: 'stop',
          },
        ],
      };
      return;
    }
    if (model === 'whole') {
      ctx.body = {
        id: 'chatcmpl-whole',
        object: 'chat.completion',
        choices: [
          {index: 0, message: {role: 'assistant', content: 'All at once.', reasoning_content: 'Quick thought.'}, finish_reason: 'stop'},
        ],
      };
      return;
    }
    const scenario = scenarios[model];
    if (!scenario)
      return apiError(ctx, 404, {message: `The model \`${model}\` does not exist`, type: 'invalid_request_error', code: 'model_not_found'});
    const tag = ctx.get('x-test-tag');
    const stream = startStream(ctx, 'text/event-stream');
    if (tag) {
      closed.set(tag, false);
      ctx.res.once('close', () => closed.set(tag, true));
    }
    stream.hold = () => new Promise((resolve) => ctx.res.once('close', resolve));
    const id = `chatcmpl-${randomUUID()}`;
    scenario(stream, id, model).then(() => stream.closed() || stream.end());
  },

  /** Whether the request tagged `tag` saw its connection close. */
  /** Whether the connection of `tag` closed; with `?wait=ms`, once it did (or `ms` passed). */
  '/api/openai/closed': async (ctx) => {
    await whenReady(ctx, () => closed.get(ctx.query.tag));
    ctx.body = {closed: closed.get(ctx.query.tag) ?? false};
  },
};
