import {expect} from '@open-wc/testing';
import {ChatSession, type SessionHost} from '../../src/core/session.js';
import {ChatError} from '../../src/core/errors.js';
import type {ChatAdapter, ChatChunk, ChatMessage} from '../../src/core/types.js';
import type {ChatEventDetails, ChatEventName} from '../../src/events.js';
import {until} from '../support/index.js';

type Emitted = {name: ChatEventName; detail: unknown};

function makeSession(adapter: ChatAdapter, overrides: Partial<SessionHost> = {}) {
  const events: Emitted[] = [];
  const session = new ChatSession({
    adapter: () => adapter,
    config: () => ({endpoint: '', method: 'POST', headers: {}, credentials: 'same-origin', body: {}, apiName: '/chat'}),
    timeout: () => 60000,
    retries: () => 2,
    prepareFiles: async (files) => files.map((file) => file as {url: string}),
    describeError: (error) => (error === 'stopped' ? 'Stopped.' : `${error.code}: ${error.message}`),
    emit: <K extends ChatEventName>(name: K, detail: ChatEventDetails[K]) => events.push({name, detail}),
    ...overrides,
  });
  const names = () => events.map((event) => event.name);
  return {session, events, names};
}

async function* chunks(...list: ChatChunk[]): AsyncGenerator<ChatChunk> {
  for (const chunk of list) yield chunk;
}

/** An adapter whose chunks the test releases one by one. */
function controlledAdapter() {
  const pending: Array<(chunk: ChatChunk | null) => void> = [];
  const queue: Array<ChatChunk | null> = [];
  let signal: AbortSignal | undefined;
  const adapter: ChatAdapter = async function* (request) {
    signal = request.signal;
    while (true) {
      const next = queue.length
        ? queue.shift()!
        : await new Promise<ChatChunk | null>((resolve, reject) => {
            pending.push(resolve);
            request.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
          });
      if (next === null) return;
      yield next;
    }
  };
  const push = (chunk: ChatChunk | null) => {
    const resolve = pending.shift();
    if (resolve) resolve(chunk);
    else queue.push(chunk);
  };
  return {adapter, push, signal: () => signal};
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ChatSession', () => {
  it('shows files first, then text, and streams deltas into one reply', async () => {
    const {session, names} = makeSession(() => chunks({delta: 'Hel'}, {delta: 'lo'}, '!'));
    await session.send({text: 'hi', files: [{url: 'https://example.com/a.png', mime_type: 'image/png'}]});
    expect(session.messages).to.deep.equal([
      {role: 'user', content: {url: 'https://example.com/a.png', mime_type: 'image/png'}},
      {role: 'user', content: 'hi'},
      {role: 'assistant', content: 'Hello!'},
    ]);
    expect(session.status).to.equal('idle');
    expect(names()).to.deep.equal(['chat-response', 'chat-change']);
  });

  it('applies every structured chunk of the contract', async () => {
    const thought: ChatMessage = {role: 'assistant', content: 'step', metadata: {title: 'Tool', status: 'pending'}};
    const {session} = makeSession(() =>
      chunks(
        {content: 'whole'},
        {content: 'whole text'},
        {message: thought},
        {metadata: {status: 'done'}},
        {delta: 'after'},
        {done: true},
        {delta: 'ignored'},
      ),
    );
    await session.send({text: 'q', files: []});
    expect(session.messages.slice(1)).to.deep.equal([
      {role: 'assistant', content: 'whole text'},
      {role: 'assistant', content: 'step', metadata: {title: 'Tool', status: 'done'}},
      {role: 'assistant', content: 'after'},
    ]);
  });

  it('accepts a promise-returning adapter', async () => {
    const {session} = makeSession(async () => 'one shot');
    await session.send({text: 'q', files: []});
    expect(session.messages[1]).to.deep.equal({role: 'assistant', content: 'one shot'});
  });

  it('keeps the partial reply and marks the error when the stream fails', async () => {
    const {session, events} = makeSession(async function* () {
      yield 'partial';
      throw new ChatError('boom', {code: 'server', status: 500});
    });
    await session.send({text: 'q', files: []});
    expect(session.messages).to.deep.equal([
      {role: 'user', content: 'q'},
      {role: 'assistant', content: 'partial', error: 'server: boom'},
    ]);
    expect(session.status).to.equal('error');
    expect(events.find((event) => event.name === 'chat-error')?.detail).to.deep.equal({error: 'server: boom', status: 500});
  });

  it('fails an {error} chunk and an empty reply visibly', async () => {
    const failing = makeSession(() => chunks({error: 'no quota'}));
    await failing.session.send({text: 'q', files: []});
    expect(failing.session.messages[1]).to.deep.equal({role: 'assistant', content: '', error: 'server: no quota'});
    const empty = makeSession(() => chunks({done: true}));
    await empty.session.send({text: 'q', files: []});
    expect(empty.session.messages[1].error).to.match(/^empty:/);
  });

  it('turns a throwing custom adapter into a visible error', async () => {
    const {session} = makeSession(() => {
      throw new Error('adapter exploded');
    });
    await session.send({text: 'q', files: []});
    expect(session.messages[1].error).to.equal('adapter: adapter exploded');
  });

  it('stops: keeps partial text, aborts the request, fires chat-stop, drops later chunks', async () => {
    const control = controlledAdapter();
    const {session, names} = makeSession(control.adapter);
    const done = session.send({text: 'q', files: []});
    control.push('part');
    await tick();
    expect(session.status).to.equal('streaming');
    session.stop();
    await done;
    expect(control.signal()?.aborted).to.be.true;
    control.push('late');
    await tick();
    expect(session.messages[1]).to.deep.equal({role: 'assistant', content: 'part', error: 'Stopped.'});
    expect(names()).to.include('chat-stop');
    expect(session.status).to.equal('idle');
  });

  it('clear aborts the reply and nothing from it arrives later', async () => {
    const control = controlledAdapter();
    const {session, names} = makeSession(control.adapter);
    const done = session.send({text: 'q', files: []});
    control.push('part');
    await tick();
    session.clear();
    await done;
    control.push('late');
    await tick();
    expect(session.messages).to.deep.equal([]);
    expect(control.signal()?.aborted).to.be.true;
    expect(names()).to.include('chat-clear');
    expect(names()).not.to.include('chat-stop');
  });

  it('stops and times out at once even when the adapter ignores its signal', async () => {
    // Waits for chunks that never come, deaf to the signal.
    const deaf: ChatAdapter = async function* () {
      yield 'part';
      await new Promise(() => undefined);
    };
    const stopping = makeSession(deaf);
    const stopped = stopping.session.send({text: 'q', files: []});
    await tick();
    expect(stopping.session.status).to.equal('streaming');
    stopping.session.stop();
    // The adapter never ends: only the stop can settle the send.
    let settled = false;
    void stopped.then(() => (settled = true));
    await until(() => settled, 'the send settled after stop');
    expect(stopping.session.messages[1]).to.deep.equal({role: 'assistant', content: 'part', error: 'Stopped.'});

    const silent = makeSession(deaf, {timeout: () => 60});
    await silent.session.send({text: 'q', files: []});
    expect(silent.session.messages[1].error).to.match(/^timeout:/);
    expect(silent.names()).to.include('chat-error');
  });

  it('fails a silent backend after the timeout, before and between chunks', async () => {
    const before = controlledAdapter();
    const first = makeSession(before.adapter, {timeout: () => 80});
    await first.session.send({text: 'q', files: []});
    expect(first.session.messages[1].error).to.match(/^timeout:/);
    expect(before.signal()?.aborted).to.be.true;

    const between = controlledAdapter();
    const second = makeSession(between.adapter, {timeout: () => 80});
    const done = second.session.send({text: 'q', files: []});
    between.push('some');
    await done;
    expect(second.session.messages[1]).to.deep.include({content: 'some'});
    expect(second.session.messages[1].error).to.match(/^timeout:/);
  });

  it('retries a failure before the first byte, never after text arrived', async () => {
    let calls = 0;
    const flaky = makeSession(async function* () {
      calls++;
      if (calls < 3) throw new ChatError('unavailable', {code: 'http', status: 503, retryable: true});
      yield 'finally';
    });
    await flaky.session.send({text: 'q', files: []});
    expect(calls).to.equal(3);
    expect(flaky.session.messages[1]).to.deep.equal({role: 'assistant', content: 'finally'});

    let late = 0;
    const midway = makeSession(async function* () {
      late++;
      yield 'text';
      throw new ChatError('dropped', {code: 'dropped', retryable: true});
    });
    await midway.session.send({text: 'q', files: []});
    expect(late).to.equal(1);
    expect(midway.session.messages[1]).to.deep.equal({role: 'assistant', content: 'text', error: 'dropped: dropped'});

    let none = 0;
    const noRetries = makeSession(
      // An adapter that fails before its first chunk: it never yields.
      // eslint-disable-next-line require-yield
      async function* () {
        none++;
        throw new ChatError('unavailable', {code: 'http', status: 503, retryable: true});
      },
      {retries: () => 0},
    );
    await noRetries.session.send({text: 'q', files: []});
    expect(none).to.equal(1);
  });

  it('retry regenerates the last reply; undo removes the last exchange and returns its text', async () => {
    let n = 0;
    const {session, events} = makeSession(async () => `answer ${++n}`);
    await session.send({text: 'first', files: []});
    await session.send({text: 'second', files: [{url: 'https://example.com/x.png'}]});
    await session.retry();
    expect(session.messages.map((m) => m.content)).to.deep.equal([
      'first',
      'answer 1',
      {url: 'https://example.com/x.png'},
      'second',
      'answer 3',
    ]);
    expect(events.find((e) => e.name === 'chat-retry')?.detail).to.deep.equal({index: 3});
    expect(session.undo()).to.equal('second');
    expect(session.messages.map((m) => m.content)).to.deep.equal(['first', 'answer 1']);
    expect(events.find((e) => e.name === 'chat-undo')?.detail).to.deep.equal({index: 2});
  });

  it('edit replaces a user message and answers again from there', async () => {
    let n = 0;
    const {session, events} = makeSession(async (request) => `re: ${request.message} ${++n}`);
    await session.send({text: 'one', files: []});
    await session.send({text: 'two', files: []});
    await session.edit(0, 'uno');
    expect(session.messages.map((m) => m.content)).to.deep.equal(['uno', 're: uno 3']);
    expect(events.find((e) => e.name === 'chat-edit')?.detail).to.deep.equal({index: 0, value: 'uno', previous: 'one'});
  });

  it('like records the value and fires chat-like with the message content', async () => {
    const {session, events} = makeSession(async () => 'nice');
    await session.send({text: 'q', files: []});
    session.like(1, true);
    expect(session.messages[1].liked).to.equal(true);
    session.like(1, null);
    expect(session.messages[1].liked).to.equal(null);
    expect(events.filter((e) => e.name === 'chat-like').map((e) => e.detail)).to.deep.equal([
      {index: 1, value: 'nice', liked: true},
      {index: 1, value: 'nice', liked: null},
    ]);
  });

  it('setMessages validates, names the bad entry and changes nothing', () => {
    const {session} = makeSession(async () => '');
    session.setMessages([{role: 'user', content: {path: '/a.png'}}]);
    expect(session.messages).to.deep.equal([{role: 'user', content: {url: '/a.png'}}]);
    expect(() =>
      session.setMessages([
        {role: 'user', content: 'ok'},
        {role: 'robot', content: 'x'},
      ]),
    ).to.throw(TypeError, /messages\[1\]\.role/);
    expect(() => session.setMessages('nope')).to.throw(TypeError, /list/);
    expect(() => session.setMessages([{role: 'user', content: 5}])).to.throw(TypeError, /messages\[0\]\.content/);
    expect(session.messages).to.deep.equal([{role: 'user', content: {url: '/a.png'}}]);
  });

  it('setMessages keeps the objects of messages that did not change, so views draw only what changed', () => {
    const {session} = makeSession(async () => '');
    const first = [
      {role: 'user', content: 'Hi', metadata: {id: 'a', title: 'Step', status: 'done'}},
      {role: 'assistant', content: {path: '/a.png', name: 'a.png'}, options: [{value: 'x'}]},
      {role: 'assistant', content: 'Reply', liked: true},
    ] as const;
    session.setMessages(first);
    const before = session.messages;
    session.setMessages([...first.map((message) => structuredClone(message)), {role: 'user', content: 'More'}]);
    const after = session.messages;
    expect(after).to.have.length(4);
    after.slice(0, 3).forEach((message, index) => expect(message, `message ${index}`).to.equal(before[index]));
    session.setMessages([first[0], first[1], {...first[2], liked: false}, {role: 'user', content: 'Changed'}]);
    expect(session.messages[1]).to.equal(before[1]);
    expect(session.messages[2]).to.not.equal(before[2]);
    expect(session.messages[2]!.liked).to.equal(false);
    expect(session.messages[3]!.content).to.equal('Changed');
  });
});
