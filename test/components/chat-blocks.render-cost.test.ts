// Renders proportional to change: a property that does not affect message
// content renders no message again (no lexing, no sanitizing), and a new
// message renders only itself. Counted with the renderers' own counters.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import type {ChatMessage} from '../../src/core/types.js';
import {markdownStats} from '../../src/render/markdown.js';
import {sanitizeStats} from '../../src/render/sanitize.js';
import {groupViewStats} from '../../src/components/chat-message-list/group-view.js';
import {parts, until} from '../support/index.js';

function history(count: number): ChatMessage[] {
  return Array.from({length: count}, (_, i) =>
    i % 2 === 0
      ? {role: 'user', content: `Question ${i} with *emphasis*`}
      : {
          role: 'assistant',
          content: `Answer ${i}: a [link][r${i}].\n\n\`\`\`js\nconst x = ${i};\n\`\`\`\n\n- one\n- two\n\n[r${i}]: https://example.com/${i}`,
        },
  );
}

const counts = () => ({lexes: markdownStats.lexes, renders: markdownStats.blockRenders, sanitizes: sanitizeStats.count});

describe('<chat-blocks> render cost', function () {
  this.timeout(60_000);

  async function chatWithHistory(count: number): Promise<ChatBlocks> {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks endpoint="/api/streams/script"></chat-blocks>`);
    chat.messages = history(count);
    await chat.updateComplete;
    const list = chat.shadowRoot!.querySelector('chat-message-list')!;
    await list.updateComplete;
    await until(() => parts(chat, 'message').length === count, 'the whole history on screen', 30_000);
    return chat;
  }

  async function settled(chat: ChatBlocks): Promise<void> {
    await chat.updateComplete;
    await chat.shadowRoot!.querySelector('chat-message-list')!.updateComplete;
  }

  it('lexes and sanitizes nothing when placeholder, disabled or button strings change', async () => {
    const chat = await chatWithHistory(300);
    const before = counts();
    chat.placeholder = 'Ask anything';
    await settled(chat);
    chat.disabled = true;
    await settled(chat);
    chat.disabled = false;
    await settled(chat);
    chat.strings = {send: 'Go', like: 'Good'};
    await settled(chat);
    expect(counts()).to.deep.equal(before);
    // The strings did change where they are shown.
    expect(parts(chat, 'like-button')[0]!.getAttribute('aria-label')).to.equal('Good');
  });

  it('gives the same strings object until the strings change', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks></chat-blocks>`);
    const first = chat.strings;
    chat.placeholder = 'x';
    await chat.updateComplete;
    expect(chat.strings).to.equal(first);
    chat.strings = {send: 'Go'};
    expect(chat.strings).to.not.equal(first);
    expect(chat.strings.send).to.equal('Go');
  });

  it('renders only the new message when one is added', async () => {
    const chat = await chatWithHistory(300);
    const before = counts();
    chat.messages = [...chat.messages, {role: 'assistant', content: 'A new *reply*.\n\nWith two blocks.'}];
    await settled(chat);
    await until(() => parts(chat, 'message').length === 301, 'the new message');
    const after = counts();
    expect(after.lexes - before.lexes, 'lexes').to.equal(1);
    expect(after.renders - before.renders, 'blocks rendered').to.equal(2);
    expect(after.sanitizes - before.sanitizes, 'sanitizer calls').to.equal(1);
  });

  it('draws only the new group and the one that was last when a page sets the history again with one more message', async () => {
    const chat = await chatWithHistory(300);
    const before = groupViewStats.renders;
    // As pages append: the whole list again, each message a new object equal to the old one.
    chat.messages = [...chat.messages.map((message) => ({...message})), {role: 'user', content: 'One more question'}];
    await settled(chat);
    await until(() => parts(chat, 'message').length === 301, 'the new message');
    // The new group, the previous last reply's group (its retry and undo buttons go),
    // and the group that left the newest turns (its action row is now drawn on demand).
    expect(groupViewStats.renders - before).to.equal(3);
    expect(parts(chat, 'retry-button')).to.have.length(0);
  });

  it('draws a changed message again when the history is set with it changed', async () => {
    const chat = await chatWithHistory(300);
    const messages = chat.messages;
    messages[10] = {...messages[10]!, content: 'Edited *question*'};
    const before = groupViewStats.renders;
    chat.messages = messages;
    await settled(chat);
    await until(() => parts(chat, 'message-content')[10]?.textContent?.includes('Edited question'), 'the edited message');
    expect(groupViewStats.renders - before).to.equal(1);
  });
});
