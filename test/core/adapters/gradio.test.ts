import {expect} from '@open-wc/testing';
import {gradioAdapter} from '../../../src/core/adapters/gradio.js';
import {ChatError, isAbortError} from '../../../src/core/errors.js';
import type {ChatChunk, ChatMessage, ChatRequest, FileData} from '../../../src/core/types.js';
import {collect, failure, makeRequest, serverSawClose, uniqueTag} from '../../support/index.js';

const app = (name: string) => `/api/gradio/${name}/`;

async function chatError(request: ChatRequest): Promise<{error: ChatError; chunks: ChatChunk[]}> {
  const {error, chunks} = await failure(gradioAdapter, request);
  expect(error).to.be.instanceOf(ChatError);
  return {error: error as ChatError, chunks};
}

/** What the echo app received, from its one string output. */
async function echo(request: ChatRequest) {
  const chunks = await collect(gradioAdapter, request);
  expect(chunks.length).to.equal(1);
  return JSON.parse((chunks[0] as {content: string}).content);
}

const dataUrl = (text: string, type = 'text/plain') => `data:${type};base64,${btoa(text)}`;

describe('gradio adapter', () => {
  it('calls {app}/gradio_api/call{api-name} with [message, history] and reads the complete output', async () => {
    const messages: ChatMessage[] = [
      {role: 'user', content: 'Hi'},
      {role: 'assistant', content: 'Hello!', metadata: {title: 'Greeting', status: 'done'}},
      {role: 'assistant', content: '', error: 'Stopped.'},
      {role: 'user', content: 'How are you?'},
    ];
    const received = await echo(
      makeRequest(
        {endpoint: app('echo'), apiName: '/chat', headers: {Authorization: 'Bearer hf_x'}, body: {session_hash: 'abc123'}},
        {message: 'How are you?', messages},
      ),
    );
    expect(received.data).to.deep.equal([
      'How are you?',
      [
        {role: 'user', content: 'Hi'},
        {role: 'assistant', content: 'Hello!', metadata: {title: 'Greeting', status: 'done'}},
      ],
    ]);
    expect(received.body.session_hash).to.equal('abc123');
    expect(received.authorization).to.equal('Bearer hf_x');
  });

  it('uploads attached files first and sends {text, files} as Gradio FileData', async () => {
    const files: FileData[] = [
      {url: dataUrl('hello file'), name: 'hello.txt', mime_type: 'text/plain', size: 10},
      {url: 'https://example.test/cat.png', name: 'cat.png', mime_type: 'image/png'},
    ];
    const messages: ChatMessage[] = [
      {role: 'user', content: {url: dataUrl('older file'), name: 'old.txt', mime_type: 'text/plain'}},
      {role: 'user', content: 'Read it'},
      {role: 'assistant', content: 'Done'},
      ...files.map((file): ChatMessage => ({role: 'user', content: file})),
      {role: 'user', content: 'And these?'},
    ];
    const received = await echo(makeRequest({endpoint: app('echo')}, {message: 'And these?', files, messages}));
    const [message, history] = received.data;
    expect(message.text).to.equal('And these?');
    expect(message.files.length).to.equal(2);
    expect(message.files[0].path).to.match(/^\/tmp\/gradio\/\w+\/hello\.txt$/);
    expect(message.files[0]).to.deep.include({orig_name: 'hello.txt', mime_type: 'text/plain', size: 10, meta: {_type: 'gradio.FileData'}});
    expect(message.files[1]).to.deep.equal({
      path: 'https://example.test/cat.png',
      orig_name: 'cat.png',
      mime_type: 'image/png',
      meta: {_type: 'gradio.FileData'},
    });
    expect(received.uploads[0]).to.deep.equal({name: 'hello.txt', type: 'text/plain', text: 'hello file'});
    // The history's own file went up too, and the submission itself is not in the history.
    expect(history.length).to.equal(3);
    expect(history[0].content.path).to.match(/^\/tmp\/gradio\/\w+\/old\.txt$/);
    expect(received.historyUploads).to.deep.equal(['older file']);
  });

  it('follows a generator: each generating event replaces the text; heartbeats are ignored', async () => {
    const chunks = await collect(gradioAdapter, makeRequest({endpoint: app('stream')}));
    expect(chunks).to.deep.equal([{content: 'Hello'}, {content: 'Hello there'}, {content: 'Hello there, friend'}]);
  });

  it('turns a list of ChatMessages into a thought and an answer', async () => {
    const chunks = await collect(gradioAdapter, makeRequest({endpoint: app('thoughts')}));
    expect(chunks).to.deep.equal([
      {message: {role: 'assistant', content: 'Looking', metadata: {title: 'Searching', status: 'pending', log: null, duration: null}}},
      {content: 'Looking it up'},
      {metadata: {title: 'Searching', status: 'done', log: null, duration: 0.5}},
      {message: {role: 'assistant', content: 'Found'}},
      {content: 'Found it.'},
    ]);
  });

  it('takes the new assistant messages of a returned history, files included', async () => {
    const chunks = await collect(
      gradioAdapter,
      makeRequest({endpoint: app('blocks')}, {message: 'Show me', messages: [{role: 'user', content: 'Show me'}]}),
    );
    expect(chunks).to.deep.equal([
      {content: 'Here is a picture:'},
      {
        message: {
          role: 'assistant',
          content: {url: '/api/gradio/blocks/gradio_api/file=/tmp/gradio/abc/cat.png', name: 'cat.png', mime_type: 'image/png'},
        },
      },
    ]);
  });

  it("fails on an error event with the app's message, keeping what came before", async () => {
    const {error, chunks} = await chatError(makeRequest({endpoint: app('error')}));
    expect(chunks).to.deep.equal([{content: 'Partial'}]);
    expect(error.code).to.equal('server');
    expect(error.message).to.equal('Out of GPU memory');
  });

  it('fails with an empty message (for the generic wording) on `data: null`', async () => {
    const {error} = await chatError(makeRequest({endpoint: app('error-null')}));
    expect(error.code).to.equal('server');
    expect(error.message).to.equal('');
  });

  it('fails with the HTTP error of an unknown app or api name', async () => {
    const {error} = await chatError(makeRequest({endpoint: app('missing')}));
    expect(error.status).to.equal(404);
    expect(error.message).to.equal('Not Found');
  });

  it('stops by closing the GET stream, with an AbortError', async () => {
    const tag = uniqueTag('gradio-abort');
    const controller = new AbortController();
    const received: ChatChunk[] = [];
    let caught: unknown;
    try {
      for await (const chunk of gradioAdapter(
        makeRequest({endpoint: app('endless'), headers: {'X-Test-Tag': tag}}, {signal: controller.signal}),
      ) as AsyncIterable<ChatChunk>) {
        expect(controller.signal.aborted, 'a chunk arrived after the abort').to.equal(false);
        received.push(chunk);
        if (received.length === 2) controller.abort();
      }
    } catch (error) {
      caught = error;
    }
    expect(isAbortError(caught), String(caught)).to.equal(true);
    expect(received).to.deep.equal([{content: '0 '}, {content: '0 1 '}]);
    await serverSawClose(tag, 'gradio');
  });
});
