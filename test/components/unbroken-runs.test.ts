// `max-unbroken-run` (issue 17): the cap on a run of text without a break
// opportunity reaches the messages of a <chat-blocks> and of a standalone
// list, markdown and plain text alike; a change renders the messages again
// with the new cap; a value that is not a positive number falls back to 200
// with a warning; and the copy button still copies the text unchanged.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatMessage} from '../../src/core/types.js';
import {part, parts, standaloneList, stubClipboard, until, warningsDuring} from '../support/index.js';

const word = 'w'.repeat(1000);
const text = `before ${word} after`;
const history: ChatMessage[] = [
  {role: 'user', content: 'Say it'},
  {role: 'assistant', content: text},
];

/** The rendered text of the reply. */
const reply = (root: Element) => parts(root, 'message-content').at(-1);

/** The lengths of the texts between the `<wbr>`s of the reply, once it shows the whole text. */
function pieces(root: Element): number[] | undefined {
  const content = reply(root);
  if (!content?.textContent?.includes(`${word} after`)) return undefined;
  const lengths = [0];
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeName === 'WBR') lengths.push(0);
    else if (node.nodeType === Node.TEXT_NODE) lengths[lengths.length - 1] += (node as Text).data.length;
  }
  return lengths;
}

/** Waits until the word in the reply is broken every `cap` characters. */
async function untilBrokenEvery(root: Element, cap: number): Promise<void> {
  const expected = Math.max(1, Math.ceil(word.length / cap));
  await until(() => {
    const lengths = pieces(root);
    return lengths?.length === expected && lengths.slice(1, -1).every((length) => length === cap);
  }, `the word broken every ${cap} characters`);
}

async function chatWith(attributes: string): Promise<ChatBlocks> {
  const chat = await fixture<ChatBlocks>(html`<div></div>`).then((holder) => {
    holder.innerHTML = `<chat-blocks ${attributes}></chat-blocks>`;
    return holder.firstElementChild as ChatBlocks;
  });
  chat.messages = history;
  return chat;
}

describe('max-unbroken-run', () => {
  it('is 200 by default: the word gets a <wbr> every 200 characters', async () => {
    const chat = await chatWith('');
    expect(chat.maxUnbrokenRun).to.equal(200);
    await untilBrokenEvery(chat, 200);
  });

  it('breaks the word every max-unbroken-run characters, and the copy button copies it unchanged', async () => {
    const chat = await chatWith('max-unbroken-run="64"');
    await untilBrokenEvery(chat, 64);
    expect(reply(chat)!.textContent!.trim()).to.equal(text);
    const clipboard = stubClipboard();
    try {
      await until(() => part(reply(chat)!.closest('[part~="message"]')!, 'copy-button'), 'the copy button');
      part<HTMLButtonElement>(reply(chat)!.closest('[part~="message"]')!, 'copy-button')!.click();
      await until(() => clipboard.writes.length === 1, 'the copy is written');
      expect(clipboard.writes[0]).to.equal(text);
    } finally {
      clipboard.restore();
    }
  });

  it('renders the messages again when the attribute or the property changes', async () => {
    const chat = await chatWith('max-unbroken-run="64"');
    await untilBrokenEvery(chat, 64);
    chat.setAttribute('max-unbroken-run', '300');
    await untilBrokenEvery(chat, 300);
    chat.maxUnbrokenRun = 100;
    await untilBrokenEvery(chat, 100);
    chat.removeAttribute('max-unbroken-run');
    await untilBrokenEvery(chat, 200);
    chat.maxUnbrokenRun = Infinity;
    await untilBrokenEvery(chat, Infinity);
  });

  it('applies to a message shown as plain text past max-markdown-length', async () => {
    const chat = await chatWith('max-unbroken-run="50" max-markdown-length="500"');
    await until(() => part(chat, 'show-formatted-button'), 'the message shows as plain text');
    await untilBrokenEvery(chat, 50);
    chat.maxUnbrokenRun = 250;
    await untilBrokenEvery(chat, 250);
  });

  for (const bad of ['0', '-5', 'many']) {
    it(`falls back to 200 with a warning for "${bad}"`, async () => {
      const warnings = await warningsDuring(async () => {
        const chat = await chatWith(`max-unbroken-run="${bad}"`);
        expect(chat.maxUnbrokenRun).to.equal(200);
        await untilBrokenEvery(chat, 200);
      });
      expect(warnings.filter((warning) => warning.includes('max-unbroken-run'))).to.have.length(1);
    });
  }

  it('is an attribute of a standalone list too', async () => {
    const list = await standaloneList(history);
    list.setAttribute('max-unbroken-run', '125');
    await untilBrokenEvery(list, 125);
  });
});
