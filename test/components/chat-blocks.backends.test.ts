// Every backend through the real <chat-blocks> over real HTTP: the openai
// and gradio adapters against servers that speak their protocols, then the
// same faults (silence, stop, clear, failures, automatic retries, stale
// chunks) played to sse, fetch, openai and gradio alike by /api/faults.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatAdapter, ChatMessage} from '../../src/core/types.js';
import {
  deepQuery,
  expectEvent,
  faultsSeen,
  part,
  releaseGate,
  renderedTexts,
  serverSawClose,
  uniqueTag,
  until,
  untilFound,
} from '../support/index.js';

type ErrorDetail = {error: string; status?: number};

const pngBytes = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

async function chatWith(adapter: string, endpoint: string, attributes: {model?: string; headers?: string} = {}) {
  return fixture<ChatBlocks>(html`
    <chat-blocks
      adapter=${adapter}
      endpoint=${endpoint}
      model=${attributes.model ?? ''}
      headers=${attributes.headers ?? '{}'}
    ></chat-blocks>
  `);
}

// How the faulty server (/api/faults) is told what to do, in each adapter's protocol.

type Write = string | {pause: number} | {drop: true} | {hold: true} | {waitFor: string};

/** How an adapter's server writes a reply on the wire. */
interface Protocol {
  adapter: 'sse' | 'fetch' | 'openai' | 'gradio';
  endpoint: string;
  type?: string;
  /** The write that brings the reply to `text` after adding `piece`. */
  piece(piece: string, text: string): string;
  /** The writes that end the reply normally. */
  end(text: string): string[];
  /** A write that fails the reply with `message`, where the protocol has one. */
  error?(message: string): string;
}

const openaiChunk = (delta: object, finish: string | null = null) =>
  `data: ${JSON.stringify({object: 'chat.completion.chunk', choices: [{index: 0, delta, finish_reason: finish}]})}\n\n`;

const protocols: Protocol[] = [
  {
    adapter: 'sse',
    endpoint: '/api/faults/reply',
    piece: (piece) => `data: ${JSON.stringify({delta: piece})}\n\n`,
    end: () => ['data: [DONE]\n\n'],
    error: (message) => `event: error\ndata: ${message}\n\n`,
  },
  {
    adapter: 'fetch',
    endpoint: '/api/faults/reply',
    type: 'text/plain; charset=utf-8',
    piece: (piece) => piece,
    end: () => [],
  },
  {
    adapter: 'openai',
    endpoint: '/api/faults/reply',
    piece: (piece) => openaiChunk({content: piece}),
    end: () => [openaiChunk({}, 'stop'), 'data: [DONE]\n\n'],
    error: (message) => `data: ${JSON.stringify({error: {message, type: 'server_error'}})}\n\n`,
  },
  {
    adapter: 'gradio',
    endpoint: '/api/faults/gradio',
    piece: (_, text) => `event: generating\ndata: ${JSON.stringify([text])}\n\n`,
    end: (text) => [`event: complete\ndata: ${JSON.stringify([text])}\n\n`],
    error: (message) => `event: error\ndata: ${JSON.stringify({error: message, visible: true, title: 'Error'})}\n\n`,
  },
];

/** The writes of a reply in `protocol`: strings are pieces of text; it ends normally unless `end` is false. */
function reply(protocol: Protocol, items: Array<string | Exclude<Write, string>>, end = true) {
  let text = '';
  const writes: Write[] = items.map((item) => {
    if (typeof item !== 'string') return item;
    text += item;
    return protocol.piece(item, text);
  });
  if (end) writes.push(...protocol.end(text));
  return {type: protocol.type, writes};
}

/** Plans what the faulty server does on each request, under a new tag; returns the tag. */
function plan(chat: ChatBlocks, name: string, attempts: object[]): string {
  const tag = uniqueTag(name);
  chat.body = {fault: {tag, attempts}};
  return tag;
}

const apiError = (message: string) => JSON.stringify({error: {message}});

describe('<chat-blocks adapter="openai">', () => {
  const endpoint = '/api/openai/v1/chat/completions';

  it('streams a reply, with the model attribute choosing the model', async () => {
    const chat = await chatWith('openai', endpoint, {model: 'plain'});
    const statuses: string[] = [];
    const observer = new MutationObserver(() => statuses.push(chat.getAttribute('status')!));
    observer.observe(chat, {attributes: true, attributeFilter: ['status']});
    const response = expectEvent<{message: ChatMessage}>(chat, 'chat-response');
    await chat.send('Hi');
    observer.disconnect();
    expect((await response).detail.message).to.deep.equal({role: 'assistant', content: 'Hello, world!'});
    expect(statuses).to.deep.equal(['waiting', 'streaming', 'idle']);
    await until(() => renderedTexts(chat).join('|') === 'Hi|Hello, world!', 'the reply is rendered');
  });

  it('sends model, stream, body fields, the history with images as image_url parts and other files as notes', async () => {
    const chat = await chatWith('openai', endpoint, {model: 'echo'});
    chat.body = {temperature: 0.3, max_tokens: 50};
    await chat.send({
      text: 'What is this?',
      files: [new File([pngBytes], 'dot.png', {type: 'image/png'}), new File(['a,b'], 'table.csv', {type: 'text/csv'})],
    });
    const first = JSON.parse(chat.messages.at(-1)!.content as string);
    expect(first.body.model).to.equal('echo');
    expect(first.body.stream).to.equal(true);
    expect(first.body.temperature).to.equal(0.3);
    expect(first.body.max_tokens).to.equal(50);
    expect(first.body.messages).to.have.length(1);
    const [image, note, text] = first.body.messages[0].content;
    expect(first.body.messages[0].role).to.equal('user');
    expect(image.type).to.equal('image_url');
    expect(image.image_url.url).to.match(/^data:image\/png;base64,iVBOR/);
    expect(note).to.deep.equal({type: 'text', text: '[file: table.csv (text/csv)]'});
    expect(text).to.deep.equal({type: 'text', text: 'What is this?'});

    await chat.send('And now?');
    const second = JSON.parse(chat.messages.at(-1)!.content as string);
    expect(second.body.messages.map((m: {role: string}) => m.role)).to.deep.equal(['user', 'assistant', 'user']);
    expect(second.body.messages[2].content).to.equal('And now?');
  });

  it('shows reasoning_content as a "Thinking" thought, pending while it streams, done when the answer starts', async () => {
    const chat = await chatWith('openai', '/api/faults/reply', {model: 'r1'});
    const tag = plan(chat, 'thinking', [
      {
        writes: [
          openaiChunk({role: 'assistant', content: null, reasoning_content: 'Two and '}),
          openaiChunk({reasoning_content: 'two.'}),
          {waitFor: 'answer'},
          openaiChunk({content: 'Four.'}),
          openaiChunk({}, 'stop'),
          'data: [DONE]\n\n',
        ],
      },
    ]);
    const sentAt = performance.now();
    const sent = chat.send('2+2?');
    await until(() => chat.messages[1]?.content === 'Two and two.', 'the reasoning streams');
    expect(chat.messages[1]).to.deep.equal({role: 'assistant', content: 'Two and two.', metadata: {title: 'Thinking', status: 'pending'}});
    expect(chat.status).to.equal('streaming');
    // Tokens are drawn once per frame, and a page in a background tab gets no
    // frames: draw the list now rather than wait for one.
    const list = chat.shadowRoot!.querySelector('chat-message-list')!;
    list.requestUpdate();
    await list.updateComplete;
    const pending = deepQuery(chat, '[part~="thought"][data-pending]');
    expect(pending, 'a pending thought shows').to.exist;
    expect(pending!.querySelector('.thought-title')!.textContent).to.equal('Thinking');

    // The thought lasts at least 0.3 s (the server answers only when told),
    // and its duration must show that; it cannot be longer than the send.
    const shownAt = performance.now();
    await until(() => performance.now() - shownAt >= 300, 'the thought has lasted 0.3 s');
    await fetch(`/api/faults/release?tag=${tag}&name=answer`);
    await sent;
    const sendSeconds = (performance.now() - sentAt) / 1000;
    const [, thought, answer] = chat.messages;
    expect(thought.metadata).to.include({title: 'Thinking', status: 'done'});
    expect(thought.metadata!.duration).to.be.within(0.3, sendSeconds + 0.1);
    expect(answer).to.deep.equal({role: 'assistant', content: 'Four.'});
    await until(() => deepQuery(chat, '[part~="thought"]:not([data-pending])') !== null, 'the thought is done');
    await until(() => renderedTexts(chat).at(-1) === 'Four.', 'the answer follows the thought');
    await expect(chat).to.be.accessible();
  });

  it("reads Ollama's delta.reasoning too", async () => {
    const chat = await chatWith('openai', endpoint, {model: 'reasoning-ollama'});
    await chat.send('2+2?');
    expect(chat.messages.slice(1).map((m) => [m.content, m.metadata?.title, m.metadata?.status])).to.deep.equal([
      ['Hmm, two and two.', 'Thinking', 'done'],
      ['Four.', undefined, undefined],
    ]);
  });

  it("shows a streamed reasoning thought under the page's `strings.thinking`, keeping the saved marker", async () => {
    const chat = await chatWith('openai', endpoint, {model: 'reasoning-ollama'});
    chat.strings = {thinking: 'Réflexion'};
    await chat.send('2+2?');
    expect(chat.messages[1].metadata).to.include({title: 'Thinking', status: 'done'});
    const list = chat.shadowRoot!.querySelector('chat-message-list')!;
    await until(
      () => deepQuery(chat, '[part~="thought"] .thought-title')?.textContent === 'Réflexion',
      "the thought shows the page's word",
    );
    expect(list.shadowRoot!.textContent).to.not.contain('Thinking');
  });

  it('ends the reply at finish_reason even when the server keeps the connection open', async () => {
    const chat = await chatWith('openai', endpoint, {model: 'finish-hold'});
    // Were the reply not ended at finish_reason, this silence timeout would
    // end it with an error; generous, so a slow machine never trips it.
    chat.timeout = 15000;
    let errors = 0;
    chat.addEventListener('chat-error', () => errors++);
    await chat.send('Hi');
    expect(chat.messages[1]).to.deep.equal({role: 'assistant', content: 'Done'});
    expect(errors).to.equal(0);
  });

  it('takes a whole (non-streamed) completion from a server that ignores `stream`', async () => {
    const chat = await chatWith('openai', endpoint, {model: 'whole'});
    await chat.send('Hi');
    expect(chat.messages.slice(1).map((m) => [m.content, m.metadata?.title])).to.deep.equal([
      ['Quick thought.', 'Thinking'],
      ['All at once.', undefined],
    ]);
  });

  it('shows the API error JSON of a 401 with its status, keeping the user message', async () => {
    const chat = await chatWith('openai', endpoint, {model: 'plain', headers: '{"Authorization": "Bearer wrong"}'});
    const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
    await chat.send('Hi');
    expect((await failed).detail).to.deep.equal({error: 'Incorrect API key provided: wrong.', status: 401});
    expect(chat.messages[0]).to.deep.equal({role: 'user', content: 'Hi'});
    await until(() => part(chat, 'message-error')?.textContent?.includes('Incorrect API key provided') === true, 'the error shows');
    expect(part(chat, 'retry-button')).to.exist;
    expect(chat.status).to.equal('error');
  });

  it('says when to try again after a 429 with a long Retry-After', async () => {
    const chat = await chatWith('openai', endpoint, {model: 'rate-limited'});
    const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
    await chat.send('Hi');
    const {detail} = await failed;
    expect(detail.status).to.equal(429);
    expect(detail.error).to.equal('Rate limit reached for requests. Try again in 20 s.');
    await until(() => part(chat, 'message-error')?.textContent?.includes('Try again in 20 s') === true, 'the wait shows');
  });

  it('keeps the partial reply when an error arrives mid-stream', async () => {
    const chat = await chatWith('openai', endpoint, {model: 'error-midstream'});
    const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
    await chat.send('Hi');
    expect((await failed).detail).to.deep.equal({error: 'The server had an error while processing your request.'});
    expect(chat.messages[1]).to.deep.equal({
      role: 'assistant',
      content: 'Partial',
      error: 'The server had an error while processing your request.',
    });
  });

  it('stop closes the connection to the API', async () => {
    const tag = uniqueTag('openai-stop');
    const chat = await chatWith('openai', endpoint, {model: 'endless', headers: JSON.stringify({'X-Test-Tag': tag})});
    void chat.send('Count');
    await until(() => String(chat.messages[1]?.content ?? '').startsWith('0 1 '), 'tokens stream');
    part(chat, 'stop-button')!.click();
    await serverSawClose(tag, 'openai');
    // The connection is closed: nothing more can come.
    const kept = chat.messages[1].content;
    await until(() => chat.status !== 'streaming', 'the stop takes effect');
    expect(chat.messages[1].content).to.equal(kept);
  });
});

describe('<chat-blocks adapter="gradio">', () => {
  it('sends the message to call/{api-name} and streams generating, heartbeat and complete events', async () => {
    const chat = await chatWith('gradio', '/api/gradio/stream');
    await chat.send('Hi');
    expect(chat.messages).to.deep.equal([
      {role: 'user', content: 'Hi'},
      {role: 'assistant', content: 'Hello there, friend'},
    ]);
    await until(() => renderedTexts(chat).at(-1) === 'Hello there, friend', 'the reply is rendered');
  });

  it('uploads files to /gradio_api/upload first and sends {text, files}, with body fields and the history', async () => {
    const chat = await chatWith('gradio', '/api/gradio/echo');
    chat.body = {session_hash: 'abc'};
    await chat.send('first');
    await chat.send({text: 'look', files: [new File(['hello file'], 'note.txt', {type: 'text/plain'})]});
    const received = JSON.parse(chat.messages.at(-1)!.content as string);
    const [message, history] = received.data;
    expect(message.text).to.equal('look');
    expect(message.files).to.have.length(1);
    expect(message.files[0]).to.include({orig_name: 'note.txt', mime_type: 'text/plain'});
    expect(message.files[0].path).to.match(/^\/tmp\/gradio\/[0-9a-f]+\/note\.txt$/);
    expect(message.files[0].meta).to.deep.equal({_type: 'gradio.FileData'});
    // The app already holds the bytes when the call arrives: the upload came first.
    expect(received.uploads).to.deep.equal([{name: 'note.txt', type: 'text/plain', text: 'hello file'}]);
    expect(received.body.session_hash).to.equal('abc');
    expect(history.map((m: ChatMessage) => [m.role, typeof m.content === 'string' ? 'text' : 'file'])).to.deep.equal([
      ['user', 'text'],
      ['assistant', 'text'],
    ]);
    expect(history[0].content).to.equal('first');
  });

  it('shows an error event, keeping the partial reply', async () => {
    const chat = await chatWith('gradio', '/api/gradio/error');
    const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
    await chat.send('Hi');
    expect((await failed).detail).to.deep.equal({error: 'Out of GPU memory'});
    expect(chat.messages[1]).to.deep.equal({role: 'assistant', content: 'Partial', error: 'Out of GPU memory'});
    await until(() => part(chat, 'message-error')?.textContent?.includes('Out of GPU memory') === true, 'the error shows');
    expect(part(chat, 'retry-button')).to.exist;
  });

  it('words an error event without a message with the UI string', async () => {
    const chat = await chatWith('gradio', '/api/gradio/error-null');
    const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
    await chat.send('Hi');
    expect((await failed).detail.error).to.equal(chat.strings.errorServer);
  });

  it('shows a thought, then the answer', async () => {
    const chat = await chatWith('gradio', '/api/gradio/thoughts');
    await chat.send('Find it');
    expect(chat.messages.slice(1)).to.deep.equal([
      {role: 'assistant', content: 'Looking it up', metadata: {title: 'Searching', status: 'done', duration: 0.5}},
      {role: 'assistant', content: 'Found it.'},
    ]);
  });

  it('stop cancels: the event stream closes and nothing arrives later', async () => {
    const tag = uniqueTag('gradio-stop');
    const chat = await chatWith('gradio', '/api/gradio/endless', {headers: JSON.stringify({'X-Test-Tag': tag})});
    const stopped = expectEvent(chat, 'chat-stop');
    void chat.send('Count');
    await until(() => String(chat.messages[1]?.content ?? '').startsWith('0 1 '), 'the generator streams');
    part(chat, 'stop-button')!.click();
    await stopped;
    await serverSawClose(tag, 'gradio');
    const kept = chat.messages[1].content;
    expect(chat.messages[1]).to.deep.equal({role: 'assistant', content: kept, error: chat.strings.errorStopped});
  });
});

// ---------------------------------------------------------------------------
// The same faults for every adapter.

for (const protocol of protocols) {
  describe(`<chat-blocks adapter="${protocol.adapter}"> when things go wrong`, () => {
    const chatFixture = () => chatWith(protocol.adapter, protocol.endpoint, {model: 'faulty'});

    it('fails after `timeout` ms of silence before the response, aborting the request', async () => {
      const chat = await chatFixture();
      chat.setAttribute('timeout', '400');
      const tag = plan(chat, 'silent-start', [{holdHeaders: true}]);
      const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
      // Not before the timeout: the server never answers, so nothing but the timeout ends the request.
      const started = performance.now();
      await chat.send('anyone?');
      expect(performance.now() - started).to.be.at.least(350);
      expect((await failed).detail).to.deep.equal({error: chat.strings.errorTimeout.replace('{seconds}', '1')});
      expect(chat.messages).to.deep.equal([
        {role: 'user', content: 'anyone?'},
        {role: 'assistant', content: '', error: chat.strings.errorTimeout.replace('{seconds}', '1')},
      ]);
      await until(() => part(chat, 'retry-button') !== null, 'a retry button shows');
      // The silent request was aborted, and a timeout is not retried.
      await serverSawClose(tag, 'faults');
      expect((await faultsSeen(tag)).hits).to.have.length(1);
    });

    it('fails after `timeout` ms of silence between chunks, keeping the partial reply', async () => {
      const chat = await chatFixture();
      // Long enough for the first chunk to arrive on a loaded machine; the
      // silence after it is endless.
      chat.timeout = 3000;
      const tag = plan(chat, 'silent-middle', [reply(protocol, ['Partial ', {hold: true}], false)]);
      const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
      await chat.send('go on');
      expect((await failed).detail.status).to.equal(undefined);
      expect(chat.messages[1]).to.deep.include({role: 'assistant', content: 'Partial '});
      expect(chat.messages[1].error).to.contain('nothing');
      await serverSawClose(tag, 'faults');
      await until(() => part(chat, 'message-error') !== null, 'the error shows');
    });

    it('stop aborts the request: the server sees it close, the partial reply stays, nothing arrives later', async () => {
      const chat = await chatFixture();
      // The server sends 'LATE' only if released, which never happens: after the
      // stop nothing more can come, so there is no need to wait and see.
      const tag = plan(chat, 'stop', [reply(protocol, ['one ', {waitFor: 'never'}, 'LATE'])]);
      const stopped = expectEvent(chat, 'chat-stop');
      void chat.send('count');
      await until(() => chat.messages[1]?.content === 'one ', 'the reply starts');
      await until(() => part(chat, 'stop-button') !== null, 'the stop button shows');
      part(chat, 'stop-button')!.click();
      await stopped;
      await serverSawClose(tag, 'faults');
      expect(chat.messages).to.deep.equal([
        {role: 'user', content: 'count'},
        {role: 'assistant', content: 'one ', error: chat.strings.errorStopped},
      ]);
      expect((await faultsSeen(tag)).finished).to.equal(0);
      expect(renderedTexts(chat).join(' ')).not.to.contain('LATE');
      await until(() => part(chat, 'submit-button') !== null, 'the textbox is usable again');
    });

    it('clear aborts the request and nothing of it arrives later', async () => {
      const chat = await chatFixture();
      const tag = plan(chat, 'clear', [reply(protocol, ['one ', {waitFor: 'never'}, 'LATE'])]);
      const cleared = expectEvent(chat, 'chat-clear');
      void chat.send('count');
      await until(() => chat.messages[1]?.content === 'one ', 'the reply starts');
      part(chat, 'clear-button')!.click();
      await cleared;
      await serverSawClose(tag, 'faults');
      expect(chat.messages).to.deep.equal([]);
      expect(renderedTexts(chat)).to.deep.equal([]);
      expect(chat.status).to.equal('idle');
    });

    it('a connection lost mid-reply keeps the partial reply and the user message, with a retry that works', async () => {
      const chat = await chatFixture();
      // The server drops the connection only once the page has the partial
      // reply: a drop resets the socket, which can discard unread data.
      const tag = plan(chat, 'drop-middle', [reply(protocol, ['Partial ', {waitFor: 'drop'}, {drop: true}], false)]);
      const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
      const sent = chat.send('tell me');
      await until(() => chat.messages[1]?.content === 'Partial ', 'the partial reply arrives');
      await fetch(`/api/faults/release?tag=${tag}&name=drop`);
      await sent;
      expect((await failed).detail).to.deep.equal({error: chat.strings.errorDropped});
      expect(chat.messages).to.deep.equal([
        {role: 'user', content: 'tell me'},
        {role: 'assistant', content: 'Partial ', error: chat.strings.errorDropped},
      ]);
      // Never retried after text arrived: nothing is shown twice.
      expect((await faultsSeen(tag)).hits).to.have.length(1);
      expect(chat.status).to.equal('error');
      await until(() => part(chat, 'message-error')?.textContent?.includes(chat.strings.errorDropped) === true, 'the error shows');
      expect(part<HTMLTextAreaElement>(chat, 'textbox')!.disabled).to.equal(false);

      plan(chat, 'drop-retried', [reply(protocol, ['Whole ', 'answer'])]);
      const response = expectEvent(chat, 'chat-response');
      part(chat, 'retry-button')!.click();
      await response;
      expect(chat.messages).to.deep.equal([
        {role: 'user', content: 'tell me'},
        {role: 'assistant', content: 'Whole answer'},
      ]);
      await until(() => part(chat, 'message-error') === null, 'the error is gone');
    });

    if (protocol.error) {
      const errorWrite = protocol.error;
      it('an error from the server mid-reply is shown, keeping the partial reply', async () => {
        const chat = await chatFixture();
        plan(chat, 'error-middle', [{type: protocol.type, writes: [protocol.piece('Partial ', 'Partial '), errorWrite('Out of tokens')]}]);
        const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
        await chat.send('tell me');
        expect((await failed).detail).to.deep.equal({error: 'Out of tokens'});
        expect(chat.messages[1]).to.deep.equal({role: 'assistant', content: 'Partial ', error: 'Out of tokens'});
      });
    }

    it('an HTTP error fires chat-error with its status and shows the reason; not retried', async () => {
      const chat = await chatFixture();
      const tag = plan(chat, 'http-500', [{status: 500, body: apiError('Model crashed')}, reply(protocol, ['never'])]);
      const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
      await chat.send('hello?');
      expect((await failed).detail).to.deep.equal({error: 'Model crashed', status: 500});
      expect(chat.messages).to.deep.equal([
        {role: 'user', content: 'hello?'},
        {role: 'assistant', content: '', error: 'Model crashed'},
      ]);
      expect((await faultsSeen(tag)).hits).to.have.length(1);
      await until(() => part(chat, 'message-error')?.textContent?.includes('Model crashed') === true, 'the reason shows');
    });

    it('retries 502, 503 and 504 before the first byte with growing waits, then shows the reply once', async () => {
      const chat = await chatFixture();
      chat.setAttribute('retries', '3');
      const tag = plan(chat, 'gateway', [
        {status: 502},
        {status: 503, body: apiError('Loading')},
        {status: 504},
        reply(protocol, ['Recovered']),
      ]);
      let errors = 0;
      chat.addEventListener('chat-error', () => errors++);
      await chat.send('hello?');
      expect(chat.messages).to.deep.equal([
        {role: 'user', content: 'hello?'},
        {role: 'assistant', content: 'Recovered'},
      ]);
      expect(errors).to.equal(0);
      const {hits} = await faultsSeen(tag);
      expect(hits).to.have.length(4);
      const waits = hits.slice(1).map((at, i) => at - hits[i]);
      // 300, 600 and 1200 ms at least (a loaded machine only adds to them;
      // a few ms off for the clocks of the server and the page).
      expect(waits[0]).to.be.at.least(280);
      expect(waits[1]).to.be.at.least(580);
      expect(waits[2]).to.be.at.least(1180);
      await until(() => renderedTexts(chat).join('|') === 'hello?|Recovered', 'shown once');
    });

    it('retries a connection dropped before the first byte (no response, or headers and nothing more)', async () => {
      const chat = await chatFixture();
      const tag = plan(chat, 'drop-start', [{drop: true}, {type: protocol.type, writes: [{drop: true}]}, reply(protocol, ['Back'])]);
      await chat.send('hello?');
      expect(chat.messages).to.deep.equal([
        {role: 'user', content: 'hello?'},
        {role: 'assistant', content: 'Back'},
      ]);
      expect((await faultsSeen(tag)).hits).to.have.length(3);
    });

    it('gives up after `retries` retries, and retries="0" turns retrying off', async () => {
      const chat = await chatFixture();
      chat.setAttribute('retries', '1');
      const twice = plan(chat, 'exhausted', [{status: 503}, {status: 503}, reply(protocol, ['too late'])]);
      const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
      await chat.send('one');
      expect((await failed).detail).to.deep.equal({error: chat.strings.errorHttp.replace('{status}', '503'), status: 503});
      expect((await faultsSeen(twice)).hits).to.have.length(2);

      chat.setAttribute('retries', '0');
      const once = plan(chat, 'no-retries', [{status: 503}, reply(protocol, ['too late'])]);
      const refused = expectEvent<ErrorDetail>(chat, 'chat-error');
      await chat.send('two');
      expect((await refused).detail).to.deep.equal({error: chat.strings.errorHttp.replace('{status}', '503'), status: 503});
      expect((await faultsSeen(once)).hits).to.have.length(1);

      // A connection dropped before any response is not retried either.
      const dropped = plan(chat, 'no-retries-dropped', [{drop: true}, reply(protocol, ['too late'])]);
      const unreachable = expectEvent<ErrorDetail>(chat, 'chat-error');
      await chat.send('three');
      expect((await unreachable).detail).to.deep.equal({error: chat.strings.errorNetwork});
      expect((await faultsSeen(dropped)).hits).to.have.length(1);
      expect(chat.messages.map((m) => m.content)).to.deep.equal(['one', '', 'two', '', 'three', '']);
    });

    it('waits a short Retry-After and retries; a long one is shown to the user', async () => {
      const chat = await chatFixture();
      const short = plan(chat, 'retry-after', [{status: 503, headers: {'Retry-After': '1'}}, reply(protocol, ['Ready'])]);
      await chat.send('one');
      expect(chat.messages[1]).to.deep.equal({role: 'assistant', content: 'Ready'});
      const {hits} = await faultsSeen(short);
      expect(hits).to.have.length(2);
      expect(hits[1]).to.be.at.least(950);

      const long = plan(chat, 'retry-after-long', [
        {status: 429, headers: {'Retry-After': '30'}, body: apiError('Slow down')},
        reply(protocol, ['never']),
      ]);
      const failed = expectEvent<ErrorDetail>(chat, 'chat-error');
      await chat.send('two');
      expect((await failed).detail).to.deep.equal({error: 'Slow down. Try again in 30 s.', status: 429});
      expect((await faultsSeen(long)).hits).to.have.length(1);
      await until(() => part(chat, 'message-error')?.textContent?.includes('Try again in 30 s.') === true, 'the wait shows');
    });

    it('after clear, undo or new messages, a late chunk of the old reply never shows', async () => {
      const chat = await chatFixture();
      // The rest of the old reply would come only if released, which never happens.
      const slow = () => reply(protocol, ['old ', {waitFor: 'never'}, 'LATE ', 'LATER']);
      const actions: Array<[string, () => void, ChatMessage[]]> = [
        ['clear', () => chat.clear(), []],
        ['undo', () => chat.undo(), []],
        [
          'messages',
          () => (chat.messages = [{role: 'assistant', content: 'Loaded elsewhere'}]),
          [{role: 'assistant', content: 'Loaded elsewhere'}],
        ],
      ];
      for (const [name, act, expected] of actions) {
        chat.messages = [];
        const tag = plan(chat, `stale-${name}`, [slow()]);
        void chat.send(`ask ${name}`);
        await until(() => chat.messages[1]?.content === 'old ', `the reply starts (${name})`);
        act();
        await serverSawClose(tag, 'faults');
        expect(chat.messages, name).to.deep.equal(expected);
        expect(chat.status, name).to.equal('idle');
      }
      expect(part<HTMLTextAreaElement>(chat, 'textbox')!.value).to.equal('ask undo');
      plan(chat, 'stale-after', [reply(protocol, ['fresh'])]);
      await chat.send('new question');
      expect(chat.messages.slice(-2)).to.deep.equal([
        {role: 'user', content: 'new question'},
        {role: 'assistant', content: 'fresh'},
      ]);
    });
  });
}

// ---------------------------------------------------------------------------
// A custom adapter that ignores its AbortSignal: the session alone must keep
// an old reply's chunks out of a newer turn.

/**
 * Streams plain text from the scripted route without passing the signal on,
 * as a careless adapter would: one write per word of the message. The server
 * holds the second word until the test releases `late` (so it comes after
 * whatever the test does first); `delivered` lists what the adapter yielded.
 */
function carelessAdapter(late?: string): {adapter: ChatAdapter; delivered: string[]} {
  const delivered: string[] = [];
  const adapter: ChatAdapter = async function* (request) {
    const writes: unknown[] = [];
    request.message.split(' ').forEach((word, i) => {
      if (i === 1 && late) writes.push({gate: late});
      writes.push(`${word}-${request.messages.length} `);
    });
    const response = await fetch('/api/streams/script', {
      method: 'POST',
      body: JSON.stringify({type: 'text/plain; charset=utf-8', writes}),
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const {value, done} = await reader.read();
      if (done) return;
      delivered.push(value);
      yield value;
    }
  };
  return {adapter, delivered};
}

describe('<chat-blocks> with an adapter that ignores its signal', () => {
  it('stop takes effect at once, and the late chunk is dropped', async () => {
    const chat = await chatWith('sse', '/unused');
    const late = uniqueTag('careless-stop');
    const careless = carelessAdapter(late);
    chat.adapter = careless.adapter;
    void chat.send('first second');
    await until(() => chat.messages[1]?.content === 'first-1 ', 'the reply starts');
    chat.stop();
    // The adapter can yield nothing more until released: stopping waits for it not.
    await until(() => chat.status === 'idle', 'stopped at once');
    await releaseGate(late);
    await until(() => careless.delivered.join('') === 'first-1 second-1 ', 'the adapter yields the late chunk');
    expect(chat.messages[1]).to.deep.equal({role: 'assistant', content: 'first-1 ', error: chat.strings.errorStopped});
  });

  it('after clear, a new reply is not mixed with a late chunk of the old one', async () => {
    const chat = await chatWith('sse', '/unused');
    const oldLate = uniqueTag('careless-old');
    const old = carelessAdapter(oldLate);
    chat.adapter = old.adapter;
    void chat.send('old late');
    await until(() => chat.messages[1]?.content === 'old-1 ', 'the old reply starts');
    let stops = 0;
    chat.addEventListener('chat-stop', () => stops++);
    chat.clear();
    const newLate = uniqueTag('careless-new');
    chat.adapter = carelessAdapter(newLate).adapter;
    const sent = chat.send('new slow');
    await until(() => chat.messages[1]?.content === 'new-1 ', 'the new reply starts');
    await releaseGate(oldLate);
    await until(() => old.delivered.join('') === 'old-1 late-1 ', 'the old adapter yields its late chunk');
    expect(chat.messages).to.deep.equal([
      {role: 'user', content: 'new slow'},
      {role: 'assistant', content: 'new-1 '},
    ]);
    expect(chat.status).to.equal('streaming');
    await releaseGate(newLate);
    await sent;
    expect(chat.messages[1]).to.deep.equal({role: 'assistant', content: 'new-1 slow-1 '});
    expect(stops).to.equal(0);
  });

  it('after an edit, a late chunk of the old reply is dropped', async () => {
    const chat = await chatWith('sse', '/unused');
    const late = uniqueTag('careless-edit');
    const before = carelessAdapter(late);
    chat.adapter = before.adapter;
    void chat.send('before edited');
    await until(() => chat.messages[1]?.content === 'before-1 ', 'the reply starts');
    chat.stop();
    await until(() => part<HTMLButtonElement>(chat, 'edit-button')?.disabled === false, 'edit is possible');
    chat.adapter = carelessAdapter().adapter;
    part(chat, 'edit-button')!.click();
    const editor = await untilFound<HTMLTextAreaElement>(chat, '.editor textarea');
    editor.value = 'after edit';
    editor.dispatchEvent(new Event('input'));
    const edited = expectEvent<{index: number; value: string; previous: string}>(chat, 'chat-edit');
    deepQuery<HTMLButtonElement>(chat, '.editor-actions .primary')!.click();
    expect((await edited).detail).to.deep.equal({index: 0, value: 'after edit', previous: 'before edited'});
    await until(() => chat.status === 'idle' && chat.messages[1]?.content === 'after-1 edit-1 ', 'the edited message is answered');
    await releaseGate(late);
    await until(() => before.delivered.join('') === 'before-1 edited-1 ', 'the old adapter yields its late chunk');
    expect(chat.messages).to.deep.equal([
      {role: 'user', content: 'after edit'},
      {role: 'assistant', content: 'after-1 edit-1 '},
    ]);
  });

  it('after new messages are set, a late chunk is dropped', async () => {
    const chat = await chatWith('sse', '/unused');
    const late = uniqueTag('careless-set');
    const old = carelessAdapter(late);
    chat.adapter = old.adapter;
    void chat.send('old late');
    await until(() => chat.messages[1]?.content === 'old-1 ', 'the reply starts');
    chat.messages = [{role: 'user', content: 'from the server'}];
    expect(chat.status).to.equal('idle');
    await releaseGate(late);
    await until(() => old.delivered.join('') === 'old-1 late-1 ', 'the adapter yields its late chunk');
    expect(chat.messages).to.deep.equal([{role: 'user', content: 'from the server'}]);
  });
});
