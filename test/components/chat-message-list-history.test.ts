import {expect, fixture, html} from '@open-wc/testing';
import type {ChatMessage} from '../../src/core/types.js';
import '../../src/components/chat-message-list/chat-message-list.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';
import {firstWindowMessages} from '../../src/components/chat-message-list/history-window.js';
import {messageAt, messageNodes, part, until} from '../support/index.js';

const long = (count: number, tag = 'Message'): ChatMessage[] =>
  Array.from(
    {length: count},
    (_, i) => ({role: i % 2 ? 'assistant' : 'user', content: `${tag} ${i}\n\nwith **two** paragraphs`}) as ChatMessage,
  );

const log = (list: ChatMessageList) => list.shadowRoot!.querySelector<HTMLElement>('.log')!;
const atEnd = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight < 2;

/**
 * A list (not yet on the page) that records, after each of its updates, how
 * many messages were in its DOM and whether the newest one was.
 */
function recordingList(messages: ChatMessage[]): {list: ChatMessageList; updates: {count: number; newest: boolean}[]} {
  const list = document.createElement('chat-message-list');
  list.style.height = '300px';
  list.messages = messages;
  const updates: {count: number; newest: boolean}[] = [];
  list.addController({
    hostUpdated: () =>
      updates.push({
        count: messageNodes(list).length,
        newest: list.shadowRoot!.querySelector(`[data-index="${messages.length - 1}"]`) !== null,
      }),
  });
  return {list, updates};
}

describe('<chat-message-list> with a long history', () => {
  it('renders the newest messages first, at the end, then all the others', async () => {
    const {list, updates} = recordingList(long(300));
    await fixture(html`<div>${list}</div>`);
    await list.updateComplete;
    // The first render with messages (the message views load with the first
    // one) held the newest messages and not the whole history.
    const shown = updates.filter((update) => update.count > 0);
    expect(shown[0]!.newest).to.equal(true);
    expect(shown[0]!.count).to.be.at.least(firstWindowMessages).and.below(300);
    // Then older ones came in batches, until every message was there.
    expect(shown.length).to.be.greaterThan(1);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.count).to.be.at.least(shown[i - 1]!.count);
    expect(messageNodes(list).length).to.equal(300);
    expect(messageNodes(list).map((node) => Number(node.dataset.index))).to.deep.equal([...Array(300).keys()]);
    expect(part(messageAt(list, 0), 'message-content')!.textContent).to.contain('Message 0');
    // It stayed at the end all along.
    await until(() => atEnd(log(list)), 'at the end');
    expect(part(list.shadowRoot!, 'scroll-button')).to.equal(null);
  });

  it('renders older messages at once when the user scrolls up to them, without moving what is on screen', async () => {
    const {list, updates} = recordingList(long(400));
    await fixture(html`<div>${list}</div>`);
    await until(() => updates.length > 0 && atEnd(log(list)), 'first render at the end');
    const scroller = log(list);
    const oldest = messageNodes(list)[0]!;
    const oldestIndex = Number(oldest.dataset.index);
    expect(oldestIndex, 'older messages still to come').to.be.greaterThan(0);
    // The user scrolls up to the top of what is there.
    scroller.dispatchEvent(new WheelEvent('wheel', {deltaY: -100}));
    scroller.scrollTop = 0;
    await until(() => messageNodes(list)[0] !== oldest, 'older messages added above');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const top = oldest.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    // The message the user was looking at stays where it was; the new ones are above it.
    expect(scroller.scrollTop).to.be.greaterThan(0);
    expect(Math.abs(top - Number.parseFloat(getComputedStyle(scroller).paddingTop))).to.be.below(3);
    await list.updateComplete;
    expect(messageNodes(list).length).to.equal(400);
    expect(Math.abs(oldest.getBoundingClientRect().top - scroller.getBoundingClientRect().top - top)).to.be.below(3);
    expect(part(list.shadowRoot!, 'scroll-button'), 'not at the end: the button is offered').to.exist;
  });

  it('keeps the rendered messages when the conversation grows, and starts over with another history', async () => {
    const list = await fixture<ChatMessageList>(html`<chat-message-list style="height: 300px" .messages=${long(200)}></chat-message-list>`);
    await list.updateComplete;
    const first = messageAt(list, 0);
    const content = part(first, 'message-content')!.firstElementChild;
    list.messages = [...list.messages, {role: 'user', content: 'one more'}];
    await list.updateComplete;
    // Nothing older was rendered again: the very same nodes.
    expect(messageAt(list, 0)).to.equal(first);
    expect(part(messageAt(list, 0), 'message-content')!.firstElementChild).to.equal(content);
    expect(messageNodes(list).length).to.equal(201);

    const {list: other, updates} = recordingList(long(200, 'Other'));
    await fixture(html`<div>${other}</div>`);
    await other.updateComplete;
    expect(updates[0]!.count).to.be.below(200);
    list.messages = long(200, 'Other');
    await list.updateComplete;
    expect(part(messageAt(list, 0), 'message-content')!.textContent).to.contain('Other 0');
    expect(messageNodes(list).length).to.equal(200);
    await until(() => atEnd(log(list)), 'a new history opens at its end');
  });

  it('renders a short history at once', async () => {
    const {list, updates} = recordingList(long(firstWindowMessages - 1));
    await fixture(html`<div>${list}</div>`);
    await list.updateComplete;
    expect(updates[0]!.count).to.equal(firstWindowMessages - 1);
  });
});
