// The microphone source, through Chromium's fake audio device
// (--use-fake-device-for-media-stream --use-fake-ui-for-media-stream).
import {expect, fixture, fixtureSync, html} from '@open-wc/testing';
import '../../src/components/chat-multimodal-textbox/chat-multimodal-textbox.js';
import type {ChatMultimodalTextbox} from '../../src/components/chat-multimodal-textbox/chat-multimodal-textbox.js';
import {FakeChat, type TestChatHost, part, parts, pressEnter, record, until} from '../support/index.js';

const status = (el: Element) => el.shadowRoot!.querySelector('[role=status]')!.textContent!;
const micButton = (el: ChatMultimodalTextbox) => part<HTMLButtonElement>(el, 'mic-button')!;
const recorderLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => /\/chat-multimodal-textbox\/recorder\.(js|ts)\b/.test(entry.name));

type GetUserMedia = MediaDevices['getUserMedia'];
/** Replaces getUserMedia for one test (restored in afterEach). */
function replaceGetUserMedia(replacement: GetUserMedia): void {
  Object.defineProperty(navigator.mediaDevices, 'getUserMedia', {value: replacement, configurable: true, writable: true});
}
/** Keeps the streams the page got, to check that the microphone is released. */
function watchStreams(): MediaStream[] {
  const streams: MediaStream[] = [];
  const real = MediaDevices.prototype.getUserMedia;
  replaceGetUserMedia(async (constraints) => {
    const stream = await real.call(navigator.mediaDevices, constraints);
    streams.push(stream);
    return stream;
  });
  return streams;
}
const released = (stream: MediaStream) => stream.getTracks().every((track) => track.readyState === 'ended');

async function startRecording(el: ChatMultimodalTextbox): Promise<void> {
  micButton(el).click();
  await until(() => part(el, 'recording') !== null, 'the recording starts');
}

describe('<chat-multimodal-textbox> microphone', () => {
  afterEach(() => {
    delete (navigator.mediaDevices as Partial<MediaDevices>).getUserMedia;
  });

  it('loads the recording code only when recording starts', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox sources="upload microphone"></chat-multimodal-textbox>`);
    expect(recorderLoaded()).to.be.false;
    await startRecording(el);
    expect(recorderLoaded()).to.be.true;
    micButton(el).click();
    await until(() => parts(el, 'file-preview').length === 1);
  });

  it('shows a labelled mic button only with the microphone source', async () => {
    const plain = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox></chat-multimodal-textbox>`);
    expect(part(plain, 'mic-button')).to.equal(null);
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox sources="microphone"></chat-multimodal-textbox>`);
    expect(micButton(el).getAttribute('aria-label')).to.equal('Record audio');
    expect(part(el, 'upload-button')).to.equal(null);
    await expect(el).to.be.accessible();
    const none = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox sources="microphone" file-count="none"></chat-multimodal-textbox>`,
    );
    expect(part(none, 'mic-button')).to.equal(null);
  });

  it('records with elapsed time and a level meter, then attaches the audio with a player', async () => {
    const streams = watchStreams();
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox sources="upload microphone"></chat-multimodal-textbox>`);
    const submits = record(el, 'chat-submit');
    await startRecording(el);
    const indicator = part(el, 'recording')!;
    expect(indicator.textContent).to.contain('Recording 0:00');
    expect(status(el)).to.contain('Recording started');
    expect(micButton(el).getAttribute('aria-label')).to.equal('Stop recording');
    await expect(el).to.be.accessible();
    const bar = indicator.querySelector<HTMLElement>('.level > span')!;
    await until(() => new DOMMatrix(getComputedStyle(bar).transform).a > 0.02, 'the level meter moves');
    await until(() => part(el, 'recording')!.textContent!.includes('Recording 0:01'), 'the elapsed time grows');
    expect(released(streams[0]!)).to.be.false;

    micButton(el).click();
    await until(() => parts(el, 'file-preview').length === 1, 'the recording is attached');
    expect(part(el, 'recording')).to.equal(null);
    expect(released(streams[0]!)).to.be.true;
    const preview = parts(el, 'file-preview')[0]!;
    const player = preview.querySelector('audio')!;
    expect(player.controls).to.be.true;
    expect(player.src.startsWith('blob:')).to.be.true;
    await until(() => player.readyState >= HTMLMediaElement.HAVE_METADATA, 'the recording plays');
    expect(part(el, 'file-remove')!.getAttribute('aria-label')).to.match(/^Remove recording-.*\.webm$/);
    expect(status(el)).to.match(/recording-.*\.webm attached/);
    await expect(el).to.be.accessible();

    pressEnter(el);
    const [file] = submits[0]!.files as File[];
    expect(file!.type).to.equal('audio/webm');
    expect(file!.size).to.be.greaterThan(500);
    // A real, decodable recording of about a second or more.
    const audio = await new OfflineAudioContext(1, 1, 48000).decodeAudioData(await file!.arrayBuffer());
    expect(audio.duration).to.be.greaterThan(0.9);
  });

  it('removes a recording like any file', async () => {
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox sources="microphone"></chat-multimodal-textbox>`);
    await startRecording(el);
    micButton(el).click();
    await until(() => parts(el, 'file-preview').length === 1);
    part<HTMLButtonElement>(el, 'file-remove')!.click();
    await el.updateComplete;
    expect(parts(el, 'file-preview')).to.have.length(0);
  });

  it('sending while recording sends the recording', async () => {
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox sources="microphone" value="listen"></chat-multimodal-textbox>`,
    );
    const submits = record(el, 'chat-submit');
    await startRecording(el);
    pressEnter(el);
    await until(() => submits.length === 1, 'the message goes');
    expect(submits[0]!.text).to.equal('listen');
    expect((submits[0]!.files[0] as File).type).to.equal('audio/webm');
  });

  it('refuses a recording that file-types does not accept', async () => {
    const el = await fixture<ChatMultimodalTextbox>(
      html`<chat-multimodal-textbox sources="microphone" file-types="image"></chat-multimodal-textbox>`,
    );
    await startRecording(el);
    micButton(el).click();
    await until(() => part(el, 'input-error')!.textContent!.includes('this type of file is not accepted'));
    expect(parts(el, 'file-preview')).to.have.length(0);
  });

  it('releases the microphone when the element leaves the page', async () => {
    const streams = watchStreams();
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox sources="microphone"></chat-multimodal-textbox>`);
    await startRecording(el);
    el.remove();
    expect(released(streams[0]!)).to.be.true;
  });

  it('says so when permission is refused', async () => {
    replaceGetUserMedia(() => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox sources="microphone"></chat-multimodal-textbox>`);
    micButton(el).click();
    await until(() => part(el, 'input-error')!.textContent!.trim() !== '');
    const error = part(el, 'input-error')!;
    expect(error.textContent!.trim()).to.equal('The microphone could not be used: permission was refused.');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(part(el, 'recording')).to.equal(null);
    expect(micButton(el).disabled).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('says so when there is no microphone, or it fails otherwise', async () => {
    replaceGetUserMedia(() => Promise.reject(new DOMException('Requested device not found', 'NotFoundError')));
    const el = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox sources="microphone"></chat-multimodal-textbox>`);
    micButton(el).click();
    await until(() => part(el, 'input-error')!.textContent!.includes('No microphone was found.'));
    replaceGetUserMedia(() => Promise.reject(new DOMException('Device in use', 'NotReadableError')));
    micButton(el).click();
    await until(() => part(el, 'input-error')!.textContent!.includes('The microphone could not be used: Device in use'));
  });

  it('takes the microphone source from the chat when inside one', async () => {
    const controller = new FakeChat();
    controller.settings = {...controller.settings, sources: ['upload', 'microphone']};
    const host = fixtureSync<TestChatHost>(
      html`<test-chat-host .controller=${controller}><chat-multimodal-textbox></chat-multimodal-textbox></test-chat-host>`,
    );
    const el = host.querySelector('chat-multimodal-textbox')!;
    await el.updateComplete;
    expect(part(el, 'mic-button')).to.not.equal(null);
    controller.update({settings: {sources: ['upload']}});
    await el.updateComplete;
    expect(part(el, 'mic-button')).to.equal(null);
  });
});
