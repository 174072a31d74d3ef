// A long history holds few elements per message: only the newest turns
// carry their action rows, an older turn draws its row when the pointer or
// keyboard focus reaches it, and its lead message is the tab stop that does.
import {expect, fixture, html} from '@open-wc/testing';
import {a11ySnapshot, sendKeys, sendMouse} from '@web/test-runner-commands';
import type {ChatMessage} from '../../src/core/types.js';
import {rowWindowMessages} from '../../src/components/chat-message-list/view-inputs.js';
import '../../src/components/chat-message-list/chat-message-list.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import {deepActiveElement, expectEvent, messageAt, part, parts, standaloneList, until} from '../support/index.js';

interface AccessibilityNode {
  name?: string;
  children?: AccessibilityNode[];
}

const history = (count: number): ChatMessage[] =>
  Array.from({length: count}, (_, i) => ({role: i % 2 ? 'assistant' : 'user', content: `Message ${i} with **bold** text`}) as ChatMessage);

async function longList(count: number): Promise<ChatMessageList> {
  const list = await standaloneList(history(count));
  await until(() => list.shadowRoot!.querySelector('[data-index="0"]'), 'the whole history', 30_000);
  return list;
}

describe('<chat-message-list> action rows of a long history', function () {
  this.timeout(120_000);

  it('draws the rows of the newest turns only: buttons do not grow with the history', async () => {
    const list = await longList(400);
    const rows = list.shadowRoot!.querySelectorAll('.actions');
    expect(rows.length).to.equal(rowWindowMessages);
    expect(messageAt(list, 0).querySelector('.actions')).to.equal(null);
    expect(messageAt(list, 399).querySelector('.actions')).to.not.equal(null);
    // Older turns keep the row's place, and their lead message is a tab stop.
    expect(messageAt(list, 0).classList.contains('row-deferred')).to.equal(true);
    expect(messageAt(list, 0).getAttribute('tabindex')).to.equal('0');
    expect(messageAt(list, 399).hasAttribute('tabindex')).to.equal(false);
  });

  it('an older message is its group and holds its content only: no wrapper, no label element, no placeholder for its row', async () => {
    const list = await longList(120);
    const message = messageAt(list, 3);
    expect(message.classList.contains('group')).to.equal(true);
    expect(message.parentElement!.classList.contains('chunk')).to.equal(true);
    expect([...message.children]).to.deep.equal([part(message, 'message-content')]);
    // The group's role is named by generated text, and the row's height is kept by the message's ::after.
    expect(getComputedStyle(message, '::before').content).to.equal('"Assistant"');
    expect(getComputedStyle(messageAt(list, 2), '::before').content).to.equal('"You"');
    expect(Number.parseFloat(getComputedStyle(message, '::after').height)).to.be.at.least(32);
    // The user's message at the end of the row, the assistant's at its start, their bubbles where their groups put them.
    const user = messageAt(list, 2);
    user.scrollIntoView();
    const chunk = () => user.parentElement!.getBoundingClientRect();
    await until(() => user.getBoundingClientRect().width > 0 && user.getBoundingClientRect().width < chunk().width * 0.9, 'laid out');
    const padding = 4;
    expect(part(user, 'message-content')!.getBoundingClientRect().right).to.be.closeTo(chunk().right - padding, 1);
    expect(part(message, 'message-content')!.getBoundingClientRect().left).to.be.closeTo(chunk().left + padding, 1);
    // A newer message keeps its group around it.
    const newest = messageAt(list, 119);
    expect(newest.classList.contains('group')).to.equal(false);
    expect([...newest.closest('.group')!.children]).to.deep.equal([newest]);
  });

  it('screen readers still hear who speaks: the label reaches the accessibility tree', async () => {
    const list = await longList(4);
    list.id = 'labelled-list';
    const snapshot = (await a11ySnapshot({selector: '#labelled-list'})) as unknown as AccessibilityNode;
    const texts: string[] = [];
    const walk = (node: AccessibilityNode) => {
      if (node.name) texts.push(node.name);
      node.children?.forEach(walk);
    };
    walk(snapshot);
    const spoken = texts.join(' | ');
    // Each group's label comes before its message's text, as the element that held it did.
    expect(spoken).to.match(/You \| Message 0 with .*Assistant \| Message 1 with .*You \| Message 2 with .*Assistant \| Message 3 with/);
  });

  it('an older turn draws its row when the pointer comes, in the same place', async () => {
    const list = await longList(120);
    const message = messageAt(list, 3);
    // The user scrolls up (a wheel turn up stops the list following its end) to an older message.
    list.shadowRoot!.querySelector('.log')!.dispatchEvent(new WheelEvent('wheel', {deltaY: -100}));
    message.scrollIntoView({block: 'center'});
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const before = message.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(before.left + 10), Math.round(before.top + 10)]});
    await until(() => part(message, 'copy-button'), 'the row drawn on hover');
    expect(message.getBoundingClientRect().height).to.equal(before.height);
    expect(part(message, 'like-button')).to.not.equal(null);
    await sendMouse({type: 'move', position: [0, 0]});
  });

  it('keyboard: Tab reaches an older message, then its buttons, which act on it', async () => {
    const list = await longList(120);
    const message = messageAt(list, 5);
    // Focus comes to the message as Tab brings it: from the end of the message before it.
    const before = messageAt(list, 4);
    before.focus();
    await until(() => part(before, 'edit-button'), 'focus draws the row of the message before');
    part(before, 'edit-button')!.focus();
    await sendKeys({press: 'Tab'});
    expect(deepActiveElement()).to.equal(message);
    await until(() => part(message, 'copy-button'), 'focus draws the row');
    await sendKeys({press: 'Tab'});
    expect(deepActiveElement()).to.equal(part(message, 'copy-button'));
    await sendKeys({press: 'Tab'});
    expect(deepActiveElement()).to.equal(part(message, 'like-button'));
    const liked = expectEvent(list, 'chat-like');
    await sendKeys({press: 'Enter'});
    expect((await liked).detail).to.include({index: 5, liked: true});
    await until(() => part(message, 'like-button')?.getAttribute('aria-pressed') === 'true', 'pressed');
    expect(parts(list, 'like-button').length).to.be.at.most(rowWindowMessages);
  });

  it('passes axe with older turns as tab stops and one of them showing its row', async () => {
    const list = await longList(120);
    messageAt(list, 5).focus();
    await until(() => part(messageAt(list, 5), 'copy-button'), 'focus draws the row');
    await expect(list).to.be.accessible();
  });

  // Only the groups that draw a row or hold the last message draw the lock, so `disabled` (and the lock
  // every reply brings) does not redraw every group; each button that can send must still follow it.
  it('disabled reaches every button that sends: the newest rows, a chunk that straddles them, the last reply, an older row drawn later', async () => {
    const chat = await fixture<ChatBlocks>(html`<chat-blocks style="height: 500px"></chat-blocks>`);
    chat.messages = history(120);
    const list = chat.shadowRoot!.querySelector('chat-message-list')!;
    await until(() => list.shadowRoot!.querySelector('[data-index="0"]'), 'the whole history', 30_000);
    // 120 messages: rows from message 80, in the chunk of groups 64–95, whose first group has no row.
    const sending = () => [
      part<HTMLButtonElement>(messageAt(list, 80), 'edit-button')!,
      part<HTMLButtonElement>(messageAt(list, 96), 'edit-button')!,
      part<HTMLButtonElement>(messageAt(list, 119), 'retry-button')!,
    ];
    expect(sending().map((button) => button.disabled)).to.deep.equal([false, false, false]);

    chat.disabled = true;
    await until(() => sending().every((button) => button.disabled), 'the newest rows and the last reply are disabled');
    messageAt(list, 4).focus();
    await until(() => part(messageAt(list, 4), 'edit-button'), 'focus draws an older row');
    expect(part<HTMLButtonElement>(messageAt(list, 4), 'edit-button')!.disabled).to.equal(true);

    chat.disabled = false;
    await until(() => sending().every((button) => !button.disabled), 'the newest rows and the last reply are enabled again');
    expect(part<HTMLButtonElement>(messageAt(list, 4), 'edit-button')!.disabled).to.equal(false);
  });
});
