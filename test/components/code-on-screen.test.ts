// In a long history, the code of older messages (past the newest
// `rowWindowMessages`) is highlighted when its message comes near the
// screen: a history restored at its end holds no highlight spans for the
// messages no one scrolled back to, and scrolling to one highlights it as
// an immediate render would have.
import {expect} from '@open-wc/testing';
import type {ChatMessage} from '../../src/core/types.js';
import {rowWindowMessages} from '../../src/components/chat-message-list/view-inputs.js';
import {chunkGroups, sectionChunks} from '../../src/components/chat-message-list/group-chunks.js';
import {markupWithoutMarkers, messageAt, standaloneList, until} from '../support/index.js';
import '../../src/components/chat-message-list/chat-message-list.js';

const code = (i: number) => `Reply ${i}:\n\n\`\`\`js\nconst answer${i} = ${i};\n\`\`\``;

const history = (count: number): ChatMessage[] =>
  Array.from({length: count}, (_, i) => ({role: i % 2 ? 'assistant' : 'user', content: i % 2 ? code(i) : `Question ${i}`}) as ChatMessage);

/** The markup of a message's text without Lit's comment markers. */
const markup = (element: Element) => markupWithoutMarkers(element.querySelector<HTMLElement>('[part~="message-content"]')!);

describe('<chat-message-list> code of older messages', function () {
  this.timeout(120_000);

  it('is highlighted once its message comes near the screen, as the newest messages are at once', async () => {
    // One group per message: the oldest in another section of chunks than the newest (group-chunks.ts).
    const count = chunkGroups * sectionChunks + 100;
    const list = await standaloneList(history(count));
    await until(() => list.shadowRoot!.querySelector('[data-index="1"]'), 'the whole history', 60_000);
    const newest = messageAt(list, count - 1);
    await until(() => newest.querySelector('.hljs-keyword'), 'the newest code highlighted');

    // The oldest reply is far above the screen: its code waits, plain, with its text and copy button.
    const oldest = messageAt(list, 1);
    expect(oldest.closest('.section')!.contains(newest)).to.equal(false);
    const pending = oldest.querySelector('code.highlight-pending')!;
    expect(pending.textContent).to.equal('const answer1 = 1;');
    expect(oldest.querySelector('[class^="hljs"]')).to.equal(null);
    expect(oldest.querySelector('[part~="code-copy-button"]')).to.not.equal(null);
    // Older than the newest rowWindowMessages; the newer ones are highlighted as they render.
    expect(list.shadowRoot!.querySelectorAll('code.highlight-pending').length).to.be.at.least(count / 2 - rowWindowMessages / 2 - 10);

    // Scrolled up as a user does (a wheel turn), so the list stops following its end.
    list.shadowRoot!.querySelector('.log')!.dispatchEvent(new WheelEvent('wheel', {deltaY: -100}));
    oldest.scrollIntoView();
    await until(() => oldest.querySelector('.hljs-keyword'), 'the oldest code highlighted on screen');
    expect(oldest.querySelector('.highlight-pending')).to.equal(null);
    // The same markup as the same text rendered at once.
    const fresh = await standaloneList([{role: 'assistant', content: code(1)}]);
    await until(() => messageAt(fresh, 0).querySelector('.hljs-keyword'), 'highlighted at once');
    expect(markup(oldest)).to.equal(markup(messageAt(fresh, 0)));
  });
});
