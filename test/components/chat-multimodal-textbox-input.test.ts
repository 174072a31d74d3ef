// Files that arrive by drag and drop, by paste, and uploads to upload-endpoint.
import {expect, fixture, fixtureSync, html, oneEvent} from '@open-wc/testing';
import '../../src/components/chat-multimodal-textbox/chat-multimodal-textbox.js';
import '../../src/components/chat-blocks/chat-blocks.js';
import type {ChatMultimodalTextbox} from '../../src/components/chat-multimodal-textbox/chat-multimodal-textbox.js';
import type {ChatEventDetails} from '../../src/events.js';
import type {FileData} from '../../src/core/types.js';
import {
  FakeChat,
  type TestChatHost,
  chooseFiles,
  drag,
  part,
  parts,
  png,
  pressEnter,
  record,
  text,
  textarea,
  transferOf,
  uploadState,
  releaseGate,
  uniqueTag,
  until,
} from '../support/index.js';

const status = (el: Element) => el.shadowRoot!.querySelector('[role=status]')!.textContent!;
/** Waits for the test server: generous, the machine may be busy. */
const uniqueKey = () => `key-${Math.random().toString(36).slice(2)}`;

describe('<chat-multimodal-textbox> drag and drop', () => {
  it('shows a drop zone while files are dragged over it and attaches dropped files', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    const files = [text('dropped.txt')];
    expect(part(el, 'drop-zone')).to.equal(null);
    expect(drag(el, 'dragenter', files).defaultPrevented).to.be.true;
    await el.updateComplete;
    const zone = part(el, 'drop-zone')!;
    expect(zone.textContent).to.contain('Drop files to attach them');
    expect(zone.checkVisibility()).to.be.true;
    await expect(el).to.be.accessible();
    expect(drag(el, 'dragover', files).defaultPrevented).to.be.true;
    const drop = drag(el, 'drop', files);
    expect(drop.defaultPrevented).to.be.true; // the browser does not open the file
    await el.updateComplete;
    expect(part(el, 'drop-zone')).to.equal(null);
    expect(parts(el, 'file-preview')).to.have.length(1);
    expect(parts(el, 'file-preview')[0]!.textContent).to.contain('dropped.txt');
  });

  it('hides the drop zone when the drag leaves', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    const inner = textarea(el);
    drag(el, 'dragenter', [text('a.txt')]);
    drag(inner, 'dragenter', [text('a.txt')]); // into a child: still over the widget
    drag(el, 'dragleave', [text('a.txt')]);
    await el.updateComplete;
    expect(part(el, 'drop-zone')).to.not.equal(null);
    drag(inner, 'dragleave', [text('a.txt')]);
    await el.updateComplete;
    expect(part(el, 'drop-zone')).to.equal(null);
  });

  it('ignores drags that carry no files', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'just text');
    const event = new DragEvent('dragenter', {dataTransfer: transfer, bubbles: true, composed: true, cancelable: true});
    el.dispatchEvent(event);
    await el.updateComplete;
    expect(event.defaultPrevented).to.be.false;
    expect(part(el, 'drop-zone')).to.equal(null);
  });

  it('validates dropped files like chosen ones', async () => {
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox file-types="image" max-file-size="100"></chat-multimodal-textbox>`,
    );
    drag(el, 'drop', [await png('ok.png'), text('doc.txt'), new File([new Uint8Array(500)], 'big.png', {type: 'image/png'})]);
    await el.updateComplete;
    expect(parts(el, 'file-preview')).to.have.length(1);
    const error = part(el, 'input-error')!.textContent!;
    expect(error).to.contain('doc.txt: this type of file is not accepted');
    expect(error).to.contain('big.png: larger than 100 B');
  });

  it('accepts files dropped anywhere on the <chat-blocks> around it, even from its shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<chat-blocks></chat-blocks>`);
    const list = host.shadowRoot!.querySelector('chat-message-list')!;
    const el = host.shadowRoot!.querySelector('chat-multimodal-textbox')!;
    await el.updateComplete;
    drag(list, 'dragenter', [text('a.txt')]);
    await el.updateComplete;
    expect(part(el, 'drop-zone')).to.not.equal(null);
    const drop = drag(list, 'drop', [text('a.txt')]);
    await el.updateComplete;
    expect(drop.defaultPrevented).to.be.true;
    expect(parts(el, 'file-preview')).to.have.length(1);
  });

  it('listens on a light-DOM <chat-blocks> and stops listening when removed', async () => {
    const host = await fixture<HTMLElement>(
      html`<chat-blocks
        ><p>messages</p>
        <div><chat-multimodal-textbox></chat-multimodal-textbox></div
      ></chat-blocks>`,
    );
    const el = host.querySelector('chat-multimodal-textbox')!;
    await el.updateComplete;
    drag(host.querySelector('p')!, 'drop', [text('one.txt')]);
    await el.updateComplete;
    expect(parts(el, 'file-preview')).to.have.length(1);
    el.remove();
    document.body.append(el);
    drag(host.querySelector('p')!, 'drop', [text('two.txt')]);
    await el.updateComplete;
    expect(parts(el, 'file-preview')).to.have.length(1);
    el.remove();
  });

  it('shows no drop zone when disabled or when files are not accepted', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox disabled></chat-multimodal-textbox>`);
    drag(el, 'dragenter', [text('a.txt')]);
    await el.updateComplete;
    expect(part(el, 'drop-zone')).to.equal(null);
    drag(el, 'drop', [text('a.txt')]);
    await el.updateComplete;
    expect(parts(el, 'file-preview')).to.have.length(0);

    const none = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox file-count="none"></chat-multimodal-textbox>`);
    drag(none, 'dragenter', [text('a.txt')]);
    await none.updateComplete;
    expect(part(none, 'drop-zone')).to.equal(null);
    drag(none, 'drop', [text('a.txt')]);
    await none.updateComplete;
    expect(parts(none, 'file-preview')).to.have.length(0);
    expect(part(none, 'input-error')!.textContent).to.contain('Files cannot be attached here');
  });
});

describe('<chat-multimodal-textbox> paste', () => {
  function paste(el: ChatMultimodalTextbox, transfer: DataTransfer): ClipboardEvent {
    const event = new ClipboardEvent('paste', {clipboardData: transfer, bubbles: true, composed: true, cancelable: true});
    textarea(el).dispatchEvent(event);
    return event;
  }

  it('attaches pasted images', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    const event = paste(el, transferOf([await png('image.png')]));
    await el.updateComplete;
    expect(event.defaultPrevented).to.be.true;
    expect(parts(el, 'file-preview')).to.have.length(1);
    expect(parts(el, 'file-preview')[0]!.querySelector('img')!.alt).to.equal('image.png');
  });

  it('attaches pasted text longer than max-plain-text-length as a .txt file', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox max-plain-text-length="20"></chat-multimodal-textbox>`);
    const submits = record(el, 'chat-submit');
    const long = 'a long text pasted from somewhere else';
    const event = paste(el, transferOf([], long));
    await el.updateComplete;
    expect(event.defaultPrevented).to.be.true;
    expect(textarea(el).value).to.equal('');
    expect(parts(el, 'file-preview')[0]!.textContent).to.contain('pasted text.txt');
    pressEnter(el);
    const file = submits[0]!.files[0] as File;
    expect(file.name).to.equal('pasted text.txt');
    expect(file.type).to.equal('text/plain');
    expect(await file.text()).to.equal(long);
  });

  it('leaves short pasted text to the text area', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox max-plain-text-length="20"></chat-multimodal-textbox>`);
    const event = paste(el, transferOf([], 'short'));
    await el.updateComplete;
    expect(event.defaultPrevented).to.be.false;
    expect(parts(el, 'file-preview')).to.have.length(0);
  });

  it('validates pasted files like the others', async () => {
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox file-types="image" max-plain-text-length="5"></chat-multimodal-textbox>`,
    );
    paste(el, transferOf([], 'more than five'));
    await el.updateComplete;
    expect(parts(el, 'file-preview')).to.have.length(0);
    expect(part(el, 'input-error')!.textContent).to.contain('pasted text.txt: this type of file is not accepted');
  });

  it('uses the max-plain-text-length of the chat when inside one', async () => {
    const controller = new FakeChat();
    controller.settings = {...controller.settings, maxPlainTextLength: 3};
    const host = fixtureSync<TestChatHost>(
      html`<test-chat-host .controller=${controller}><chat-multimodal-textbox></chat-multimodal-textbox></test-chat-host>`,
    );
    const el = host.querySelector('chat-multimodal-textbox')!;
    await el.updateComplete;
    expect(paste(el, transferOf([], 'four')).defaultPrevented).to.be.true;
  });
});

describe('<chat-multimodal-textbox> upload-endpoint', () => {
  it('uploads files as soon as they are attached and sends the returned URLs', async () => {
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox upload-endpoint="/api/uploads/urls"></chat-multimodal-textbox>`,
    );
    const submits = record(el, 'chat-submit');
    await chooseFiles(el, [new File(['the content'], 'notes.txt', {type: 'text/plain'})]);
    await until(() => parts(el, 'file-preview')[0]?.dataset.status === 'uploaded', 'the upload finishes');
    expect(status(el)).to.contain('notes.txt uploaded');
    expect(part(el, 'upload-progress')).to.equal(null);
    el.value = 'see the file';
    pressEnter(el);
    await until(() => submits.length === 1);
    const [file] = submits[0]!.files as FileData[];
    expect(file!.url).to.match(/^\/api\/uploads\/files\//);
    expect(file).to.include({name: 'notes.txt', mime_type: 'text/plain', size: 11});
    expect(await (await fetch(file!.url)).text()).to.equal('the content');
    expect(submits[0]!.text).to.equal('see the file');
  });

  it('shows progress and a cancel button per file, and the message waits for the uploads', async () => {
    const hold = uniqueTag('uploads-wait');
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox upload-endpoint=${`/api/uploads/slow?hold=${hold}`}></chat-multimodal-textbox>`,
    );
    const submits = record(el, 'chat-submit');
    await chooseFiles(el, [text('a.txt'), text('b.txt')]);
    const progress = parts(el, 'upload-progress');
    expect(progress).to.have.length(2);
    expect(progress[0]!.localName).to.equal('progress');
    expect(progress[0]!.getAttribute('aria-label')).to.equal('Uploading a.txt');
    expect(parts(el, 'upload-cancel').map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Cancel upload of a.txt',
      'Cancel upload of b.txt',
    ]);
    await expect(el).to.be.accessible();
    el.value = 'two files';
    pressEnter(el);
    await el.updateComplete;
    expect(submits).to.have.length(0);
    expect(part(el, 'submit-button')!.getAttribute('aria-busy')).to.equal('true');
    const submitted = oneEvent(el, 'chat-submit');
    await releaseGate(hold);
    const sent = (await submitted) as CustomEvent<ChatEventDetails['chat-submit']>;
    const files = sent.detail.files as FileData[];
    expect(files.map((file) => file.name)).to.deep.equal(['a.txt', 'b.txt']);
    expect(files.every((file) => file.url.startsWith('/api/uploads/files/'))).to.be.true;
    expect(sent.detail.text).to.equal('two files');
    await el.updateComplete;
    expect(parts(el, 'file-preview')).to.have.length(0);
  });

  it('progress reaches the size of the file', async () => {
    const hold = uniqueTag('upload-progress');
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox upload-endpoint=${`/api/uploads/slow?hold=${hold}&pause=1`}></chat-multimodal-textbox>`,
    );
    await chooseFiles(el, [new File([new Uint8Array(2 * 1024 * 1024)], 'big.bin')]);
    const progress = part<HTMLProgressElement>(el, 'upload-progress')!;
    await until(() => progress.value > 0 && progress.value === progress.max, 'the whole body is sent');
    await releaseGate(hold);
    await until(() => part(el, 'upload-progress') === null, 'the upload finishes');
  });

  it('cancels an upload: the request is aborted and the file removed', async () => {
    const key = uniqueKey();
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox upload-endpoint=${`/api/uploads/slow?delay=5000&key=${key}`}></chat-multimodal-textbox>`,
    );
    await chooseFiles(el, [text('a.txt')]);
    await until(async () => (await uploadState(key)) === 'pending', 'the server receives the upload');
    part<HTMLButtonElement>(el, 'upload-cancel')!.click();
    await el.updateComplete;
    expect(parts(el, 'file-preview')).to.have.length(0);
    await until(async () => (await uploadState(key)) === 'aborted', 'the server sees the request aborted');
  });

  it('sends the other files when a pending upload is cancelled', async () => {
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox upload-endpoint="/api/uploads/slow?delay=5000"></chat-multimodal-textbox>`,
    );
    const submits = record(el, 'chat-submit');
    await chooseFiles(el, [text('a.txt')]);
    el.value = 'text';
    pressEnter(el);
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'upload-cancel')!.click();
    await until(() => submits.length === 1);
    expect(submits[0]).to.deep.equal({text: 'text', files: []});
  });

  it('marks a failed upload, keeps the text and the other files, and does not send', async () => {
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox upload-endpoint="/api/uploads/fail"></chat-multimodal-textbox>`,
    );
    const submits = record(el, 'chat-submit');
    await chooseFiles(el, [text('a.txt')]);
    await until(() => parts(el, 'upload-failed').length === 1, 'the upload fails');
    const failed = parts(el, 'upload-failed')[0]!;
    expect(failed.textContent).to.contain('Upload of a.txt failed: disk full');
    expect(status(el)).to.contain('Upload of a.txt failed: disk full');
    expect(part(el, 'upload-retry')!.getAttribute('aria-label')).to.equal('Retry upload of a.txt');
    await expect(el).to.be.accessible();
    el.value = 'keep this';
    // Enter submits synchronously (as the end of this test shows): no wait.
    pressEnter(el);
    await el.updateComplete;
    expect(submits).to.have.length(0);
    expect(textarea(el).value).to.equal('keep this');
    expect(parts(el, 'file-preview')).to.have.length(1);
    // Without the failed file, the message goes.
    part<HTMLButtonElement>(el, 'file-remove')!.click();
    pressEnter(el);
    expect(submits).to.deep.equal([{text: 'keep this', files: []}]);
  });

  it('retries a failed upload', async () => {
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox upload-endpoint=${`/api/uploads/flaky?key=${uniqueKey()}`}></chat-multimodal-textbox>`,
    );
    const submits = record(el, 'chat-submit');
    await chooseFiles(el, [text('a.txt')]);
    await until(() => parts(el, 'upload-failed').length === 1, 'the first upload fails');
    expect(parts(el, 'upload-failed')[0]!.textContent).to.contain('try later');
    part<HTMLButtonElement>(el, 'upload-retry')!.click();
    await until(() => parts(el, 'file-preview')[0]?.dataset.status === 'uploaded', 'the retry works');
    expect(parts(el, 'upload-failed')).to.have.length(0);
    pressEnter(el);
    await until(() => submits.length === 1);
    expect((submits[0]!.files[0] as FileData).url).to.match(/^\/api\/uploads\/files\//);
  });

  it("sends Gradio's paths and FileData answers as they come", async () => {
    for (const [endpoint, expected] of [
      ['/api/uploads/gradio', /^\/tmp\/gradio\//],
      ['/api/uploads/filedata', /^\/api\/uploads\/files\//],
    ] as const) {
      const el = await fixture<ChatMultimodalTextbox>(
        html`<chat-multimodal-textbox upload-endpoint=${endpoint}></chat-multimodal-textbox>`,
      );
      const submits = record(el, 'chat-submit');
      await chooseFiles(el, [text('a.txt')]);
      pressEnter(el);
      await until(() => submits.length === 1);
      expect((submits[0]!.files[0] as FileData).url).to.match(expected);
    }
  });

  it('uses the upload endpoint of the chat when inside one', async () => {
    const controller = new FakeChat();
    controller.settings = {...controller.settings, uploadEndpoint: '/api/uploads/urls'};
    const host = fixtureSync<TestChatHost>(
      html`<test-chat-host .controller=${controller}><chat-multimodal-textbox></chat-multimodal-textbox></test-chat-host>`,
    );
    const el = host.querySelector('chat-multimodal-textbox')!;
    await el.updateComplete;
    await chooseFiles(el, [text('a.txt')]);
    pressEnter(el);
    await until(() => controller.submitted.length === 1);
    expect((controller.submitted[0]!.files[0] as FileData).url).to.match(/^\/api\/uploads\/files\//);
  });

  it('sends File objects (inline) without an upload endpoint', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    const submits = record(el, 'chat-submit');
    const file = text('a.txt');
    await chooseFiles(el, [file]);
    expect(part(el, 'upload-progress')).to.equal(null);
    pressEnter(el);
    expect(submits[0]!.files).to.deep.equal([file]);
  });
});
