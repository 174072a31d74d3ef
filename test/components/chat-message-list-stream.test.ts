// A reply streaming into the list: how often the list renders while it
// streams, and how the list follows it (or stops following) at its end.
import {expect} from '@open-wc/testing';
import type {ReactiveController} from 'lit';
import type {ChatMessage} from '../../src/core/types.js';
import {connectedList, part, until} from '../support/index.js';
import '../../src/components/chat-message-list/chat-message-list.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';

const question: ChatMessage = {role: 'user', content: 'Tell me everything.'};

/** Markdown paragraphs, long enough that the list renders it in slices over several frames. */
const paragraphs = (count: number, from = 0) =>
  Array.from(
    {length: count},
    (_, i) => `Paragraph ${from + i} with **bold** text, a [link](https://example.com/${i}) and \`code\`.\n\n`,
  ).join('');

/** Resolves in a new task, as network chunks arrive. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

const log = (list: ChatMessageList) => list.shadowRoot!.querySelector<HTMLElement>('.log')!;
const atEnd = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight < 2;

/** Counts the list's renders per animation frame (renders in one frame share the document timeline's time). */
function countRendersPerFrame(list: ChatMessageList): Map<number | null, number> {
  const perFrame = new Map<number | null, number>();
  const counter: ReactiveController = {
    hostUpdated: () => {
      if (!list.hasAttribute('data-counting')) return;
      const frame = document.timeline.currentTime as number | null;
      perFrame.set(frame, (perFrame.get(frame) ?? 0) + 1);
    },
  };
  list.addController(counter);
  return perFrame;
}

describe('<chat-message-list> while a reply streams', () => {
  it('renders once per frame while tokens arrive and the long text renders in slices', async () => {
    const {list, chat} = await connectedList({messages: [question], status: 'waiting'}, {maxMarkdownLength: Infinity}, 'height: 300px');
    let text = paragraphs(3000);
    chat.update({view: {messages: [question, {role: 'assistant', content: text}], status: 'streaming', streamingIndex: 1}});
    const perFrame = countRendersPerFrame(list);
    list.setAttribute('data-counting', '');
    // Tokens keep coming, each in its own task, while the long text is still rendering.
    for (let chunk = 0; chunk < 40; chunk++) {
      await nextTask();
      text += `more ${chunk} `;
      chat.update({view: {messages: [question, {role: 'assistant', content: text}]}});
    }
    // Rendered in the task that ends the stream, not in a frame: not counted.
    list.removeAttribute('data-counting');
    chat.update({view: {status: 'idle', streamingIndex: -1}});
    await list.updateComplete;
    const content = part(list.shadowRoot!.querySelector('[data-index="1"]')!, 'message-content')!;
    expect(content.textContent).to.contain('Paragraph 2999');
    expect(content.textContent).to.contain('more 39');
    expect(perFrame.size, 'the stream took several frames').to.be.greaterThan(2);
    expect(Math.max(...perFrame.values()), 'renders in one frame').to.equal(1);
  });

  it('follows a streaming reply while the user stays at the end', async () => {
    const {list, chat} = await connectedList({messages: [question], status: 'waiting'}, {}, 'height: 300px');
    const scroller = log(list);
    let text = '';
    for (let chunk = 0; chunk < 30; chunk++) {
      text += paragraphs(2, chunk * 2);
      chat.update({view: {messages: [question, {role: 'assistant', content: text}], status: 'streaming', streamingIndex: 1}});
      await nextTask();
    }
    await list.updateComplete;
    expect(scroller.scrollHeight, 'the reply overflows the list').to.be.greaterThan(scroller.clientHeight * 2);
    await until(() => atEnd(scroller), 'the list at the end of the reply');
    expect(part(list.shadowRoot!, 'scroll-button')).to.equal(null);
  });

  it('stops following when the user scrolls up mid-stream, and stays where the user is', async () => {
    const {list, chat} = await connectedList({messages: [question], status: 'waiting'}, {}, 'height: 300px');
    const scroller = log(list);
    let text = paragraphs(40);
    chat.update({view: {messages: [question, {role: 'assistant', content: text}], status: 'streaming', streamingIndex: 1}});
    // Formatted (plain text shows while the markdown renderer loads, and is taller).
    await until(() => list.shadowRoot!.querySelector('[data-index="1"] strong'), 'the reply formatted');
    await until(() => atEnd(scroller) && scroller.scrollTop > 0, 'following the reply');
    scroller.dispatchEvent(new WheelEvent('wheel', {deltaY: -100}));
    scroller.scrollTop = 50;
    await until(() => part(list.shadowRoot!, 'scroll-button'), 'scroll button shown');
    for (let chunk = 0; chunk < 10; chunk++) {
      text += paragraphs(2, 100 + chunk * 2);
      chat.update({view: {messages: [question, {role: 'assistant', content: text}]}});
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await list.updateComplete;
    // Two more frames: a resize observed after layout would have scrolled by now.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(scroller.scrollTop).to.equal(50);
    part<HTMLButtonElement>(list.shadowRoot!, 'scroll-button')!.click();
    await until(() => atEnd(scroller), 'jumped to the end');
    text += paragraphs(5, 200);
    chat.update({view: {messages: [question, {role: 'assistant', content: text}]}});
    await list.updateComplete;
    await until(() => atEnd(scroller), 'follows again');
  });
});
