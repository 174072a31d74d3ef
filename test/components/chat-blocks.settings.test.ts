// Every attribute of <chat-blocks> reaching the sub-elements it configures,
// tested through the real element (never a fake controller) against the
// real test backends.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {FileData} from '../../src/core/types.js';
import {deepQuery, expectEvent, part, parts, renderedTexts, releaseGate, uniqueTag, until} from '../support/index.js';

const script = '/api/streams/script';

/** Puts files into the textbox's hidden file input, as the file chooser does. */
async function chooseFiles(chat: ChatBlocks, files: File[]): Promise<void> {
  const input = deepQuery<HTMLInputElement>(chat, 'input[type=file]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  await textboxOf(chat).updateComplete;
}

function textboxOf(chat: ChatBlocks) {
  return chat.shadowRoot!.querySelector('chat-multimodal-textbox')!;
}

/** Pastes plain text into the textarea, as the clipboard does. */
function paste(chat: ChatBlocks, text: string): ClipboardEvent {
  const transfer = new DataTransfer();
  transfer.setData('text/plain', text);
  const event = new ClipboardEvent('paste', {clipboardData: transfer, bubbles: true, composed: true, cancelable: true});
  part(chat, 'textbox')!.dispatchEvent(event);
  return event;
}

const textFile = (name: string, size = 5) => new File(['x'.repeat(size)], name, {type: 'text/plain'});
const errorText = (chat: ChatBlocks) => part(chat, 'input-error')!.textContent!;

async function pressEnterInTextbox(chat: ChatBlocks): Promise<void> {
  part(chat, 'textbox')!.focus();
  await sendKeys({press: 'Enter'});
}

/** A short finished conversation, set as history. */
const conversation = [
  {role: 'user' as const, content: 'Hello'},
  {role: 'assistant' as const, content: 'Hi! **How** can I help?'},
];

describe('<chat-blocks> attributes reach the textbox', () => {
  it('placeholder sets the textarea placeholder, and follows changes', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks placeholder="Ask the docs"></chat-blocks>`);
    await until(() => part<HTMLTextAreaElement>(chat, 'textbox')?.placeholder === 'Ask the docs', 'placeholder shown');
    chat.placeholder = 'Something else';
    await until(() => part<HTMLTextAreaElement>(chat, 'textbox')!.placeholder === 'Something else', 'placeholder updated');
  });

  it('file-types refuses other files with a visible error and sets the chooser filter', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks file-types="image"></chat-blocks>`);
    await textboxOf(chat).updateComplete;
    expect(deepQuery<HTMLInputElement>(chat, 'input[type=file]')!.accept).to.contain('image/*');
    await chooseFiles(chat, [textFile('notes.txt')]);
    expect(errorText(chat)).to.contain('notes.txt: this type of file is not accepted');
    expect(parts(chat, 'file-preview')).to.have.length(0);
    const canvas = document.createElement('canvas');
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    await chooseFiles(chat, [new File([blob], 'ok.png', {type: 'image/png'})]);
    expect(parts(chat, 'file-preview')).to.have.length(1);
  });

  it('file-count="none" hides upload (and the microphone); the default shows it', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks file-count="none" sources="upload microphone"></chat-blocks>`);
    await textboxOf(chat).updateComplete;
    expect(part(chat, 'upload-button')).to.equal(null);
    expect(part(chat, 'mic-button')).to.equal(null);
    expect(deepQuery(chat, 'input[type=file]')).to.equal(null);
    chat.fileCount = 'multiple';
    await until(() => part(chat, 'upload-button') !== null, 'upload shows again');
  });

  it('file-count="single" takes one file and refuses more', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks file-count="single"></chat-blocks>`);
    await textboxOf(chat).updateComplete;
    expect(deepQuery<HTMLInputElement>(chat, 'input[type=file]')!.multiple).to.equal(false);
    await chooseFiles(chat, [textFile('one.txt'), textFile('two.txt')]);
    expect(parts(chat, 'file-preview')).to.have.length(1);
    expect(errorText(chat)).to.contain('two.txt: too many files (at most 1)');
  });

  it('sources="upload microphone" shows the microphone button; the default does not', async () => {
    const plain = await fixture<ChatBlocks>(html`<chat-blocks></chat-blocks>`);
    await textboxOf(plain).updateComplete;
    expect(part(plain, 'mic-button')).to.equal(null);
    const chat = await fixture<ChatBlocks>(html`<chat-blocks sources="upload microphone"></chat-blocks>`);
    await textboxOf(chat).updateComplete;
    expect(part(chat, 'mic-button')).to.exist;
    expect(part(chat, 'upload-button')).to.exist;
    await expect(chat).to.be.accessible();
  });

  it('max-file-size="1KB" refuses a larger file with an error and takes a smaller one', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks max-file-size="1KB"></chat-blocks>`);
    await textboxOf(chat).updateComplete;
    await chooseFiles(chat, [textFile('big.txt', 2000), textFile('small.txt', 500)]);
    expect(errorText(chat)).to.contain('big.txt: larger than 1 KB');
    expect(parts(chat, 'file-preview').map((node) => node.textContent)).to.satisfy(
      (texts: string[]) => texts.length === 1 && texts[0]!.includes('small.txt'),
    );
  });

  it('max-plain-text-length turns a longer paste into a .txt attachment that is sent as a file', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks endpoint=${script} max-plain-text-length="20"></chat-blocks>`);
    await textboxOf(chat).updateComplete;
    expect(paste(chat, 'short').defaultPrevented).to.equal(false);
    const long = 'a long text pasted from somewhere else';
    expect(paste(chat, long).defaultPrevented).to.equal(true);
    await textboxOf(chat).updateComplete;
    expect(part<HTMLTextAreaElement>(chat, 'textbox')!.value).to.equal('');
    expect(part(chat, 'file-preview')!.textContent).to.contain('pasted text.txt');
    chat.body = {type: 'text/plain', writes: ['ok']};
    const response = expectEvent(chat, 'chat-response');
    await pressEnterInTextbox(chat);
    await response;
    const file = chat.messages[0]!.content as FileData;
    expect(file.name).to.equal('pasted text.txt');
    expect(await (await fetch(file.url)).text()).to.equal(long);
  });

  it('max-plain-text-length defaults to 1000: a shorter paste stays text', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks></chat-blocks>`);
    await textboxOf(chat).updateComplete;
    expect(paste(chat, 'x'.repeat(900)).defaultPrevented).to.equal(false);
    expect(paste(chat, 'x'.repeat(1001)).defaultPrevented).to.equal(true);
  });

  it('upload-endpoint uploads an attached file with progress; the message carries the returned URL', async () => {
    const hold = uniqueTag('upload-endpoint');
    const chat = await fixture<ChatBlocks>(html`
      <chat-blocks endpoint="/api/streams/echo" adapter="fetch" upload-endpoint=${`/api/uploads/slow?pause=5&hold=${hold}`}></chat-blocks>
    `);
    await textboxOf(chat).updateComplete;
    await chooseFiles(chat, [textFile('report.txt', 300_000)]);
    await until(() => part(chat, 'upload-progress') !== null, 'upload progress shows');
    await releaseGate(hold);
    await until(() => part(chat, 'upload-progress') === null && part(chat, 'file-preview') !== null, 'the upload finished');
    expect(part(chat, 'file-preview')!.dataset.status).to.equal('uploaded');
    const response = expectEvent(chat, 'chat-response');
    await pressEnterInTextbox(chat);
    await response;
    const sent = chat.messages[0]!.content as FileData;
    expect(sent.url).to.match(/^\/api\/uploads\/files\/[^/]+\/report\.txt$/);
    const echoed = JSON.parse(chat.messages.at(-1)!.content as string);
    expect(echoed.body.files).to.have.length(1);
    expect(echoed.body.files[0].url).to.equal(sent.url);
    expect((await (await fetch(sent.url)).text()).length).to.equal(300_000);
  });

  it('headers travel with uploads from the textbox', async () => {
    const key = uniqueTag('upload-headers');
    const chat = await fixture<ChatBlocks>(html`
      <chat-blocks upload-endpoint=${`/api/upload-echo/upload?key=${key}`} headers='{"X-Upload-Test": "from-headers"}'></chat-blocks>
    `);
    await textboxOf(chat).updateComplete;
    await chooseFiles(chat, [textFile('a.txt')]);
    await until(() => part(chat, 'file-preview')?.dataset.status === 'uploaded', 'uploaded');
    const seen = await (await fetch(`/api/upload-echo/seen?key=${key}`)).json();
    expect(seen.headers['x-upload-test']).to.equal('from-headers');
    expect(seen.files).to.deep.equal([{name: 'a.txt', type: 'text/plain', size: 5}]);
  });

  it('credentials="include" sends cookies with uploads to another origin; the default does not', async () => {
    const otherOrigin = `http://localhost:${location.port}`;
    await fetch(`${otherOrigin}/api/upload-echo/cookie`, {credentials: 'include'});
    const cookieOf = async (credentials: string) => {
      const key = uniqueTag(`upload-credentials-${credentials}`);
      const chat = await fixture<ChatBlocks>(html`
        <chat-blocks credentials=${credentials} upload-endpoint=${`${otherOrigin}/api/upload-echo/upload?key=${key}`}></chat-blocks>
      `);
      await textboxOf(chat).updateComplete;
      await chooseFiles(chat, [textFile('c.txt')]);
      await until(() => part(chat, 'file-preview')?.dataset.status === 'uploaded', `uploaded with ${credentials}`);
      return (await (await fetch(`/api/upload-echo/seen?key=${key}`)).json()).cookie as string;
    };
    expect(await cookieOf('include')).to.contain('upload_echo=yes');
    expect(await cookieOf('same-origin')).not.to.contain('upload_echo');
  });

  it('an upload-endpoint on another origin gets the headers only with upload-headers="always"', async () => {
    const otherOrigin = `http://localhost:${location.port}`;
    const headersSeen = async (policy: string | undefined) => {
      const key = uniqueTag(`upload-headers-${policy ?? 'default'}`);
      const chat = await fixture<ChatBlocks>(html`
        <chat-blocks
          upload-endpoint=${`${otherOrigin}/api/upload-echo/upload?key=${key}`}
          headers='{"X-Upload-Test": "from-headers"}'
        ></chat-blocks>
      `);
      if (policy) chat.setAttribute('upload-headers', policy);
      await chat.updateComplete;
      await textboxOf(chat).updateComplete;
      await chooseFiles(chat, [textFile('h.txt')]);
      await until(() => part(chat, 'file-preview')?.dataset.status === 'uploaded', `uploaded with ${policy ?? 'the default'}`);
      return (await (await fetch(`/api/upload-echo/seen?key=${key}`)).json()).headers as Record<string, string>;
    };
    expect((await headersSeen(undefined))['x-upload-test']).to.equal(undefined);
    expect((await headersSeen('same-origin'))['x-upload-test']).to.equal(undefined);
    expect((await headersSeen('always'))['x-upload-test']).to.equal('from-headers');
  });
});

describe('<chat-blocks> attributes reach the message list', () => {
  async function withHistory(template: ReturnType<typeof html>): Promise<ChatBlocks> {
    const chat = await fixture<ChatBlocks>(template);
    chat.messages = conversation;
    await until(() => parts(chat, 'message').length === 2, 'history shown');
    return chat;
  }

  it('like-user-message adds like and dislike to user messages', async () => {
    const plain = await withHistory(html`<chat-blocks></chat-blocks>`);
    expect(part(part(plain, 'message-user')!, 'like-button')).to.equal(null);
    expect(part(part(plain, 'message-assistant')!, 'like-button')).to.exist;
    const chat = await withHistory(html`<chat-blocks like-user-message></chat-blocks>`);
    const user = part(chat, 'message-user')!;
    expect(part(user, 'like-button')).to.exist;
    expect(part(user, 'dislike-button')).to.exist;
    const liked = expectEvent<{index: number; value: unknown; liked: boolean | null}>(chat, 'chat-like');
    part(user, 'like-button')!.click();
    expect((await liked).detail).to.deep.equal({index: 0, value: 'Hello', liked: true});
  });

  it('no-feedback hides like and dislike everywhere', async () => {
    const chat = await withHistory(html`<chat-blocks no-feedback like-user-message></chat-blocks>`);
    expect(parts(chat, 'like-button')).to.have.length(0);
    expect(parts(chat, 'dislike-button')).to.have.length(0);
    expect(parts(chat, 'copy-button').length).to.be.greaterThan(0);
  });

  it('plain-text shows markdown literally; by default it is rendered', async () => {
    const plain = await withHistory(html`<chat-blocks plain-text></chat-blocks>`);
    const content = parts(plain, 'message-content')[1]!;
    expect(content.textContent).to.contain('**How**');
    expect(content.querySelector('strong')).to.equal(null);
    const rendered = await withHistory(html`<chat-blocks></chat-blocks>`);
    // The messages show as text until the markdown renderer has loaded (the first time, in a test file run alone).
    await until(() => parts(rendered, 'message-content')[1]!.querySelector('strong'), 'markdown rendered');
    expect(parts(rendered, 'message-content')[1]!.querySelector('strong')!.textContent).to.equal('How');
  });

  it('inline-math renders $…$ as math; without it the dollars stay text', async () => {
    const history = [
      {role: 'user' as const, content: 'square?'},
      {role: 'assistant' as const, content: 'It is $x^2$ here.'},
    ];
    const plain = await fixture<ChatBlocks>(html`<chat-blocks></chat-blocks>`);
    plain.messages = history;
    await until(() => renderedTexts(plain)[1] === 'It is $x^2$ here.', 'dollars stay text');
    const chat = await fixture<ChatBlocks>(html`<chat-blocks inline-math></chat-blocks>`);
    chat.messages = history;
    await until(() => deepQuery(chat, '.math-inline math') !== null, 'inline math typeset');
    expect(renderedTexts(chat)[1]).not.to.contain('$');
  });

  it('layout="panel" lays messages out as full-width rows', async () => {
    // A user bubble sits at the end of the list's column, narrower than it; a panel's user message fills the column.
    const userBox = (chat: ChatBlocks) => {
      const message = part(chat, 'message-user')!;
      const column = message.closest<HTMLElement>('.chunk')!;
      const padding = Number.parseFloat(getComputedStyle(column).paddingInlineEnd);
      return {message: message.getBoundingClientRect(), row: column.getBoundingClientRect(), padding};
    };
    const bubble = userBox(await withHistory(html`<chat-blocks></chat-blocks>`));
    expect(bubble.message.right).to.be.closeTo(bubble.row.right - bubble.padding, 1);
    expect(bubble.message.width).to.be.below(bubble.row.width * 0.9);
    const chat = await withHistory(html`<chat-blocks layout="panel"></chat-blocks>`);
    expect(deepQuery(chat, '.log')!.dataset.layout).to.equal('panel');
    const panel = userBox(chat);
    expect(panel.message.width).to.be.closeTo(panel.row.width - 2 * panel.padding, 1);
    await expect(chat).to.be.accessible();
  });

  it('avatar-user and avatar-assistant show as part="avatar" images', async () => {
    const chat = await withHistory(html`<chat-blocks avatar-user="/avatars/u.png" avatar-assistant="/avatars/a.png"></chat-blocks>`);
    const avatars = parts<HTMLImageElement>(chat, 'avatar');
    expect(avatars).to.have.length(2);
    const userAvatar = part(chat, 'message-user')!.closest('.group')!.querySelector<HTMLImageElement>('[part~="avatar"]')!;
    const assistantAvatar = part(chat, 'message-assistant')!.closest('.group')!.querySelector<HTMLImageElement>('[part~="avatar"]')!;
    expect(new URL(userAvatar.src).pathname).to.equal('/avatars/u.png');
    expect(new URL(assistantAvatar.src).pathname).to.equal('/avatars/a.png');
    // Beside its group's messages, at their top: the assistant's at the start, the user's at the end.
    const user = part(chat, 'message-user')!.getBoundingClientRect();
    const assistant = part(chat, 'message-assistant')!.getBoundingClientRect();
    expect(userAvatar.getBoundingClientRect().left).to.be.at.least(user.right);
    expect(userAvatar.getBoundingClientRect().top).to.be.closeTo(user.top, 1);
    expect(assistantAvatar.getBoundingClientRect().right).to.be.at.most(assistant.left);
    expect(assistantAvatar.getBoundingClientRect().top).to.be.closeTo(assistant.top, 1);
    const none = await withHistory(html`<chat-blocks></chat-blocks>`);
    expect(parts(none, 'avatar')).to.have.length(0);
  });
});

describe('<chat-blocks> api-name with the gradio adapter', () => {
  it('calls the named endpoint; the default /chat is not there', async () => {
    const chat = await fixture<ChatBlocks>(html`
      <chat-blocks adapter="gradio" endpoint="/api/gradio-named" api-name="/respond" retries="0"></chat-blocks>
    `);
    await chat.send('hello');
    expect(chat.messages.at(-1)).to.deep.equal({role: 'assistant', content: 'respond got: hello'});
    await until(() => renderedTexts(chat)[1] === 'respond got: hello', 'reply shown');

    const unnamed = await fixture<ChatBlocks>(html`<chat-blocks adapter="gradio" endpoint="/api/gradio-named" retries="0"></chat-blocks>`);
    const failed = expectEvent<{error: string; status?: number}>(unnamed, 'chat-error');
    await unnamed.send('hello');
    expect((await failed).detail.status).to.equal(404);
  });
});
