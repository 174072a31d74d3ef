import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import {deepActiveElement as deepActive, expectEvent, part, parts, sseScript, until} from '../support/index.js';

// Where focus goes after each action, for a keyboard-only user: it never
// drops to <body>, and Escape stops a reply from anywhere in the widget.

const script = '/api/streams/script';

async function chatFixture() {
  return fixture<ChatBlocks>(html`<chat-blocks endpoint=${script} style="--chat-blocks-height: 480px"></chat-blocks>`);
}

const textboxFocused = (chat: ChatBlocks) => () => deepActive() === part(chat, 'textbox');

async function typeAndSend(chat: ChatBlocks, text: string) {
  part<HTMLTextAreaElement>(chat, 'textbox')!.focus();
  await sendKeys({type: text});
  await sendKeys({press: 'Enter'});
}

/** Moves keyboard focus with Tab until `target` has it. */
async function tabTo(target: () => Element | null, what: string, limit = 40) {
  for (let step = 0; step < limit && deepActive() !== target(); step++) await sendKeys({press: 'Tab'});
  expect(deepActive(), `Tab reaches ${what}`).to.equal(target());
}

describe('<chat-blocks> focus after actions', () => {
  it('Send with the button: focus goes to the textbox (the button becomes Stop)', async () => {
    const chat = await chatFixture();
    chat.body = sseScript(['"ok"'], {hold: true});
    part<HTMLTextAreaElement>(chat, 'textbox')!.focus();
    await sendKeys({type: 'hello'});
    await tabTo(() => part(chat, 'submit-button'), 'the send button');
    await sendKeys({press: 'Enter'});
    await until(() => chat.status === 'streaming', 'streaming');
    await until(textboxFocused(chat), 'the textbox has focus after sending');
    chat.stop();
  });

  it('Stop: focus goes to the textbox; the reply keeps its error field', async () => {
    const chat = await chatFixture();
    chat.body = sseScript(['"partial"'], {hold: true});
    await typeAndSend(chat, 'long answer');
    await until(() => chat.messages.at(-1)?.content === 'partial', 'streaming');
    await tabTo(() => part(chat, 'stop-button'), 'the stop button');
    const stopped = expectEvent(chat, 'chat-stop');
    await sendKeys({press: 'Enter'});
    await stopped;
    await until(textboxFocused(chat), 'the textbox has focus after stopping');
    expect(chat.messages.at(-1)!.error).to.equal(chat.strings.errorStopped);
  });

  it('Escape in the textbox stops a streaming reply; focus stays there', async () => {
    const chat = await chatFixture();
    chat.body = sseScript(['"partial"'], {hold: true});
    await typeAndSend(chat, 'long answer');
    await until(() => chat.status === 'streaming', 'streaming');
    const stopped = expectEvent(chat, 'chat-stop');
    await sendKeys({press: 'Escape'});
    await stopped;
    expect(chat.status).to.equal('idle');
    expect(deepActive()).to.equal(part(chat, 'textbox'));
  });

  it('Escape on a message control stops a reply that is still waiting for its first token', async () => {
    const chat = await chatFixture();
    chat.messages = [
      {role: 'user', content: 'first'},
      {role: 'assistant', content: 'first answer'},
    ];
    chat.body = sseScript([], {hold: true});
    void chat.send('second');
    await until(() => chat.status === 'waiting', 'waiting');
    const copy = () => parts(chat, 'copy-button')[0] ?? null;
    await until(() => copy() !== null, 'the first reply has its copy button');
    copy()!.focus();
    const stopped = expectEvent(chat, 'chat-stop');
    await sendKeys({press: 'Escape'});
    await stopped;
    expect(chat.status).to.not.equal('waiting');
  });

  it('Escape while nothing streams does nothing', async () => {
    const chat = await chatFixture();
    chat.messages = [
      {role: 'user', content: 'hello'},
      {role: 'assistant', content: 'hi'},
    ];
    let stops = 0;
    chat.addEventListener('chat-stop', () => stops++);
    part<HTMLTextAreaElement>(chat, 'textbox')!.focus();
    await sendKeys({press: 'Escape'});
    expect(stops).to.equal(0);
    expect(chat.messages).to.have.length(2);
  });

  it('Retry: focus goes to the textbox, and Escape can stop the new reply', async () => {
    const chat = await chatFixture();
    chat.body = sseScript(['"first"']);
    await typeAndSend(chat, 'question');
    await until(() => chat.status === 'idle' && chat.messages.length === 2, 'answered');
    chat.body = sseScript(['"second"'], {hold: true});
    await tabTo(() => part(chat, 'retry-button'), 'the retry button');
    await sendKeys({press: 'Enter'});
    await until(() => chat.messages.at(-1)?.content === 'second', 'the retried reply streams');
    await until(textboxFocused(chat), 'the textbox has focus after retry');
    const stopped = expectEvent(chat, 'chat-stop');
    await sendKeys({press: 'Escape'});
    await stopped;
  });

  it('Undo: the text is back in the textbox, focused, caret at its end', async () => {
    const chat = await chatFixture();
    chat.body = sseScript(['"answer"']);
    await typeAndSend(chat, 'take this back');
    await until(() => chat.status === 'idle' && chat.messages.length === 2, 'answered');
    await tabTo(() => part(chat, 'undo-button'), 'the undo button');
    await sendKeys({press: 'Enter'});
    const textbox = part<HTMLTextAreaElement>(chat, 'textbox')!;
    await until(() => textbox.value === 'take this back', 'the text is back');
    await until(textboxFocused(chat), 'the textbox has focus after undo');
    expect(textbox.selectionStart).to.equal(textbox.value.length);
    expect(chat.messages).to.deep.equal([]);
  });

  it('Clear with the button: focus goes to the textbox; clear() from the page does not take focus', async () => {
    const chat = await chatFixture();
    chat.messages = [
      {role: 'user', content: 'hello'},
      {role: 'assistant', content: 'hi'},
    ];
    await tabTo(() => part(chat, 'clear-button'), 'the clear button');
    await sendKeys({press: 'Enter'});
    await until(() => chat.messages.length === 0, 'cleared');
    await until(textboxFocused(chat), 'the textbox has focus after clear');

    const outside = document.createElement('button');
    outside.textContent = 'page button';
    document.body.append(outside);
    try {
      chat.messages = [{role: 'user', content: 'again'}];
      outside.focus();
      chat.clear();
      const textbox = chat.shadowRoot!.querySelector('chat-multimodal-textbox')!;
      await until(() => part(chat, 'message') === null, 'cleared');
      await textbox.updateComplete;
      expect(document.activeElement).to.equal(outside);
    } finally {
      outside.remove();
    }
  });

  it('a whole exchange by keyboard: send, stop, retry, undo and clear never leave the widget', async () => {
    const chat = await chatFixture();
    const inWidget = () => {
      const active = deepActive();
      return active !== null && active !== document.body && chat.contains(document.activeElement);
    };
    chat.body = sseScript(['"a long "'], {hold: true});
    await typeAndSend(chat, 'tell me');
    await until(() => chat.messages.at(-1)?.content === 'a long ', 'streaming');
    await sendKeys({press: 'Escape'});
    await until(() => chat.status === 'idle', 'stopped');
    expect(inWidget(), 'after Escape').to.equal(true);
    chat.body = sseScript(['"short"']);
    await tabTo(() => part(chat, 'retry-button'), 'retry');
    await sendKeys({press: 'Enter'});
    await until(() => chat.messages.at(-1)?.content === 'short' && chat.status === 'idle', 'retried');
    expect(inWidget(), 'after retry').to.equal(true);
    await tabTo(() => part(chat, 'undo-button'), 'undo');
    await sendKeys({press: 'Enter'});
    await until(() => chat.messages.length === 0, 'undone');
    expect(inWidget(), 'after undo').to.equal(true);
    chat.body = sseScript(['"again"']);
    await sendKeys({press: 'Enter'});
    await until(() => chat.messages.at(-1)?.content === 'again' && chat.status === 'idle', 'sent again');
    await tabTo(() => part(chat, 'clear-button'), 'clear');
    await sendKeys({press: 'Enter'});
    await until(() => chat.messages.length === 0, 'cleared');
    await until(textboxFocused(chat), 'back in the textbox');
  });
});

describe('<chat-blocks> scrolling on send', () => {
  it("sending while scrolled up brings the user's new message into view", async () => {
    const chat = await chatFixture();
    chat.messages = Array.from({length: 30}, (_, index) => ({
      role: index % 2 === 0 ? ('user' as const) : ('assistant' as const),
      content: `message ${index}\n\nwith a second paragraph`,
    }));
    const list = chat.shadowRoot!.querySelector('chat-message-list')!;
    await list.updateComplete;
    const log = list.shadowRoot!.querySelector<HTMLElement>('.log')!;
    await until(() => log.scrollHeight > log.clientHeight * 2, 'the history overflows');
    log.scrollTop = 0;
    log.dispatchEvent(new WheelEvent('wheel', {deltaY: -100}));
    await until(() => part(chat, 'scroll-button') !== null, 'the list no longer follows');
    chat.body = sseScript(['"ok"']);
    await typeAndSend(chat, 'the newest question');
    const sent = () => list.shadowRoot!.querySelector<HTMLElement>('[data-index="30"]');
    await until(() => sent() !== null, 'the message is rendered');
    await until(() => {
      const box = sent()!.getBoundingClientRect();
      const view = log.getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    }, "the user's message is in view");
  });
});
