// The example servers of examples/servers/, each run as a real process by
// the test server (routes/examples.js proxies /api/examples/<name>/…), with
// the real <chat-blocks> talking to them as a page would; and the bytes each
// sends, checked against the format its header comment documents.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatMessage} from '../../src/core/types.js';
import {deepQuery, expectEvent, releaseGate, renderedTexts, uniqueTag, until} from '../support/index.js';

type ErrorDetail = {error: string; status?: number};

async function chatAt(endpoint: string, adapter = 'sse', model = '') {
  return fixture<ChatBlocks>(html`<chat-blocks endpoint=${endpoint} adapter=${adapter} model=${model}></chat-blocks>`);
}

/**
 * Sends, with the test server's proxy holding the reply back after its
 * first `events` events (see routes/examples.js) until the widget shows
 * them; returns the text shown then. Paced writes can reach the browser as
 * one read, so only a hold shows for sure that the reply grows as it comes.
 */
async function sendAndWatch(chat: ChatBlocks, input: Parameters<ChatBlocks['send']>[0], events = 1): Promise<string> {
  const gate = uniqueTag('example-reply');
  chat.headers = {'x-test-hold': `${gate} ${events}`};
  const reply = () => (chat.messages.at(-1)?.role === 'assistant' ? chat.messages.at(-1)!.content : '');
  const sending = chat.send(input);
  try {
    await until(() => typeof reply() === 'string' && reply() !== '', 'the first part of the reply shows');
    return reply() as string;
  } finally {
    await releaseGate(gate);
    await sending;
    chat.headers = {};
  }
}

/** The raw body an example answers to a JSON request. */
async function rawReply(path: string, body: object): Promise<{type: string | null; text: string}> {
  const response = await fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  return {type: response.headers.get('content-type'), text: await response.text()};
}

describe('examples/servers/node/server.js', () => {
  it('streams SSE that the widget shows word by word, with the markdown rendered', async () => {
    const chat = await chatAt('/api/examples/node/chat');
    const first = await sendAndWatch(chat, 'hello there');
    expect(chat.messages).to.deep.equal([
      {role: 'user', content: 'hello there'},
      {role: 'assistant', content: 'You said **hello there**.'},
    ]);
    expect(first, 'the first word showed on its own').to.equal('You ');
    await until(() => renderedTexts(chat)[1] === 'You said hello there.', 'the reply renders');
    expect(deepQuery(chat, '[part~="message-content"] strong')?.textContent).to.equal('hello there');
  });

  it('counts the attached files it received', async () => {
    const chat = await chatAt('/api/examples/node/chat');
    await chat.send({
      text: 'see these',
      files: [new File(['a'], 'a.txt', {type: 'text/plain'}), new File(['b'], 'b.txt', {type: 'text/plain'})],
    });
    expect(chat.messages.at(-1)!.content).to.equal('You said **see these** and 2 files.');
  });

  it('sends exactly the SSE its header documents', async () => {
    const {type, text} = await rawReply('/api/examples/node/chat', {message: 'hi', files: [], messages: []});
    expect(type).to.equal('text/event-stream');
    expect(text).to.equal('data: {"delta":"You "}\n\ndata: {"delta":"said "}\n\ndata: {"delta":"**hi**."}\n\ndata: [DONE]\n\n');
  });

  it("streams NDJSON from /chat.ndjson; the Content-Type decides over the adapter's guess", async () => {
    const chat = await chatAt('/api/examples/node/chat.ndjson', 'fetch');
    const first = await sendAndWatch(chat, 'lines');
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: 'You said **lines**.'});
    expect(first).to.equal('You ');
    const {type, text} = await rawReply('/api/examples/node/chat.ndjson', {message: 'hi'});
    expect(type).to.equal('application/x-ndjson');
    expect(text).to.equal('{"delta":"You "}\n{"delta":"said "}\n{"delta":"**hi**."}\n');
  });

  it('answers a wrong path with a JSON error the widget shows with its status', async () => {
    const chat = await chatAt('/api/examples/node/nowhere');
    const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
    await chat.send('hello?');
    expect((await failed).detail).to.deep.equal({error: 'Not found', status: 404});
  });

  it('stops streaming when the user stops', async () => {
    const chat = await chatAt('/api/examples/node/chat');
    const stopped = expectEvent(chat, 'chat-stop');
    void chat.send('a rather long message to be stopped halfway through');
    await until(() => chat.status === 'streaming', 'the reply streams');
    chat.stop();
    await stopped;
    const kept = chat.messages.at(-1)!.content;
    // The same reply again, read to its end: by then the stopped one would
    // have sent all it had too.
    const {text} = await rawReply('/api/examples/node/chat', {message: 'a rather long message to be stopped halfway through'});
    expect(text).to.contain('data: [DONE]');
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: kept, error: chat.strings.errorStopped});
    expect(kept).not.to.equal('You said **a rather long message to be stopped halfway through**.');
  });
});

describe('examples/servers/python/server.py', () => {
  it('streams SSE that the widget shows word by word', async () => {
    const chat = await chatAt('/api/examples/python/chat');
    const first = await sendAndWatch(chat, {text: 'from Python', files: [new File(['x'], 'x.txt', {type: 'text/plain'})]});
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: 'You said **from Python** and 1 file.'});
    expect(first).to.equal('You ');
    await until(() => renderedTexts(chat).at(-1) === 'You said from Python and 1 file.', 'the reply renders');
  });

  it('sends exactly the SSE its docstring documents', async () => {
    const {type, text} = await rawReply('/api/examples/python/chat', {message: 'hi'});
    expect(type).to.equal('text/event-stream');
    expect(text).to.equal('data: {"delta": "You "}\n\ndata: {"delta": "said "}\n\ndata: {"delta": "**hi**."}\n\ndata: [DONE]\n\n');
  });

  it('answers a body that is not JSON with a 400 the widget could show', async () => {
    const response = await fetch('/api/examples/python/chat', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: '{oops',
    });
    expect(response.status).to.equal(400);
    expect(await response.json()).to.deep.equal({error: 'The request body must be JSON.'});
  });
});

describe('examples/servers/openai-stub/server.js', () => {
  const endpoint = '/api/examples/openai-stub/v1/chat/completions';

  it('streams chat.completion.chunk events to adapter="openai"', async () => {
    const chat = await chatAt(endpoint, 'openai', 'stub');
    // The first event only names the role: the first word comes in the second.
    const first = await sendAndWatch(chat, 'hello stub', 2);
    expect(chat.messages).to.deep.equal([
      {role: 'user', content: 'hello stub'},
      {role: 'assistant', content: 'You said: hello stub'},
    ]);
    expect(first).to.be.a('string').and.not.equal('You said: hello stub');
    expect('You said: hello stub'.startsWith(first), first).to.equal(true);
  });

  it('reasons first with "think": true in body: a Thinking thought, then the answer', async () => {
    const chat = await chatAt(endpoint, 'openai', 'stub');
    chat.body = {think: true};
    await chat.send('why?');
    const [, thought, answer] = chat.messages as ChatMessage[];
    expect(thought.content).to.equal('Let me think about that.');
    expect(thought.metadata).to.include({title: 'Thinking', status: 'done'});
    expect(answer).to.deep.equal({role: 'assistant', content: 'You said: why?'});
    await until(() => deepQuery(chat, '[part~="thought"]') !== null, 'the thought renders');
  });

  it('receives images as image_url parts', async () => {
    const chat = await chatAt(endpoint, 'openai', 'stub');
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) =>
      c.charCodeAt(0),
    );
    await chat.send({text: 'what is it?', files: [new File([png], 'dot.png', {type: 'image/png'})]});
    expect(chat.messages.at(-1)!.content).to.equal('You said: [image_url] what is it?');
  });

  it('fails as the API does without a model, and the widget shows it with the status', async () => {
    const chat = await chatAt(endpoint, 'openai');
    const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
    await chat.send('no model');
    expect((await failed).detail).to.deep.equal({error: 'you must provide a model parameter', status: 400});
  });

  it('sends exactly the chunks its header documents', async () => {
    const {type, text} = await rawReply(endpoint, {model: 'stub', stream: true, think: true, messages: [{role: 'user', content: 'hi'}]});
    expect(type).to.equal('text/event-stream');
    const events = text.split('\n\n').filter(Boolean);
    expect(events.at(-1)).to.equal('data: [DONE]');
    const chunks = events.slice(0, -1).map((event) => {
      expect(event.startsWith('data: ')).to.equal(true);
      return JSON.parse(event.slice(6));
    });
    for (const chunk of chunks) expect(chunk).to.include({object: 'chat.completion.chunk', model: 'stub'});
    const deltas = chunks.map((chunk) => chunk.choices[0].delta);
    expect(deltas.map((delta) => delta.reasoning_content ?? '').join('')).to.equal('Let me think about that.');
    expect(deltas.map((delta) => delta.content ?? '').join('')).to.equal('You said: hi');
    expect(chunks.at(-1).choices[0].finish_reason).to.equal('stop');
  });
});

describe('examples/servers/ai-sdk/server.js', () => {
  const endpoint = '/api/examples/ai-sdk/api/chat';

  it('answers adapter="ai-sdk" through convertToModelMessages: a thought, then the reply word by word', async () => {
    const chat = await chatAt(endpoint, 'ai-sdk');
    await chat.send({text: 'hello sdk', files: [new File(['x'], 'x.txt', {type: 'text/plain'})]});
    const [, , thought, answer] = chat.messages as ChatMessage[];
    expect(thought.content).to.equal('Echoing.');
    expect(thought.metadata).to.include({title: 'Thinking', status: 'done'});
    expect(answer).to.deep.equal({role: 'assistant', content: 'You said **hello sdk** and 1 file.'});
    await until(() => deepQuery(chat, '[part~="message-content"] strong')?.textContent === 'hello sdk', 'the reply renders');
  });

  it('sends the UI message stream with its header', async () => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({id: 'c', messages: [{id: 'm', role: 'user', parts: [{type: 'text', text: 'hi'}]}], trigger: 'submit-message'}),
    });
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).to.equal('v1');
    const events = (await response.text()).split('\n\n').filter(Boolean);
    expect(events.at(-1)).to.equal('data: [DONE]');
    const types = events.slice(0, -1).map((event) => JSON.parse(event.slice(6)).type);
    expect(types[0]).to.equal('start');
    expect(types).to.include.members(['reasoning-delta', 'finish']);
    expect(types.filter((type) => type === 'text-delta').length, 'the reply streams word by word').to.be.greaterThan(2);
  });

  it("rejects the contract's body, which has no parts, with a 400 the widget shows", async () => {
    const chat = await chatAt(endpoint, 'sse');
    const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
    await chat.send('plain');
    expect((await failed).detail.status).to.equal(400);
  });
});

describe('examples/servers/python/fastapi_style.py', () => {
  const endpoint = '/api/examples/python-fastapi/chat';

  it('streams markdown with line breaks, framed as multi-line data, that the widget shows whole', async () => {
    const chat = await chatAt(endpoint);
    await chat.send('say "hi"');
    expect(chat.messages.at(-1)).to.deep.equal({
      role: 'assistant',
      content: 'You said **say "hi"**. Here it is in Python:\n\n```python\nprint("say \\"hi\\"")\n```\n\nDone.',
    });
    await until(() => deepQuery(chat, '[part~="message-content"] pre code') !== null, 'the code block renders');
    expect(deepQuery(chat, '[part~="message-content"] pre code')!.textContent).to.include('print("say \\"hi\\"")');
  });

  it('sends one data: line per line of text, and JSON for a piece that starts like JSON', async () => {
    const {type, text} = await rawReply(endpoint, {message: 'x'});
    expect(type).to.equal('text/event-stream');
    expect(text).to.equal(
      'data: You said **x**. Here it is in Python:\ndata: \ndata: \n\n' +
        'data: ```python\ndata: \n\n' +
        'data: print("x")\ndata: \n\n' +
        'data: ```\ndata: \n\n' +
        'data: \ndata: Done.\n\n' +
        'data: [DONE]\n\n',
    );
  });
});
