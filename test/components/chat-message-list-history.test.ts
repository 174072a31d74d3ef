import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import type {ChatMessage} from '../../src/core/types.js';
import '../../src/components/chat-message-list/chat-message-list.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';
import {firstWindowCharacters, firstWindowMessages} from '../../src/components/chat-message-list/history-window.js';
import {chunkGroups, sectionChunks} from '../../src/components/chat-message-list/group-chunks.js';
import {rowWindowMessages} from '../../src/components/chat-message-list/view-inputs.js';
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

  it('opens a history of long messages with fewer of them, still two screens of them', async () => {
    const paragraph = 'A long reply, with words that wrap across the whole width of the list. '.repeat(12);
    const messages = long(300).map((message) => ({...message, content: `${message.content}\n\n${paragraph}`}) as ChatMessage);
    const {list, updates} = recordingList(messages);
    await fixture(html`<div>${list}</div>`);
    await until(() => updates.some((update) => update.count > 0), 'the first render');
    const first = updates.find((update) => update.count > 0)!;
    expect(first.newest).to.equal(true);
    // Stopped by its length of text, not by its count of messages.
    const length = (messages.at(-1)!.content as string).length;
    expect(first.count).to.be.below(firstWindowMessages);
    expect(first.count).to.be.within(Math.floor(firstWindowCharacters / length), Math.ceil(firstWindowCharacters / length) + 1);
    // Laid out, the messages of the first render are two screens tall at least.
    await nextFrame();
    const firstPass = messageNodes(list).filter((node) => Number(node.dataset.index) >= messages.length - first.count);
    const height = firstPass.reduce((sum, node) => sum + node.getBoundingClientRect().height, 0);
    expect(height).to.be.at.least(2 * log(list).clientHeight);
    await list.updateComplete;
    expect(messageNodes(list).length).to.equal(300);
  });

  it('counts a finished thought as the closed panel it is drawn as, not as its text', async () => {
    const thought = (i: number): ChatMessage => ({
      role: 'assistant',
      content: `Step ${i}: ${'reasoning '.repeat(300)}`,
      metadata: {title: `Step ${i}`, status: 'done'},
    });
    // Each thought answers a question: groups of one message, which the first render can stop between.
    const messages = Array.from({length: 100}, (_, i): ChatMessage[] => [{role: 'user', content: `Question ${i}`}, thought(i)]).flat();
    const {list, updates} = recordingList(messages);
    await fixture(html`<div>${list}</div>`);
    await until(() => updates.some((update) => update.count > 0), 'the first render');
    const first = updates.find((update) => update.count > 0)!;
    // Counted by their text (3,000 characters each), two thoughts would have made the first render.
    expect(first.count).to.be.at.least(20).and.at.most(firstWindowMessages);
    await nextFrame();
    const firstPass = messageNodes(list).filter((node) => Number(node.dataset.index) >= 200 - first.count);
    const height = firstPass.reduce((sum, node) => sum + node.getBoundingClientRect().height, 0);
    expect(height).to.be.at.least(2 * log(list).clientHeight);
    await list.updateComplete;
    expect(messageNodes(list).length).to.equal(200);
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

  it('puts every chunk of groups in a section of its own position, and draws again only what changed', async function () {
    this.timeout(120_000);
    // One group per message (the roles alternate): three sections, the last one of one chunk. The action
    // rows' window (the newest rowWindowMessages) starts in the second one.
    const count = chunkGroups * sectionChunks * 2 + 20;
    const list = await fixture<ChatMessageList>(
      html`<chat-message-list style="height: 300px" .messages=${long(count)}></chat-message-list>`,
    );
    await list.updateComplete;
    const sections = [...list.shadowRoot!.querySelectorAll('.transcript > .section')];
    expect(sections.length).to.equal(3);
    expect(sections.map((section) => section.querySelectorAll(':scope > .chunk').length)).to.deep.equal([sectionChunks, sectionChunks, 1]);
    expect(messageNodes(list).map((node) => Number(node.dataset.index))).to.deep.equal([...Array(count).keys()]);
    expect(sections[1]!.querySelector('.chunk')!.contains(messageAt(list, chunkGroups * sectionChunks))).to.equal(true);

    // An older message replaced: it shows its new text; the sections after it keep their nodes.
    const later = part(messageAt(list, count - 200), 'message-content')!.firstElementChild;
    const messages = list.messages.slice();
    messages[5] = {role: 'assistant', content: 'Replaced **reply**'};
    list.messages = messages;
    await list.updateComplete;
    expect(part(messageAt(list, 5), 'message-content')!.textContent).to.contain('Replaced reply');
    expect(part(messageAt(list, count - 200), 'message-content')!.firstElementChild).to.equal(later);

    // Appended to: the oldest section is not drawn again; the window of rows moved by one in the second
    // one, whose oldest row went; an older turn still draws its row when the pointer comes.
    const oldest = part(messageAt(list, 0), 'message-content')!.firstElementChild;
    const leaving = messageAt(list, count - rowWindowMessages);
    expect(leaving.querySelector('.actions'), 'in the window of rows').to.not.equal(null);
    list.messages = [...messages, {role: 'user', content: 'One more'}];
    await list.updateComplete;
    expect(part(messageAt(list, 0), 'message-content')!.firstElementChild).to.equal(oldest);
    expect(messageAt(list, count).textContent).to.contain('One more');
    expect(messageAt(list, count - rowWindowMessages).querySelector('.actions'), 'out of the window of rows').to.equal(null);
    expect(list.shadowRoot!.querySelectorAll('.actions').length).to.equal(rowWindowMessages);
    const older = messageAt(list, 7);
    older.scrollIntoView();
    expect(older.querySelector('.actions')).to.equal(null);
    older.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
    await until(() => older.querySelector('.actions'), 'the older turn draws its row');
  });

  it('keeps the first message of a section where the user scrolled it when the chunk above it comes on screen', async function () {
    this.timeout(60_000);
    // Replies of two sizes: a chunk's placeholder size is not its real one.
    const count = chunkGroups * sectionChunks + 100;
    const messages = long(count).map((message, i) =>
      i % 7 === 1 ? {...message, content: `${message.content as string}\n\n\`\`\`js\nconst a = ${i};\n\`\`\``} : message,
    );
    const list = await fixture<ChatMessageList>(html`<chat-message-list style="height: 400px" .messages=${messages}></chat-message-list>`);
    await list.updateComplete;
    log(list).dispatchEvent(new WheelEvent('wheel', {deltaY: -100}));
    messageAt(list, 5).scrollIntoView({block: 'center'});
    await nextFrame();
    const first = messageAt(list, chunkGroups * sectionChunks);
    const chunkAbove = messageAt(list, chunkGroups * sectionChunks - 1).closest('.chunk')!;
    expect(chunkAbove.closest('.section')!.contains(first), 'in the section before').to.equal(false);
    const shown = new Promise((resolve) =>
      chunkAbove.addEventListener(
        'contentvisibilityautostatechange',
        (event) => !(event as Event & {skipped: boolean}).skipped && resolve(true),
      ),
    );
    first.scrollIntoView({block: 'center'});
    const top = first.getBoundingClientRect().top;
    await shown;
    await nextFrame();
    await nextFrame();
    expect(first.getBoundingClientRect().top).to.be.closeTo(top, 2);
  });

  it('renders a long text in an older section to its end, a slice per frame, while nothing else changes', async function () {
    this.timeout(60_000);
    const paragraphs = Array.from({length: 1800}, (_, i) => `Paragraph ${i} of a long reply, with *some* markdown.`);
    const messages: ChatMessage[] = [
      {role: 'user', content: 'Tell me everything'},
      {role: 'assistant', content: paragraphs.join('\n\n')},
    ];
    // The long text's section is older than the window of rows, and holds none of the last messages.
    messages.push(...long(chunkGroups * sectionChunks + 60).slice(2));
    const list = await fixture<ChatMessageList>(html`<chat-message-list style="height: 300px" .messages=${messages}></chat-message-list>`);
    await list.updateComplete;
    const text = () => part(messageAt(list, 1), 'message-content')!.textContent!;
    expect(text().startsWith('Paragraph 0 of'), 'its first paragraph').to.equal(true);
    expect(text().includes('Paragraph 1799 of'), 'its last paragraph').to.equal(true);
  });

  it('renders a short history at once', async () => {
    const {list, updates} = recordingList(long(firstWindowMessages - 1));
    await fixture(html`<div>${list}</div>`);
    await list.updateComplete;
    expect(updates[0]!.count).to.equal(firstWindowMessages - 1);
  });
});
