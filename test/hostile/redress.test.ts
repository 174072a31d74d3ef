// A message may not draw over the widget: a thought's title holding an SVG
// with `overflow: visible`, or a huge SVG in a reply's body, must not paint
// a fake banner over other messages or swallow clicks meant for their
// buttons or for the textbox.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {ChatBlocks} from '../../src/index.js';
import {deepQuery, part, parts, until} from '../support/index.js';

const banner =
  '<svg overflow="visible" style="overflow:visible" width="20" height="20">' +
  '<rect x="-1500" y="-1500" width="3000" height="3000" fill="red"/>' +
  '<text x="0" y="0" font-size="40">Session expired. Type your password below</text></svg>';

/** The element at the centre of `target`, looked up through shadow roots. */
function hitAt(target: Element): Element | null {
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  let root: Document | ShadowRoot = document;
  let hit: Element | null = null;
  for (;;) {
    const next: Element | null = root.elementFromPoint(x, y);
    if (!next || next === hit) return hit;
    hit = next;
    if (!next.shadowRoot) return hit;
    root = next.shadowRoot;
  }
}

/**
 * Waits until a click at the centre of `target` would reach it. A scroll
 * still settling can move it for a moment; a box that paints or takes
 * clicks over it keeps it covered, and this times out.
 */
async function reachable(target: Element, what: string): Promise<void> {
  target.scrollIntoView({block: 'center'});
  await until(() => target.contains(hitAt(target)), `a click reaches ${what}`);
}

/** Waits until `find` returns something, and returns it. */
async function found<T>(find: () => T | null | undefined, message: string): Promise<T> {
  await until(() => find() ?? undefined, message);
  return find()!;
}

async function chatWith(messages: ChatBlocks['messages']): Promise<ChatBlocks> {
  const element = await fixture<ChatBlocks>(
    html`<chat-blocks style="display:block;height:600px" endpoint="/api/streams/script"></chat-blocks>`,
  );
  element.messages = messages;
  const last = messages.at(-1)!.content as string;
  await until(() => parts(element, 'message-content').some((node) => node.textContent?.includes(last.slice(0, 5))), 'the messages render');
  return element;
}

describe('every box contains its content', () => {
  it('a thought title is inline text: its SVG is not rendered and covers nothing', async () => {
    const element = await chatWith([
      {role: 'user', content: 'Hi'},
      {role: 'assistant', content: 'Thinking about it', metadata: {title: `Checking ${banner} *now*`, status: 'done'}},
      {role: 'assistant', content: 'Here you are.'},
    ]);
    const thought = await found(() => part(element, 'thought'), 'the thought renders');
    const title = thought.querySelector('.thought-title')!;
    // Markdown loads on first use: the title is formatted once it has.
    await until(() => title.querySelector('em')?.textContent === 'now', 'the title renders its inline markdown');
    expect(title.querySelector('svg, img, p, div')).to.equal(null);
    expect(title.textContent).to.contain('Checking');
    const copy = await found(() => parts(element, 'copy-button').at(-1), 'the last reply has a copy button');
    await reachable(copy, 'copy');
    const textbox = part(element, 'textbox')!;
    await reachable(textbox, 'textbox');
  });

  it('an SVG a reply body may hold cannot paint or take clicks outside that reply', async () => {
    const element = await chatWith([
      {role: 'user', content: 'Hi'},
      {role: 'assistant', content: 'First reply.'},
      {role: 'assistant', content: `Look:\n\n${banner}`},
    ]);
    const bodies = parts(element, 'message-content');
    await until(() => bodies.at(-1)!.querySelector('svg'), 'the body keeps its SVG');
    const copy = await found(() => parts(element, 'copy-button')[0], 'the first reply has a copy button');
    await reachable(copy, 'copy');
    const textbox = part(element, 'textbox')!;
    await reachable(textbox, 'textbox');
  });

  it('a title, log line, option label or file name is text, and each box clips what it draws', async () => {
    const element = await chatWith([
      {role: 'user', content: 'Hi'},
      {role: 'assistant', content: 'Looked it up', metadata: {title: 'Search', log: banner, status: 'done'}},
      {role: 'assistant', content: {url: '/api/trust/pixel.png?tag=redress-file', name: `${banner}.txt`}},
      {
        role: 'assistant',
        content: 'Pick one',
        options: [
          {value: 'a', label: banner},
          {value: 'b', label: 'Second'},
        ],
      },
    ]);
    const options = await found(() => (parts(element, 'option').length === 2 ? parts(element, 'option') : undefined), 'two options');
    const thought = part(element, 'thought')!;
    const log = thought.querySelector('.thought-log')!;
    const file = await found(() => deepQuery(element, '.file-name'), 'the file chip renders');
    for (const text of [options[0], log, file]) {
      expect(text.querySelector('*'), text.className).to.equal(null);
      expect(text.textContent, text.className).to.contain('Session expired');
    }
    await reachable(options[1], 'options[1]');
    const boxes = [...options, thought.querySelector('.thought-title')!, log, ...parts(element, 'message-content')];
    for (const box of boxes) {
      const style = getComputedStyle(box);
      // `contain: layout paint style` reads back as `content`.
      const clips = style.overflowX === 'clip' || style.overflowX === 'hidden' || /paint|content|strict/.test(style.contain);
      expect(clips, box.className).to.equal(true);
    }
  });
});
