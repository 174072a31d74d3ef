import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import {chooseFiles, part, parts, png, text, until} from '../support/index.js';

// The input row follows the widget's own width (a container query), not the
// viewport: in a phone-sized or panel-sized widget the text area has the
// row to itself, Clear is an icon in the list's corner, and attachments
// wrap above the text area.

async function widget(width: number) {
  const chat = await fixture<ChatBlocks>(
    html`<chat-blocks style="width: ${width}px; --chat-blocks-height: 600px" placeholder="Enter message or upload file…"></chat-blocks>`,
  );
  chat.messages = [
    {role: 'user', content: 'Hello'},
    {role: 'assistant', content: 'Hi! How can I help?'},
  ];
  await until(() => part(chat, 'like-button') !== null, 'the conversation shows');
  return chat;
}

const rect = (element: Element) => element.getBoundingClientRect();
const inputRow = (chat: ChatBlocks) => chat.shadowRoot!.querySelector('.input-row')!;
const clearLabel = (chat: ChatBlocks) => part(chat, 'clear-button')!.querySelector('span')!;

describe('<chat-blocks> responsive input row', () => {
  for (const width of [375, 380]) {
    it(`at ${width} px the text area gets the row; Clear is an icon in the list's corner`, async () => {
      const chat = await widget(width);
      const textarea = part(chat, 'textbox')!;
      const clear = part(chat, 'clear-button')!;
      // Attach and send buttons (36 px each) and the paddings are all that is left beside it.
      expect(rect(textarea).width).to.be.at.least(width - 120);
      expect(rect(clear).bottom, 'above the input row').to.be.at.most(rect(inputRow(chat)).top);
      expect(rect(clearLabel(chat)).width, 'the label is for screen readers only').to.be.at.most(1);
      expect(clear.getAttribute('aria-label')).to.equal(chat.strings.clearLabel);
      // The placeholder fits on one line.
      expect(textarea.scrollHeight).to.be.below(2 * parseFloat(getComputedStyle(textarea).lineHeight) + 20);
      await expect(chat).to.be.accessible();
    });
  }

  it('at 800 px Clear is a labelled button beside the textbox', async () => {
    const chat = await widget(800);
    const clear = part(chat, 'clear-button')!;
    expect(rect(clearLabel(chat)).width).to.be.greaterThan(10);
    expect(rect(clear).top).to.be.at.least(rect(inputRow(chat)).top);
    expect(rect(clear).left).to.be.greaterThan(rect(part(chat, 'textbox')!).right);
  });

  it('attached files wrap above the text area and do not narrow it', async () => {
    const chat = await widget(375);
    const textarea = part(chat, 'textbox')!;
    const before = rect(textarea).width;
    const textbox = chat.shadowRoot!.querySelector('chat-multimodal-textbox')!;
    await chooseFiles(textbox, [await png('photo.png'), text('notes-with-a-rather-long-name.txt'), text('b.txt')]);
    await until(() => parts(chat, 'file-preview').length === 3, 'three previews');
    expect(rect(textarea).width).to.equal(before);
    for (const preview of parts(chat, 'file-preview')) {
      expect(rect(preview).bottom, 'previews sit above the text area').to.be.at.most(rect(textarea).top);
      expect(rect(preview).right).to.be.at.most(rect(chat).right);
    }
  });
});

describe('<chat-blocks> touch targets', () => {
  it('every button is at least 40 px on a coarse pointer, at phone width', async () => {
    await executeServerCommand('emulate-touch', {enabled: true});
    try {
      const chat = await widget(375);
      const textbox = chat.shadowRoot!.querySelector('chat-multimodal-textbox')!;
      await chooseFiles(textbox, [text('a.txt')]);
      await until(() => parts(chat, 'file-remove').length === 1, 'a file is attached');
      const names = [
        'submit-button',
        'upload-button',
        'file-remove',
        'clear-button',
        'copy-button',
        'like-button',
        'dislike-button',
        'retry-button',
        'undo-button',
        'edit-button',
      ];
      for (const name of names) {
        for (const button of parts(chat, name)) {
          const box = rect(button);
          expect(box.width, `${name} width`).to.be.at.least(40);
          expect(box.height, `${name} height`).to.be.at.least(40);
        }
      }
      expect(parts(chat, 'copy-button').length).to.be.greaterThan(0);
    } finally {
      await executeServerCommand('emulate-touch', {enabled: false});
    }
  });
});
