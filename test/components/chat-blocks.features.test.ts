// Whole-widget features of <chat-blocks>, through the real element in
// Chromium against the real test backends: examples and the empty slot,
// options, exported parts, uploads from send(), status, failures, the clear
// button, `disabled` and dark mode.
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatMessage, FileData} from '../../src/core/types.js';
import {deepQuery, expectEvent, part, parts, renderedTexts, scriptSeen, sseScript, uniqueTag, until} from '../support/index.js';

const script = '/api/streams/script';

async function chatFixture(attributes: {endpoint?: string; adapter?: string} = {}) {
  return fixture<ChatBlocks>(html`
    <chat-blocks endpoint=${attributes.endpoint ?? script} adapter=${attributes.adapter ?? 'sse'}></chat-blocks>
  `);
}

async function typeAndSend(chat: ChatBlocks, text: string) {
  part<HTMLTextAreaElement>(chat, 'textbox')!.focus();
  await sendKeys({type: text});
  await sendKeys({press: 'Enter'});
}

/** Puts files into the textbox's hidden file input, as the file chooser does. */
async function chooseFiles(chat: ChatBlocks, files: File[]): Promise<void> {
  const input = deepQuery<HTMLInputElement>(chat, 'input[type=file]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  await chat.shadowRoot!.querySelector('chat-multimodal-textbox')!.updateComplete;
}

/** Whether the scripted backend ever received a request with this tag. */
async function serverReceived(tag: string): Promise<boolean> {
  return !('unknown' in (await scriptSeen(tag)));
}

const textFile = (name: string) => new File([`contents of ${name}`], name, {type: 'text/plain'});

describe('<chat-blocks> examples and the empty slot', () => {
  it('shows the greeting from strings while empty, until the page gives slot="empty" content', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks endpoint=${script}></chat-blocks>`);
    chat.strings = {greeting: 'Ask me anything'};
    await until(() => deepQuery(chat, '.greeting')?.textContent === 'Ask me anything', 'the greeting has its text');
    expect(deepQuery(chat, '.greeting')!.checkVisibility()).to.equal(true);
    const welcome = document.createElement('p');
    welcome.slot = 'empty';
    welcome.textContent = 'Welcome aboard';
    chat.append(welcome);
    await until(() => welcome.checkVisibility(), 'the slotted content is shown');
    expect(deepQuery(chat, '.greeting')!.checkVisibility()).to.equal(false);
    expect(part(chat, 'textbox')).to.exist;
  });

  it('shows slotted content and example cards while empty; a card sends itself; both go once there are messages', async () => {
    const chat = await fixture<ChatBlocks>(html`
      <chat-blocks endpoint=${script}><p slot="empty" id="welcome">Welcome aboard</p></chat-blocks>
    `);
    chat.examples = ['Tell me a joke', {text: 'Summarize this', files: [{url: '/doc.txt', name: 'doc.txt'}]}];
    await until(() => parts(chat, 'example').length === 2, 'example cards shown');
    const welcome = chat.querySelector<HTMLElement>('#welcome')!;
    expect(welcome.checkVisibility()).to.equal(true);
    const [joke, summary] = parts<HTMLButtonElement>(chat, 'example');
    expect(joke!.textContent!.trim()).to.equal('Tell me a joke');
    expect(summary!.textContent).to.contain('Summarize this');
    expect(summary!.textContent).to.contain('doc.txt');
    // The default layout is kept: the empty slot is not a custom layout.
    expect(part(chat, 'textbox')).to.exist;
    await expect(chat).to.be.accessible();

    chat.body = sseScript(['"Why did the chicken…"']);
    const submitted = expectEvent<{text: string; files: unknown[]}>(chat, 'chat-submit');
    const response = expectEvent(chat, 'chat-response');
    joke!.click();
    expect((await submitted).detail).to.deep.equal({text: 'Tell me a joke', files: []});
    await response;
    expect(chat.messages).to.deep.equal([
      {role: 'user', content: 'Tell me a joke'},
      {role: 'assistant', content: 'Why did the chicken…'},
    ]);
    await until(() => renderedTexts(chat)[1] === 'Why did the chicken…', 'the reply is shown');
    expect(parts(chat, 'example')).to.have.length(0);
    expect(welcome.checkVisibility()).to.equal(false);

    chat.clear();
    await until(() => parts(chat, 'example').length === 2 && welcome.checkVisibility(), 'back when the history is empty');
  });
});

describe('<chat-blocks> options', () => {
  it('a reply with options shows option buttons; a click fires chat-option and sends the value', async () => {
    const chat = await chatFixture();
    const reply: ChatMessage = {role: 'assistant', content: 'Pick a colour', options: [{value: 'red', label: 'Red'}, {value: 'blue'}]};
    chat.body = sseScript([JSON.stringify({message: reply})]);
    await chat.send('colours?');
    await until(() => parts(chat, 'option').length === 2, 'options shown');
    const buttons = parts<HTMLButtonElement>(chat, 'option');
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal(['Red', 'blue']);
    await expect(chat).to.be.accessible();

    chat.body = sseScript(['"Blue it is"']);
    const option = expectEvent<{index: number; value: string}>(chat, 'chat-option');
    const response = expectEvent(chat, 'chat-response');
    buttons[1]!.click();
    expect((await option).detail).to.deep.equal({index: 1, value: 'blue'});
    await response;
    expect(chat.messages.slice(2)).to.deep.equal([
      {role: 'user', content: 'blue'},
      {role: 'assistant', content: 'Blue it is'},
    ]);
    // Options belong to the last reply only.
    await until(() => parts(chat, 'option').length === 0, 'options gone after the next exchange');
  });
});

describe('<chat-blocks> exportparts', () => {
  it('the page styles inner message, like, example and upload nodes through ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `
      chat-blocks::part(message-user) { outline-color: rgb(1, 1, 1); }
      chat-blocks::part(message-assistant) { outline-color: rgb(2, 2, 2); }
      chat-blocks::part(like-button) { outline-color: rgb(3, 3, 3); }
      chat-blocks::part(example) { outline-color: rgb(4, 4, 4); }
      chat-blocks::part(upload-button) { outline-color: rgb(5, 5, 5); }
    `;
    document.head.append(style);
    try {
      const chat = await chatFixture();
      chat.examples = ['An example'];
      await until(() => part(chat, 'example') !== null, 'example shown');
      const outline = (name: string) => getComputedStyle(part(chat, name)!).outlineColor;
      expect(outline('example')).to.equal('rgb(4, 4, 4)');
      expect(outline('upload-button')).to.equal('rgb(5, 5, 5)');
      chat.messages = [
        {role: 'user', content: 'Hi'},
        {role: 'assistant', content: 'Hello'},
      ];
      await until(() => part(chat, 'like-button') !== null, 'messages shown');
      expect(outline('message-user')).to.equal('rgb(1, 1, 1)');
      expect(outline('message-assistant')).to.equal('rgb(2, 2, 2)');
      expect(outline('like-button')).to.equal('rgb(3, 3, 3)');
    } finally {
      style.remove();
    }
  });
});

describe('<chat-blocks> send() with files and upload-endpoint', () => {
  it('uploads the files, then sends the returned URLs', async () => {
    const chat = await chatFixture({endpoint: '/api/streams/echo', adapter: 'fetch'});
    chat.uploadEndpoint = '/api/uploads/urls';
    await chat.send({text: 'read this', files: [textFile('letter.txt')]});
    const file = chat.messages[0]!.content as FileData;
    expect(file.url).to.match(/^\/api\/uploads\/files\/[^/]+\/letter\.txt$/);
    expect(chat.messages[1]).to.deep.equal({role: 'user', content: 'read this'});
    const echoed = JSON.parse(chat.messages.at(-1)!.content as string);
    expect(echoed.body.files.map((sent: FileData) => sent.url)).to.deep.equal([file.url]);
    expect(echoed.body.message).to.equal('read this');
    expect(await (await fetch(file.url)).text()).to.equal('contents of letter.txt');
  });

  it('a failed upload shows a visible error on the reply and keeps the user text', async () => {
    const chat = await chatFixture();
    chat.uploadEndpoint = '/api/uploads/fail';
    chat.retries = 0;
    const failed = expectEvent<{error: string}>(chat, 'chat-error');
    await chat.send({text: 'keep my words', files: [textFile('big.txt')]});
    expect((await failed).detail.error).to.contain('disk full');
    expect(chat.messages[0]).to.deep.equal({role: 'user', content: 'keep my words'});
    await until(() => part(chat, 'message-error') !== null, 'the error is shown');
    expect(part(chat, 'message-error')!.textContent).to.contain('disk full');
    expect(renderedTexts(chat)[0]).to.equal('keep my words');
    expect(chat.getAttribute('status')).to.equal('error');
  });
});

describe('<chat-blocks> status', () => {
  it('is error after a failed reply and waiting right after the next send', async () => {
    const chat = await chatFixture();
    chat.retries = 0;
    chat.body = {type: 'application/json', status: 500, writes: ['{"error": "boom"}']};
    await chat.send('first');
    expect(chat.getAttribute('status')).to.equal('error');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(chat.getAttribute('status')!));
    observer.observe(chat, {attributes: true, attributeFilter: ['status']});
    chat.body = sseScript(['"fine"'], {pause: 50});
    const done = chat.send('second');
    expect(chat.getAttribute('status')).to.equal('waiting');
    await done;
    observer.disconnect();
    expect(seen[0]).to.equal('waiting');
    expect(seen).to.include('streaming');
    expect(chat.getAttribute('status')).to.equal('idle');
  });
});

describe('<chat-blocks> widget-level failures', () => {
  it('an unreachable server: inline error with retry, the user message kept, the next send works', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks endpoint="http://127.0.0.1:9/" retries="0"></chat-blocks>`);
    const failed = expectEvent<{error: string}>(chat, 'chat-error');
    await typeAndSend(chat, 'anyone there?');
    expect((await failed).detail.error)
      .to.be.a('string')
      .and.not.equal('');
    await until(() => part(chat, 'message-error') !== null, 'the error is shown');
    expect(part(chat, 'retry-button')).to.exist;
    expect(chat.messages[0]).to.deep.equal({role: 'user', content: 'anyone there?'});
    expect(renderedTexts(chat)[0]).to.equal('anyone there?');
    await expect(chat).to.be.accessible();

    chat.endpoint = script;
    chat.body = sseScript(['"I am back"']);
    const response = expectEvent(chat, 'chat-response');
    await typeAndSend(chat, 'again');
    await response;
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: 'I am back'});
    expect(chat.messages[0]).to.deep.equal({role: 'user', content: 'anyone there?'});
  });

  it('an empty 200 body shows a visible error', async () => {
    const chat = await chatFixture({adapter: 'fetch'});
    chat.body = {type: 'text/plain', writes: []};
    const failed = expectEvent<{error: string}>(chat, 'chat-error');
    await chat.send('say something');
    expect((await failed).detail.error).to.equal('The server sent an empty reply.');
    await until(() => part(chat, 'message-error') !== null, 'the error is shown');
    expect(part(chat, 'message-error')!.textContent).to.contain('The server sent an empty reply.');
    expect(chat.messages[0]).to.deep.equal({role: 'user', content: 'say something'});
  });

  it('a 3 MB single SSE event renders fully', async () => {
    const chat = await chatFixture();
    const times = 750_000; // 'abc ' × 750 000 = 3 MB
    chat.body = {type: 'text/event-stream', writes: [{before: 'data: ', repeat: 'abc ', times, after: 'END\n\n'}, 'data: [DONE]\n\n']};
    await chat.send('big');
    const content = chat.messages.at(-1)!.content as string;
    expect(content.length).to.equal(times * 4 + 3);
    expect(content.endsWith('abc END')).to.equal(true);
    await until(() => (renderedTexts(chat)[1] ?? '').endsWith('abc END'), 'the whole reply is rendered', 15000);
    // Past max-markdown-length the text shows plain, under a notice that offers it formatted.
    const shown = parts(chat, 'message-content')[1]!;
    const notice = shown.querySelector('.long-notice');
    expect(notice, 'the long-message notice').to.not.equal(null);
    const noticeText = notice!.textContent!.trim();
    expect(renderedTexts(chat)[1]!.slice(noticeText.length).trim().length).to.equal(times * 4 + 3);
  });
});

describe('<chat-blocks> clear button', () => {
  it('also drops the attached files and the draft', async () => {
    const chat = await chatFixture();
    chat.body = sseScript(['"ok"']);
    await chat.send('something to clear');
    await chooseFiles(chat, [textFile('one.txt'), textFile('two.txt')]);
    await until(() => parts(chat, 'file-preview').length === 2, 'files attached');
    part(chat, 'textbox')!.focus();
    await sendKeys({type: 'a draft'});
    const cleared = expectEvent(chat, 'chat-clear');
    part(chat, 'clear-button')!.click();
    await cleared;
    await until(() => parts(chat, 'file-preview').length === 0, 'the previews are gone');
    expect(part<HTMLTextAreaElement>(chat, 'textbox')!.value).to.equal('');
    expect(chat.messages).to.deep.equal([]);
    // Nothing of the dropped files is sent with the next message.
    chat.body = sseScript(['"fresh"']);
    await typeAndSend(chat, 'fresh start');
    await until(() => chat.messages.at(-1)?.content === 'fresh', 'the next reply');
    expect(chat.messages.map((message) => message.content)).to.deep.equal(['fresh start', 'fresh']);
  });
});

describe('<chat-blocks disabled>', () => {
  it('nothing can be sent: options, retry, edit, undo, examples and the textbox are disabled', async () => {
    const tag = uniqueTag('disabled-chat');
    const chat = await chatFixture();
    chat.body = sseScript(['"never"'], {tag});
    chat.retries = 0;
    chat.messages = [
      {role: 'user', content: 'Pick one'},
      {role: 'assistant', content: 'Partial', options: [{value: 'a'}, {value: 'b'}], error: 'The reply was stopped.'},
    ];
    chat.disabled = true;
    await until(() => parts(chat, 'option').length === 2 && part(chat, 'retry-button') !== null, 'history shown');
    const events: string[] = [];
    for (const name of ['chat-submit', 'chat-option', 'chat-retry', 'chat-undo', 'chat-edit']) {
      chat.addEventListener(name, () => events.push(name));
    }
    const controls = [
      ...parts<HTMLButtonElement>(chat, 'option'),
      ...parts<HTMLButtonElement>(chat, 'retry-button'),
      ...parts<HTMLButtonElement>(chat, 'edit-button'),
      ...parts<HTMLButtonElement>(chat, 'undo-button'),
    ];
    expect(parts(chat, 'edit-button')).to.have.length(1);
    expect(parts(chat, 'undo-button')).to.have.length(1);
    for (const control of controls) {
      expect(control.disabled, `${control.getAttribute('part')} is disabled`).to.equal(true);
      control.click();
    }
    const textbox = part<HTMLTextAreaElement>(chat, 'textbox')!;
    expect(textbox.disabled).to.equal(true);
    textbox.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true, cancelable: true}));

    chat.messages = [];
    chat.examples = ['An example'];
    await until(() => part(chat, 'example') !== null, 'example shown');
    const example = part<HTMLButtonElement>(chat, 'example')!;
    expect(example.disabled).to.equal(true);
    example.click();
    await chat.updateComplete;
    expect(chat.messages).to.deep.equal([]);
    expect(events).to.deep.equal([]);
    expect(chat.status).to.equal('idle');
    expect(await serverReceived(tag)).to.equal(false);

    // Enabled again, the same controls work.
    chat.disabled = false;
    await until(() => !part<HTMLButtonElement>(chat, 'example')!.disabled, 'examples enabled again');
  });
});

describe('<chat-blocks> dark mode', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({colorScheme: 'light'});
  });

  it('changes the textbox and clear button colours on a page that follows the OS; axe passes with a conversation shown', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({colorScheme: 'light'});
    const chat = await chatFixture();
    chat.messages = [
      {role: 'user', content: 'Hi, show me **code**'},
      {role: 'assistant', content: 'Sure:\n\n```js\nconsole.log(1)\n```\n\nAnd a [link](https://example.com).'},
    ];
    await until(() => parts(chat, 'message').length === 2, 'conversation shown');
    const colours = () => ({
      textbox: getComputedStyle(part(chat, 'textbox')!).color,
      clear: getComputedStyle(part(chat, 'clear-button')!).color,
    });
    const light = colours();
    await emulateMedia({colorScheme: 'dark'});
    await until(() => matchMedia('(prefers-color-scheme: dark)').matches, 'dark mode on');
    const dark = colours();
    expect(dark.textbox).not.to.equal(light.textbox);
    expect(dark.clear).not.to.equal(light.clear);
    await expect(chat).to.be.accessible();
  });
});
