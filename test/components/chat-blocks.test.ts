import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatAdapter, ChatChunk} from '../../src/core/types.js';
import {defineElement} from '../../src/define.js';
import {
  expectEvent,
  part,
  parts,
  renderedTexts,
  serverSawClose,
  sseScript,
  releaseGate,
  uniqueTag,
  until,
  warningsDuring,
} from '../support/index.js';

const script = '/api/streams/script';

async function chatFixture(attributes: {endpoint?: string; adapter?: string} = {}) {
  return fixture<ChatBlocks>(html`
    <chat-blocks endpoint=${attributes.endpoint ?? script} adapter=${attributes.adapter ?? 'sse'}></chat-blocks>
  `);
}

async function typeAndSend(chat: ChatBlocks, text: string) {
  const textbox = part<HTMLTextAreaElement>(chat, 'textbox')!;
  textbox.focus();
  await sendKeys({type: text});
  await sendKeys({press: 'Enter'});
}

describe('<chat-blocks>', () => {
  it('shows the default layout and exports every part to the page', async () => {
    const style = document.createElement('style');
    style.textContent =
      'chat-blocks::part(textbox) { outline-color: rgb(1, 2, 3); } chat-blocks::part(clear-button) { outline-color: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const chat = await chatFixture();
      const root = chat.shadowRoot!;
      expect(root.querySelector('chat-message-list')).to.exist;
      expect(root.querySelector('chat-multimodal-textbox')).to.exist;
      expect(root.querySelector('chat-clear-button')).to.exist;
      expect(getComputedStyle(part(chat, 'textbox')!).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(chat, 'clear-button')!).outlineColor).to.equal('rgb(4, 5, 6)');
      expect(chat.getAttribute('status')).to.equal('idle');
      await expect(chat).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  it('takes theme custom properties from the page, set on any ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="--chat-blocks-background: rgb(10, 20, 30); --chat-blocks-height: 321px">
        <chat-blocks></chat-blocks>
      </div>
    `);
    const chat = wrapper.querySelector('chat-blocks')!;
    await chat.updateComplete;
    expect(getComputedStyle(chat).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(chat).height).to.equal('321px');
  });

  it('sends from the textbox with Enter and streams an SSE reply in place', async () => {
    const chat = await chatFixture();
    chat.body = sseScript(['"Hello"', '{"delta": ", wor"}', '"ld!"'], {pause: 60});
    const statuses: string[] = [];
    const observer = new MutationObserver(() => statuses.push(chat.getAttribute('status')!));
    observer.observe(chat, {attributes: true, attributeFilter: ['status']});
    const response = expectEvent<{message: unknown; messages: unknown[]}>(chat, 'chat-response');
    const change = expectEvent(chat, 'chat-change');
    await typeAndSend(chat, 'Hi there');
    await until(() => renderedTexts(chat)[0] === 'Hi there', 'the user message shows at once');
    expect(part<HTMLTextAreaElement>(chat, 'textbox')!.value).to.equal('');
    const {detail} = await response;
    await change;
    observer.disconnect();
    expect(detail.message).to.deep.equal({role: 'assistant', content: 'Hello, world!'});
    expect(chat.messages).to.deep.equal([
      {role: 'user', content: 'Hi there'},
      {role: 'assistant', content: 'Hello, world!'},
    ]);
    await until(() => renderedTexts(chat)[1] === 'Hello, world!', 'the reply is rendered');
    expect(statuses).to.include.members(['waiting', 'streaming', 'idle']);
    expect(statuses.indexOf('waiting')).to.be.below(statuses.indexOf('streaming'));
  });

  it('sends the contract request body with headers, method and extra fields', async () => {
    const chat = await chatFixture({endpoint: '/api/streams/echo', adapter: 'fetch'});
    chat.headers = {'X-Test': 'yes'};
    chat.body = {temperature: 0.5};
    await chat.send({text: 'with a file', files: [{url: 'https://example.com/cat.png', mime_type: 'image/png'}]});
    const echoed = JSON.parse(chat.messages.at(-1)!.content as string);
    expect(echoed.method).to.equal('POST');
    expect(echoed.headers['x-test']).to.equal('yes');
    expect(echoed.headers['content-type']).to.match(/application\/json/);
    expect(echoed.body).to.deep.equal({
      message: 'with a file',
      files: [{url: 'https://example.com/cat.png', mime_type: 'image/png'}],
      messages: [
        {role: 'user', content: {url: 'https://example.com/cat.png', mime_type: 'image/png'}},
        {role: 'user', content: 'with a file'},
      ],
      temperature: 0.5,
    });
  });

  it("shows the user's message at once while send() uploads its files, then the uploaded URL", async () => {
    const chat = await chatFixture();
    const hold = uniqueTag('send-upload');
    chat.uploadEndpoint = `/api/uploads/slow?hold=${hold}`;
    chat.body = sseScript(['"got it"']);
    const done = chat.send({text: 'with a picture', files: [new File(['fake png'], 'pic.png', {type: 'image/png'})]});
    // The server holds the upload until released: the messages must show meanwhile.
    await until(() => chat.messages.length === 2, 'both user messages show before the upload ends');
    const preview = chat.messages[0].content as {url: string; name?: string};
    expect(preview.url).to.match(/^blob:/);
    expect(preview.name).to.equal('pic.png');
    expect(chat.messages[1]).to.deep.equal({role: 'user', content: 'with a picture'});
    await releaseGate(hold);
    await done;
    const uploaded = chat.messages[0].content as {url: string};
    expect(uploaded.url).not.to.match(/^blob:/);
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: 'got it'});
  });

  it('reads the headers attribute as JSON', async () => {
    const chat = await fixture<ChatBlocks>(html`
      <chat-blocks endpoint="/api/streams/echo" adapter="fetch" headers='{"Authorization": "Bearer t"}'></chat-blocks>
    `);
    await chat.send('hi');
    expect(JSON.parse(chat.messages.at(-1)!.content as string).headers.authorization).to.equal('Bearer t');
  });

  it('streams plain text with the fetch adapter', async () => {
    const chat = await chatFixture({adapter: 'fetch'});
    chat.body = {type: 'text/plain; charset=utf-8', writes: ['Plain ', {pause: 50}, 'text ', {pause: 50}, 'reply']};
    await chat.send('go');
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: 'Plain text reply'});
  });

  it('a prevented chat-submit keeps the message from the backend and keeps the text', async () => {
    const chat = await chatFixture();
    chat.body = sseScript(['"never"'], {tag: 'prevented-submit'});
    chat.addEventListener('chat-submit', (event) => event.preventDefault(), {once: true});
    const submitted = expectEvent<{text: string; files: unknown[]}>(chat, 'chat-submit');
    await typeAndSend(chat, 'keep me');
    expect((await submitted).detail).to.deep.equal({text: 'keep me', files: []});
    await chat.updateComplete;
    expect(chat.messages).to.deep.equal([]);
    expect(part<HTMLTextAreaElement>(chat, 'textbox')!.value).to.equal('keep me');
    const seen = await (await fetch('/api/streams/closed?tag=prevented-submit')).json();
    expect(seen.unknown).to.equal(true);
  });

  it('the stop button stops a stream: partial text stays, marked stopped with retry, textbox usable, next send works', async () => {
    const chat = await chatFixture();
    chat.body = sseScript(['"partial "'], {hold: true, tag: 'stop-button'});
    const stopped = expectEvent(chat, 'chat-stop');
    await typeAndSend(chat, 'long answer please');
    await until(() => chat.status === 'streaming', 'streaming');
    await until(() => part(chat, 'stop-button') !== null, 'the send button became a stop button');
    part(chat, 'stop-button')!.click();
    await stopped;
    await until(() => part(chat, 'message-stopped') !== null, 'a quiet stopped mark shows');
    expect(part(chat, 'message-error'), 'a stop is not an error').to.equal(null);
    expect(chat.messages.at(-1)).to.deep.include({role: 'assistant', content: 'partial '});
    expect(chat.messages.at(-1)!.error).to.be.a('string');
    expect(part(chat, 'retry-button')).to.exist;
    await until(() => part(chat, 'submit-button') !== null, 'the send button is back');
    await serverSawClose('stop-button');

    chat.body = sseScript(['"second reply"']);
    await typeAndSend(chat, 'again');
    await until(() => chat.messages.at(-1)?.content === 'second reply', 'the next send works');
    expect(chat.messages.map((m) => m.content)).to.deep.equal(['long answer please', 'partial ', 'again', 'second reply']);
  });

  it('the clear button during a stream aborts it and nothing arrives later', async () => {
    const chat = await chatFixture();
    chat.body = sseScript(['"one"', '"two"', '"three"', '"four"'], {pause: 150, tag: 'clear-stream'});
    const cleared = expectEvent(chat, 'chat-clear');
    const sending = chat.send('count');
    await until(() => chat.status === 'streaming', 'streaming');
    const textbox = part<HTMLTextAreaElement>(chat, 'textbox')!;
    textbox.focus();
    await sendKeys({type: 'a draft'});
    part(chat, 'clear-button')!.click();
    await until(() => textbox.value === '', 'the clear button empties the textbox too');
    await cleared;
    expect(chat.messages).to.deep.equal([]);
    // Nothing can come later once the server has closed the response and the
    // send is over (its reader cancelled, its timers stopped).
    await serverSawClose('clear-stream');
    await sending;
    await chat.updateComplete;
    expect(chat.messages).to.deep.equal([]);
    expect(renderedTexts(chat)).to.deep.equal([]);
    expect(chat.status).to.equal('idle');
  });

  it('an HTTP error shows the server message with a retry button that works', async () => {
    const chat = await chatFixture();
    chat.retries = 0;
    chat.body = {type: 'application/json', status: 500, writes: ['{"error": "the model is <b>down</b>"}']};
    const failed = expectEvent<{error: string; status?: number}>(chat, 'chat-error');
    await typeAndSend(chat, 'hello?');
    const {detail} = await failed;
    expect(detail).to.deep.equal({error: 'the model is <b>down</b>', status: 500});
    expect(chat.status).to.equal('error');
    await until(() => part(chat, 'message-error') !== null, 'error shown');
    const error = part(chat, 'message-error')!;
    expect(error.textContent).to.contain('the model is <b>down</b>');
    expect(error.querySelector('b')).to.equal(null);
    expect(chat.messages[0]).to.deep.equal({role: 'user', content: 'hello?'});

    chat.body = sseScript(['"recovered"']);
    const response = expectEvent(chat, 'chat-response');
    part(chat, 'retry-button')!.click();
    await response;
    expect(chat.messages).to.deep.equal([
      {role: 'user', content: 'hello?'},
      {role: 'assistant', content: 'recovered'},
    ]);
  });

  it('fails a silent backend after timeout', async () => {
    const chat = await chatFixture();
    chat.timeout = 300;
    chat.body = sseScript([], {hold: true});
    const failed = expectEvent<{error: string}>(chat, 'chat-error');
    await chat.send('anyone?');
    expect((await failed).detail.error).to.equal('The server sent nothing for 1 s.');
    expect(chat.messages.at(-1)!.error).to.be.a('string');
  });

  it('takes a custom adapter: an async generator and a promise', async () => {
    const chat = await chatFixture();
    const seen: string[] = [];
    chat.adapter = async function* (request) {
      seen.push(request.message, String(request.messages.length));
      yield 'gen';
      yield {delta: 'erated'};
    } satisfies ChatAdapter;
    await chat.send('one');
    expect(chat.messages.at(-1)!.content).to.equal('generated');
    expect(seen).to.deep.equal(['one', '1']);
    chat.adapter = async (): Promise<ChatChunk> => ({content: 'promised'});
    await chat.send('two');
    expect(chat.messages.at(-1)!.content).to.equal('promised');
    expect(chat.adapter).to.be.a('function');
    chat.adapter = 'fetch';
    expect(chat.adapter).to.equal('fetch');
  });

  it('applies and draws text that arrives faster than max-chunk-rate at most that often', async () => {
    const chat = await chatFixture();
    const reply = () => (chat.messages.at(-1)?.role === 'assistant' ? chat.messages.at(-1)!.content : undefined);
    // Each application of text copies the history and asks the elements to draw it.
    let applied = 0;
    let last: unknown;
    (chat as unknown as {session: {subscribe(listener: () => void): void}}).session.subscribe(() => {
      if (reply() !== undefined && reply() !== last) applied++;
      last = reply();
    });
    // The reply drawn by the list, each time it changed.
    const list = chat.shadowRoot!.querySelector('chat-message-list')!;
    let draws = 0;
    let drawn: unknown;
    const update = list['update'].bind(list);
    (list as unknown as {update: typeof update}).update = (changed) => {
      if (reply() !== undefined && reply() !== drawn) draws++;
      drawn = reply();
      update(changed);
    };
    const chunkCount = 400;
    chat.adapter = async function* () {
      for (let i = 0; i < chunkCount; i++) {
        // Bursts of 20 chunks in one task, far faster than any frame rate.
        if (i % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        yield `w${i} `;
      }
    };
    const started = performance.now();
    await chat.send('many chunks');
    const expected = Array.from({length: chunkCount}, (_, i) => `w${i}`).join(' ');
    await until(() => renderedTexts(chat)[1] === expected, 'the whole reply is rendered');
    const elapsed = performance.now() - started;
    // Text is applied at most once per 1/rate s (a timer may fire up to 1 ms
    // early), plus the flush at the end of the stream. A slow machine only
    // stretches \`elapsed\` and so the allowance: the bound holds under any
    // load, while applying every chunk (400) breaks it unless the 400 chunks
    // took over 6 s.
    const allowed = Math.floor(elapsed / (1000 / chat.maxChunkRate - 1)) + 2;
    const figures = `${applied} applied, ${draws} drawn in ${Math.round(elapsed)} ms`;
    expect(applied, figures).to.be.at.most(allowed);
    expect(draws, figures).to.be.at.most(allowed);
    expect(draws, 'the reply grew while it streamed').to.be.greaterThan(1);
  });

  it('registers named adapters usable in the attribute', async () => {
    const ChatBlocksClass = customElements.get('chat-blocks') as unknown as typeof ChatBlocks;
    ChatBlocksClass.registerAdapter('shout', async (request) => request.message.toUpperCase());
    const chat = await chatFixture({adapter: 'shout'});
    await chat.send('quiet');
    expect(chat.messages.at(-1)!.content).to.equal('QUIET');
  });

  it('messages: a malformed entry is left out with a warning naming it, the others are kept and rendered', async () => {
    const chat = await chatFixture();
    chat.messages = [{role: 'user', content: 'kept'}];
    const warnings = await warningsDuring(async () => {
      chat.messages = [{role: 'user', content: 'ok'}, {role: 'bot', content: 'x'}, null, {role: 'assistant', content: 'also ok'}] as never;
    });
    expect(warnings.some((warning) => /messages\[1\]\.role/.test(warning))).to.equal(true, warnings.join('\n'));
    expect(warnings.some((warning) => /messages\[2\]/.test(warning))).to.equal(true, warnings.join('\n'));
    expect(chat.messages).to.deep.equal([
      {role: 'user', content: 'ok'},
      {role: 'assistant', content: 'also ok'},
    ]);
    await until(() => renderedTexts(chat).join('|') === 'ok|also ok', 'the valid messages render');
  });

  it('messages: set again with one more, the unchanged ones stay the same objects, and a changed one is checked again', async () => {
    const chat = await chatFixture();
    const history = [
      {role: 'user' as const, content: 'first'},
      {role: 'assistant' as const, content: 'second', liked: true},
      {role: 'user' as const, content: 'third'},
    ];
    chat.messages = history;
    const before = chat.messages;
    chat.messages = [...history, {role: 'assistant', content: 'fourth'}];
    const after = chat.messages;
    expect(after).to.have.length(4);
    before.forEach((message, index) => expect(after[index], `message ${index}`).to.equal(message));
    // A bad entry before unchanged ones: those are still compared with the messages at the places they land on.
    const warnings = await warningsDuring(async () => {
      chat.messages = [history[0]!, {...history[1]!, liked: 'yes'}, history[2]!, {role: 'assistant', content: 'fourth'}] as never;
    });
    expect(warnings.some((warning) => /messages\[1\]\.liked/.test(warning))).to.equal(true, warnings.join('\n'));
    expect(chat.messages).to.have.length(3);
    expect(chat.messages[0]).to.equal(before[0]);
    expect(chat.messages[1]).to.deep.equal({role: 'user', content: 'third'});
    expect(chat.messages[1]).to.not.equal(before[1]);
    await until(() => renderedTexts(chat).join('|') === 'first|third|fourth', 'the valid messages render');
  });

  it('messages: a value that is not a list is ignored with a warning, and the history stays', async () => {
    const chat = await chatFixture();
    chat.messages = [{role: 'user', content: 'kept'}];
    const warnings = await warningsDuring(async () => {
      chat.messages = 'nope' as never;
    });
    expect(warnings.some((warning) => /messages must be a list/.test(warning))).to.equal(true, warnings.join('\n'));
    expect(chat.messages).to.deep.equal([{role: 'user', content: 'kept'}]);
    await until(() => renderedTexts(chat)[0] === 'kept', 'the history renders');
  });

  it('strings: reading gives every string in effect, setting overrides some', async () => {
    const chat = await chatFixture();
    expect(chat.strings.send).to.equal('Send');
    expect(Object.keys(chat.strings).length).to.be.greaterThan(30);
    chat.strings = {send: 'Envoyer'};
    chat.strings = {clear: 'Effacer'};
    expect(chat.strings.send).to.equal('Envoyer');
    expect(chat.strings.clear).to.equal('Effacer');
    expect(chat.strings.stop).to.equal('Stop');
    await until(
      () =>
        part(chat, 'submit-button')?.getAttribute('aria-label') === 'Envoyer' ||
        part(chat, 'submit-button')?.textContent?.includes('Envoyer') === true,
      'the send button is translated',
    );
  });

  it('disabled: nothing can be typed or sent', async () => {
    const chat = await chatFixture();
    chat.disabled = true;
    await chat.updateComplete;
    await until(() => part<HTMLTextAreaElement>(chat, 'textbox')!.disabled, 'the textbox is disabled');
    expect(part<HTMLButtonElement>(chat, 'submit-button')!.disabled).to.equal(true);
  });

  it('lets a page lay the sub-elements out freely; they connect on their own', async () => {
    const chat = await fixture<ChatBlocks>(html`
      <chat-blocks adapter="sse" endpoint=${script}>
        <div class="my-layout">
          <header><chat-clear-button></chat-clear-button></header>
          <section><chat-message-list></chat-message-list></section>
          <footer><chat-multimodal-textbox></chat-multimodal-textbox></footer>
        </div>
      </chat-blocks>
    `);
    expect(chat.shadowRoot!.querySelector('chat-message-list')).to.equal(null);
    chat.body = sseScript(['"composed"']);
    const textbox = chat.querySelector('chat-multimodal-textbox')!;
    const area = part<HTMLTextAreaElement>(textbox, 'textbox')!;
    area.focus();
    await sendKeys({type: 'free layout'});
    await sendKeys({press: 'Enter'});
    const list = chat.querySelector('chat-message-list')!;
    await until(() => renderedTexts(list).join('|') === 'free layout|composed', 'the light-DOM list shows the conversation');
    part(chat.querySelector('chat-clear-button')!, 'clear-button')!.click();
    expect(chat.messages).to.deep.equal([]);
  });

  it('focus() focuses the textbox; defining twice does not throw', async () => {
    const chat = await chatFixture();
    chat.focus();
    const textbox = part(chat, 'textbox')!;
    expect(textbox.getRootNode() instanceof ShadowRoot && (textbox.getRootNode() as ShadowRoot).activeElement).to.equal(textbox);
    expect(() => defineElement('chat-blocks', class extends HTMLElement {})).not.to.throw();
  });

  it('like and dislike fire chat-like and toggle back to null', async () => {
    const chat = await chatFixture();
    chat.messages = [
      {role: 'user', content: 'q'},
      {role: 'assistant', content: 'a'},
    ];
    await until(() => part(chat, 'like-button') !== null, 'like shows');
    const liked = expectEvent<{index: number; value: unknown; liked: boolean | null}>(chat, 'chat-like');
    part(chat, 'like-button')!.click();
    expect((await liked).detail).to.deep.equal({index: 1, value: 'a', liked: true});
    await until(() => part(chat, 'like-button')!.getAttribute('aria-pressed') === 'true', 'pressed');
    const undone = expectEvent<{liked: boolean | null}>(chat, 'chat-like');
    part(chat, 'like-button')!.click();
    expect((await undone).detail.liked).to.equal(null);
    const disliked = expectEvent<{liked: boolean | null}>(chat, 'chat-like');
    part(chat, 'dislike-button')!.click();
    expect((await disliked).detail.liked).to.equal(false);
    expect(parts(chat, 'like-button')).to.have.length(1);
  });

  it('works under a strict Content-Security-Policy and renders no hostile markup', async () => {
    const report = new Promise<Record<string, unknown>>((resolve) => {
      window.addEventListener('message', function listen(event) {
        if (event.data?.kind !== 'csp-report') return;
        window.removeEventListener('message', listen);
        resolve(event.data);
      });
    });
    const frame = document.createElement('iframe');
    frame.src = '/api/widget/csp-page';
    frame.title = 'CSP test page';
    document.body.append(frame);
    try {
      const result = await report;
      expect(result.error).to.equal(undefined);
      expect(result.ownViolations).to.deep.equal([]);
      for (const violation of result.hostileViolations as string[]) expect(violation).to.match(/purify/);
      expect(result.pwned).to.equal(null);
      expect(result.status).to.equal('idle');
      expect(result.bodyVisible).to.equal(true);
      const rendered = String(result.html);
      expect(rendered).to.contain('<strong>bold</strong>');
      expect(rendered).to.contain('<table');
      expect(rendered).to.contain('katex');
      expect(rendered).not.to.match(/<script|<style|onerror/i);
    } finally {
      frame.remove();
    }
  });
});
