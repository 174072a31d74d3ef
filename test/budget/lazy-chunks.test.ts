import {expect} from '@open-wc/testing';
import {deepQuery, deepQueryAll, until} from '../support/index.js';
import {frameWindow, loadPage, settled} from '../support/script-bytes.js';

// The page bundle's lazy chunks on real pages (npm test builds dist/ first):
// fetched beside the bundle wherever it is served from, under the strict CSP
// with Trusted Types, in one request for a first reply, and in one for a
// first attached file; and when that request fails, the user sees why and
// loses nothing.

type ChatElement = HTMLElement & {updateComplete: Promise<unknown>; strings: Record<string, string>};

/** Every script path the frame's page has fetched. */
function scriptPaths(frame: HTMLIFrameElement): string[] {
  const entries = frameWindow(frame).performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return entries.map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));
}

async function widgetFrom(
  base: string,
  persist = '',
  reply = '',
): Promise<{frame: HTMLIFrameElement; chat: ChatElement; violations: string[]}> {
  const frame = await loadPage(`/api/lazy/page?base=${encodeURIComponent(base)}&persist=${persist}&reply=${reply}`);
  const win = frameWindow(frame);
  const violations: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  await win.customElements.whenDefined('chat-blocks');
  const chat = win.document.querySelector('chat-blocks') as ChatElement;
  await chat.updateComplete;
  await until(() => deepQuery(win.document, 'textarea') !== null, 'the widget never showed its textbox');
  return {frame, chat, violations};
}

/** Types `text` in the widget's textbox as a user would, and presses Enter. */
function typeAndPressEnter(frame: HTMLIFrameElement, text: string): HTMLTextAreaElement {
  const win = frameWindow(frame);
  const textarea = deepQuery<HTMLTextAreaElement>(win.document, 'textarea')!;
  textarea.value = text;
  textarea.dispatchEvent(new win.InputEvent('input', {bubbles: true, composed: true}));
  textarea.dispatchEvent(new win.KeyboardEvent('keydown', {key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true}));
  return textarea;
}

/** Chooses `files` in the widget's file input, as the file chooser would. */
function chooseFiles(frame: HTMLIFrameElement, files: File[]): void {
  const win = frameWindow(frame);
  const input = deepQuery<HTMLInputElement>(win.document, 'input[type=file]')!;
  const transfer = new win.DataTransfer();
  for (const file of files) transfer.items.add(new win.File([file], file.name, {type: file.type}));
  input.files = transfer.files;
  input.dispatchEvent(new win.Event('change', {bubbles: true}));
}

/** Pastes `text` into the widget's textbox. */
function paste(frame: HTMLIFrameElement, text: string): void {
  const win = frameWindow(frame);
  const textarea = deepQuery<HTMLTextAreaElement>(win.document, 'textarea')!;
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  textarea.dispatchEvent(new win.ClipboardEvent('paste', {clipboardData: data, bubbles: true, composed: true, cancelable: true}));
}

const token = () => `t${Date.now()}${Math.floor(Math.random() * 1e6)}`;

describe('lazy chunks of the page bundle', function () {
  // Pages that load chunks on a loaded 2-core machine: room, not a sleep.
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('load beside the bundle served from another path, in one request for the first reply, under CSP and Trusted Types', async () => {
    const base = `/api/lazy/cdn/${token()}`;
    const {frame, violations} = await widgetFrom(base);
    await settled(frame);
    // The empty widget is the bundle alone.
    expect(scriptPaths(frame)).to.deep.equal([`${base}/chat-blocks.bundle.js`]);
    typeAndPressEnter(frame, 'hello');
    const win = frameWindow(frame);
    await until(() => deepQuery(win.document, '[part~="message-content"] strong')?.textContent === 'what you asked', 'no markdown reply');
    await settled(frame);
    const chunks = scriptPaths(frame).slice(1);
    expect(
      chunks.every((path) => path.startsWith(`${base}/chunks/`)),
      chunks.join(', '),
    ).to.equal(true);
    expect(chunks.filter((path) => /\/first-reply-[\w-]+\.js$/.test(path))).to.have.length(1);
    // The first-reply chunk alone, the bundler's runtime inside it (scripts/inline-runtime.js): no waterfall.
    expect(chunks.length, chunks.join(', ')).to.equal(1);
    expect(violations).to.deep.equal([]);
    // Its first line asks V8 to compile all of it while it loads, off the main thread (scripts/compile-hints.js).
    const code = await (await fetch(chunks[0]!)).text();
    expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), code.slice(0, 60)).to.equal(true);
  });

  it("a reply in a protocol's shape (OpenAI) fetches the protocols' shapes after the first-reply chunk, and shows all its text", async () => {
    const base = `/api/lazy/cdn/${token()}`;
    const {frame, violations} = await widgetFrom(base, '', 'openai');
    typeAndPressEnter(frame, 'hello');
    const win = frameWindow(frame);
    await until(
      () => deepQueryAll(win.document, '[part~="message-content"]').at(-1)?.textContent?.trim() === 'Here is what you asked, in short.',
      'the reply was not shown whole',
    );
    expect(deepQuery(win.document, '[part~="message-content"] strong')?.textContent).to.equal('what you asked');
    const chunks = scriptPaths(frame).slice(1);
    const shapes = chunks.findIndex((path) => /\/protocol-shapes-[\w-]+\.js$/.test(path));
    expect(shapes, chunks.join(', ')).to.be.above(chunks.findIndex((path) => /\/first-reply-/.test(path)));
    expect(violations).to.deep.equal([]);
  });

  it("when the protocols' shapes are refused, a reply in OpenAI's shape fails with the load error", async () => {
    const {frame, chat} = await widgetFrom(`/api/lazy/refusing-shapes/${token()}`, '', 'openai');
    const errors: string[] = [];
    chat.addEventListener('chat-error', (event) => errors.push((event as CustomEvent<{error: string}>).detail.error));
    typeAndPressEnter(frame, 'a question');
    await until(() => errors.length > 0, 'no chat-error');
    expect(errors[0]).to.equal(chat.strings.errorLoad);
    const list = deepQuery(frameWindow(frame).document, 'chat-message-list')!;
    expect(list.shadowRoot!.textContent).to.contain('a question');
  });

  it('a refused chunk shows a visible error and keeps every message sent', async () => {
    const id = token();
    const {frame, chat} = await widgetFrom(`/api/lazy/refusing/${id}`);
    const win = frameWindow(frame);
    const errors: string[] = [];
    chat.addEventListener('chat-error', (event) => errors.push((event as CustomEvent<{error: string}>).detail.error));
    typeAndPressEnter(frame, 'a message worth keeping');
    const list = deepQuery(win.document, 'chat-message-list')!;
    // The list says what went wrong, in an alert, and still shows what was sent.
    await until(() => list.shadowRoot!.querySelector('[role="alert"]')?.textContent === chat.strings.errorLoad, 'no visible load error');
    expect(list.shadowRoot!.textContent).to.contain('a message worth keeping');
    // The reply failed with the same words (its chat-error event), not silently.
    await until(() => errors.length > 0, 'no chat-error');
    expect(errors[0]).to.equal(chat.strings.errorLoad);
    // The textbox is free for the next message, which is kept as well.
    typeAndPressEnter(frame, 'once more');
    await until(() => list.shadowRoot!.textContent!.includes('once more'), 'the second message was not shown');
    expect(list.shadowRoot!.textContent).to.contain('a message worth keeping');
    expect(list.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.equal(chat.strings.errorLoad);
  });

  it('a first attached file fetches the file code in one request, without the first-reply chunk; a send made meanwhile waits for it', async () => {
    const base = `/api/lazy/cdn/${token()}`;
    const {frame, violations} = await widgetFrom(base);
    await settled(frame);
    expect(scriptPaths(frame)).to.deep.equal([`${base}/chat-blocks.bundle.js`]);
    const win = frameWindow(frame);
    // The file, then the text and Enter at once: the file code is still on its way.
    chooseFiles(frame, [new File(['some notes'], 'notes.txt', {type: 'text/plain'})]);
    typeAndPressEnter(frame, 'and a question');
    const list = deepQuery(win.document, 'chat-message-list')!;
    await until(() => list.shadowRoot!.textContent!.includes('and a question'), 'the message was not sent');
    await until(() => deepQuery(win.document, '[part~="message-content"] strong')?.textContent === 'what you asked', 'no reply');
    // The file went with the text: the list shows it as the user's.
    expect(list.shadowRoot!.textContent).to.contain('notes.txt');
    const chunks = scriptPaths(frame).slice(1);
    const attaching = chunks.filter((path) => /\/attaching-[\w-]+\.js$/.test(path));
    expect(attaching, chunks.join(', ')).to.have.length(1);
    // Fetched before the reply's chunk: the file code needs nothing of it.
    expect(chunks.indexOf(attaching[0]!), chunks.join(', ')).to.be.below(chunks.findIndex((path) => /\/first-reply-/.test(path)));
    expect(violations).to.deep.equal([]);
  });

  it('when the file code is refused, the textbox says so and a long paste goes into the text instead', async () => {
    const {frame, chat} = await widgetFrom(`/api/lazy/refusing-files/${token()}`);
    const win = frameWindow(frame);
    const textarea = deepQuery<HTMLTextAreaElement>(win.document, 'textarea')!;
    const long = 'a pasted text worth keeping '.repeat(60);
    paste(frame, long);
    const error = () => deepQuery(win.document, '[part~="input-error"]')?.textContent?.trim();
    await until(() => error() === chat.strings.errorLoad, 'no visible load error');
    await until(() => textarea.value === long, 'the pasted text was lost');
    // The text can still be sent as it is.
    typeAndPressEnter(frame, textarea.value);
    const list = deepQuery(win.document, 'chat-message-list')!;
    await until(() => list.shadowRoot!.textContent!.includes('a pasted text worth keeping'), 'the text was not sent');
  });

  it('a page that keeps its history fetches the persistence code, and finds the history after a reload', async () => {
    const key = token();
    const base = `/api/lazy/cdn/${key}`;
    const first = await widgetFrom(base, key);
    typeAndPressEnter(first.frame, 'remember this');
    let win = frameWindow(first.frame);
    await until(() => deepQuery(win.document, '[part~="message-content"] strong')?.textContent === 'what you asked', 'no reply');
    await until(() => (win.localStorage.getItem(key) ?? '').includes('remember this'), 'the history was never saved');
    expect(scriptPaths(first.frame).filter((path) => /\/history-persistence-[\w-]+\.js$/.test(path))).to.have.length(1);
    first.frame.remove();
    // The same page again, as after a reload: the history is back, and can go on.
    const second = await widgetFrom(base, key);
    win = frameWindow(second.frame);
    const list = deepQuery(win.document, 'chat-message-list')!;
    await until(() => list.shadowRoot!.textContent!.includes('remember this'), 'the kept history was not restored');
    await until(
      () => deepQuery(win.document, '[part~="message-content"] strong')?.textContent === 'what you asked',
      'the kept reply was not restored',
    );
    typeAndPressEnter(second.frame, 'and this too');
    await until(() => (win.localStorage.getItem(key) ?? '').includes('and this too'), 'the next message was not kept');
    expect(win.localStorage.getItem(key)).to.contain('remember this');
    expect(second.violations).to.deep.equal([]);
    win.localStorage.removeItem(key);
  });
});
