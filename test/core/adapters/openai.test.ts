import {expect} from '@open-wc/testing';
import {openaiAdapter} from '../../../src/core/adapters/openai.js';
import {ChatError, isAbortError} from '../../../src/core/errors.js';
import type {ChatChunk, ChatMessage, ChatRequest} from '../../../src/core/types.js';
import {collect, failure, makeRequest, serverSawClose, uniqueTag} from '../../support/index.js';

const endpoint = '/api/openai/v1/chat/completions';

function ask(model: string, extra: Partial<ChatRequest> = {}, headers: Record<string, string> = {}) {
  return makeRequest({endpoint, model, headers}, extra);
}

async function chatError(request: ChatRequest): Promise<{error: ChatError; chunks: ChatChunk[]}> {
  const {error, chunks} = await failure(openaiAdapter, request);
  expect(error).to.be.instanceOf(ChatError);
  return {error: error as ChatError, chunks};
}

describe('openai adapter', () => {
  it('sends {model, messages, stream: true, ...body} with the page headers', async () => {
    const messages: ChatMessage[] = [
      {role: 'system', content: 'Be brief.'},
      {role: 'user', content: 'Hi'},
      {role: 'assistant', content: 'Thinking it over', metadata: {title: 'Thinking', status: 'done'}},
      {role: 'assistant', content: 'Hello!'},
      {role: 'user', content: 'Again'},
      {role: 'assistant', content: '', error: 'The connection was lost.'},
      {role: 'user', content: {url: 'data:image/png;base64,iVBORw0KGgo=', mime_type: 'image/png', name: 'dot.png'}},
      {role: 'user', content: {url: 'data:application/pdf;base64,JVBERi0=', mime_type: 'application/pdf', name: 'report.pdf'}},
      {role: 'user', content: 'What is this?'},
    ];
    const [chunk] = await collect(
      openaiAdapter,
      makeRequest({endpoint, model: 'echo', headers: {Authorization: 'Bearer sk-test'}, body: {temperature: 0.2}}, {messages}),
    );
    const received = JSON.parse((chunk as {delta: string}).delta);
    expect(received.authorization).to.equal('Bearer sk-test');
    expect(received.body).to.deep.equal({
      model: 'echo',
      stream: true,
      temperature: 0.2,
      messages: [
        {role: 'system', content: 'Be brief.'},
        {role: 'user', content: 'Hi'},
        {role: 'assistant', content: 'Hello!'},
        {
          role: 'user',
          content: [
            {type: 'text', text: 'Again'},
            {type: 'image_url', image_url: {url: 'data:image/png;base64,iVBORw0KGgo='}},
            {type: 'text', text: '[file: report.pdf (application/pdf)]'},
            {type: 'text', text: 'What is this?'},
          ],
        },
      ],
    });
  });

  it('streams delta.content and ends at finish_reason / [DONE]', async () => {
    expect(await collect(openaiAdapter, ask('plain'))).to.deep.equal([{delta: 'Hello'}, {delta: ', '}, {delta: 'world'}, {delta: '!'}]);
  });

  it('streams vLLM reasoning_content into a "Thinking" thought before the answer', async () => {
    const start = performance.now();
    const chunks = await collect(openaiAdapter, ask('reasoning-vllm'));
    const elapsedSeconds = (performance.now() - start) / 1000;
    expect(chunks.slice(0, 3)).to.deep.equal([
      {message: {role: 'assistant', content: '', metadata: {title: 'Thinking', status: 'pending'}}},
      {content: 'Let me'},
      {content: 'Let me think.'},
    ]);
    const done = chunks[3] as {metadata: {status: string; duration: number}};
    expect(done.metadata.status).to.equal('done');
    // The server's writes can reach the page in one read, so the thought may take 0 s; never more than the whole
    // reply, give or take the rounding to tenths of a second (0.0998 s shows as 0.1 s).
    expect(done.metadata.duration)
      .to.be.a('number')
      .and.to.be.within(0, elapsedSeconds + 0.05);
    expect(chunks.slice(4)).to.deep.equal([{delta: 'The answer'}, {delta: ' is 4.'}]);
  });

  it('streams Ollama `reasoning` the same way', async () => {
    const chunks = await collect(openaiAdapter, ask('reasoning-ollama'));
    expect(chunks.map((chunk) => Object.keys(chunk as object)[0])).to.deep.equal(['message', 'content', 'content', 'metadata', 'delta']);
    expect(chunks[2]).to.deep.equal({content: 'Hmm, two and two.'});
    expect(chunks[4]).to.deep.equal({delta: 'Four.'});
  });

  it('marks the thought done when the stream ends without an answer', async () => {
    const chunks = await collect(openaiAdapter, ask('reasoning-only'));
    expect(chunks.length).to.equal(3);
    expect((chunks[2] as {metadata: {status: string}}).metadata.status).to.equal('done');
  });

  it('reads a non-streamed completion, reasoning included', async () => {
    const chunks = await collect(openaiAdapter, ask('whole'));
    expect(chunks[0]).to.deep.equal({message: {role: 'assistant', content: '', metadata: {title: 'Thinking', status: 'pending'}}});
    expect(chunks[1]).to.deep.equal({content: 'Quick thought.'});
    expect(chunks.slice(3)).to.deep.equal([{delta: 'All at once.'}]);
  });

  it('shows the API error message of a 401, with its status', async () => {
    const {error, chunks} = await chatError(ask('plain', {}, {Authorization: 'Bearer wrong'}));
    expect(chunks).to.deep.equal([]);
    expect(error.message).to.equal('Incorrect API key provided: wrong.');
    expect(error.status).to.equal(401);
    expect(error.code).to.equal('server');
    expect(error.retryable).to.equal(false);
  });

  it('reads a 429 with Retry-After, not retried automatically', async () => {
    const {error} = await chatError(ask('rate-limited'));
    expect(error.status).to.equal(429);
    expect(error.message).to.equal('Rate limit reached for requests');
    expect(error.retryable).to.equal(false);
    expect(error.retryAfter).to.equal(20);
  });

  it('fails on an error object in the stream, after the text before it', async () => {
    const {error, chunks} = await chatError(ask('error-midstream'));
    expect(chunks).to.deep.equal([{delta: 'Partial'}]);
    expect(error.code).to.equal('server');
    expect(error.message).to.equal('The server had an error while processing your request.');
  });

  it('closes the connection at finish_reason even if the server keeps it open', async () => {
    const tag = uniqueTag('openai-finish');
    const chunks = await collect(openaiAdapter, ask('finish-hold', {}, {'X-Test-Tag': tag}));
    expect(chunks).to.deep.equal([{delta: 'Done'}]);
    await serverSawClose(tag, 'openai');
  });

  it('ends with an AbortError when stopped mid-stream', async () => {
    const tag = uniqueTag('openai-abort');
    const controller = new AbortController();
    const received: ChatChunk[] = [];
    let caught: unknown;
    try {
      for await (const chunk of openaiAdapter(
        ask('endless', {signal: controller.signal}, {'X-Test-Tag': tag}),
      ) as AsyncIterable<ChatChunk>) {
        expect(controller.signal.aborted, 'a chunk arrived after the abort').to.equal(false);
        received.push(chunk);
        if (received.length === 2) controller.abort();
      }
    } catch (error) {
      caught = error;
    }
    expect(isAbortError(caught), String(caught)).to.equal(true);
    expect(received).to.deep.equal([{delta: '0 '}, {delta: '1 '}]);
    await serverSawClose(tag, 'openai');
  });
});
