import {expect} from '@open-wc/testing';
import {executeServerCommand, sendKeys, sendMouse} from '@web/test-runner-commands';
import type {ChatMessage} from '../../src/core/types.js';
import '../../src/components/chat-message-list/chat-message-list.js';
import type {ChatMessageList} from '../../src/components/chat-message-list/chat-message-list.js';
import {connectedList, deepActiveElement as deepActive, messageAt, part, parts, until} from '../support/index.js';

// How the list reads: one action row per turn, calm until wanted, and
// states (stopped, failed, images, tables, thoughts) that look like what
// they are.

/** A PNG of `width`×`height` as a data: URL, drawn here (no network, same every run). */
function pngDataUrl(width: number, height: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#3a7';
  context.fillRect(0, 0, width, height);
  return canvas.toDataURL('image/png');
}

const opacityOf = (element: Element) => Number(getComputedStyle(element).opacity);
const actionRows = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('.actions')];
const groupOf = (list: ChatMessageList, index: number) => messageAt(list, index).closest<HTMLElement>('.group')!;

const turns: ChatMessage[] = [
  {role: 'user', content: {url: pngDataUrl(40, 30), mime_type: 'image/png', name: 'a.png'}},
  {role: 'user', content: {url: pngDataUrl(40, 30), mime_type: 'image/png', name: 'b.png'}},
  {role: 'user', content: 'What are these?'},
  {role: 'assistant', content: 'Searching', metadata: {title: 'Looking', status: 'done'}},
  {role: 'assistant', content: 'Two green squares.'},
  {role: 'assistant', content: {url: pngDataUrl(40, 30), mime_type: 'image/png', name: 'c.png'}},
  {role: 'assistant', content: 'Anything else?'},
  {role: 'user', content: 'No, thanks'},
  {role: 'assistant', content: 'Bye!'},
];

describe('<chat-message-list> turns', () => {
  it('a turn of several messages has one action row, on its lead message', async () => {
    const {list} = await connectedList({messages: turns}, {likeUserMessage: true}, 'height: 600px');
    const firstUser = groupOf(list, 0);
    const firstReply = groupOf(list, 3);
    expect(groupOf(list, 2)).to.equal(firstUser);
    expect(groupOf(list, 6)).to.equal(firstReply);
    expect(actionRows(firstUser)).to.have.length(1);
    expect(actionRows(firstReply)).to.have.length(1);
    // The rows sit on the turn's last non-thought message.
    expect(messageAt(list, 2).querySelector('.actions')).to.exist;
    expect(messageAt(list, 6).querySelector('.actions')).to.exist;
    for (const index of [0, 1, 3, 4, 5]) expect(messageAt(list, index).querySelector('.actions'), `message ${index}`).to.equal(null);
    // Nine messages, four turns, four rows.
    expect(actionRows(list.shadowRoot!)).to.have.length(4);
  });

  it("like and dislike act on the lead message's index, as Gradio's {index, value, liked}", async () => {
    const {list, chat} = await connectedList({messages: turns}, {likeUserMessage: true}, 'height: 600px');
    part(groupOf(list, 3), 'like-button')!.click();
    part(groupOf(list, 0), 'dislike-button')!.click();
    expect(chat.calls).to.deep.equal([
      ['like', 6, true],
      ['like', 2, false],
    ]);
  });

  it("copy copies the turn's texts, thoughts left out", async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (text: string) => void writes.push(text)}});
    try {
      const {list} = await connectedList({messages: turns}, {}, 'height: 600px');
      part(groupOf(list, 3), 'copy-button')!.click();
      await until(() => writes.length === 1, 'copied');
      expect(writes[0]).to.equal('Two green squares.\n\nAnything else?');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });
});

describe('<chat-message-list> calm action rows', () => {
  it('show on hover and on keyboard focus, and always on the last reply', async () => {
    const {list} = await connectedList({messages: turns}, {}, 'height: 600px; width: 700px');
    const earlier = groupOf(list, 2).querySelector('.actions')!;
    const last = groupOf(list, 8).querySelector('.actions')!;
    await sendMouse({type: 'move', position: [0, 0]});
    await until(() => opacityOf(earlier) === 0, 'an earlier row is hidden');
    expect(opacityOf(last), 'the last reply keeps its row').to.equal(1);

    const box = groupOf(list, 2).getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(box.right - 20), Math.round(box.top + box.height / 2)]});
    await until(() => opacityOf(earlier) === 1, 'hover shows the row');
    await sendMouse({type: 'move', position: [0, 0]});
    await until(() => opacityOf(earlier) === 0, 'hidden again');

    // Keyboard: the hidden buttons are in the tab order and show when focused.
    const copy = part(groupOf(list, 2), 'copy-button')!;
    list.shadowRoot!.querySelector<HTMLElement>('.log')!.focus();
    for (let step = 0; step < 30 && deepActive() !== copy; step++) await sendKeys({press: 'Tab'});
    expect(deepActive(), 'Tab reaches the hidden copy button').to.equal(copy);
    await until(() => opacityOf(earlier) === 1, 'focus shows the row');
  });

  it('show at all times on a touch device, with 40 px buttons', async () => {
    await executeServerCommand('emulate-touch', {enabled: true});
    try {
      const {list} = await connectedList({messages: turns}, {}, 'height: 600px; width: 700px');
      const earlier = groupOf(list, 2).querySelector('.actions')!;
      await until(() => opacityOf(earlier) === 1, 'rows show without hover');
      const button = part(earlier, 'copy-button')!.getBoundingClientRect();
      expect(button.width).to.be.at.least(40);
      expect(button.height).to.be.at.least(40);
    } finally {
      await executeServerCommand('emulate-touch', {enabled: false});
    }
  });

  it("a one-line exchange shows one action row, the reply's; the user's waits for hover or focus", async () => {
    const {list} = await connectedList(
      {
        messages: [
          {role: 'user', content: 'Hi'},
          {role: 'assistant', content: 'Hello!'},
        ],
      },
      {},
      'height: 600px; width: 700px',
    );
    await sendMouse({type: 'move', position: [0, 0]});
    const rows = actionRows(list.shadowRoot!);
    expect(rows).to.have.length(2);
    await until(() => rows.filter((row) => opacityOf(row) > 0).length === 1, 'one row shows');
    expect(opacityOf(groupOf(list, 1).querySelector('.actions')!)).to.equal(1);
  });
});

describe('<chat-message-list> states', () => {
  it('a stopped reply is a quiet mark with its own part, in the muted colour, not the error colour', async () => {
    const {list} = await connectedList({
      messages: [
        {role: 'user', content: 'Write a story'},
        {role: 'assistant', content: 'Once upon a time', error: 'Stopped.'},
      ],
    });
    const reply = messageAt(list, 1);
    const mark = part(reply, 'message-stopped')!;
    expect(mark).to.exist;
    expect(mark.textContent).to.contain('Stopped.');
    expect(part(reply, 'message-error')).to.equal(null);
    expect(mark.getAttribute('role')).to.equal(null);
    const host = getComputedStyle(list);
    const probe = document.createElement('span');
    probe.style.color = host.getPropertyValue('--_muted');
    list.shadowRoot!.append(probe);
    expect(getComputedStyle(mark).color).to.equal(getComputedStyle(probe).color);
    probe.remove();
    expect(part(reply, 'message-content')!.textContent).to.contain('Once upon a time');
    expect(part(reply, 'retry-button'), 'retry stays at hand').to.exist;
  });

  it('an error with no text shows only the error box: no empty bubble, nothing to like', async () => {
    const {list} = await connectedList({
      messages: [
        {role: 'user', content: 'Hello?'},
        {role: 'assistant', content: '', error: 'Could not reach the server.'},
      ],
    });
    const reply = messageAt(list, 1);
    expect(part(reply, 'message-error')!.textContent).to.contain('Could not reach the server.');
    expect(part(reply, 'message-content')).to.equal(null);
    expect(part(reply, 'like-button')).to.equal(null);
    expect(part(reply, 'dislike-button')).to.equal(null);
    expect(part(reply, 'copy-button')).to.equal(null);
  });

  it("a user's wide image keeps to the user's side; its click area is the image's size", async () => {
    const {list} = await connectedList(
      {messages: [{role: 'user', content: {url: pngDataUrl(900, 300), mime_type: 'image/png', name: 'wide.png'}}]},
      {},
      'height: 600px; width: 800px',
    );
    const image = list.shadowRoot!.querySelector<HTMLImageElement>('.file-image')!;
    await until(() => image.complete && image.naturalWidth === 900, 'the image loaded');
    const button = image.closest('button')!.getBoundingClientRect();
    const shown = image.getBoundingClientRect();
    const log = list.shadowRoot!.querySelector('.transcript')!.getBoundingClientRect();
    expect(shown.width).to.be.at.most(360);
    expect(Math.abs(button.width - shown.width)).to.be.below(1);
    expect(Math.abs(button.height - shown.height)).to.be.below(1);
    expect(Math.abs(shown.right - log.right), 'flush with the end side').to.be.below(12);
  });

  it('a wide table scrolls sideways inside its bubble instead of breaking words', async () => {
    const table =
      '| Feature | Where | Lazy? | Notes |\n| --- | --- | --- | --- |\n| Markdown | marked and DOMPurify | no | sanitized everywhere |\n| Highlighting | highlight.js | yes | loaded on first use |';
    const {list} = await connectedList(
      {
        messages: [
          {role: 'user', content: 'Table?'},
          {role: 'assistant', content: table},
        ],
      },
      {},
      'height: 600px; width: 360px',
    );
    const reply = messageAt(list, 1);
    const element = reply.querySelector('table')!;
    const bubble = part(reply, 'message-content')!.getBoundingClientRect();
    expect(element.scrollWidth).to.be.greaterThan(element.clientWidth);
    expect(element.getBoundingClientRect().right).to.be.at.most(bubble.right + 1);
    // "Markdown" stays on one line.
    const cell = [...element.querySelectorAll('td')].find((td) => td.textContent === 'Markdown')!;
    const range = document.createRange();
    range.selectNodeContents(cell);
    expect(range.getClientRects()).to.have.length(1);
  });

  it('reasoning and metadata thoughts share one panel style, outside the bubble; pending and done read differently', async () => {
    const {list, chat} = await connectedList({
      messages: [
        {role: 'user', content: 'Why?'},
        {role: 'assistant', content: 'Searching', metadata: {title: 'Search', status: 'pending'}},
        {role: 'assistant', content: '<think>Let me see'},
      ],
      status: 'streaming',
      streamingIndex: 2,
    });
    const tool = part(messageAt(list, 1), 'thought')!;
    const reasoning = part(messageAt(list, 2), 'thought')!;
    expect(reasoning.closest('[part~="message-content"]'), 'not nested in a bubble').to.equal(null);
    for (const property of ['borderTopColor', 'borderTopWidth', 'borderTopLeftRadius', 'backgroundColor', 'paddingTop'] as const) {
      expect(getComputedStyle(reasoning)[property], property).to.equal(getComputedStyle(tool)[property]);
    }
    expect(tool.hasAttribute('data-pending') && reasoning.hasAttribute('data-pending')).to.equal(true);
    expect(tool.querySelector('.spinner') && reasoning.querySelector('.spinner')).to.exist;
    const pendingBorder = getComputedStyle(tool).borderTopColor;

    chat.update({
      view: {
        messages: [
          {role: 'user', content: 'Why?'},
          {role: 'assistant', content: 'Searching', metadata: {title: 'Search', status: 'done'}},
          {role: 'assistant', content: '<think>Let me see</think>Because.'},
        ],
        status: 'idle',
        streamingIndex: -1,
      },
    });
    await list.updateComplete;
    const toolDone = part(messageAt(list, 1), 'thought')!;
    const reasoningDone = part(messageAt(list, 2), 'thought')!;
    for (const panel of [toolDone, reasoningDone]) {
      expect(panel.hasAttribute('data-pending')).to.equal(false);
      expect(panel.querySelector('.spinner')).to.equal(null);
      expect(panel.querySelector('.thought-done svg'), 'a check mark').to.exist;
      expect(getComputedStyle(panel).borderTopColor).to.not.equal(pendingBorder);
    }
    expect(part(messageAt(list, 2), 'message-content')!.textContent!.trim()).to.equal('Because.');
  });

  it('shows an SVG data: avatar as an image, and never a script-capable one as anything else', async () => {
    const svg =
      'data:image/svg+xml,' +
      encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="red"/></svg>');
    const {list} = await connectedList(
      {
        messages: [
          {role: 'user', content: 'Hi'},
          {role: 'assistant', content: 'Hello'},
        ],
      },
      {avatarAssistant: svg, avatarUser: 'data:text/html,<script>alert(1)</script>'},
    );
    const avatars = parts<HTMLImageElement>(list.shadowRoot!, 'avatar');
    expect(avatars).to.have.length(1);
    expect(avatars[0]!.localName).to.equal('img');
    expect(avatars[0]!.src).to.equal(svg);
    await until(() => avatars[0]!.complete && avatars[0]!.naturalWidth > 0, 'the SVG avatar loads');
  });
});
