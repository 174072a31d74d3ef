import {expect, fixture, fixtureSync, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/chat-multimodal-textbox/chat-multimodal-textbox.js';
import type {ChatMultimodalTextbox} from '../../src/components/chat-multimodal-textbox/chat-multimodal-textbox.js';
import type {ChatEventDetails} from '../../src/events.js';
import {
  chooseFiles,
  isRevoked,
  part,
  parts,
  png,
  pressEnter,
  record,
  shiftEnter,
  text,
  textarea,
  type,
  FakeChat,
  type TestChatHost,
  until,
} from '../support/index.js';

describe('<chat-multimodal-textbox> standalone', () => {
  it('shows a labelled text area and is accessible', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox placeholder="Ask me"></chat-multimodal-textbox>`);
    const area = textarea(el);
    expect(area.localName).to.equal('textarea');
    expect(area.getAttribute('aria-label')).to.equal('Message');
    expect(area.placeholder).to.equal('Ask me');
    expect(part(el, 'submit-button')!.getAttribute('aria-label')).to.equal('Send');
    expect(part(el, 'upload-button')!.getAttribute('aria-label')).to.equal('Attach files');
    await expect(el).to.be.accessible();
  });

  it('uses the default placeholder and overridden strings', async () => {
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox .strings=${{send: 'Envoyer'}}></chat-multimodal-textbox>`,
    );
    expect(textarea(el).placeholder).to.equal('Type a message…');
    expect(part(el, 'submit-button')!.getAttribute('aria-label')).to.equal('Envoyer');
  });

  it('sends on Enter with chat-submit {text, files}, then clears', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    await type(el, 'hello there');
    const submitted = oneEvent(el, 'chat-submit');
    await sendKeys({press: 'Enter'});
    const event = (await submitted) as CustomEvent<ChatEventDetails['chat-submit']>;
    expect(event.detail).to.deep.equal({text: 'hello there', files: []});
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    await el.updateComplete;
    expect(textarea(el).value).to.equal('');
    expect(el.value).to.equal('');
  });

  it('adds a line on Shift+Enter instead of sending', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    const submits = record(el, 'chat-submit');
    await type(el, 'one');
    await shiftEnter();
    await type(el, 'two');
    expect(textarea(el).value).to.equal('one\ntwo');
    expect(submits).to.have.length(0);
    await sendKeys({press: 'Enter'});
    expect(submits).to.deep.equal([{text: 'one\ntwo', files: []}]);
  });

  it('does nothing on Enter while an IME composes', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox value="にほん"></chat-multimodal-textbox>`);
    const submits = record(el, 'chat-submit');
    const composing = pressEnter(el, {isComposing: true});
    const legacy = pressEnter(el, {keyCode: 229} as KeyboardEventInit);
    expect(composing.defaultPrevented).to.be.false;
    expect(legacy.defaultPrevented).to.be.false;
    await el.updateComplete;
    expect(submits).to.have.length(0);
    expect(textarea(el).value).to.equal('にほん');
    pressEnter(el);
    expect(submits).to.deep.equal([{text: 'にほん', files: []}]);
  });

  it('cannot send nothing or only whitespace', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    const submits = record(el, 'chat-submit');
    const submit = part<HTMLButtonElement>(el, 'submit-button')!;
    expect(submit.disabled).to.be.true;
    pressEnter(el);
    await type(el, '   ');
    expect(submit.disabled).to.be.true;
    pressEnter(el);
    submit.click();
    expect(submits).to.have.length(0);
    await type(el, 'x');
    expect(submit.disabled).to.be.false;
    submit.click();
    expect(submits).to.deep.equal([{text: '   x', files: []}]);
  });

  it('keeps the text when chat-submit is prevented', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox value="keep me"></chat-multimodal-textbox>`);
    el.addEventListener('chat-submit', (event) => event.preventDefault());
    pressEnter(el);
    await el.updateComplete;
    expect(textarea(el).value).to.equal('keep me');
  });

  it('disables everything with disabled', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox disabled value="hi"></chat-multimodal-textbox>`);
    const submits = record(el, 'chat-submit');
    expect(textarea(el).disabled).to.be.true;
    expect(part<HTMLButtonElement>(el, 'submit-button')!.disabled).to.be.true;
    expect(part<HTMLButtonElement>(el, 'upload-button')!.disabled).to.be.true;
    pressEnter(el);
    await chooseFiles(el, [text('a.txt')]);
    expect(submits).to.have.length(0);
    expect(parts(el, 'file-preview')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('grows with its content up to a maximum height, then scrolls', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    el.style.setProperty('--chat-blocks-textbox-max-height', '120px');
    const area = textarea(el);
    el.value = 'one line';
    await el.updateComplete;
    const oneLine = area.getBoundingClientRect().height;
    el.value = 'a\nb\nc';
    await el.updateComplete;
    const threeLines = area.getBoundingClientRect().height;
    expect(threeLines).to.be.greaterThan(oneLine + 20);
    expect(area.scrollHeight).to.be.at.most(area.clientHeight + 1);
    el.value = 'line\n'.repeat(40);
    await el.updateComplete;
    expect(area.getBoundingClientRect().height).to.be.closeTo(120, 1);
    expect(getComputedStyle(area).overflowY).to.equal('auto');
    expect(area.scrollHeight).to.be.greaterThan(area.clientHeight);
    el.value = '';
    await el.updateComplete;
    expect(area.getBoundingClientRect().height).to.be.closeTo(oneLine, 1);
  });

  it('grows as the user types', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    const before = textarea(el).getBoundingClientRect().height;
    await type(el, 'a');
    await shiftEnter();
    await shiftEnter();
    await type(el, 'b');
    expect(textarea(el).getBoundingClientRect().height).to.be.greaterThan(before + 20);
  });

  it('focus() focuses the text area', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
  });

  describe('files', () => {
    it('opens a file input that honours file-types and file-count', async () => {
      const el = await fixture<ChatMultimodalTextbox>(
        html`<chat-multimodal-textbox file-types="image, .pdf" file-count="multiple"></chat-multimodal-textbox>`,
      );
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
      expect(input.accept).to.equal('image/*,.pdf');
      expect(input.multiple).to.be.true;
      expect(input.hidden).to.be.true;
      const opened = oneEvent(input, 'click');
      part<HTMLButtonElement>(el, 'upload-button')!.click();
      await opened;
      el.fileCount = 'single';
      await el.updateComplete;
      expect(input.multiple).to.be.false;
    });

    it('hides upload with file-count="none" or without the upload source', async () => {
      const none = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox file-count="none"></chat-multimodal-textbox>`);
      expect(part(none, 'upload-button')).to.equal(null);
      expect(none.shadowRoot!.querySelector('input[type=file]')).to.equal(null);
      const micOnly = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox sources="microphone"></chat-multimodal-textbox>`);
      expect(part(micOnly, 'upload-button')).to.equal(null);
    });

    it('previews chosen files, each removable with a labelled button', async () => {
      const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
      await chooseFiles(el, [await png('cat.png'), text('notes.txt', 2048)]);
      const previews = parts(el, 'file-preview');
      expect(previews).to.have.length(2);
      const image = previews[0]!.querySelector('img')!;
      expect(image.src.startsWith('blob:')).to.be.true;
      expect(image.alt).to.equal('cat.png');
      await until(() => image.complete && image.naturalWidth === 4, 'the thumbnail loads');
      expect(previews[1]!.textContent).to.contain('notes.txt').and.contain('2 KB');
      const removes = parts(el, 'file-remove');
      expect(removes.map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Remove cat.png', 'Remove notes.txt']);
      await expect(el).to.be.accessible();

      const url = image.src;
      expect(await isRevoked(url)).to.be.false;
      removes[0]!.click();
      await el.updateComplete;
      expect(parts(el, 'file-preview')).to.have.length(1);
      expect(parts(el, 'file-preview')[0]!.textContent).to.contain('notes.txt');
      expect(await isRevoked(url)).to.be.true;
    });

    it('removes a file with the keyboard', async () => {
      const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
      await chooseFiles(el, [text('a.txt')]);
      part<HTMLButtonElement>(el, 'file-remove')!.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(parts(el, 'file-preview')).to.have.length(0);
    });

    it('sends files with the text (or alone) and clears them, revoking previews', async () => {
      const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
      const submits = record(el, 'chat-submit');
      const image = await png('cat.png');
      const notes = text('notes.txt');
      await chooseFiles(el, [image, notes]);
      const url = parts(el, 'file-preview')[0]!.querySelector('img')!.src;
      expect(part<HTMLButtonElement>(el, 'submit-button')!.disabled).to.be.false;
      pressEnter(el);
      await el.updateComplete;
      expect(submits).to.have.length(1);
      expect(submits[0]!.text).to.equal('');
      expect(submits[0]!.files).to.deep.equal([image, notes]);
      expect(parts(el, 'file-preview')).to.have.length(0);
      expect(await isRevoked(url)).to.be.true;
    });

    it('revokes previews when the element leaves the page', async () => {
      const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
      await chooseFiles(el, [await png('cat.png')]);
      const url = parts(el, 'file-preview')[0]!.querySelector('img')!.src;
      const parent = el.parentNode!;
      el.remove();
      expect(await isRevoked(url)).to.be.true;
      parent.appendChild(el);
      el.requestUpdate();
      await el.updateComplete;
      const again = parts(el, 'file-preview')[0]!.querySelector('img')!;
      expect(again.src).to.not.equal(url);
      expect(await isRevoked(again.src)).to.be.false;
    });

    it('refuses files over max-file-size, naming each, and keeps the others', async () => {
      const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox max-file-size="1KB"></chat-multimodal-textbox>`);
      await chooseFiles(el, [text('small.txt', 10), text('huge.txt', 5000), text('big.txt', 1025)]);
      expect(parts(el, 'file-preview').map((preview) => preview.textContent)).to.have.length(1);
      expect(parts(el, 'file-preview')[0]!.textContent).to.contain('small.txt');
      const error = part(el, 'input-error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('huge.txt: larger than 1 KB');
      expect(error.textContent).to.contain('big.txt: larger than 1 KB');
      expect(error.checkVisibility()).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('refuses files of a type outside file-types', async () => {
      const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox file-types="image,.md"></chat-multimodal-textbox>`);
      await chooseFiles(el, [await png('ok.png'), text('no.txt'), new File(['# hi'], 'README.MD')]);
      expect(parts(el, 'file-preview')).to.have.length(2);
      expect(part(el, 'input-error')!.textContent!.trim()).to.equal('no.txt: this type of file is not accepted');
    });

    it('refuses files beyond file-count="single"', async () => {
      const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox file-count="single"></chat-multimodal-textbox>`);
      await chooseFiles(el, [text('first.txt'), text('second.txt')]);
      expect(parts(el, 'file-preview')).to.have.length(1);
      expect(part(el, 'input-error')!.textContent).to.contain('second.txt: too many files (at most 1)');
      await chooseFiles(el, [text('third.txt')]);
      expect(parts(el, 'file-preview')).to.have.length(1);
      expect(part(el, 'input-error')!.textContent).to.contain('third.txt');
      expect(part(el, 'input-error')!.textContent).to.not.contain('second.txt');
      parts(el, 'file-remove')[0]!.click();
      await chooseFiles(el, [text('fourth.txt')]);
      expect(parts(el, 'file-preview')[0]!.textContent).to.contain('fourth.txt');
      expect(part(el, 'input-error')!.textContent!.trim()).to.equal('');
    });

    it('announces attached files in a live region', async () => {
      const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
      await chooseFiles(el, [text('a.txt')]);
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('a.txt attached');
    });
  });

  describe('while a reply streams', () => {
    it('shows a stop button that fires chat-stop', async () => {
      const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox streaming value="next"></chat-multimodal-textbox>`);
      const submits = record(el, 'chat-submit');
      expect(part(el, 'submit-button')).to.equal(null);
      const stop = part<HTMLButtonElement>(el, 'stop-button')!;
      expect(stop.getAttribute('aria-label')).to.equal('Stop');
      await expect(el).to.be.accessible();
      pressEnter(el);
      expect(submits).to.have.length(0);
      const stopped = oneEvent(el, 'chat-stop');
      stop.click();
      await stopped;
      el.streaming = false;
      await el.updateComplete;
      expect(part(el, 'stop-button')).to.equal(null);
      part<HTMLButtonElement>(el, 'submit-button')!.click();
      expect(submits).to.deep.equal([{text: 'next', files: []}]);
    });
  });
});

describe('<chat-multimodal-textbox> inside a chat', () => {
  async function connected(controller = new FakeChat()) {
    const host = fixtureSync<TestChatHost>(
      html`<test-chat-host .controller=${controller}><chat-multimodal-textbox></chat-multimodal-textbox></test-chat-host>`,
    );
    const el = host.querySelector('chat-multimodal-textbox')!;
    await el.updateComplete;
    return {host, el, controller};
  }

  it('takes settings and strings from the chat', async () => {
    const controller = new FakeChat();
    controller.settings = {...controller.settings, placeholder: 'Ask the bot', fileTypes: ['image'], fileCount: 'single'};
    controller.strings = {...controller.strings, send: 'Senden', textboxLabel: 'Nachricht'};
    const {el} = await connected(controller);
    expect(textarea(el).placeholder).to.equal('Ask the bot');
    expect(textarea(el).getAttribute('aria-label')).to.equal('Nachricht');
    expect(part(el, 'submit-button')!.getAttribute('aria-label')).to.equal('Senden');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.accept).to.equal('image/*');
    expect(input.multiple).to.be.false;
    controller.update({settings: {disabled: true}});
    await el.updateComplete;
    expect(textarea(el).disabled).to.be.true;
    controller.update({settings: {disabled: false, fileCount: 'none', maxFileSize: 10}});
    await el.updateComplete;
    expect(textarea(el).disabled).to.be.false;
    expect(part(el, 'upload-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('validates files with the chat settings', async () => {
    const controller = new FakeChat();
    controller.settings = {...controller.settings, maxFileSize: 10};
    const {el} = await connected(controller);
    await chooseFiles(el, [text('ok.txt', 5), text('big.txt', 11)]);
    expect(parts(el, 'file-preview')).to.have.length(1);
    expect(part(el, 'input-error')!.textContent).to.contain('big.txt: larger than 10 B');
  });

  it('sends through the controller and clears when it was sent', async () => {
    const {el, controller} = await connected();
    const events = record(el, 'chat-submit');
    const notes = text('notes.txt');
    await chooseFiles(el, [notes]);
    await type(el, 'hi');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(controller.submitted).to.deep.equal([{text: 'hi', files: [notes]}]);
    expect(events).to.have.length(0); // the chat fires the event, not the textbox
    expect(textarea(el).value).to.equal('');
    expect(parts(el, 'file-preview')).to.have.length(0);
    expect(controller.drafts.at(-1)).to.equal('');
  });

  it('keeps the text and files when the controller sent nothing', async () => {
    const {el, controller} = await connected();
    controller.accept = false;
    await chooseFiles(el, [text('notes.txt')]);
    await type(el, 'not sent');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(controller.submitted).to.have.length(1);
    expect(textarea(el).value).to.equal('not sent');
    expect(parts(el, 'file-preview')).to.have.length(1);
  });

  it('turns the send button into a stop button while the reply is on its way', async () => {
    const {el, controller} = await connected();
    for (const status of ['waiting', 'streaming'] as const) {
      controller.update({view: {status}});
      // While streaming, ChatConsumer draws once per animation frame, and a
      // test page in a background tab gets none: ask for the render here.
      if (status === 'streaming') el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'submit-button')).to.equal(null);
      part<HTMLButtonElement>(el, 'stop-button')!.click();
    }
    expect(controller.calls).to.deep.equal([['stop'], ['stop']]);
    controller.update({view: {status: 'error'}});
    await el.updateComplete;
    expect(part(el, 'stop-button')).to.equal(null);
    expect(part(el, 'submit-button')).to.not.equal(null);
  });

  it('shows a draft the chat restored before the textbox connected (persist)', async () => {
    const controller = new FakeChat();
    controller.draftRequest = {text: 'kept across the reload', revision: 1};
    const {el} = await connected(controller);
    expect(textarea(el).value).to.equal('kept across the reload');
  });

  it('shows the text the chat asks for (undo) and reports drafts', async () => {
    const {el, controller} = await connected();
    await type(el, 'ab');
    expect(controller.drafts).to.deep.equal(['a', 'ab']);
    controller.requestDraft('the undone question');
    await el.updateComplete;
    expect(textarea(el).value).to.equal('the undone question');
    // The same revision again changes nothing.
    el.value = 'typed since';
    controller.notify();
    await el.updateComplete;
    expect(textarea(el).value).to.equal('typed since');
    controller.requestDraft('');
    await el.updateComplete;
    expect(textarea(el).value).to.equal('');
  });
});
