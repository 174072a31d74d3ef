import {expect, fixture, html} from '@open-wc/testing';
import type {ChatBlocks} from '../../src/components/chat-blocks/chat-blocks.js';
import type {ChatMultimodalTextbox} from '../../src/components/chat-multimodal-textbox/chat-multimodal-textbox.js';
import {parseSources} from '../../src/core/input-sources.js';
import '../../src/index.js';
import {part} from '../support/index.js';

describe('sources (one parser for <chat-blocks> and the textbox)', () => {
  it('reads a space or comma list; no value gives upload, an empty list gives none', () => {
    expect(parseSources(undefined)).to.deep.equal(['upload']);
    expect(parseSources(null)).to.deep.equal(['upload']);
    expect(parseSources('')).to.deep.equal([]);
    expect(parseSources('microphone, upload')).to.deep.equal(['microphone', 'upload']);
    expect(parseSources('camera microphone')).to.deep.equal(['microphone']);
  });

  it('sources="" is a text-only input, in <chat-blocks> and alone', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks sources=""></chat-blocks>`);
    const alone = await fixture<ChatMultimodalTextbox>(html`<chat-multimodal-textbox sources=""></chat-multimodal-textbox>`);
    const byDefault = await fixture<ChatBlocks>(html`<chat-blocks></chat-blocks>`);
    await Promise.all([chat, alone, byDefault].map((el) => el.updateComplete));
    expect(part(chat, 'textbox')).to.not.equal(null);
    expect(part(chat, 'upload-button')).to.equal(null);
    expect(part(alone, 'upload-button')).to.equal(null);
    expect(part(byDefault, 'upload-button')).to.not.equal(null);
  });
});
